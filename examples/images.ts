/**
 * Image generation: a prompt in, a PNG out (base64, a `data:` URL for an `<img>`, or the bytes
 * for a file), with the exact cost.
 *
 *   npx tsx examples/images.ts [out.png]    # Simulator, or the real API with OPENROUTER_API_KEY
 */
import { Console, Effect } from "effect"
import * as fs from "node:fs"
import { formatUsd } from "../src/Money.js"
import * as OpenRouter from "../src/OpenRouter.js"
import { isMain, live, openRouter, run } from "./_run.js"

export const program = (out?: string) =>
  Effect.gen(function*() {
    const openrouter = yield* OpenRouter.OpenRouter
    const result = yield* openrouter.images({
      model: live ? "google/gemini-2.5-flash-image" : "sim/image",
      prompt: "A red kite over a grey sea, watercolour",
      aspect_ratio: "1:1"
    })
    for (const [i, image] of result.images.entries()) {
      const bytes = image.bytes()
      yield* Console.log(`image ${i}: ${image.mediaType}, ${bytes.length} bytes, ${image.dataUrl.slice(0, 40)}…`)
      if (out !== undefined) yield* Effect.sync(() => fs.writeFileSync(i === 0 ? out : `${i}-${out}`, bytes))
    }
    yield* Console.log(`cost ${result.cost === undefined ? "not reported" : formatUsd(result.cost.picos)}`)
    return result
  })

if (isMain(import.meta.url)) run(program(process.argv[2]), openRouter())
