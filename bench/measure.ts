/** Sampling helpers shared by `run.ts` and `ladder.ts`. */
import { spawnSync } from "node:child_process"
import { fork } from "node:child_process"
import type { ChildProcess } from "node:child_process"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url))
export const ROOT = path.resolve(BENCH_DIR, "..")

/**
 * `global.gc` is needed to start every sample from a clean heap (and for the heap measurement):
 * when it is missing, re-runs the entry script under `node --expose-gc --import tsx` and exits
 * with its status.
 */
export const ensureGc = (entry: string): void => {
  if (typeof (globalThis as { gc?: unknown }).gc === "function") return
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", fileURLToPath(entry), ...process.argv.slice(2)],
    { stdio: "inherit", cwd: ROOT }
  )
  process.exit(result.status ?? 1)
}

export const forceGc = (): void => (globalThis as unknown as { gc: () => void }).gc()

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export interface Sample {
  /** ms */
  readonly wall: number
  /** ms of CPU (user + system) of this process */
  readonly cpu: number
}

/**
 * Wall and CPU time of one run. No forced GC before it: `gc()` also shrinks V8's young
 * generation, so the next run would pay for many more scavenges than in steady state (measured:
 * +75% CPU for ours, +40% for the floor on scenario (a)); interleaving and medians keep each
 * client paying for its own garbage instead.
 */
export const sampleOf = async (run: () => Promise<unknown>): Promise<Sample> => {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  await run()
  const t1 = performance.now()
  const c = process.cpuUsage(c0)
  return { wall: t1 - t0, cpu: (c.user + c.system) / 1000 }
}

/**
 * Runs every entry once per round, rotating the order each round so that machine noise and
 * order effects hit every entry alike; the first `warmup` rounds are dropped.
 */
export const interleave = (
  warmup: number,
  n: number,
  entries: Record<string, () => Promise<unknown>>
): Promise<Record<string, Array<Sample>>> =>
  interleaveSamples(warmup, n, Object.fromEntries(Object.entries(entries).map(([k, run]) => [k, () => sampleOf(run)])))

/** {@link interleave} over entries that measure themselves (each in a process of its own: `isolated.ts`). */
export const interleaveSamples = async (
  warmup: number,
  n: number,
  entries: Record<string, () => Promise<Sample>>
): Promise<Record<string, Array<Sample>>> => {
  const keys = Object.keys(entries)
  const out: Record<string, Array<Sample>> = {}
  for (const k of keys) out[k] = []
  for (let r = 0; r < warmup + n; r++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + r) % keys.length] as string
      const sample = await (entries[key] as () => Promise<Sample>)()
      if (r >= warmup) (out[key] as Array<Sample>).push(sample)
    }
  }
  return out
}

/** Starts the loopback server (`server.ts`) in a child process. */
export const startServer = async (): Promise<{ readonly child: ChildProcess; readonly port: number }> => {
  const child = fork(path.join(BENCH_DIR, "server.ts"), [], { execArgv: ["--import", "tsx"], cwd: ROOT, stdio: "inherit" })
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { readonly port: number }).port))
    child.once("exit", (code) => reject(new Error(`bench server exited (${code})`)))
  })
  return { child, port }
}
