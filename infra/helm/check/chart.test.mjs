// CI check of infra/helm/thuisplan: helm lint, helm template with the default values and with every
// infra/helm/thuisplan/ci/*.yaml, a schema check of every rendered object, and the security and
// lifecycle properties the chart promises. Run by `mvn verify` (frontend module, npm-helm-check).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { helmBinary, runHelm } from "./helm.mjs";
import { assertValid, parseManifests, problemsOf } from "./manifests.mjs";
import { fieldProblems } from "./fields.mjs";

const chart = join(dirname(fileURLToPath(import.meta.url)), "..", "thuisplan");
const valueSets = [
  { name: "default values", files: [] },
  ...readdirSync(join(chart, "ci")).filter((f) => f.endsWith(".yaml")).sort()
    .map((f) => ({ name: `ci/${f}`, files: [join(chart, "ci", f)] })),
];
const helm = await helmBinary();

function render(files, extra = []) {
  const args = ["template", "thuisplan", chart, "--namespace", "thuisplan",
    ...files.flatMap((f) => ["--values", f]), ...extra];
  return runHelm(helm, args);
}

const cache = new Map();
function rendered(files) {
  const key = files.join("\n");
  if (!cache.has(key)) {
    const result = render(files);
    assert.equal(result.status, 0, `helm template failed:\n${result.stderr}`);
    cache.set(key, result.stdout);
  }
  return parseManifests(cache.get(key));
}

const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);
const podSpecs = (objects) => objects
  .filter((o) => o.kind === "Deployment" || o.kind === "Job")
  .map((o) => ({ owner: `${o.kind} ${o.metadata.name}`, spec: o.spec.template.spec }));

test("the validator rejects a broken manifest (so a pass means something)", () => {
  const broken = {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "broken" },
    spec: { selector: {}, template: { spec: { containers: [{ name: "a", ports: [{ containerPort: "8080" }] }] } } },
  };
  assert.match(problemsOf(broken).join(), /containerPort must be integer/);
  assert.match(problemsOf({ apiVersion: "example.org/v1", kind: "Gadget", metadata: { name: "x" } }).join(),
    /no schema/);
  assert.throws(() => assertValid([broken]), /invalid manifests/);
});

test("no object rendered with any values set has an unknown or misspelt field", () => {
  // One compiler run for everything (it takes seconds); a misspelt object goes along to prove the check bites.
  const misspelt = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "misspelt" },
    spec: { selector: {}, template: { spec: { containers: [{ name: "a", securityContext: { readOnlyRootFileSystem: true } }] } } } };
  const objects = valueSets.flatMap(({ files }) => rendered(files));
  const problems = fieldProblems([...objects, misspelt], "rendered");
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0], /^Deployment misspelt: .*readOnlyRootFileSystem/);
});

for (const { name, files } of valueSets) {
  test(`helm lint passes with ${name}`, () => {
    const result = runHelm(helm, ["lint", "--strict", chart, ...files.flatMap((f) => ["--values", f])]);
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
  });

  test(`every object rendered with ${name} is valid against the Kubernetes schemas`, () => {
    const objects = rendered(files);
    assert.ok(objects.length >= 8, `only ${objects.length} objects rendered`);
    assertValid(objects);
    for (const kind of ["ConfigMap", "Deployment", "Service", "Ingress", "NetworkPolicy", "PodDisruptionBudget", "Job"]) {
      assert.ok(byKind(objects, kind).length > 0, `no ${kind} rendered`);
    }
    assert.equal(byKind(objects, "Secret").length, 0, "the chart must not carry Secrets: they are referenced");
  });

  test(`pods run hardened with ${name}`, () => {
    for (const { owner, spec } of podSpecs(rendered(files))) {
      assert.equal(spec.automountServiceAccountToken, false, owner);
      assert.equal(spec.enableServiceLinks, false, `${owner}: THUISPLAN_PORT would be overwritten by a service link`);
      assert.equal(spec.securityContext.runAsNonRoot, true, owner);
      assert.equal(spec.securityContext.runAsUser, 10001, owner);
      assert.equal(spec.securityContext.seccompProfile.type, "RuntimeDefault", owner);
      for (const c of spec.containers) {
        const sc = c.securityContext;
        assert.equal(sc.readOnlyRootFilesystem, true, `${owner}/${c.name}`);
        assert.equal(sc.allowPrivilegeEscalation, false, `${owner}/${c.name}`);
        assert.deepEqual(sc.capabilities.drop, ["ALL"], `${owner}/${c.name}`);
        assert.ok(c.volumeMounts.some((m) => m.mountPath === "/tmp"), `${owner}/${c.name}: no writable /tmp`);
        assert.match(c.env.find((e) => e.name === "JAVA_TOOL_OPTIONS").value, /-XX:\+ExitOnOutOfMemoryError/);
      }
    }
  });

  test(`only the migration Job gets the owner's secret, and no secret is a plain value, with ${name}`, () => {
    const objects = rendered(files);
    const values = objects.find((o) => o.kind === "Job");
    const ownerSecret = values.spec.template.spec.containers[0].env
      .find((e) => e.name === "THUISPLAN_DB_OWNER_PASSWORD").valueFrom.secretKeyRef.name;
    for (const { owner, spec } of podSpecs(objects)) {
      const isJob = owner.startsWith("Job");
      for (const c of spec.containers) {
        const text = JSON.stringify(c);
        assert.equal(text.includes(`"${ownerSecret}"`), isJob, `${owner}: owner secret reference`);
        assert.equal(text.includes("THUISPLAN_DB_OWNER_PASSWORD"), isJob, `${owner}: owner password variable`);
        for (const e of c.env ?? []) {
          if (/PASSWORD|SECRET/.test(e.name)) assert.ok(e.valueFrom?.secretKeyRef, `${owner}: ${e.name} must come from a Secret`);
        }
        assert.equal((c.envFrom ?? []).some((r) => r.secretRef), false, `${owner}: whole Secrets are not mounted`);
      }
    }
    for (const cm of byKind(objects, "ConfigMap")) {
      assert.equal(Object.keys(cm.data).some((k) => /PASSWORD|SECRET|OWNER/.test(k)), false, "ConfigMap holds no secret");
    }
  });

  test(`the migration Job runs the migrate command as a pre-install and pre-upgrade hook with ${name}`, () => {
    const job = byKind(rendered(files), "Job")[0];
    assert.equal(job.metadata.annotations["helm.sh/hook"], "pre-install,pre-upgrade");
    assert.deepEqual(job.spec.template.spec.containers[0].command, ["java", "-jar", "/app/thuisplan.jar", "migrate"]);
    assert.equal(job.spec.template.spec.restartPolicy, "Never");
  });

  test(`probes, ports and shutdown timing fit together with ${name}`, () => {
    const objects = rendered(files);
    const deployment = byKind(objects, "Deployment")[0];
    const config = byKind(objects, "ConfigMap").find((m) => m.metadata.name.endsWith("-config")).data;
    const pod = deployment.spec.template.spec;
    const c = pod.containers[0];
    const ports = Object.fromEntries(c.ports.map((p) => [p.name, p.containerPort]));
    assert.equal(String(ports.management), config.THUISPLAN_MANAGEMENT_PORT);
    assert.equal(String(ports.http), config.THUISPLAN_PORT);
    assert.deepEqual([c.startupProbe.httpGet, c.livenessProbe.httpGet, c.readinessProbe.httpGet], [
      { path: "/health/liveness", port: "management" },
      { path: "/health/liveness", port: "management" },
      { path: "/health/readiness", port: "management" },
    ]);
    const [sleep, seconds] = c.lifecycle.preStop.exec.command;
    assert.equal(sleep, "sleep");
    const grace = Number(config.THUISPLAN_SHUTDOWN_GRACE_SECONDS);
    assert.ok(Number(seconds) > 0 && grace > 0);
    assert.ok(pod.terminationGracePeriodSeconds > Number(seconds) + grace,
      `terminationGracePeriodSeconds ${pod.terminationGracePeriodSeconds} <= preStop ${seconds} + grace ${grace}`);
    assert.ok(pod.topologySpreadConstraints.some((t) => t.topologyKey === "topology.kubernetes.io/zone"));
    const ingress = byKind(objects, "Ingress")[0];
    assert.ok(ingress.spec.tls?.[0]?.secretName, "Ingress without TLS");
    assert.equal(ingress.spec.rules[0].http.paths[0].backend.service.port.name, "http");
  });

  test(`network policies admit only the ingress controller and monitoring, with ${name}`, () => {
    const objects = rendered(files);
    const app = byKind(objects, "NetworkPolicy").find((p) => p.spec.podSelector.matchLabels["app.kubernetes.io/component"] === "server");
    assert.deepEqual(app.spec.policyTypes, ["Ingress", "Egress"]);
    assert.deepEqual(app.spec.ingress.map((r) => r.ports.map((p) => p.port)), [["http"], ["management"]]);
    for (const rule of [...app.spec.ingress.flatMap((r) => r.from), ...app.spec.egress.flatMap((r) => r.to)]) {
      assert.ok(rule.namespaceSelector || rule.ipBlock, "a rule open to every pod or address");
    }
    for (const rule of app.spec.egress) assert.ok(rule.to?.length > 0, "an egress rule without destination allows every address");
    const migrate = byKind(objects, "NetworkPolicy").find((p) => p.metadata.name.endsWith("-migrate"));
    assert.equal(migrate.spec.ingress, undefined, "nothing may connect to the migration Job");
  });
}

test("the ServiceMonitor scrapes /prometheus on the management port", () => {
  const monitors = valueSets.flatMap(({ files }) => byKind(rendered(files), "ServiceMonitor"));
  assert.ok(monitors.length > 0, "no values set enables the ServiceMonitor");
  for (const m of monitors) assert.deepEqual([m.spec.endpoints[0].port, m.spec.endpoints[0].path], ["management", "/prometheus"]);
});

test("the optional parts switch off cleanly", () => {
  const result = render([], ["--set", "ingress.enabled=false,networkPolicy.enabled=false,migration.enabled=false,replicaCount=1"]);
  assert.equal(result.status, 0, result.stderr);
  const objects = parseManifests(result.stdout);
  assertValid(objects);
  assert.deepEqual(objects.map((o) => o.kind).sort(), ["ConfigMap", "Deployment", "Service"]);
});

test("values that would open the network or leak a secret are refused", () => {
  const cases = [
    [["--set", "database.cidrs=null"], /cidrs/],
    [["--set", "smtp.host=smtp.example.nl"], /smtp\.cidrs/],
    [["--set", "javaToolOptions=-Xmx1g"], /javaToolOptions/],
    [["--set", "secrets.app.password=plain"], /password/],
    [["--set", "image.digest=latest"], /digest/],
  ];
  for (const [args, message] of cases) {
    const result = render([], args);
    assert.notEqual(result.status, 0, `accepted: ${args.join(" ")}`);
    assert.match(result.stderr, message);
  }
});

// Single sign-on (docs/sso-providers.md): the providers become the THUISPLAN_SSO_* environment variables
// the app reads, each client secret a variable filled from the named Secret, never a value.
const production = valueSets.find(({ name }) => name === "ci/production-values.yaml");

test("without providers no single sign-on is rendered (local login only)", () => {
  const objects = rendered([]);
  assert.equal(objects.some((o) => o.metadata.name.endsWith("-sso")), false);
  const c = byKind(objects, "Deployment")[0].spec.template.spec.containers[0];
  assert.equal(c.env.some((e) => e.name === "MICRONAUT_CONFIG_FILES" || e.name.startsWith("THUISPLAN_SSO_")), false);
});

test("the providers become THUISPLAN_SSO_* variables, client secrets from the named Secret", () => {
  assert.ok(production, "ci/production-values.yaml is missing");
  const objects = rendered(production.files);
  assert.equal(byKind(objects, "ConfigMap").some((o) => o.metadata.name.endsWith("-sso")), false, "no sso.yml any more");

  const pod = byKind(objects, "Deployment")[0].spec.template;
  const c = pod.spec.containers[0];
  const sso = c.env.filter((e) => e.name.startsWith("THUISPLAN_SSO_"));
  const value = Object.fromEntries(sso.filter((e) => "value" in e).map((e) => [e.name, e.value]));
  assert.equal(new Set(sso.map((e) => e.name)).size, sso.length, "a variable twice");
  assert.equal(c.env.some((e) => e.name === "MICRONAUT_CONFIG_FILES"), false);
  assert.deepEqual(value, {
    THUISPLAN_SSO_PROVIDERS: "amsterdam,corporatie-mra",
    THUISPLAN_SSO_AMSTERDAM_ISSUER: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
    THUISPLAN_SSO_AMSTERDAM_CLIENT_ID: "11111111-1111-1111-1111-111111111111",
    THUISPLAN_SSO_AMSTERDAM_LABEL: "Gemeente Amsterdam",
    THUISPLAN_SSO_AMSTERDAM_ORGANISATIONS: "GM0363",
    THUISPLAN_SSO_AMSTERDAM_DOMAINS: "amsterdam.nl",
    // '-' in the key becomes '_' in the name; a KvK number stays text.
    THUISPLAN_SSO_CORPORATIE_MRA_ISSUER: "https://sso.corporatie.example.nl/realms/medewerkers",
    THUISPLAN_SSO_CORPORATIE_MRA_CLIENT_ID: "thuisplan",
    THUISPLAN_SSO_CORPORATIE_MRA_LABEL: "Woningcorporatie Demo",
    THUISPLAN_SSO_CORPORATIE_MRA_ORGANISATIONS: "00000001,MRA",
    THUISPLAN_SSO_CORPORATIE_MRA_DOMAINS: "corporatie.example.nl",
  });
  // The only variables not given as values are the client secrets, and those come from the Secret.
  const fromSecret = Object.fromEntries(sso.filter((e) => !("value" in e)).map((e) => [e.name, e.valueFrom.secretKeyRef]));
  assert.deepEqual(fromSecret, {
    THUISPLAN_SSO_AMSTERDAM_CLIENT_SECRET: { name: "thuisplan-sso", key: "THUISPLAN_SSO_AMSTERDAM_CLIENT_SECRET" },
    THUISPLAN_SSO_CORPORATIE_MRA_CLIENT_SECRET: { name: "thuisplan-sso", key: "corporatie-client-secret" },
  });
  // The migration Job needs no provider.
  assert.equal(JSON.stringify(byKind(objects, "Job")[0]).includes("THUISPLAN_SSO_"), false);

  const policy = byKind(objects, "NetworkPolicy").find((p) => p.metadata.name === "thuisplan");
  const toProviders = policy.spec.egress.find((r) => r.ports?.[0]?.port === 443);
  assert.deepEqual(toProviders.to.map((t) => t.ipBlock.cidr), ["198.51.100.0/24", "203.0.113.40/32"]);
});

test("optional label and domains are left out, so the app's defaults apply", () => {
  const provider = "sso.providers[0].key=gm-0363,sso.providers[0].issuer=https://login.example.nl/t/v2.0,"
    + "sso.providers[0].clientId=app,sso.providers[0].organisations[0]=GM0363,sso.cidrs[0]=192.0.2.1/32";
  const result = render([], ["--set", provider]);
  assert.equal(result.status, 0, result.stderr);
  const objects = parseManifests(result.stdout);
  assertValid(objects);
  const names = byKind(objects, "Deployment")[0].spec.template.spec.containers[0].env
    .map((e) => e.name).filter((n) => n.startsWith("THUISPLAN_SSO_"));
  assert.deepEqual(names, ["THUISPLAN_SSO_PROVIDERS", "THUISPLAN_SSO_GM_0363_ISSUER", "THUISPLAN_SSO_GM_0363_CLIENT_ID",
    "THUISPLAN_SSO_GM_0363_CLIENT_SECRET", "THUISPLAN_SSO_GM_0363_ORGANISATIONS"]);
});

test("single sign-on values that would open the network, leak a secret or clash are refused", () => {
  const provider = "sso.providers[0].key=amsterdam,sso.providers[0].issuer=https://login.example.nl/t/v2.0,"
    + "sso.providers[0].clientId=app,sso.providers[0].label=Gemeente,sso.providers[0].organisations[0]=GM0363";
  const second = provider.replaceAll("[0]", "[1]").replace("organisations[1]", "organisations[0]");
  const cidr = "sso.cidrs[0]=192.0.2.1/32";
  const cases = [
    [["--set", provider], /sso\.cidrs/],
    [["--set", `${provider},${cidr},sso.providers[0].clientSecret=plain`], /clientSecret/],
    [["--set", `${provider.replace("https://", "http://")},${cidr}`], /issuer/],
    [["--set", `${provider.replace("key=amsterdam", "key=Gemeente_A")},${cidr}`], /key/],
    [["--set", `${provider.replace("key=amsterdam", `key=${"a".repeat(41)}`)},${cidr}`], /key/],
    [["--set", `${provider.replace(",sso.providers[0].organisations[0]=GM0363", "")},${cidr}`], /organisations/],
    [["--set", `${provider.replace("organisations[0]=GM0363", "organisation=GM0363")},${cidr}`], /organisation/],
    [["--set", `${provider},${cidr}`, "--set-string", "sso.providers[0].organisations[1]=GM0363\\,GM0384"], /organisations/],
    [["--set", `${provider},${second},${cidr}`], /used twice/],
  ];
  for (const [args, message] of cases) {
    const result = render([], args);
    assert.notEqual(result.status, 0, `accepted: ${args.join(" ")}`);
    assert.match(result.stderr, message);
  }
  const ok = render([], ["--set", `${provider.replace("key=amsterdam", `key=${"a-".repeat(20)}`)},${cidr}`]);
  assert.equal(ok.status, 0, ok.stderr);
  assertValid(parseManifests(ok.stdout));
});
