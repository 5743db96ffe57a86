#!/usr/bin/env bash
# Benchmark (issue 3): imports a synthetic national-scale demand dataset through the application's
# HTTP import and COPYs the same rows into a plain table in the same run; prints rows/s and the ratio.
# Usage: bench/demand-import.sh [years=3] [concurrent clients=4]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests install >/dev/null
mvn -q -B -ntp -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx2g -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  nl.thuisplan.bench.DemandImportBench "${1:-3}" "${2:-4}" 2>&1 | grep -v -E ' (INFO|DEBUG|WARN) ' || true
