// Schema validation of rendered manifests: every object is built as the kubernetes-models class of its
// apiVersion and kind and checked with .validate() (the Kubernetes OpenAPI schemas, compiled by
// @kubernetes-models/validate); the ServiceMonitor with @kubernetes-models/prometheus-operator's.
// An object of a kind neither package knows is an error, not a pass.
import * as core from "kubernetes-models";
import * as prometheusOperator from "@kubernetes-models/prometheus-operator";
import { parseAllDocuments } from "yaml";

// The packages export group -> version -> class ("apps" -> "v1" -> Deployment), the core group as
// version -> class ("v1" -> ConfigMap): walk both shapes.
const models = new Map();
function collect(namespace, depth) {
  for (const value of Object.values(namespace ?? {})) {
    if (typeof value === "function" && value.apiVersion && value.kind) {
      models.set(`${value.apiVersion}/${value.kind}`, value);
    } else if (value && typeof value === "object" && depth > 0) {
      collect(value, depth - 1);
    }
  }
}
collect(core, 2);
collect(prometheusOperator, 2);

/** The objects of a multi-document YAML stream (empty documents dropped); YAML errors throw. */
export function parseManifests(text) {
  const objects = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`invalid YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined) objects.push(value);
  }
  return objects;
}

/** Problems of one object; an empty list means it is valid. */
export function problemsOf(object) {
  const name = `${object?.kind ?? "?"} ${object?.metadata?.name ?? "?"}`;
  if (typeof object !== "object" || Array.isArray(object)) return [`${name}: not an object`];
  const Model = models.get(`${object.apiVersion}/${object.kind}`);
  if (!Model) return [`${name}: no schema for ${object.apiVersion} ${object.kind}`];
  const problems = [];
  if (!object.metadata?.name) problems.push(`${name}: metadata.name is missing`);
  try {
    new Model(object).validate();
  } catch (e) {
    const details = (e.errors ?? []).map((d) => `${d.instancePath || "/"} ${d.message ?? d.keyword}`);
    problems.push(`${name}: ${details.length > 0 ? details.join("; ") : e.message}`);
  }
  return problems;
}

/** Throws with every problem of every object. */
export function assertValid(objects) {
  const problems = objects.flatMap(problemsOf);
  if (problems.length > 0) throw new Error(`invalid manifests:\n  ${problems.join("\n  ")}`);
}

export const knownKinds = () => models.size;
