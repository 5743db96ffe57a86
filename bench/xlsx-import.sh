#!/usr/bin/env bash
# Benchmark (issue 14, finding 2): reads the same large valid workbook (the largest the indicator
# import accepts: 50,000 rows) with the old XSSFWorkbook DOM reader and with the streaming reader, in
# one run; prints the median time of each, the smallest heap each needs, and the ratios.
# Usage: bench/xlsx-import.sh [rows=50000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -pl backend test-compile >/dev/null
mvn -q -B -ntp -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx2g -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  nl.thuisplan.bench.XlsxImportBench "${1:-50000}" 2>&1 | grep -v -E ' (INFO|DEBUG|WARN) |SLF4J' || true
