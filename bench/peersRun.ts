/**
 * The peers phase of `npm run bench` (issue 11's "What it must show", issue 14's `streamText`
 * comparison): the floor, ours and the peer clients (`peers.ts`) measured in the same run,
 * interleaved round by round, each figure as a ratio to the floor measured in the same rounds.
 *
 * Peers are far apart in cost (the official `@effect/ai` provider spends ~50× the floor per
 * streamed event), so each entry has its own number of rounds, and the official provider runs the
 * 100-stream scenario with 10 streams (its figure there is CPU per event, comparable; its wall is
 * not shown). Everything else is the same workload for every client.
 */
import { expectedLength, type Scenario, sse } from "./bodies.js"
import { type Client, runMany } from "./clients.js"
import { forceGc, type Sample, sampleOf, sleep } from "./measure.js"
import { type Peer, unsettledAfterClose } from "./peers.js"
import { fmt, median, quantile } from "./stats.js"

/** A client of the peers phase: the floor, ours, or a peer. */
export type Entrant = Pick<Client, "stream" | "streamMany" | "jsonMany" | "open"> & { readonly name: string }

export const PEER_PLANS = {
  a: sse(10_000, { write: 64 * 1024 }),
  c: sse(1_000, { write: 64 * 1024 }),
  d: sse(100, { write: 0, pace: 2 }),
  /** (e′): a short streamed answer per request */
  s: sse(20, { write: 64 * 1024 }),
  f: sse(20, { write: 64 * 1024, hold: 50 }),
  g: sse(20, { freeze: true })
} as const satisfies Record<string, Scenario>

const C_STREAMS = 100
/** Streams of (c) for the slowest entrant (see the module comment). */
const C_STREAMS_SLOW = 10
const SLOW = "effect-ai-official"
const D_STREAMS = 20
const E = [{ conc: 1, total: 100 }, { conc: 64, total: 320 }] as const
const F_SAMPLES = 15
const G_STREAMS = 500

interface Entry {
  readonly run: () => Promise<unknown>
  readonly warm: number
  readonly n: number
}

/** Like `measure.interleave`, with a number of rounds per entry (an entry sits out once it has its samples). */
const interleave = async (entries: Record<string, Entry>): Promise<Record<string, Array<Sample>>> => {
  const keys = Object.keys(entries)
  const out: Record<string, Array<Sample>> = {}
  for (const k of keys) out[k] = []
  const total = Math.max(...keys.map((k) => (entries[k] as Entry).warm + (entries[k] as Entry).n))
  for (let r = 0; r < total; r++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + r) % keys.length] as string
      const entry = entries[key] as Entry
      if (r >= entry.warm + entry.n) continue
      const sample = await sampleOf(entry.run)
      if (r >= entry.warm) (out[key] as Array<Sample>).push(sample)
    }
  }
  return out
}

/** One row of the peers table: a value per entrant (undefined: not measured), how to compare. */
interface PeerRow {
  readonly what: string
  readonly unit: string
  readonly values: Record<string, number | undefined>
  /** `ratio` (lower is better), `inverse` (higher is better, shown as value / floor), `diff` (value − floor). */
  readonly kind: "ratio" | "inverse" | "diff"
  readonly note?: string | undefined
}

export interface PeersResult {
  readonly rows: ReadonlyArray<PeerRow>
  readonly names: ReadonlyArray<string>
  readonly seconds: number
  readonly notes: ReadonlyArray<string>
}

export const runPeers = async (
  floor: Client,
  ours: ReadonlyArray<Entrant>,
  peers: ReadonlyArray<Peer>,
  options: { readonly quick: boolean; readonly log: (s: string) => void; readonly check: (ok: boolean, what: string) => void }
): Promise<PeersResult> => {
  const t0 = performance.now()
  const { log, check } = options
  const scale = (n: number) => (options.quick ? Math.max(1, Math.ceil(n / 2)) : n)
  const entrants: ReadonlyArray<Entrant> = [floor, ...ours, ...peers]
  const names = entrants.map((e) => e.name)
  const rows: Array<PeerRow> = []
  const per = (f: (e: Entrant) => number | undefined): Record<string, number | undefined> =>
    Object.fromEntries(entrants.map((e) => [e.name, f(e)]))
  const med = (samples: Record<string, Array<Sample>>, name: string, f: (s: Sample) => number) =>
    samples[name] === undefined || samples[name].length === 0 ? undefined : median(samples[name].map(f))
  const slow = (e: Entrant) => e.name === SLOW || e.name === "effect-ai-ours"

  // (a) one stream of 10,000 chunks, 64 KB reads
  {
    log("peers (a): 1 × 10,000 chunks, 64 KB reads")
    const plan = PEER_PLANS.a
    const entries: Record<string, Entry> = {}
    for (const e of entrants) {
      entries[e.name] = {
        run: async () => {
          const r = await e.stream(plan)
          check(r.length === expectedLength(plan.n), `${e.name}: text length ${r.length}, expected ${expectedLength(plan.n)}`)
        },
        warm: slow(e) ? 0 : 1,
        n: scale(e.name === SLOW ? 1 : slow(e) ? 2 : 3)
      }
    }
    const samples = await interleave(entries)
    rows.push({ what: "1 × 10,000 chunks, 64 KB reads — CPU", unit: "ms", kind: "ratio", values: per((e) => med(samples, e.name, (s) => s.cpu)) })
    rows.push({ what: "1 × 10,000 chunks, 64 KB reads — wall", unit: "ms", kind: "ratio", values: per((e) => med(samples, e.name, (s) => s.wall)) })
  }

  // (c) 100 concurrent streams of 1,000 chunks
  {
    log(`peers (c): ${C_STREAMS} × 1,000 chunks (${SLOW}: ${C_STREAMS_SLOW} streams)`)
    const plan = PEER_PLANS.c
    const streams = (e: Entrant) => (e.name === SLOW ? C_STREAMS_SLOW : C_STREAMS)
    const entries: Record<string, Entry> = {}
    for (const e of entrants) {
      entries[e.name] = {
        run: async () => {
          const events = await e.streamMany(plan, streams(e))
          check(events === streams(e) * plan.n, `${e.name}: ${events} events, expected ${streams(e) * plan.n}`)
        },
        warm: 0,
        n: scale(slow(e) ? 1 : 2)
      }
    }
    const samples = await interleave(entries)
    rows.push({
      what: `${C_STREAMS} × 1,000 chunks, 64 KB writes — CPU per event`,
      unit: "µs",
      kind: "ratio",
      values: per((e) => {
        const cpu = med(samples, e.name, (s) => s.cpu)
        return cpu === undefined ? undefined : (cpu * 1000) / (streams(e) * plan.n)
      }),
      note: `${SLOW}: ${C_STREAMS_SLOW} streams`
    })
    rows.push({
      what: `${C_STREAMS} × 1,000 chunks, 64 KB writes — wall`,
      unit: "ms",
      kind: "ratio",
      values: per((e) => (e.name === SLOW ? undefined : med(samples, e.name, (s) => s.wall)))
    })
  }

  // (d) paced streams: one event per write every 2 ms
  {
    log(`peers (d): ${D_STREAMS} paced streams × ${PEER_PLANS.d.n} chunks`)
    const plan = PEER_PLANS.d
    const entries: Record<string, Entry> = {}
    for (const e of entrants) {
      entries[e.name] = {
        run: async () => {
          const events = await e.streamMany(plan, D_STREAMS)
          check(events === D_STREAMS * plan.n, `${e.name}: ${events} paced events, expected ${D_STREAMS * plan.n}`)
        },
        warm: 1,
        n: scale(2)
      }
    }
    const samples = await interleave(entries)
    rows.push({
      what: `paced stream (${D_STREAMS} × ${PEER_PLANS.d.n}, one event per read every 2 ms) — CPU per chunk`,
      unit: "µs",
      kind: "ratio",
      values: per((e) => {
        const cpu = med(samples, e.name, (s) => s.cpu)
        return cpu === undefined ? undefined : (cpu * 1000) / (D_STREAMS * plan.n)
      })
    })
  }

  // (e) non-streaming, concurrency 1 and 64
  for (const { conc, total } of E) {
    log(`peers (e): non-streaming, ${total} requests at concurrency ${conc}`)
    const entries: Record<string, Entry> = {}
    for (const e of entrants) {
      entries[e.name] = {
        run: async () => {
          const done = await e.jsonMany(total, conc)
          check(done === total, `${e.name}: ${done} requests, expected ${total}`)
        },
        warm: 1,
        n: scale(2)
      }
    }
    const samples = await interleave(entries)
    rows.push({
      what: `non-streaming, concurrency ${conc} — CPU per request`,
      unit: "µs",
      kind: "ratio",
      values: per((e) => {
        const cpu = med(samples, e.name, (s) => s.cpu)
        return cpu === undefined ? undefined : (cpu * 1000) / total
      })
    })
    rows.push({
      what: `non-streaming, concurrency ${conc} — requests/s`,
      unit: "req/s",
      kind: "inverse",
      values: per((e) => {
        const wall = med(samples, e.name, (s) => s.wall)
        return wall === undefined ? undefined : total / (wall / 1000)
      })
    })
  }

  // (e′) a short streamed answer (20 chunks) per request, concurrency 1 and 64 (ours: `chatStream`)
  for (const { conc, total } of E) {
    log(`peers (e′): a 20-chunk stream per request, ${total} requests at concurrency ${conc}`)
    const expected = expectedLength(PEER_PLANS.s.n)
    const entries: Record<string, Entry> = {}
    for (const e of entrants) {
      entries[e.name] = {
        run: async () => {
          const done = await runMany(total, conc, async () => {
            const r = await e.stream(PEER_PLANS.s)
            check(r.length === expected, `${e.name}: text length ${r.length}, expected ${expected}`)
          })
          check(done === total, `${e.name}: ${done} requests, expected ${total}`)
        },
        warm: 1,
        n: scale(2)
      }
    }
    const samples = await interleave(entries)
    rows.push({
      what: `a 20-chunk stream per request, concurrency ${conc} — CPU per request`,
      unit: "µs",
      kind: "ratio",
      values: per((e) => {
        const cpu = med(samples, e.name, (s) => s.cpu)
        return cpu === undefined ? undefined : (cpu * 1000) / total
      })
    })
  }

  // (f) time to first chunk after a 50 ms server hold
  {
    const n = scale(F_SAMPLES)
    log(`peers (f): time to first chunk, ${n} samples each`)
    const ttfc: Record<string, Array<number>> = Object.fromEntries(names.map((k) => [k, []]))
    for (let r = 0; r < n + 3; r++) {
      for (let i = 0; i < entrants.length; i++) {
        const e = entrants[(i + r) % entrants.length] as Entrant
        const start = performance.now()
        const result = await e.stream(PEER_PLANS.f)
        check(result.events === 20, `${e.name}: ttfc stream had ${result.events} events`)
        if (r >= 3) (ttfc[e.name] as Array<number>).push(result.firstAt - start)
      }
    }
    rows.push({
      what: "time to first chunk, 50 ms server hold — median",
      unit: "ms",
      kind: "diff",
      values: per((e) => median(ttfc[e.name] as Array<number>))
    })
    rows.push({
      what: "time to first chunk, 50 ms server hold — p90",
      unit: "ms",
      kind: "diff",
      values: per((e) => quantile(ttfc[e.name] as Array<number>, 0.9))
    })
  }

  // (g) heap per open stream
  {
    log(`peers (g): heap per open stream, ${G_STREAMS} open`)
    const heapRound = async (c: Entrant): Promise<number> => {
      forceGc()
      await sleep(20)
      forceGc()
      const before = process.memoryUsage().heapUsed
      let first = 0
      let allFirst: () => void = () => {}
      const ready = new Promise<void>((resolve) => {
        allFirst = resolve
      })
      const open = Array.from({ length: G_STREAMS }, () =>
        c.open(PEER_PLANS.g, () => {
          if (++first === G_STREAMS) allFirst()
        }))
      const timedOut = await Promise.race([ready.then(() => false), sleep(30_000).then(() => true)])
      check(!timedOut, `${c.name}: only ${first}/${G_STREAMS} streams got a first chunk`)
      await sleep(50)
      forceGc()
      forceGc()
      const after = process.memoryUsage().heapUsed
      for (const s of open) s.close()
      await Promise.all(open.map((s) => s.done))
      await sleep(50)
      return (after - before) / G_STREAMS / 1024
    }
    const heap: Record<string, Array<number>> = Object.fromEntries(names.map((k) => [k, []]))
    // every client's code is warm from (a)–(f): no warm-up round
    for (let r = 0; r < scale(2); r++) {
      for (let i = 0; i < entrants.length; i++) {
        const e = entrants[(i + r) % entrants.length] as Entrant
        ;(heap[e.name] as Array<number>).push(await heapRound(e))
      }
    }
    rows.push({
      what: `heap per open stream (${G_STREAMS} open, after gc)`,
      unit: "KB",
      kind: "ratio",
      values: per((e) => median(heap[e.name] as Array<number>))
    })
  }

  const notes = Object.entries(unsettledAfterClose).map(([name, n]) =>
    `${name}: ${n} of the streams aborted in (g) had not ended 1 s after the abort (counted as closed then)`
  )
  return { rows, names, seconds: (performance.now() - t0) / 1000, notes }
}

/** The peers table: the floor's figure, then every client's as a ratio (or difference) to it. */
export const renderPeers = (result: PeersResult): string => {
  const others = result.names.filter((n) => n !== "floor")
  const header = `| measure | unit | floor | ${others.join(" | ")} | effect-ai-ours ÷ official |`
  const sep = `|---|---|--:|${others.map(() => "--:").join("|")}|--:|`
  const cell = (row: PeerRow, floor: number | undefined, v: number | undefined): string => {
    if (v === undefined || floor === undefined || !Number.isFinite(v)) return "–"
    if (row.kind === "diff") return `${v - floor >= 0 ? "+" : ""}${fmt(v - floor, 1)} ms`
    return `${fmt(v / floor, 2)}×`
  }
  const lines = result.rows.map((row) => {
    const floor = row.values["floor"]
    const ai = row.values["effect-ai-ours"]
    const official = row.values["effect-ai-official"]
    const vs = ai === undefined || official === undefined
      ? "–"
      : row.kind === "diff"
      ? `${ai - official >= 0 ? "+" : ""}${fmt(ai - official, 1)} ms`
      : `${fmt(ai / official, 2)}×`
    return `| ${row.what}${row.note !== undefined ? ` (${row.note})` : ""} | ${row.unit} | ${
      floor === undefined ? "–" : fmt(floor)
    } | ${others.map((n) => cell(row, floor, row.values[n])).join(" | ")} | ${vs} |`
  })
  const notes = result.notes.length === 0 ? [] : ["", ...result.notes.map((n) => `Note: ${n}.`)]
  return [header, sep, ...lines, ...notes].join("\n")
}
