/**
 * Heap after `import` (issue 11 item 1): what loading an entry point costs before any call. Each
 * case runs in a fresh `node --expose-gc` process that imports the modules, forces two GCs and
 * prints `process.memoryUsage()`; the case's figure is the median over `runs` processes.
 *
 * The library's sources are transpiled file by file (esbuild, no bundling: the same module graph
 * a user loads from `dist/`) into node_modules/.cache/effect-openrouter-import-heap/, so no
 * TypeScript loader sits in the measured process.
 *
 * `--against <git ref>` adds the main entry as it was at that commit (e.g. the commit before the
 * core was split from the Node entries), transpiled the same way.
 *
 *   npx tsx bench/import-heap.ts [runs=5] [--against <git ref>]
 */
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as esbuild from "esbuild"

const ROOT = fileURLToPath(new URL("..", import.meta.url))
const OUT = path.join(ROOT, "node_modules", ".cache", "effect-openrouter-import-heap")
const args = process.argv.slice(2)
const againstAt = args.indexOf("--against")
const AGAINST = againstAt >= 0 ? args[againstAt + 1] : undefined
const RUNS = Number(args.find((a, i) => /^\d+$/.test(a) && i !== againstAt + 1) ?? "5")

const sources = (dir: string): Array<string> =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") ? [full] : []
  })

fs.rmSync(OUT, { recursive: true, force: true })
await esbuild.build({
  entryPoints: sources(path.join(ROOT, "src")),
  outdir: path.join(OUT, "src"),
  outbase: path.join(ROOT, "src"),
  format: "esm",
  platform: "node",
  target: "es2022",
  logLevel: "warning"
})
if (AGAINST !== undefined) {
  const dir = path.join(OUT, "against")
  fs.mkdirSync(dir, { recursive: true })
  execFileSync("sh", ["-c", `git archive ${JSON.stringify(AGAINST)} src | tar -x -C ${JSON.stringify(dir)}`], { cwd: ROOT })
  await esbuild.build({
    entryPoints: sources(path.join(dir, "src")),
    outdir: path.join(dir, "out"),
    outbase: path.join(dir, "src"),
    format: "esm",
    platform: "node",
    target: "es2022",
    logLevel: "warning"
  })
}
fs.writeFileSync(path.join(OUT, "package.json"), JSON.stringify({ type: "module" }))

const lib = (file: string) => JSON.stringify(path.join(OUT, "src", file))

interface Case {
  readonly name: string
  readonly imports: ReadonlyArray<string>
}

const cases: ReadonlyArray<Case> = [
  { name: "node, nothing imported", imports: [] },
  { name: "`effect` alone (the barrel)", imports: [`"effect"`] },
  { name: "`effect` + `@effect/platform` (the core's only dependencies)", imports: [`"effect"`, `"@effect/platform"`] },
  { name: "`effect-openrouter` (the core entry)", imports: [lib("index.js")] },
  { name: "`effect-openrouter` + `@effect/platform/FetchHttpClient` (a browser/Deno/Bun app)", imports: [lib("index.js"), `"@effect/platform/FetchHttpClient"`] },
  { name: "`effect-openrouter` + `effect-openrouter/node` (a Node app: OpenRouterLive, undici)", imports: [lib("index.js"), lib("node.js")] },
  { name: "core + `/node` + `/testing`", imports: [lib("index.js"), lib("node.js"), lib("testing.js")] },
  ...(AGAINST !== undefined
    ? [{ name: `the main entry at \`${AGAINST}\``, imports: [JSON.stringify(path.join(OUT, "against", "out", "index.js"))] }]
    : [])
]

const probe = (imports: ReadonlyArray<string>): { heapUsed: number; rss: number } => {
  const script = [
    ...imports.map((spec, i) => `import * as m${i} from ${spec}`),
    `globalThis.__keep = [${imports.map((_, i) => `m${i}`).join(", ")}]`,
    "gc(); gc()",
    "const m = process.memoryUsage()",
    "console.log(JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss }))"
  ].join("\n")
  const file = path.join(OUT, `probe-${process.pid}.mjs`)
  fs.writeFileSync(file, script)
  const out = execFileSync(process.execPath, ["--expose-gc", file], { cwd: OUT, encoding: "utf8" })
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as { heapUsed: number; rss: number }
}

const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] ?? 0 : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

const results: Array<{ readonly name: string; readonly heap: number; readonly rss: number }> = []
for (const c of cases) {
  const samples = Array.from({ length: RUNS }, () => probe(c.imports))
  results.push({ name: c.name, heap: median(samples.map((s) => s.heapUsed)), rss: median(samples.map((s) => s.rss)) })
}
const effectAlone = results[1]?.heap ?? 1

console.log(`${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, median of ${RUNS} processes`)
console.log("")
console.log("| imported | heapUsed MB | vs `effect` alone | RSS MB |")
console.log("|---|---|---|---|")
for (const r of results) {
  console.log(`| ${r.name} | ${mb(r.heap)} | ${(r.heap / effectAlone).toFixed(2)}× | ${mb(r.rss)} |`)
}
