#!/usr/bin/env bash
# The service's start to a healthy /actuator/health beside a JVM hello-world, measured side by side in one
# run. Builds nothing: run `mvn -B -q package -DskipTests` first. Options: --runs N (default 5),
# --launcher PATH. See README, "Speed".
set -euo pipefail
cd "$(dirname "$0")/.."
exec java scripts/ServiceStart.java "$@"
