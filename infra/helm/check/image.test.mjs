// The runtime image's promises (infra/Dockerfile), checked beside the chart that relies on them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const infra = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// Instructions with their continuation lines joined, comments dropped.
const instructions = readFileSync(join(infra, "Dockerfile"), "utf8")
  .replace(/\\\n/g, " ").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
const all = (keyword) => instructions.filter((l) => l.startsWith(`${keyword} `));

test("the base image is a Temurin JRE pinned by digest", () => {
  const from = all("FROM");
  assert.equal(from.length, 1);
  assert.match(from[0], /^FROM eclipse-temurin:17-jre-noble@sha256:[a-f0-9]{64}$/);
});

test("the image runs as the non-root UID the chart's runAsUser names", () => {
  assert.equal(all("USER").at(-1), "USER 10001:10001");
  const helpers = readFileSync(join(infra, "helm", "thuisplan", "templates", "_helpers.tpl"), "utf8");
  assert.match(helpers, /runAsUser: 10001\n/);
});

test("the JVM exits on OutOfMemoryError and writes temporary files to /tmp only", () => {
  const env = all("ENV").join(" ");
  assert.match(env, /JAVA_TOOL_OPTIONS="[^"]*-XX:\+ExitOnOutOfMemoryError/);
  assert.match(env, /JAVA_TOOL_OPTIONS="[^"]*-Djava\.io\.tmpdir=\/tmp/);
  assert.match(env, /THUISPLAN_MANAGEMENT_PORT=8081/);
});

test("the health check asks readiness on the management port", () => {
  assert.match(all("HEALTHCHECK").join(), /THUISPLAN_MANAGEMENT_PORT:-8081}\/health\/readiness/);
});

test("compose runs the migration once before the app, and only the migration gets the owner's password", async () => {
  const { parse } = await import("yaml");
  const compose = parse(readFileSync(join(infra, "compose.yaml"), "utf8"), { merge: true });
  const { migrate, app } = compose.services;
  assert.deepEqual(migrate.entrypoint, ["java", "-jar", "/app/thuisplan.jar", "migrate"]);
  assert.ok("THUISPLAN_DB_OWNER_PASSWORD" in migrate.environment);
  assert.equal("THUISPLAN_DB_OWNER_PASSWORD" in app.environment, false);
  assert.equal(app.depends_on.migrate.condition, "service_completed_successfully");
  for (const service of [migrate, app]) {
    assert.equal(service.read_only, true);
    assert.deepEqual(service.cap_drop, ["ALL"]);
  }
});

test("compose's demo Keycloak is the version check-realm.sh checks, imports the realms and shares the app's secrets", async () => {
  const { parse } = await import("yaml");
  const compose = parse(readFileSync(join(infra, "compose.yaml"), "utf8"), { merge: true });
  const { keycloak, app } = compose.services;
  const checked = readFileSync(join(infra, "keycloak", "check-realm.sh"), "utf8").match(/KEYCLOAK_VERSION:-([0-9.]+)/)[1];
  // Docker Hub's name without a host: the house rule keeps registry host names out of the repository.
  assert.equal(keycloak.image, `keycloak/keycloak:${checked}`);
  assert.deepEqual(keycloak.command, ["start-dev", "--import-realm"]);
  assert.ok(keycloak.volumes.includes("./keycloak/import:/opt/keycloak/data/import:ro"));
  // One network namespace: localhost:8180 is Keycloak for the browser and the app alike (one issuer).
  assert.equal(app.network_mode, "service:keycloak");
  assert.equal(app.depends_on.keycloak.condition, "service_healthy");
  // The providers only as THUISPLAN_SSO_* variables (what the app reads), no configuration file.
  assert.equal(app.environment.MICRONAUT_CONFIG_FILES, undefined);
  assert.equal(app.volumes, undefined);
  const keys = app.environment.THUISPLAN_SSO_PROVIDERS.split(",");
  assert.deepEqual(keys, ["amsterdam", "corporatie"]);
  for (const key of keys) {
    const prefix = `THUISPLAN_SSO_${key.toUpperCase().replaceAll("-", "_")}_`;
    for (const part of ["ISSUER", "CLIENT_ID", "CLIENT_SECRET", "LABEL", "ORGANISATIONS"]) {
      assert.ok(app.environment[prefix + part], `${prefix + part} is missing`);
    }
    assert.equal(app.environment[`${prefix}ISSUER`], `http://localhost:8180/realms/thuisplan-demo-${key}`);
    // The secret from infra/.env, the same for Keycloak's realm; change-me only as the local demo's default.
    const secret = `${prefix}CLIENT_SECRET`;
    assert.equal(app.environment[secret], keycloak.environment[secret], secret);
    assert.match(app.environment[secret], /^\$\{[A-Z_]+:-change-me-/);
  }
  assert.equal(app.environment.THUISPLAN_SSO_AMSTERDAM_ORGANISATIONS, "GM0363");
  assert.equal(app.environment.THUISPLAN_SSO_CORPORATIE_ORGANISATIONS, "00000001", "a KvK number stays text");
  for (const file of ["thuisplan-demo-amsterdam-realm.json", "thuisplan-demo-corporatie-realm.json"]) {
    const realm = JSON.parse(readFileSync(join(infra, "keycloak", "import", file), "utf8"));
    const [client] = realm.clients;
    assert.equal(client.publicClient, false, file);
    assert.equal(client.attributes["pkce.code.challenge.method"], "S256", file);
    assert.equal(client.directAccessGrantsEnabled || client.implicitFlowEnabled, false, file);
    assert.match(client.secret, /^\$\{THUISPLAN_SSO_[A-Z]+_CLIENT_SECRET:change-me-/, file);
  }
});
