import { assert, describe, it } from "@effect/vitest"
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import * as Lib from "../src/index.js"

/**
 * The public modules of the main entry: every `src/*.ts` module (named in PascalCase) but the entry
 * itself. The other entry points (`src/ledger.ts`, `src/fleet.ts`: `effect-openrouter/ledger`,
 * `effect-openrouter/fleet`) and the CLI are lower-case files outside the main entry, and
 * `src/internal/` is private.
 */
const srcDir = fileURLToPath(new URL("../src/", import.meta.url))
const subpathEntries = ["cli.ts", "fleet.ts", "ledger.ts"]
const publicModules = fs.readdirSync(srcDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && entry.name !== "index.ts")
  .filter((entry) => !subpathEntries.includes(entry.name))
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

  it("the subpath entries exist and are not part of the main entry", async () => {
    for (const file of subpathEntries) {
      assert.isTrue(fs.existsSync(srcDir + file), `src/${file} exists`)
      assert.notInclude(Object.keys(Lib), file.slice(0, -".ts".length))
    }
    const fleet: Record<string, unknown> = await import("../src/fleet.js")
    const ledger: Record<string, unknown> = await import("../src/ledger.js")
    assert.isFunction(fleet["layer"])
    assert.isFunction(ledger["layerSqlite"])
  })

  it("the namespaces are usable (a layer pipes, a schema decodes)", () => {
    assert.isFunction(Lib.OpenRouter.layer.pipe)
    assert.strictEqual(Lib.Money.usdToMicros(0.000002), 2)
  })
})
