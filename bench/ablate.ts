/**
 * What each proposed fix would save, measured: copies `src/` (and the bench client) into a
 * temporary directory once per variant, applies one textual patch per variant (the proposed
 * change, or removing a feature to bound what it costs), and measures every variant interleaved
 * in one process against the unpatched copy. `src/` itself is never touched.
 *
 *   npx tsx bench/ablate.ts [--quick]
 *
 * The patches match the source text of the day; a patch that no longer applies is reported and
 * its variant skipped.
 */
// First: the bench measures what the built package costs (no tsx `keepNames`, see docs/benchmarks.md).
import "./no-keep-names.mjs"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { sse } from "./bodies.js"
import type { Client, Ours } from "./clients.js"
import { ensureGc, forceGc, interleave, ROOT, type Sample, sleep, startServer } from "./measure.js"
import { fmt, median, spread } from "./stats.js"

ensureGc(import.meta.url)
const QUICK = process.argv.includes("--quick")
const rounds = (n: number) => (QUICK ? Math.max(2, Math.ceil(n / 3)) : n)

interface Patch {
  readonly file: string
  /** inserted after the file's imports */
  readonly helpers?: string
  readonly from: RegExp | string
  readonly to: string
}

const noop = "const __noTimeout = (_: unknown) => <A, E, R>(self: Effect.Effect<A, E, R>) => self\n"
const variants: Record<string, ReadonlyArray<Patch>> = {
  "as is": [],
  "no Effect.timeoutFail (headers, firstContent, deadline)": [
    { file: "OpenRouter.ts", helpers: noop, from: /Effect\.timeoutFail\(\{/g, to: "__noTimeout({" },
    { file: "Transport.ts", helpers: noop, from: /Effect\.timeoutFail\(\{/g, to: "__noTimeout({" }
  ],
  "no spans / metrics (Telemetry no-op)": [
    {
      file: "OpenRouter.ts",
      helpers: "const __noSpan = (_: unknown) => <A, E, R>(self: Effect.Effect<A, E, R>) => self\nconst __noRecord = (_: unknown) => Effect.void\n",
      from: /Telemetry\.(attemptSpan|requestSpan)\(/g,
      to: "__noSpan("
    },
    { file: "OpenRouter.ts", from: /Telemetry\.recordResult\(/g, to: "__noRecord(" }
  ],
  "platform http.client span off": [
    {
      file: "Transport.ts",
      from: "(yield* HttpClient.HttpClient).pipe(HttpClient.withScope)",
      to: "(yield* HttpClient.HttpClient).pipe(HttpClient.withTracerDisabledWhen(() => true), HttpClient.withScope)"
    }
  ],
  "no idle/deadline watchdog fiber": [
    {
      file: "OpenRouter.ts",
      helpers: "const __noFork = (_: unknown) => Effect.void\n",
      from: /yield\* Effect\.forkScoped\((Effect\.gen\(function\*\(\) \{\s*while \(true\))/,
      to: "yield* __noFork($1"
    }
  ],
  "drain the body after [DONE] (keep-alive)": [
    {
      file: "ChatStream.ts",
      from: "if (decoder.state.done) return emit",
      to: "if (decoder.state.done) return Channel.zipRight(emit, __drainRest)"
    },
    {
      file: "ChatStream.ts",
      from: /(export const decodeEvents[\s\S]*?const decoder = makeDecoder\(options\)\n)/,
      to:
        "$1  const __drainRest: any = Channel.readWithCause({ onInput: () => __drainRest, onFailure: (cause: any) => Channel.failCause(cause), onDone: () => Channel.void })\n"
    }
  ],
  "JSON body via response.arrayBuffer when content-length fits": [
    {
      file: "Transport.ts",
      from: "const readText = readBounded(stream, config.limits.maxBodyBytes, response.status, model)",
      to: [
        "const __length = Number(headers[\"content-length\"])",
        "      const readText = Number.isFinite(__length) && __length <= config.limits.maxBodyBytes",
        "        ? Effect.mapError(Effect.map(response.arrayBuffer, (ab) => Buffer.from(ab).toString(\"utf8\")), (e) => fromHttpClientError(e, true, model))",
        "        : readBounded(stream, config.limits.maxBodyBytes, response.status, model)"
      ].join("\n")
    }
  ]
}
const all = Object.entries(variants).filter(([k]) => k !== "as is").flatMap(([, p]) => p)
const withAll: Record<string, ReadonlyArray<Patch>> = { ...variants, "all of the above": all }

// --- build the copies ----------------------------------------------------------------------
const base = fs.mkdtempSync(path.join(os.tmpdir(), "effect-openrouter-ablate-"))
const applyPatches = (dir: string, patches: ReadonlyArray<Patch>): boolean => {
  const helpersDone = new Set<string>()
  for (const p of patches) {
    const file = path.join(dir, "src", p.file)
    let text = fs.readFileSync(file, "utf8")
    const before = text
    text = typeof p.from === "string" ? text.split(p.from).join(p.to) : text.replace(p.from, p.to)
    if (text === before) return false
    if (p.helpers !== undefined && !helpersDone.has(p.file + p.helpers)) {
      helpersDone.add(p.file + p.helpers)
      // after the last import statement (which may span several lines)
      let end = 0
      for (const m of text.matchAll(/^import[^;]*?from\s+"[^"]+"[ \t]*$/gm)) end = (m.index ?? 0) + m[0].length
      text = `${text.slice(0, end)}\n${p.helpers}${text.slice(end)}`
    }
    fs.writeFileSync(file, text)
  }
  return true
}
const dirs: Record<string, string> = {}
let i = 0
for (const [name, patches] of Object.entries(withAll)) {
  const dir = path.join(base, `v${i++}`)
  fs.cpSync(path.join(ROOT, "src"), path.join(dir, "src"), { recursive: true })
  fs.mkdirSync(path.join(dir, "bench"))
  for (const f of ["clients.ts", "bodies.ts"]) fs.copyFileSync(path.join(ROOT, "bench", f), path.join(dir, "bench", f))
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"))
  if (applyPatches(dir, patches)) dirs[name] = dir
  else console.log(`skipped (patch no longer applies): ${name}`)
}

// --- measure -------------------------------------------------------------------------------
const { child, port } = await startServer()
const S = sse(20)
const A = sse(10_000, { write: 64 * 1024 })
const D = sse(250, { write: 0, pace: 2 })
const F = sse(20, { hold: 50 })
const G = sse(20, { freeze: true })
const clients: Record<string, Ours> = {}
for (const [name, dir] of Object.entries(dirs)) {
  const mod = (await import(pathToFileURL(path.join(dir, "bench", "clients.ts")).href)) as typeof import("./clients.js")
  const c = mod.makeOurs(port)
  await c.prepare([S, A, D, F, G])
  clients[name] = c
}
const names = Object.keys(clients)
const entries = (f: (c: Ours) => () => Promise<unknown>) => Object.fromEntries(names.map((n) => [n, f(clients[n] as Ours)]))
const cpu = (xs: ReadonlyArray<Sample>, per: number) => xs.map((x) => x.cpu * per)

const results: Record<string, Record<string, ReadonlyArray<number>>> = {}
const put = (metric: string, samples: Record<string, Array<Sample>>, per: number) => {
  results[metric] = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, cpu(xs, per)]))
}
console.log(`variants: ${names.length}; copies in ${base}`)
put("per short stream (50 × 20 chunks), µs CPU", await interleave(rounds(2), rounds(8), entries((c) => () => c.streamMany(S, 50))), 1000 / 50)
put("(a) 1 × 10,000 chunks, 64 KB reads, ms CPU", await interleave(rounds(2), rounds(8), entries((c) => () => c.stream(A))), 1)
put("(d) paced, µs CPU per chunk", await interleave(rounds(1), rounds(4), entries((c) => () => c.streamMany(D, 50))), 1000 / (50 * 250))
put("(e) JSON c=1, µs CPU per request", await interleave(rounds(1), rounds(6), entries((c) => () => c.jsonMany(200, 1))), 1000 / 200)

// time to first chunk
{
  const ttfc: Record<string, Array<number>> = Object.fromEntries(names.map((n) => [n, []]))
  const n = rounds(24)
  for (let r = 0; r < n + 3; r++) {
    for (let j = 0; j < names.length; j++) {
      const k = names[(j + r) % names.length] as string
      const start = performance.now()
      const res = await (clients[k] as Client).stream(F)
      if (r >= 3) (ttfc[k] as Array<number>).push(res.firstAt - start)
    }
  }
  results["(f) time to first chunk, ms (median)"] = ttfc
}

// heap per open stream
{
  const heap: Record<string, Array<number>> = Object.fromEntries(names.map((n) => [n, []]))
  const N = 200
  for (let r = 0; r < rounds(3) + 1; r++) {
    for (const k of names) {
      forceGc()
      const before = process.memoryUsage().heapUsed
      let first = 0
      let ready: () => void = () => {}
      const all = new Promise<void>((resolve) => {
        ready = resolve
      })
      const open = Array.from({ length: N }, () =>
        (clients[k] as Client).open(G, () => {
          if (++first === N) ready()
        }))
      await all
      await sleep(30)
      forceGc()
      const after = process.memoryUsage().heapUsed
      for (const s of open) s.close()
      await Promise.all(open.map((s) => s.done))
      if (r > 0) (heap[k] as Array<number>).push((after - before) / N / 1024)
    }
  }
  results["(g) heap per open stream, KB"] = heap
}

for (const c of Object.values(clients)) await c.dispose()
child.kill()

const metrics = Object.keys(results)
console.log(`\n| variant | ${metrics.join(" | ")} |`)
console.log(`|---|${metrics.map(() => "--:").join("|")}|`)
for (const n of names) {
  const cells = metrics.map((m) => {
    const xs = (results[m] as Record<string, ReadonlyArray<number>>)[n] as ReadonlyArray<number>
    const v = median(xs)
    const ref = median((results[m] as Record<string, ReadonlyArray<number>>)["as is"] as ReadonlyArray<number>)
    return n === "as is" ? `${fmt(v)} ±${fmt(spread(xs), 0)}%` : `${fmt(v)} (${v <= ref ? "" : "+"}${fmt(((v - ref) / ref) * 100, 0)}%)`
  })
  console.log(`| ${n} | ${cells.join(" | ")} |`)
}
fs.rmSync(base, { recursive: true, force: true })
process.exit(0)
