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
import { ROOT, type Sample } from "./measure.js"

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
