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
