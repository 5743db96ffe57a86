#!/usr/bin/env bash
# Checks the demo realms (infra/keycloak/import/*.json) against a real Keycloak, without Docker:
# fetches Keycloak's distribution (org.keycloak:keycloak-quarkus-dist, from Maven Central with Maven)
# into a temporary directory, starts it with `start-dev --import-realm` on a free port, runs
# check-realm.mjs (discovery, authorization code + PKCE S256, the ID token, RP-initiated logout) and
# stops it again. Nothing is left behind but Maven's own copy in the local repository (~160 MB).
# Needs Java 17+ (Keycloak runs on it), Maven and Node 20. Takes 2 to 3 minutes, most of it
# Keycloak's first start (it builds itself); not part of CI for that reason.
#
#   infra/keycloak/check-realm.sh
#   KEYCLOAK_VERSION=26.7.3 KEYCLOAK_PORT=18180 infra/keycloak/check-realm.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# Keep in step with the image tag in infra/compose.yaml.
version="${KEYCLOAK_VERSION:-26.7.3}"
port="${KEYCLOAK_PORT:-18180}"
management_port="${KEYCLOAK_MANAGEMENT_PORT:-19000}"
work="$(mktemp -d)"
pid=""

cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

for p in "$port" "$management_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p is in use: set KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT" >&2
    exit 2
  fi
done

start=$SECONDS
echo "== fetching keycloak-quarkus-dist $version"
mvn -B -ntp -q -Dstyle.color=never dependency:copy \
  -Dartifact="org.keycloak:keycloak-quarkus-dist:${version}:tar.gz" -DoutputDirectory="$work"
tar -xzf "$work/keycloak-quarkus-dist-${version}.tar.gz" -C "$work"
kc="$work/keycloak-${version}"
mkdir -p "$kc/data/import"
cp "$here"/import/*.json "$kc/data/import/"
echo "   $((SECONDS - start)) s"

# Fresh secrets for this run: the realm files take the client secrets from the environment (with a
# demo default), so this also checks that the placeholders are filled in.
export THUISPLAN_SSO_AMSTERDAM_CLIENT_SECRET="check-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export THUISPLAN_SSO_CORPORATIE_CLIENT_SECRET="check-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

echo "== starting Keycloak on port $port (log: $work/keycloak.log while it runs)"
"$kc/bin/kc.sh" start-dev --import-realm --http-port="$port" --http-management-port="$management_port" \
  --health-enabled=true >"$work/keycloak.log" 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 120); do   # at most 6 minutes on a slow machine
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$management_port" && printf 'GET /health/ready HTTP/1.0\r\n\r\n' >&3 && grep -q '"UP"' <&3) 2>/dev/null; then
    ready=1
    break
  fi
  sleep 3
done
if [[ -z "$ready" ]]; then
  echo "Keycloak did not become ready; its log:" >&2
  tail -50 "$work/keycloak.log" >&2
  exit 1
fi
echo "   ready after $((SECONDS - start)) s"

echo "== checking the realms"
KEYCLOAK_URL="http://localhost:$port" node "$here/check-realm.mjs"
echo "== done in $((SECONDS - start)) s"
