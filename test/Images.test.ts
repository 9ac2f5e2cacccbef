/**
 * Image generation through the client's pipeline against the Simulator: a real (tiny) PNG as
 * base64, data URL and bytes, deterministic per prompt, metered and settled; errors typed.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Budget from "../src/Budget.js"
import * as CostMeter from "../src/CostMeter.js"
import * as Images from "../src/Images.js"
import * as OpenRouter from "../src/OpenRouter.js"
import { mediaLayer } from "./MediaHelpers.js"

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe("images", () => {
  it.live("a deterministic PNG per prompt, as base64, data URL and bytes; metered and settled", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* client.images({ model: "sim/image", prompt: "a red kite over the sea", n: 2 })
      assert.strictEqual(result.images.length, 2)
      const [first, second] = result.images
      if (first === undefined || second === undefined) return assert.fail("two images")
      assert.strictEqual(first.mediaType, "image/png")
      assert.isTrue(first.dataUrl.startsWith("data:image/png;base64,iVBORw0KGgo"))
      const bytes = first.bytes()
      assert.deepStrictEqual([...bytes.subarray(0, 8)], PNG_SIGNATURE)
      // IHDR: 1×1.
      assert.strictEqual(new DataView(bytes.buffer, bytes.byteOffset).getUint32(16), 1)
      assert.notStrictEqual(first.base64, second.base64)
      const again = yield* client.images({ model: "sim/image", prompt: "a red kite over the sea", n: 2 })
      assert.strictEqual(again.images[0]?.base64, first.base64)
      // $0.04 per image, exact.
      assert.strictEqual(result.cost?.picos, 80_000_000_000n)
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 2)
      assert.strictEqual(meter.costMicros, 160_000)
      const budget = yield* Effect.flatMap(Budget.Budget, (b) => b.snapshot)
      assert.strictEqual(budget.spentMicros, 160_000)
      assert.strictEqual(budget.reservedMicros, 0)
    }).pipe(Effect.provide(mediaLayer({ budget: { limitUsd: 1, allowUnpriced: true } }))))

  it.live("an empty prompt is a typed 400, an unknown model the router's 400, both metered without cost", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const empty = yield* Effect.flip(client.images({ model: "sim/image", prompt: " " }))
      assert.strictEqual(empty._tag, "InvalidRequestError")
      const unknown = yield* Effect.flip(client.images({ model: "nobody/paint", prompt: "x" }))
      assert.include(["InvalidRequestError", "ModelNotFoundError"], unknown._tag)
      const meter = yield* CostMeter.snapshot
      assert.strictEqual(meter.requests, 2)
      assert.strictEqual(meter.costMicros, 0)
    }).pipe(Effect.provide(mediaLayer())))

  it.live("a budget that refuses unpriced requests refuses an image before sending it", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const refused = yield* Effect.flip(client.images({ model: "sim/image", prompt: "x" }))
      assert.strictEqual(refused._tag, "BudgetExceededError")
    }).pipe(Effect.provide(mediaLayer({ budget: { limitUsd: 1 } }))))

  it("decodes the spec's example with an unknown field and keeps null apart from absent", () => {
    const wire = {
      created: 1700000000,
      data: [{ b64_json: "iVBORw0KGgo=", media_type: "image/png", seed: 7 }],
      usage: { prompt_tokens: 10, completion_tokens: 0, total_tokens: 10, cost: null, speed: "warp" }
    }
    const decoded = Effect.runSync(Images.createImages.decodeOutput(wire))
    const result = Images.imagesResult(decoded)
    assert.isUndefined(result.cost)
    assert.strictEqual(decoded.usage?.cost, null)
    assert.deepStrictEqual((decoded.data[0] as unknown as Record<string, unknown>)["seed"], 7)
    assert.deepStrictEqual([...Images.decodeBase64("iVBORw0KGgo=")].slice(0, 4), [0x89, 0x50, 0x4e, 0x47])
  })
})
