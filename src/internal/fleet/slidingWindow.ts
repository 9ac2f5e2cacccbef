/**
 * The sliding-window log of `rateLimitLua.ts` in memory: the same decision, used when Redis is
 * unreachable (each process then limits alone) and to test the algorithm on the `TestClock`.
 *
 * @internal
 */

/** One limit that applies to a call. @internal */
export interface Spec {
  /** Key suffix, e.g. `global:requests` or `model:openai/gpt-4o:tokens`. */
  readonly key: string
  readonly limit: number
  readonly cost: number
  readonly windowMillis: number
}

interface Slot {
  readonly id: string
  readonly at: number
  readonly cost: number
}

/** @internal */
export type Decision =
  | { readonly _tag: "Go"; readonly delay: number }
  | { readonly _tag: "Refused"; readonly delay: number; readonly which: number }

/** @internal */
export interface Log {
  readonly acquire: (
    now: number,
    id: string,
    model: string,
    specs: ReadonlyArray<Spec>,
    failFast: boolean,
    maxWait: number
  ) => Decision
  readonly refund: (id: string, keys: ReadonlyArray<string>) => void
  readonly pause: (now: number, key: string, millis: number) => number
  readonly pausedUntil: (key: string) => number
}

/** @internal */
export const make = (): Log => {
  const logs = new Map<string, Array<Slot>>()
  const pauses = new Map<string, number>()

  const acquire: Log["acquire"] = (now, id, model, specs, failFast, maxWait) => {
    let T = Math.max(now, pauses.get("pause") ?? 0, pauses.get(`pause:${model}`) ?? 0)
    let which = 0
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i]
      if (spec === undefined) continue
      const slots = (logs.get(spec.key) ?? []).filter((s) => s.at > now - spec.windowMillis)
      if (slots.length === 0) logs.delete(spec.key)
      else logs.set(spec.key, slots)
      let at = now
      const last = slots[slots.length - 1]
      if (last !== undefined && last.at > at) at = last.at
      const inWindow = slots.map((s) => s.at > at - spec.windowMillis)
      let sum = 0
      slots.forEach((s, j) => {
        if (inWindow[j] === true) sum += s.cost
      })
      for (let j = 0; sum + spec.cost > spec.limit && j < slots.length; j++) {
        const slot = slots[j]
        if (slot !== undefined && inWindow[j] === true) {
          at = Math.max(at, slot.at + spec.windowMillis)
          sum -= slot.cost
        }
      }
      if (at > T) {
        T = at
        which = i + 1
      }
    }
    const delay = T - now
    if (delay > 0 && (failFast || delay > maxWait)) return { _tag: "Refused", delay, which }
    for (const spec of specs) {
      const slots = logs.get(spec.key) ?? []
      slots.push({ id, at: T, cost: spec.cost })
      logs.set(spec.key, slots)
    }
    return { _tag: "Go", delay }
  }

  const refund: Log["refund"] = (id, keys) => {
    for (const key of keys) {
      const slots = logs.get(key)
      if (slots === undefined) continue
      const index = slots.findIndex((s) => s.id === id)
      if (index >= 0) slots.splice(index, 1)
    }
  }

  const pause: Log["pause"] = (now, key, millis) => {
    const until = Math.max(pauses.get(key) ?? 0, now + millis)
    pauses.set(key, until)
    return until
  }

  return { acquire, refund, pause, pausedUntil: (key) => pauses.get(key) ?? 0 }
}
