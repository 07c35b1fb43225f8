#!/usr/bin/env bash
# The portfolio job's figures (README, "On Apache Spark"): generates a portfolio of JOURNEYS variants of the sample
# journeys as one Parquet table (spark/src/test/.../GeneratePortfolio.java), then audits it with the job jar in
# local[N] for each N of CORES, as spark-submit would run it (Spark's jars beside the job jar), and prints journeys/s.
# Builds the module first (the job jar and Spark's class path). Usage: scripts/spark-portfolio-figures.sh [JOURNEYS] [CORES...]
# (default: 100000 journeys, local[2] then local[1]). Work files go to spark/target/figures/; BUILD=no skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
JOURNEYS=${1:-100000}
shift || true
CORES=("${@:-2 1}")
CORES=(${CORES[@]})
WORK=$PWD/spark/target/figures
mkdir -p "$WORK"

if [ "${BUILD:-yes}" != no ]; then # BUILD=no reuses the job jar and class path of an earlier run
  mvn -B -o -q -pl spark -am package -DskipTests
  # Spark and its libraries (the module's provided scope): what a cluster's spark-submit puts beside the job jar
  mvn -B -o -q -pl spark -am test-compile dependency:build-classpath -DexcludeGroupIds=org.journeyaudit \
      -DincludeScope=provided -Dmdep.outputFile="$WORK/spark.classpath" >/dev/null
fi
JAR=$(ls spark/target/journey-audit-spark-*-job.jar)
SPARK_CP=$(cat "$WORK/spark.classpath")
JAVA_OPTS=(-Xmx2g --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
  -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1
  -Dlog4j2.configurationFile="$PWD/spark/src/test/resources/log4j2-test.properties")

TABLE="$WORK/portfolio-$JOURNEYS.parquet"
if [ ! -d "$TABLE" ]; then
  java "${JAVA_OPTS[@]}" -Dspark.master='local[2]' -cp "${TEST_CLASSES:-spark/target/test-classes}:$JAR:$SPARK_CP" \
      org.journeyaudit.spark.GeneratePortfolio "$JOURNEYS" "$TABLE" samples
fi
echo "portfolio: $JOURNEYS journeys, $(du -sh "$TABLE" | cut -f1) of Parquet"
for n in "${CORES[@]}"; do
  OUT="$WORK/audit-$JOURNEYS-local$n"
  rm -rf "$OUT"
  start=$(date +%s.%N)
  java "${JAVA_OPTS[@]}" -Dspark.master="local[$n]" -cp "$JAR:$SPARK_CP" \
      org.journeyaudit.spark.PortfolioAuditJob --table "$TABLE" --output "$OUT" --as-of 2026-11-22
  end=$(date +%s.%N)
  awk -v n="$n" -v j="$JOURNEYS" -v s="$start" -v e="$end" \
      'BEGIN { printf "local[%s]: %d journeys in %.0f s: %.0f journeys/s (start of Spark and the rule base included)\n", n, j, e - s, j / (e - s) }'
done
