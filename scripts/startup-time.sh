#!/usr/bin/env bash
# The cold start of a command-line audit beside a JVM hello-world, measured side by side in one run.
# Builds nothing: run `mvn -B -q package -DskipTests` first. Options: --runs N (default 7), --launcher PATH,
# --sample PATH, --jar PATH (adds java -jar on that jar). See README, "Speed".
set -euo pipefail
cd "$(dirname "$0")/.."
exec java scripts/StartupTime.java "$@"
