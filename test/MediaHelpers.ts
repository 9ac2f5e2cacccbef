/**
 * Layers for the media and endpoints tests: the client over a Simulator on 127.0.0.1, with a
 * meter, a fast retry policy and, when asked, a budget and a registry.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Chunk, Duration, Effect, Fiber, Layer, Option, Schedule, TestClock } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as RetryPolicy from "../src/RetryPolicy.js"
import * as Simulator from "../src/Simulator.js"

export interface MediaLayerOptions {
  /** Default: $1,000 admitting unpriced requests (media operations have no estimate). */
  readonly budget?: Budget.Options | undefined
  readonly preChecks?: boolean | undefined
}

/** The client over a Simulator, with a meter, a budget, a registry and a fast retry policy. */
export const mediaLayer = (options: MediaLayerOptions = {}) => {
  const policies = Layer.mergeAll(
    CostMeter.layer,
    RetryPolicy.layer({ schedule: Schedule.spaced("100 millis"), maxRetries: 2 }),
    Budget.layer(options.budget ?? { limitUsd: 1000, allowUnpriced: true }),
    OpenRouter.layerModelRegistry()
  )
  return OpenRouter.layer.pipe(
    Layer.provideMerge(options.preChecks === true ? Layer.merge(policies, OpenRouter.layerPreChecks()) : policies),
    Layer.provideMerge(Simulator.layer()),
    Layer.provideMerge(NodeHttpClient.layerUndici)
  )
}

/** One turn of the event loop: lets real I/O (the Simulator on 127.0.0.1) progress, no timer. */
const tick = Effect.async<void>((resume) => {
  setImmediate(() => resume(Effect.void))
})

/**
 * Runs `effect` under the `TestClock`, moving the clock to the next sleep whenever the program
 * waits on one that is due within `maxStep` (a retry's pause, a poll interval) — never to the
 * transport's long timeouts, which are pending while a request is in flight.
 */
export const driveClock = <A, E, R>(effect: Effect.Effect<A, E, R>, maxStep: Duration.DurationInput = "10 seconds") =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    const step = Duration.toMillis(Duration.decode(maxStep))
    for (;;) {
      const done = yield* Fiber.poll(fiber)
      if (Option.isSome(done)) return yield* done.value
      const now = yield* TestClock.currentTimeMillis
      const due = Chunk.toReadonlyArray(yield* TestClock.sleeps()).filter((at) => at - now <= step)
      const next = due.length > 0 ? Math.min(...due) : undefined
      if (next !== undefined) yield* TestClock.adjust(Duration.millis(Math.max(0, next - now)))
      else yield* tick
    }
  })
