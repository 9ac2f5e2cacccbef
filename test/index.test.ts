import { assert, describe, it } from "@effect/vitest"
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import * as Lib from "../src/index.js"

/**
 * The public modules of the main entry: every `src/*.ts` module (named in PascalCase) but the entry
 * itself and the Node-only test tools. The other entry points (`src/ai.ts`, `src/api.ts`, `src/ledger.ts`,
 * `src/fleet.ts`, `src/node.ts`, `src/testing.ts`: `effect-openrouter/ai`, `/api` (the generated
 * operations), `/ledger`, `/fleet`, `/node`, `/testing`) and
 * the CLI are lower-case files outside the main entry, and `src/internal/` is private. The
 * Simulator (`node:http`) and the Recorder (`node:fs`) are reached through `effect-openrouter/testing`
 * only, the Node transport (undici) through `effect-openrouter/node`: the main entry is
 * runtime-agnostic (test/Portability.test.ts).
 */
const srcDir = fileURLToPath(new URL("../src/", import.meta.url))
const subpathEntries = ["ai.ts", "api.ts", "cli.ts", "fleet.ts", "ledger.ts", "media.ts", "node.ts", "testing.ts"]
const nodeOnlyModules = ["NodeTransport", "Recorder", "Simulator"]
/**
 * Modules of their own entries, kept out of the core so that importing it stays light:
 * `effect-openrouter/media` (the service loads them on first use) and `/management`
 * (`src/entries/management.ts`: a file `src/management.ts` would clash with `src/Management.ts` on
 * case-insensitive file systems).
 */
const entryOnlyModules: Record<string, ReadonlyArray<string>> = {
  "media.ts": ["Audio", "EndpointSelection", "Images", "Rerank", "Videos"],
  "entries/management.ts": ["Management", "OpenRouterManagement"]
}
const publicModules = fs.readdirSync(srcDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && entry.name !== "index.ts")
  .filter((entry) => !subpathEntries.includes(entry.name))
  .map((entry) => entry.name.slice(0, -".ts".length))
  .sort()
const mainModules = publicModules.filter((name) =>
  !nodeOnlyModules.includes(name) && !Object.values(entryOnlyModules).some((names) => names.includes(name))
)

describe("package entry", () => {
  it("src/ has the public modules this test expects to find", () => {
    // guards the directory scan itself: an empty or wrong listing would make the checks below vacuous
    assert.isAtLeast(publicModules.length, 30)
    for (const name of ["OpenRouter", "OpenRouterConfig", "OpenRouterError", "OpenRouterTest", "Simulator", "Recorder"]) {
      assert.include(publicModules, name)
    }
  })

  for (const [entry, names] of Object.entries(entryOnlyModules)) {
    it(`effect-openrouter/${entry.slice(0, -".ts".length).replace("entries/", "")} re-exports ${names.join(", ")}, each the module itself`, async () => {
      const lib: Record<string, unknown> = await import(/* @vite-ignore */ `../src/${entry}`)
      assert.deepStrictEqual(Object.keys(lib).sort(), [...names].sort())
      for (const name of names) {
        assert.strictEqual(lib[name], await import(/* @vite-ignore */ `../src/${name}.js`))
        assert.notInclude(Object.keys(Lib), name)
      }
    })
  }

  it("re-exports every public module of src/ but the Node-only test tools as a namespace, and nothing else", () => {
    assert.deepStrictEqual(Object.keys(Lib).sort(), mainModules)
    for (const name of nodeOnlyModules) assert.notInclude(Object.keys(Lib), name)
  })

  for (const name of mainModules) {
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

  it("effect-openrouter/node holds the Node layers; the core OpenRouter module no longer does", async () => {
    const node: Record<string, unknown> = await import("../src/node.js")
    assert.deepStrictEqual(Object.keys(node).sort(), [
      "OpenRouterLive",
      "OpenRouterManagementLive",
      "layerHttpClient",
      "layerNode",
      "layerTransport"
    ])
    assert.strictEqual(node["layerTransport"], (await import("../src/NodeTransport.js")).layer)
    assert.isFunction((node["OpenRouterLive"] as { pipe: unknown }).pipe)
    assert.isFunction(node["layerNode"])
    assert.notProperty(Lib.OpenRouter, "OpenRouterLive")
    assert.notProperty(Lib.OpenRouter, "layerNode")
    assert.property(Lib.OpenRouter, "defaultPolicies")
  })

  it("effect-openrouter/testing holds the test tools, each the module of src/ itself", async () => {
    const testing: Record<string, unknown> = await import("../src/testing.js")
    assert.deepStrictEqual(Object.keys(testing).sort(), ["OpenRouterTest", "Recorder", "Simulator"])
    for (const name of ["OpenRouterTest", "Recorder", "Simulator"]) {
      assert.strictEqual(testing[name], await import(/* @vite-ignore */ `../src/${name}.js`))
    }
    // OpenRouterTest is portable and stays in the main entry too
    assert.strictEqual(Lib.OpenRouterTest, testing["OpenRouterTest"])
  })

  it("package.json exports the /node and /testing entries", () => {
    const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      readonly exports: Record<string, { readonly import?: string } | null>
    }
    assert.strictEqual(pkg.exports["./node"]?.import, "./dist/node.js")
    assert.strictEqual(pkg.exports["./testing"]?.import, "./dist/testing.js")
  })

  it("the namespaces are usable (a layer pipes, a schema decodes)", () => {
    assert.isFunction(Lib.OpenRouter.layer.pipe)
    assert.strictEqual(Lib.Money.usdToMicros(0.000002), 2)
  })
})
