/**
 * Clients each in a process of their own, driven round by round from the bench (`run.ts` (e) and
 * (e′), "own process" rows). In one process the interleaved clients share a heap: the garbage one
 * client leaves is collected in another's round, and each one's code and data evict the others'
 * from the caches. Here every client runs alone in its process — the floor, fetch and ours
 * (`OpenRouterLive`'s Node transport and default policies), each loaded once — while the rounds
 * still alternate between them, so that the machine's noise hits them alike. Each process reports
 * its own CPU (`process.cpuUsage()`) for the batch it ran.
 *
 * The child side is `isolatedChild.ts`.
 */
import { type ChildProcess, fork } from "node:child_process"
import * as path from "node:path"
import { interleaveSamples, ROOT, type Sample } from "./measure.js"
import { median } from "./stats.js"

/** What a child runs per batch: `total` requests at concurrency `conc`, JSON or a 20-chunk stream. */
export interface Batch {
  readonly kind: "json" | "stream"
  readonly total: number
  readonly conc: number
}

export interface IsolatedClient {
  readonly name: string
  /** Runs one batch in the child; its CPU and wall time as the child measured them. */
  readonly run: (batch: Batch) => Promise<Sample>
  readonly close: () => void
}

export type IsolatedName = "floor" | "fetch" | "ours"

/**
 * Starts a child for the client `name` against the bench server on `port` and waits until it is
 * ready; `v8Flags` are given to its `node` (`pretenure.ts`); `checkout` runs the child of another
 * checkout of this repository (its own `src/`, `ab.ts`).
 */
export const startIsolated = async (
  name: IsolatedName,
  port: number,
  v8Flags: ReadonlyArray<string> = [],
  checkout: string = ROOT
): Promise<IsolatedClient> => {
  const child: ChildProcess = fork(path.join(checkout, "bench", "isolatedChild.ts"), [name, String(port)], {
    execArgv: [...v8Flags, "--expose-gc", "--import", "tsx"],
    cwd: checkout,
    stdio: "inherit"
  })
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve())
    child.once("exit", (code) => reject(new Error(`isolated ${name} exited (${code})`)))
  })
  let seq = 0
  return {
    name,
    run: (batch) =>
      new Promise<Sample>((resolve, reject) => {
        const id = ++seq
        const onMessage = (m: unknown) => {
          const reply = m as { readonly id: number; readonly sample?: Sample; readonly error?: string }
          if (reply.id !== id) return
          child.off("message", onMessage)
          if (reply.sample !== undefined) resolve(reply.sample)
          else reject(new Error(`isolated ${name}: ${reply.error ?? "no sample"}`))
        }
        child.on("message", onMessage)
        child.send({ id, batch })
      }),
    close: () => {
      child.kill()
    }
  }
}

/**
 * Runs `batch` on every variant, rounds interleaved (`warm` rounds first, then `n` measured), and
 * prints each one's median CPU per request and its ratio to the variant named `floor`; closes them.
 */
export const compareIsolated = async (
  variants: Readonly<Record<string, IsolatedClient>>,
  batch: Batch,
  warm: number,
  n: number
): Promise<void> => {
  const samples = await interleaveSamples(
    warm,
    n,
    Object.fromEntries(Object.entries(variants).map(([name, v]) => [name, () => v.run(batch)]))
  )
  const perRequest = (name: string) => median((samples[name] ?? []).map((s) => (s.cpu * 1000) / batch.total))
  const floor = perRequest("floor")
  const what = batch.kind === "json" ? "(e) chat, wire json" : "(e′) chat, stream wire"
  console.log(`${what}, ${batch.total} requests at concurrency ${batch.conc}, CPU per request (median):`)
  for (const name of Object.keys(variants)) {
    const us = perRequest(name)
    console.log(`  ${name.padEnd(40)} ${us.toFixed(1).padStart(7)} µs  ${(us / floor).toFixed(2)}×`)
  }
  for (const v of Object.values(variants)) v.close()
}
