#!/usr/bin/env bash
# The evidence job's speed on a generated ticket log, in local[1] and local[2] (see README, "The evidence job").
# Writes the log (default 1,100,000 cases, about 10.2 million rows) under spark/target/evidence-figures/ with the
# sample's generator, then measures it. Builds the engine, rules and spark test classes offline first.
# Options: [CASES] [N...] (default 1100000 1 2). Never run by the build: it takes minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-1100000}
shift || true
cores=("$@")
[ ${#cores[@]} -gt 0 ] || cores=(1 2)
dir=spark/target/evidence-figures
mkdir -p "$dir"
log="$dir/tickets-$cases.csv"
[ -f "$log" ] || java samples/evidence/GenerateTicketLog.java "$log" "$cases"
mvn -B -o -q -pl spark -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/figures.classpath
classpath="spark/target/test-classes:spark/target/classes:engine/target/classes:rules/target/classes:$(cat spark/target/figures.classpath)"
exec java -Xmx3g -XX:+IgnoreUnrecognizedVMOptions \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
  -cp "$classpath" org.journeyaudit.spark.EvidenceFigures samples/dashcam-warranty-repair.yaml "$log" \
  samples/evidence/mapping.yaml "${cores[@]}"
