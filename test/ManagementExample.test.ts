/**
 * examples/management.ts runs against the embedded Simulator (the management key is removed
 * first, so nothing here can reach the real API), and prints no secret.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"

delete process.env["OPENROUTER_MANAGEMENT_KEY"]

const example = await import("../examples/management.js")

describe("examples/management.ts", () => {
  it.live("a key provisioned, its limit raised, revoked; the secret never printed", () =>
    Effect.gen(function*() {
      assert.isFalse(example.live)
      const lines: Array<string> = []
      const log = console.log
      console.log = (...args: Array<unknown>) => {
        lines.push(args.map(String).join(" "))
      }
      const out = yield* example.program.pipe(
        Effect.provide(example.layer),
        Effect.ensuring(Effect.sync(() => {
          console.log = log
        }))
      )
      assert.strictEqual(out.created.name, "example-customer")
      assert.deepStrictEqual(out.created.limit, { _tag: "Limited", picos: 1_000_000_000_000n, micros: 1_000_000 })
      assert.deepStrictEqual(out.raised.limit, { _tag: "Limited", picos: 2_500_000_000_000n, micros: 2_500_000 })
      assert.isTrue(out.revoked)
      assert.isAbove(out.secretLength, 20)
      const text = lines.join("\n")
      assert.include(text, "secret: <redacted>")
      assert.include(text, "limit raised to $2.50")
      assert.include(text, "revoked: true")
      assert.notMatch(text, /sk-or-v1-[0-9a-f]{20,}/)
    }))
})
