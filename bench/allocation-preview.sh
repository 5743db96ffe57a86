#!/usr/bin/env bash
# Benchmark (issue 4): round trip of POST /api/v1/allocation/preview for one region under concurrent
# clients (p50/p95/p99, req/s), beside the bare engine on the same request in the same run.
# Usage: bench/allocation-preview.sh [concurrent clients=4] [requests=4000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests install >/dev/null
mvn -q -B -ntp -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx1g -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  nl.thuisplan.bench.AllocationPreviewBench "${1:-4}" "${2:-4000}" 2>&1 | sed -n '/^Allocation preview benchmark/,$p'
