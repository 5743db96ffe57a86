#!/usr/bin/env bash
# Measures how long the built platform takes to answer after `java -jar`, and how much memory it
# holds: a first start on an empty data directory (initdb, migrations, demo users) and a second
# start on the same directory. Needs backend/target/thuisplan.jar (mvn -q -DskipTests package).
# Usage: bench/startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18080}
JAR=backend/target/thuisplan.jar
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
DATA=$(mktemp -d /tmp/thuisplan-startup.XXXX)
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT

# PSS (proportional set size): shared pages are divided among the processes that share them,
# so PostgreSQL's shared buffers are not counted once per backend as RSS would.
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
pg_pss_kb() { # the postmaster of this data directory and its children
  local total=0 pm pid
  pm=$(pgrep -f "postgres -D $DATA" | head -1 || true)
  [ -n "$pm" ] || { echo 0; return; }
  for pid in "$pm" $(pgrep -P "$pm" || true); do
    total=$((total + $(pss_kb "$pid")))
  done
  echo "$total"
}

run() {
  local label=$1 start end
  start=$(date +%s%N)
  THUISPLAN_DATA_DIR="$DATA" THUISPLAN_PORT=$PORT java -jar "$JAR" > "$DATA/$label.log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null -X POST "localhost:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
      -d '{"username":"beheerder","password":"thuisplan-demo"}'; do
    kill -0 $PID 2>/dev/null || { cat "$DATA/$label.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  local token count
  token=$(curl -s -X POST "localhost:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
      -d '{"username":"beheerder","password":"thuisplan-demo"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  count=$(curl -s "localhost:$PORT/api/v1/municipalities" -H "Authorization: Bearer $token" | grep -o '"code":"GM[0-9]*"' | sort -u | wc -l)
  sleep 2 # let the JIT and pools settle before reading memory
  printf '%-14s ready after %5d ms   municipalities %3d   JVM PSS %4d MiB   PostgreSQL PSS %4d MiB   (%s)\n' \
    "$label" $(((end - start) / 1000000)) "$count" $(($(pss_kb $PID) / 1024)) $(($(pg_pss_kb) / 1024)) \
    "$(grep -o 'Startup completed in [0-9]*ms' "$DATA/$label.log")"
  kill $PID; wait $PID 2>/dev/null || true
}

run first-start
run second-start
