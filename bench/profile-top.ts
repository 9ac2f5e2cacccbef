/**
 * Summarises a V8 `.cpuprofile`: the functions with the most self time, self time per package /
 * source file, and the inclusive ("total") time of this package's own functions.
 *
 *   npx tsx bench/profile-top.ts <file.cpuprofile> [top=30]
 *
 * `bench/profile.ts` writes such files (profiling only the measured loop, not start-up).
 */
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
}
interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: ReadonlyArray<number>
}
export interface CpuProfile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

const shortUrl = (url: string): string => {
  const nm = url.lastIndexOf("node_modules/")
  if (nm !== -1) return url.slice(nm + "node_modules/".length)
  const src = url.lastIndexOf("/src/")
  if (src !== -1) return url.slice(src + 1)
  const bench = url.lastIndexOf("/bench/")
  if (bench !== -1) return url.slice(bench + 1)
  return url === "" ? "(native)" : url
}

const groupOf = (cf: CallFrame): string => {
  if (cf.url === "") return cf.functionName.startsWith("(") ? cf.functionName : "(native)"
  const s = shortUrl(cf.url)
  if (s.startsWith("effect/")) return "effect"
  if (s.startsWith("@effect/")) return s.split("/").slice(0, 2).join("/")
  if (s.startsWith("undici/")) return "undici"
  if (s.startsWith("node:")) return "node:*"
  return s
}

const keyOf = (cf: CallFrame): string =>
  `${cf.functionName || "(anonymous)"}  ${shortUrl(cf.url)}${cf.url !== "" ? `:${cf.lineNumber + 1}` : ""}`

export const summarize = (profile: CpuProfile, top = 30): string => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<number, number>()
  let total = 0
  let idle = 0
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0
    const id = profile.samples[i] as number
    self.set(id, (self.get(id) ?? 0) + dt)
    total += dt
    if (byId.get(id)?.callFrame.functionName === "(idle)") idle += dt
  }
  const busy = total - idle
  const byFn = new Map<string, number>()
  const byGroup = new Map<string, number>()
  for (const [id, t] of self) {
    const node = byId.get(id)
    if (node === undefined || node.callFrame.functionName === "(idle)") continue
    const key = keyOf(node.callFrame)
    byFn.set(key, (byFn.get(key) ?? 0) + t)
    const g = groupOf(node.callFrame)
    byGroup.set(g, (byGroup.get(g) ?? 0) + t)
  }
  // inclusive time of src/ functions: each sample counts once per distinct function on its stack
  const inclusive = new Map<string, number>()
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0
    const seen = new Set<string>()
    let id: number | undefined = profile.samples[i]
    while (id !== undefined) {
      const node = byId.get(id)
      if (node === undefined) break
      const s = shortUrl(node.callFrame.url)
      if (s.startsWith("src/")) seen.add(keyOf(node.callFrame))
      id = parent.get(id)
    }
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + dt)
  }
  const pct = (t: number) => `${((t / busy) * 100).toFixed(1).padStart(5)}%`
  const lines: Array<string> = []
  lines.push(`${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy (percentages are of busy time)`)
  lines.push("", "self time by function:")
  for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${pct(t)}  ${k}`)
  lines.push("", "self time by package / file:")
  for (const [k, t] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 20)) lines.push(`${pct(t)}  ${k}`)
  lines.push("", "inclusive time of src/ functions:")
  for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${pct(t)}  ${k}`)
  return lines.join("\n")
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2)
  const file = argv.find((a) => !/^\d+$/.test(a))
  const top = Number(argv.find((a) => /^\d+$/.test(a)) ?? "30")
  if (file === undefined) {
    console.error("usage: tsx bench/profile-top.ts <file.cpuprofile> [top]")
    process.exit(1)
  }
  console.log(summarize(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile, top))
}

/** A node of a V8 sampling heap profile (`HeapProfiler.stopSampling`). */
export interface AllocNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number }
  readonly selfSize: number
  readonly children: ReadonlyArray<AllocNode>
}

/**
 * Bytes allocated per function (`name  file:line`, positions mapped back through the modules'
 * source maps) and per package / source file, from a sampling heap profile's root.
 */
export const allocationSites = (
  head: AllocNode,
  sourceMap: (url: string) => { findEntry(line: number, column: number): object } | undefined
) => {
  const byFn = new Map<string, number>()
  const byGroup = new Map<string, number>()
  let total = 0
  const visit = (node: AllocNode) => {
    const cf = node.callFrame
    let url = cf.url
    let line = cf.lineNumber
    if (url.startsWith("file://") && !url.includes("/node_modules/")) {
      const entry = sourceMap(url)?.findEntry(cf.lineNumber, cf.columnNumber)
      if (entry !== undefined && "originalSource" in entry && "originalLine" in entry) {
        url = String(entry.originalSource)
        line = Number(entry.originalLine)
      }
    }
    const short = url.replace(/.*node_modules\//, "").replace(/.*\/(src|bench)\//, "$1/")
    const key = `${cf.functionName || "(anonymous)"}  ${short}:${line + 1}`
    byFn.set(key, (byFn.get(key) ?? 0) + node.selfSize)
    const group = short.startsWith("effect/") ? "effect" : short.startsWith("src/") ? short.replace(/:.*$/, "") : short.split("/")[0] ?? short
    byGroup.set(group, (byGroup.get(group) ?? 0) + node.selfSize)
    total += node.selfSize
    for (const c of node.children) visit(c)
  }
  visit(head)
  return { byFn, byGroup, total }
}

/**
 * Maps a profile's call frames back to the sources through the modules' source maps (tsx emits
 * each module on one line; `findSourceMap` is `node:module`'s, in the process that loaded them).
 */
export const mapToSources = (
  profile: { readonly nodes: ReadonlyArray<{ readonly callFrame: { url: string; lineNumber: number; columnNumber: number } }> },
  findSourceMap: (url: string) => { findEntry: (line: number, column: number) => object } | undefined
): void => {
  for (const node of profile.nodes) {
    const cf = node.callFrame
    if (!cf.url.startsWith("file://") || cf.url.includes("/node_modules/")) continue
    const entry = findSourceMap(cf.url)?.findEntry(cf.lineNumber, cf.columnNumber)
    if (entry !== undefined && "originalSource" in entry && "originalLine" in entry && "originalColumn" in entry) {
      cf.url = String(entry.originalSource)
      cf.lineNumber = Number(entry.originalLine)
      cf.columnNumber = Number(entry.originalColumn)
    }
  }
}
