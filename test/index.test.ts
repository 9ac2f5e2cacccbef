import { assert, describe, it } from "@effect/vitest"
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import * as Lib from "../src/index.js"

/** The public modules: every `src/*.ts` file but the entry itself (`src/internal/` is private). */
const srcDir = fileURLToPath(new URL("../src/", import.meta.url))
const publicModules = fs.readdirSync(srcDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && entry.name !== "index.ts")
  .map((entry) => entry.name.slice(0, -".ts".length))
  .sort()

describe("package entry", () => {
  it("src/ has the public modules this test expects to find", () => {
    // guards the directory scan itself: an empty or wrong listing would make the checks below vacuous
    assert.isAtLeast(publicModules.length, 30)
    for (const name of ["OpenRouter", "OpenRouterConfig", "OpenRouterError", "OpenRouterTest", "Simulator", "Recorder"]) {
      assert.include(publicModules, name)
    }
  })

  it("re-exports every public module of src/ as a namespace, and nothing else", () => {
    assert.deepStrictEqual(Object.keys(Lib).sort(), publicModules)
  })

  for (const name of publicModules) {
    it(`${name}: the entry's namespace is the module src/${name}.ts itself`, async () => {
      const module: unknown = await import(/* @vite-ignore */ `../src/${name}.js`)
      assert.strictEqual((Lib as Record<string, unknown>)[name], module)
      assert.isAbove(Object.keys(module as object).length, 0, `src/${name}.ts exports something`)
    })
  }

  it("the namespaces are usable (a layer pipes, a schema decodes)", () => {
    assert.isFunction(Lib.OpenRouter.layer.pipe)
    assert.strictEqual(Lib.Money.usdToMicros(0.000002), 2)
  })
})
