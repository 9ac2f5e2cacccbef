/**
 * Every example runs against the embedded Simulator, so the examples cannot rot. The key is
 * removed first so nothing here can reach the real API.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Option } from "effect"

delete process.env["OPENROUTER_API_KEY"]
delete process.env["OPENROUTER_MANAGEMENT_KEY"]

// Loaded here, after the key is gone (a static import would run `_run.ts` first) and outside any
// test, so a test's time is the example's run, not module loading.
const run = await import("../examples/_run.js")
const quickstart = await import("../examples/quickstart.js")
const account = await import("../examples/account.js")
const streaming = await import("../examples/streaming.js")
const resilience = await import("../examples/resilience.js")
const budgetAndMeter = await import("../examples/budget-and-meter.js")
const testing = await import("../examples/testing.js")
const structuredOutput = await import("../examples/structured-output.js")
const tools = await import("../examples/tools.js")
const demo = await import("../examples/demo.js")
const management = await import("../examples/management.js")
const rerank = await import("../examples/rerank.js")
const images = await import("../examples/images.js")
const responses = await import("../examples/responses.js")

/** Runs `effect` with `console.log` captured (one entry per call), restoring it afterwards. */
const captureLog = <A, E>(effect: Effect.Effect<A, E>) =>
  Effect.suspend(() => {
    const lines: Array<string> = []
    const log = console.log
    console.log = (...args: Array<unknown>) => {
      lines.push(args.map(String).join(" "))
    }
    return effect.pipe(
      Effect.map((value) => ({ lines, value })),
      Effect.ensuring(Effect.sync(() => {
        console.log = log
      }))
    )
  })

describe("examples run against the Simulator", () => {
  it.live("quickstart", () =>
    Effect.gen(function*() {
      assert.isFalse(run.live)
      const ex = quickstart
      const reply = yield* ex.program.pipe(Effect.provide(run.openRouter()))
      assert.include(reply.text, "Name one moon of Jupiter.")
    }))

  it.live("account and catalogue: key limit left, cheapest tool models per million, generation cost", () =>
    Effect.gen(function*() {
      const out = yield* account.program.pipe(Effect.provide(run.openRouter()))
      assert.strictEqual(out.key.limit?._tag, "Limited")
      assert.isAbove(out.models.length, 0)
      assert.isTrue(out.models.every((m) => m.supportedParameters.includes("tools")))
      assert.isTrue(Option.isSome(out.stats))
      const cost = Option.getOrUndefined(out.stats)?.totalCost
      assert.isDefined(cost)
    }))

  it.live("responses (Responses API: a folded call, a stream with a function tool)", () =>
    Effect.gen(function*() {
      const out = yield* captureLog(responses.program.pipe(Effect.provide(run.openRouter())))
      assert.include(out.value.text, "Tell me a joke")
      assert.strictEqual(out.value.toolCalls[0]?.function.name, "get_weather")
      assert.isAbove(out.value.counts["FunctionCallArgumentsDelta"] ?? 0, 0)
      assert.strictEqual(out.value.counts["Done"], 1)
      assert.isTrue(out.lines.some((l) => l.startsWith("cost: $")))
    }))

  it.live("streaming", () =>
    Effect.gen(function*() {
      const ex = streaming
      const counts = yield* ex.program.pipe(Effect.provide(run.openRouter()))
      assert.isAbove(counts["TextDelta"] ?? 0, 0)
      assert.strictEqual(counts["Done"], 1)
    }))

  it.live("resilience (custom Schedule + breaker + fallback chain)", () =>
    Effect.gen(function*() {
      const ex = resilience
      const state = yield* ex.program.pipe(Effect.provide(run.openRouter(ex.policies)))
      assert.strictEqual(state._tag, "Open")
    }))

  it.live("budget and meter", () =>
    Effect.gen(function*() {
      const ex = budgetAndMeter
      const meter = yield* ex.program.pipe(Effect.provide(ex.layer))
      assert.strictEqual(meter.requests, 5)
      assert.strictEqual(meter.rejections["BudgetExceededError"], 3)
      assert.isAbove(meter.costMicros, 0)
    }))

  it.live("testing with OpenRouterTest", () =>
    Effect.gen(function*() {
      const ex = testing
      const out = yield* ex.program
      assert.strictEqual(out.second, "(summary unavailable)")
      assert.strictEqual(out.third, "pong to \"ping\"")
    }))

  // The Simulator answers a `json_schema` request with a value derived from the schema ("example"
  // for strings, 1 for numbers, true for booleans, one item per array), so these values show that
  // the example's Schema went out as `response_format` and its reply was decoded with it.
  it.live("structured output: a typed Recipe, then the same streamed (partials, then the object)", () =>
    Effect.gen(function*() {
      const ex = structuredOutput
      const { lines, value: out } = yield* captureLog(ex.program.pipe(Effect.provide(run.openRouter())))
      const recipe = {
        title: "example",
        servings: 1,
        ingredients: [{ name: "example", quantity: "example" }],
        vegetarian: true,
        notes: "example"
      }
      assert.deepStrictEqual(out.recipe, recipe)
      const last = Option.getOrUndefined(out.streamed)
      assert.strictEqual(last?._tag, "Object")
      if (last?._tag === "Object") assert.deepStrictEqual(last.value, recipe)
      assert.strictEqual(lines[0], "example (serves 1), 1 ingredients")
      assert.match(lines[1] ?? "", /^calls: 1, served by openai\/gpt-4o-mini, cost: \d/)
      const partials = lines.filter((l) => l.startsWith("… "))
      assert.isAbove(partials.length, 1, "partial values while the JSON arrives")
      assert.strictEqual(lines.at(-1), "done: example")
    }))

  it.live("tools: the loop runs get_weather and answers with its result; the stream decodes the call", () =>
    Effect.gen(function*() {
      const ex = tools
      const { lines, value: out } = yield* captureLog(ex.program.pipe(Effect.provide(run.openRouter())))
      const calls = out.loop.steps.flatMap((step) => step.calls.map((c) => [c.call.name, c.call.args, c.output]))
      assert.deepStrictEqual(calls, [["get_weather", { city: "example" }, { city: "example", celsius: 14 }]])
      assert.strictEqual(out.loop.result.finishReason, "stop")
      // the Simulator's final answer quotes the tool result it was sent and the question
      const toolResult = JSON.stringify({ city: "example", celsius: 14 })
      assert.strictEqual(
        out.loop.result.text,
        `Based on the tool result ${JSON.stringify(toolResult)}, here is the answer to "What is the temperature in Paris and in Oslo, in Fahrenheit?".`
      )
      assert.strictEqual(out.streamedCalls, 1)
      assert.deepStrictEqual(lines, [
        "step 1: get_weather({\"city\":\"example\"}) = {\"city\":\"example\",\"celsius\":14}",
        `answer: ${out.loop.result.text}`,
        "calling get_weather…",
        "get_weather: {\"city\":\"example\"}"
      ])
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
      const ex = demo
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
      // the tool loop's answer is longer than the line: cut at a word boundary, with an ellipsis
      const final = text.split("\n").find((l) => l.startsWith("   final: "))?.slice("   final: ".length) ?? ""
      assert.isAtMost(final.length, 100)
      assert.isTrue(final.endsWith("…"), final)
      assert.isTrue(meter.succeeded === meter.requests && meter.attempts > meter.requests, "429 and 502s were retried")
      // the table says what it counts: failed requests (none: every fault was retried or fallen
      // back from), and under it the attempts that failed (the 429 and the three 502s)
      assert.match(text, /model\s+requests\s+failed\s+prompt/)
      assert.include(text, `attempts ${meter.attempts} (${meter.attempts - meter.succeeded} failed)`)
      assert.strictEqual(meter.attempts - meter.succeeded, 4)
    }))
})

describe("demo helpers", () => {
  it("clip: short text unchanged; long text cut at the last word that fits, with an ellipsis", () => {
    assert.strictEqual(demo.clip("short answer", 100), "short answer")
    assert.strictEqual(demo.clip("one two three four", 12), "one two…")
    assert.strictEqual(demo.clip("one two, three", 12), "one two…") // no dangling comma
    assert.strictEqual(demo.clip("exactly ten", 11), "exactly ten")
    assert.strictEqual(demo.clip("abcdefghijklmnop", 8), "abcdefg…") // one long word: cut inside it
    assert.strictEqual(demo.clip("line one\n  line two", 100), "line one line two")
    for (const max of [5, 17, 40, 100]) {
      const long = "The quick brown fox jumps over the lazy dog. ".repeat(5)
      const out = demo.clip(long, max)
      assert.isAtMost(out.length, max)
      assert.isTrue(out.endsWith("…"))
      // what is kept is whole words of the original: the next character ends a word
      const kept = out.slice(0, -1)
      assert.isTrue(long.startsWith(kept))
      assert.match(long.slice(kept.length), /^[\s,.]/)
    }
  })
})

describe("media examples run against the Simulator", () => {
  it.live("rerank: best document first, the cost exact and metered", () =>
    Effect.gen(function*() {
      const { lines, value } = yield* captureLog(rerank.program.pipe(Effect.provide(rerank.layer)))
      assert.strictEqual(value.ranked.results[0]?.index, 2)
      assert.strictEqual(value.ranked.results.length, 3)
      assert.strictEqual(value.meter.requests, 1)
      assert.isTrue(lines.some((l) => l.startsWith("cost $0.002")))
    }))

  it.live("images: a PNG as bytes and data URL, the cost exact", () =>
    Effect.gen(function*() {
      const result = yield* images.program().pipe(Effect.provide(run.openRouter()))
      assert.strictEqual(result.images.length, 1)
      assert.isTrue(result.images[0]?.dataUrl.startsWith("data:image/png;base64,") ?? false)
      assert.strictEqual(result.cost?.picos, 40_000_000_000n)
    }))
})

describe("management example runs against the Simulator", () => {
  it.live("management: a key provisioned, its limit raised, revoked; the secret never printed", () =>
    Effect.gen(function*() {
      assert.isFalse(management.live)
      const { lines, value } = yield* captureLog(management.program.pipe(Effect.provide(management.layer)))
      assert.strictEqual(value.created.name, "example-customer")
      assert.deepStrictEqual(value.created.limit, { _tag: "Limited", picos: 1_000_000_000_000n, micros: 1_000_000 })
      assert.deepStrictEqual(value.raised.limit, { _tag: "Limited", picos: 2_500_000_000_000n, micros: 2_500_000 })
      assert.isTrue(value.revoked)
      assert.isAbove(value.secretLength, 20)
      const text = lines.join("\n")
      assert.include(text, "secret: <redacted>")
      assert.include(text, "limit raised to $2.50")
      assert.include(text, "revoked: true")
      assert.notMatch(text, /sk-or-v1-[0-9a-f]{20,}/)
    }))
})
