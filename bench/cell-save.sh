#!/usr/bin/env bash
# Benchmark (issue 12): p50/p95 of PUT /api/v1/demand/analyses/{id}/cells/... from concurrent clients
# against a straight save's statements run as bare SQL in the same run, and the statements and
# transactions the application sends per save (counted at the JDBC driver).
# Usage: bench/cell-save.sh [concurrent clients=4] [saves per client=200]
set -euo pipefail
cd "$(dirname "$0")/.."
# no install: the frontend jar the backend depends on comes from the local repository (BENCH_MAVEN_FLAGS=-o offline)
mvn -q -B -ntp ${BENCH_MAVEN_FLAGS:-} -pl backend test-compile >/dev/null
mvn -q -B -ntp ${BENCH_MAVEN_FLAGS:-} -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx1g -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  nl.thuisplan.bench.CellSaveBench "${1:-4}" "${2:-200}" 2>&1 | grep -v -E ' (INFO|DEBUG|WARN) ' || true
