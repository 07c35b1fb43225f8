#!/usr/bin/env bash
# A bounded load test of the audit service on this machine (loopback only). Builds nothing: run
# `mvn -B -q package -DskipTests` first. Options: --requests N (default 3000), --seconds N (15),
# --concurrency N (8), --hostile-steps N (3000), --warm-up SECONDS (0: uncounted requests first), --launcher PATH (bin/journey-audit). See README, "Load test".
set -euo pipefail
cd "$(dirname "$0")/.."
exec java scripts/LoadTest.java "$@"
