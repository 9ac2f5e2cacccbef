/**
 * Every example runs against the embedded Simulator, so the examples cannot rot. The key is
 * removed first so nothing here can reach the real API.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"

delete process.env["OPENROUTER_API_KEY"]

const load = <T>(path: string) => Effect.promise(() => import(path) as Promise<T>)

type Program = Effect.Effect<unknown, unknown, never>

describe("examples run against the Simulator", () => {
  it.live("quickstart", () =>
    Effect.gen(function*() {
      const run = yield* load<typeof import("../examples/_run.js")>("../examples/_run.js")
      assert.isFalse(run.live)
      const ex = yield* load<typeof import("../examples/quickstart.js")>("../examples/quickstart.js")
      const reply = yield* ex.program.pipe(Effect.provide(run.openRouter()))
      assert.include(reply.text, "Name one moon of Jupiter.")
    }))

  it.live("streaming", () =>
    Effect.gen(function*() {
      const run = yield* load<typeof import("../examples/_run.js")>("../examples/_run.js")
      const ex = yield* load<typeof import("../examples/streaming.js")>("../examples/streaming.js")
      const counts = yield* ex.program.pipe(Effect.provide(run.openRouter()))
      assert.isAbove(counts["TextDelta"] ?? 0, 0)
      assert.strictEqual(counts["Done"], 1)
    }))

  it.live("resilience (custom Schedule + breaker + fallback chain)", () =>
    Effect.gen(function*() {
      const run = yield* load<typeof import("../examples/_run.js")>("../examples/_run.js")
      const ex = yield* load<typeof import("../examples/resilience.js")>("../examples/resilience.js")
      const state = yield* ex.program.pipe(Effect.provide(run.openRouter(ex.policies)))
      assert.strictEqual(state._tag, "Open")
    }))

  it.live("budget and meter", () =>
    Effect.gen(function*() {
      const ex = yield* load<typeof import("../examples/budget-and-meter.js")>("../examples/budget-and-meter.js")
      const meter = yield* ex.program.pipe(Effect.provide(ex.layer))
      assert.strictEqual(meter.requests, 5)
      assert.strictEqual(meter.rejections["BudgetExceededError"], 3)
      assert.isAbove(meter.costMicros, 0)
    }))

  it.live("testing with OpenRouterTest", () =>
    Effect.gen(function*() {
      const ex = yield* load<typeof import("../examples/testing.js")>("../examples/testing.js")
      const out = yield* ex.program
      assert.strictEqual(out.second, "(summary unavailable)")
      assert.strictEqual(out.third, "pong to \"ping\"")
    }))

  it.live("structured output and tools", () =>
    Effect.gen(function*() {
      const run = yield* load<typeof import("../examples/_run.js")>("../examples/_run.js")
      for (const path of ["../examples/structured-output.js", "../examples/tools.js"]) {
        const ex = yield* load<{ readonly program: Program }>(path)
        yield* (ex.program as Effect.Effect<unknown, unknown, import("../src/OpenRouter.js").OpenRouter>).pipe(
          Effect.provide(run.openRouter())
        )
      }
    }))

  it.live("the demo, end to end: Simulator notice first, cost table last", () =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const write = process.stdout.write.bind(process.stdout)
      const log = console.log
      console.log = (...args: Array<unknown>) => {
        lines.push(args.map(String).join(" "))
      }
      process.stdout.write = ((chunk: string | Uint8Array) => {
        lines.push(String(chunk))
        return true
      }) as typeof process.stdout.write
      const ex = yield* load<typeof import("../examples/demo.js")>("../examples/demo.js")
      const meter = yield* ex.program.pipe(Effect.provide(ex.layer), Effect.ensuring(Effect.sync(() => {
        process.stdout.write = write
        console.log = log
      })))
      const text = lines.join("\n")
      assert.include(lines[0] ?? "", "running against the embedded Simulator")
      assert.include(text, "Success after waiting 1000 ms")
      assert.include(text, "served by sim/echo (fallback: true)")
      assert.include(text, "HalfOpen → Closed")
      assert.match(text.trim().split("\n").slice(-3).join("\n"), /total\s+\d+/)
      assert.isAbove(meter.requests, 5)
    }), 30_000)
})

