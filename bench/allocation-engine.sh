#!/usr/bin/env bash
# Benchmark of the fair-share allocation engine (JMH, bench/allocation-jmh): one region (30 gemeenten,
# 2 criteria, Hamilton with caps) and the national case (342 gemeenten x 20 aandachtsgroepen = 20
# allocations per op, for each method), each against a baseline in the same run: the same allocation
# in double (and, nationally, just the proportional shares in BigDecimal). Prints JMH's table and the
# ratios to the baselines.
# Settings suit a noisy 2-core machine: one fork, short iterations, but 5 x 2 s of warmup, because
# with 3 x 1 s the engine's code was still being compiled and the first measurements ran 2x slow.
# Pass other JMH options to override, e.g. `-i 10 -r 2s`, or a benchmark name: `RegionBenchmark`.
# Usage: bench/allocation-engine.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
bench=bench/allocation-jmh

# The engine ships in the backend's jar: install it (root reactor, as CI does). If the frontend does
# not build here, the backend alone will do: it only needs the frontend jar already in ~/.m2.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -q -B -ntp -DskipTests install >"$log" 2>&1; then
  tail -20 "$log" >&2
  echo "root install failed (above); installing the backend module alone" >&2
  mvn -q -B -ntp -DskipTests install -pl backend >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
mvn -q -B -ntp -f "$bench/pom.xml" package >"$log" 2>&1 || { cat "$log" >&2; exit 1; }

results="$bench/target/results.csv"
java -jar "$bench/target/benchmarks.jar" -f 1 -wi 5 -w 2s -i 5 -r 1s -rf csv -rff "$results" "$@" \
  | sed -n '/^Benchmark /,$p'

echo
echo "Ratios (score / baseline in the same run; lower is faster):"
awk -F, '
  NR == 1 { next }
  {
    gsub(/"|\r/, ""); name = $1; sub(/.*\./, "", name); cls = $1; sub(/\.[^.]*$/, "", cls); sub(/.*\./, "", cls)
    suffix = ""
    if (NF >= 8 && $8 != "") suffix = " [" $8 "]"
    key = cls "." name suffix; score[key] = $5; order[++n] = key
  }
  END {
    for (i = 1; i <= n; i++) {
      k = order[i]
      if (k ~ /^RegionBenchmark\.engine/ && score["RegionBenchmark.baselineDouble"] > 0)
        printf "  %-45s %10.1f x region double baseline\n", k, score[k] / score["RegionBenchmark.baselineDouble"]
      if (k ~ /^NationalBenchmark\.engine/ && score["NationalBaselineBenchmark.baselineDouble"] > 0 \
          && score["NationalBaselineBenchmark.baselineBigDecimalShares"] > 0) {
        printf "  %-45s %10.1f x national double baseline, %6.1f x BigDecimal shares\n", k,
          score[k] / score["NationalBaselineBenchmark.baselineDouble"],
          score[k] / score["NationalBaselineBenchmark.baselineBigDecimalShares"]
      }
    }
  }' "$results"
