/**
 * A test's child process as one ES module bundled by esbuild (its packages left to Node, so the
 * file is written under `node_modules/.cache`, where Node resolves them). It starts in a fraction
 * of the time the same entry takes through `node --import tsx`, which compiles every source module
 * at start-up (2–4 s per process on busy cores).
 */
import * as esbuild from "esbuild"
import * as fs from "node:fs"
import * as path from "node:path"

const dir = path.join(__dirname, "..", "node_modules", ".cache", "effect-openrouter-test")

/** Bundles `entry`; returns the file to run with `node` and a function that removes it. */
export const bundleChild = async (entry: string): Promise<{ readonly file: string; readonly remove: () => void }> => {
  const file = path.join(dir, `${path.basename(entry, ".ts")}-${process.pid}-${Date.now()}.mjs`)
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", packages: "external", outfile: file, logLevel: "silent" })
  return { file, remove: () => fs.rmSync(file, { force: true }) }
}
