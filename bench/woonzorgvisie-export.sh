#!/usr/bin/env bash
# Benchmark: the woonzorgvisie export (JasperReports) of a synthetic document of about 40 pages
# (11 chapters of 4 sections, long Markdown text, data blocks with JFreeChart bar charts), as PDF and
# as DOCX, median of N runs after warm-up, beside a baseline in the same run: Jasper's fill without
# an export. Prints the page count. Goal: under 3 s for each format. Leaves the last PDF and DOCX in
# backend/target/reports/woonzorgvisie-bench.{pdf,docx} for looking at.
# Usage: bench/woonzorgvisie-export.sh [runs=10]
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
java -Xmx1g -Djava.awt.headless=true -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  nl.thuisplan.bench.WoonzorgvisieExportBench "${1:-10}" 2>&1 | grep -v -E ' (INFO|DEBUG|WARN) ' || true
