// Unknown fields. The JSON-schema validators of kubernetes-models accept properties the API does not
// know (the Kubernetes schemas allow them; the API server drops or refuses them at apply time), so a
// misspelt field such as `readOnlyRootFileSystem` would pass unnoticed. The same packages ship
// TypeScript interfaces of every kind: each object is typed as its interface in a generated module
// and the TypeScript compiler's excess-property check reports every field the interface lacks.
import ts from "typescript";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cacheDir = join(dirname(fileURLToPath(import.meta.url)), "node_modules", ".cache", "typed-manifests");

function typeModule(apiVersion) {
  if (apiVersion.startsWith("monitoring.coreos.com/")) return `@kubernetes-models/prometheus-operator/${apiVersion}`;
  return `kubernetes-models/${apiVersion}`;
}

/** Problems (unknown or misspelt fields, wrong types) of the objects; empty when none. */
export function fieldProblems(objects, label = "manifests") {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${label.replace(/[^a-z0-9]+/gi, "-")}.ts`);
  const lines = [];
  const startLine = [];
  objects.forEach((o, i) => {
    lines.push(`import type { I${o.kind} as T${i} } from "${typeModule(o.apiVersion)}";`);
  });
  objects.forEach((o, i) => {
    startLine[i] = lines.length;
    lines.push(...`export const o${i}: T${i} = ${JSON.stringify(o, null, 1)};`.split("\n"));
  });
  writeFileSync(file, `${lines.join("\n")}\n`);
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, skipLibCheck: true, types: [],
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || d.file.fileName !== file) return message;
    const line = d.file.getLineAndCharacterOfPosition(d.start).line;
    const index = startLine.findLastIndex((s) => s <= line);
    const o = objects[index];
    return o ? `${o.kind} ${o.metadata?.name}: ${message}` : message;
  });
}
