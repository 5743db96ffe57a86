#!/usr/bin/env bash
# Benchmark: the allocation scenario PDF (JasperReports) for 342 municipalities and ~400 rounding
# steps, median of 20 renders after warm-up, beside two baselines in the same run: Jasper's fill
# without the PDF export, and the same content written as plain text. Leaves the last PDF in
# backend/target/reports/allocation-bench.pdf for looking at.
# Usage: bench/allocation-report.sh [municipalities=342] [steps=400] [runs=20]
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Only the backend's classes are needed. It depends on the frontend jar; when that is not in ~/.m2
# yet, install the whole reactor once (as the other benches do) and try again.
if ! mvn -q -B -ntp -pl backend -DskipTests test-compile >"$log" 2>&1; then
  mvn -q -B -ntp -DskipTests install >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
mvn -q -B -ntp -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath \
  >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
java -Xmx1g -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  nl.thuisplan.bench.AllocationReportBench "${1:-342}" "${2:-400}" "${3:-20}" 2>&1 | grep -v -E ' (INFO|DEBUG|WARN) ' || true
