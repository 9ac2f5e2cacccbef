/**
 * The main entry is runtime-agnostic (issue 11 item 1):
 * `src/index.ts` and everything it reaches import only `effect` and `@effect/platform` — no
 * `node:` module, no `@effect/platform-node`, no Node global (`Buffer`, `process`, `require`,
 * `__dirname`) — and esbuild bundles it for `--platform=browser`. The Node layers live in
 * `src/node.ts`, the Node test tools in `src/testing.ts`; the checks are run on them too, to show
 * they can fail. Also here: the Simulator answers CORS, which the browser test relies on.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect } from "effect"
import * as esbuild from "esbuild"
import * as fs from "node:fs"
import { builtinModules } from "node:module"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as NodeEntry from "../src/node.js"
import * as OpenRouter from "../src/OpenRouter.js"
import * as Simulator from "../src/Simulator.js"

const ROOT = fileURLToPath(new URL("..", import.meta.url))
const SRC = path.join(ROOT, "src")

// ---------------------------------------------------------------------------------------------
// The import graph, walked from the source text (type-only imports included: a type import of a
// Node-only package breaks the declarations for users who do not have it).
// ---------------------------------------------------------------------------------------------

const stripComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")

/** Every specifier of `import … from`, `export … from` (statements), `import "…"` and `import("…")`. */
const SPECIFIER = new RegExp(
  [
    /^\s*(?:import|export)\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\}|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+[\w$]+))?)\s*from\s*["']([^"']+)["']/
      .source,
    /^\s*import\s*["']([^"']+)["']/.source,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/.source
  ].join("|"),
  "gm"
)

const specifiersOf = (text: string): Array<string> =>
  [...stripComments(text).matchAll(SPECIFIER)].flatMap((m) => {
    const spec = m[1] ?? m[2] ?? m[3]
    return spec === undefined ? [] : [spec]
  })

const resolveLocal = (from: string, spec: string): string => {
  const target = path.resolve(path.dirname(from), spec.replace(/\.js$/, ".ts"))
  if (fs.existsSync(target) && target.endsWith(".ts")) return target
  if (fs.existsSync(`${target}.ts`)) return `${target}.ts`
  return path.join(target, "index.ts")
}

interface Graph {
  /** The source files reached, absolute paths. */
  readonly files: ReadonlyArray<string>
  /** Each package specifier with the first file importing it. */
  readonly packages: ReadonlyMap<string, string>
}

const walk = (entry: string): Graph => {
  const files = new Set<string>()
  const packages = new Map<string, string>()
  const visit = (file: string): void => {
    if (files.has(file)) return
    files.add(file)
    for (const spec of specifiersOf(fs.readFileSync(file, "utf8"))) {
      if (spec.startsWith(".")) visit(resolveLocal(file, spec))
      else if (!packages.has(spec)) packages.set(spec, path.relative(ROOT, file))
    }
  }
  visit(entry)
  return { files: [...files], packages }
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

/** Packages the core may import: `effect` and `@effect/platform` (and their subpaths). */
const allowedPackage = (spec: string): boolean =>
  spec === "effect" || spec.startsWith("effect/") || spec === "@effect/platform" ||
  spec.startsWith("@effect/platform/")

/** Node globals, searched in the code with comments and string contents left out. */
const NODE_GLOBALS: ReadonlyArray<readonly [string, RegExp]> = [
  ["Buffer", /\bBuffer\b/],
  ["process", /(?<![.\w$])process\s*[.[]/],
  ["require", /(?<![.\w$])require\s*\(/],
  ["__dirname", /\b__dirname\b/],
  ["__filename", /\b__filename\b/],
  ["global.", /(?<![.\w$])global\s*\./],
  ["setImmediate", /(?<![.\w$])setImmediate\s*\(/]
]

const stripStrings = (code: string): string =>
  code.replace(/`(?:\\[\s\S]|[^\\`])*`|"(?:\\.|[^\\"\n])*"|'(?:\\.|[^\\'\n])*'/g, "\"\"")

const problemsOf = (entry: string): Array<string> => {
  const graph = walk(entry)
  const problems: Array<string> = []
  for (const [spec, file] of graph.packages) {
    if (nodeBuiltins.has(spec) || spec.startsWith("node:")) problems.push(`${file} imports the Node built-in ${spec}`)
    else if (!allowedPackage(spec)) problems.push(`${file} imports ${spec} (the core may import effect and @effect/platform only)`)
  }
  for (const file of graph.files) {
    const code = stripStrings(stripComments(fs.readFileSync(file, "utf8")))
    for (const [name, pattern] of NODE_GLOBALS) {
      if (pattern.test(code)) problems.push(`${path.relative(ROOT, file)} uses the Node global ${name}`)
    }
  }
  return problems
}

describe("the core entry is runtime-agnostic", () => {
  it("the walk reaches the core's modules (so an empty walk cannot pass)", () => {
    const graph = walk(path.join(SRC, "index.ts"))
    const reached = graph.files.map((f) => path.relative(SRC, f))
    for (const file of ["index.ts", "OpenRouter.ts", "Transport.ts", "Sse.ts", "ChatStream.ts", "OpenRouterConfig.ts"]) {
      assert.include(reached, file)
    }
    assert.isAtLeast(graph.files.length, 35)
    assert.isTrue(graph.packages.has("effect/Effect"))
    assert.isTrue(graph.packages.has("@effect/platform/HttpClient"))
  })

  it("loads no media or management module when imported (they load on first use), and of the generated schemas only the registry's", () => {
    // Only what runs at import: value imports and re-exports (no `import type`, no `import()`).
    const EAGER = /^\s*(?:import|export)\s+(?!type\s)(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\}|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+[\w$]+))?)\s*from\s*["'](\.[^"']+)["']/gm
    const loaded = new Set<string>()
    const visit = (file: string): void => {
      if (loaded.has(file)) return
      loaded.add(file)
      for (const m of stripComments(fs.readFileSync(file, "utf8")).matchAll(EAGER)) {
        if (m[1] !== undefined) visit(resolveLocal(file, m[1]))
      }
    }
    visit(path.join(SRC, "index.ts"))
    const reached = [...loaded].map((f) => path.relative(SRC, f))
    assert.include(reached, "OpenRouter.ts") // the walk works
    const lazy = ["Rerank.ts", "Images.ts", "Audio.ts", "Videos.ts", "Management.ts", "OpenRouterManagement.ts"]
    assert.deepStrictEqual(reached.filter((f) => lazy.includes(f)), [])
    // ModelEndpoints decodes /endpoints and /providers for the registry's per-provider prices
    const api = reached.filter((f) => f.startsWith("api"))
    assert.includeMembers(api, ["api/Providers.ts"])
    assert.deepStrictEqual(api.filter((f) => !["api/Providers.ts", "api/internal.ts"].includes(f)), [], api.join(", "))
    // …and the service does reach them, lazily
    assert.includeMembers(walk(path.join(SRC, "index.ts")).files.map((f) => path.relative(SRC, f)), ["Rerank.ts", "Videos.ts"])
  })

  it("src/index.ts and every module it reaches import no Node built-in, no Node-only package, no Node global", () => {
    assert.deepStrictEqual(problemsOf(path.join(SRC, "index.ts")), [])
  })

  it("the check finds what it looks for: the Node entries fail it", () => {
    const node = problemsOf(path.join(SRC, "node.ts"))
    assert.isTrue(node.some((p) => p.includes("@effect/platform-node/NodeHttpClient")), node.join("\n"))
    const testing = problemsOf(path.join(SRC, "testing.ts"))
    assert.isTrue(testing.some((p) => p.includes("the Node built-in node:http")), testing.join("\n"))
    assert.isTrue(testing.some((p) => p.includes("the Node built-in node:fs")), testing.join("\n"))
    // the global scan, on a probe file (strings and comments are not code)
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portability-")), "probe.ts")
    fs.writeFileSync(probe, [
      "// Buffer in a comment, process.env too",
      "const s = \"Buffer.from, require(x)\"",
      "export const a = Buffer.from(s).length + Number(process.env[\"X\"])",
      "export const b = require(\"y\")",
      "import * as fs from \"node:fs\""
    ].join("\n"))
    const found = problemsOf(probe).map((p) => p.replace(/^.* (uses|imports)/, "$1"))
    fs.rmSync(path.dirname(probe), { recursive: true, force: true })
    assert.deepStrictEqual(found.sort(), [
      "imports the Node built-in node:fs",
      "uses the Node global Buffer",
      "uses the Node global process",
      "uses the Node global require"
    ])
    assert.isTrue(NODE_GLOBALS.every(([, re]) => !re.test(stripStrings("const s = \"Buffer process.env\""))))
  })

  it("esbuild bundles src/index.ts for --platform=browser with no Node built-in and no Node-only package", async () => {
    const result = await esbuild.build({
      entryPoints: [path.join(SRC, "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent"
    }).catch((error: unknown) => {
      const errors = (error as { readonly errors?: ReadonlyArray<{ readonly text: string }> }).errors ?? []
      throw new Error(`esbuild failed for the browser:\n${errors.map((e) => e.text).join("\n") || String(error)}`)
    })
    assert.deepStrictEqual(result.errors, [])
    const inputs = Object.keys(result.metafile.inputs)
    assert.isTrue(inputs.includes("src/Transport.ts"), "the bundle holds the transport")
    assert.deepStrictEqual(inputs.filter((i) => i.startsWith("node:") || nodeBuiltins.has(i)), [])
    assert.deepStrictEqual(
      inputs.filter((i) => /node_modules\/(@effect\/platform-node|undici|ws)\//.test(i)),
      []
    )
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path))
    assert.deepStrictEqual(imports.filter((p) => p.startsWith("node:") || nodeBuiltins.has(p)), [])
  })

  it("the same bundle of src/testing.ts fails for the browser (the check can fail)", async () => {
    const failure = await esbuild.build({
      entryPoints: [path.join(SRC, "testing.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent"
    }).then(() => undefined, (error: unknown) => error as { readonly errors: ReadonlyArray<{ readonly text: string }> })
    assert.isDefined(failure)
    assert.isTrue(failure?.errors.some((e) => /node:http|node:fs/.test(e.text)))
  })
})

describe("the Simulator answers CORS", () => {
  it.live("a preflight OPTIONS: 204 allowing any origin, the requested headers and POST", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const client = yield* HttpClient.HttpClient
      const response = yield* client.execute(
        HttpClientRequest.make("OPTIONS")(`${sim.url}/chat/completions`).pipe(
          HttpClientRequest.setHeaders({
            origin: "http://127.0.0.1:1234",
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization,content-type,x-title"
          })
        )
      )
      assert.strictEqual(response.status, 204)
      assert.strictEqual(response.headers["access-control-allow-origin"], "*")
      assert.strictEqual(response.headers["access-control-allow-headers"], "authorization,content-type,x-title")
      assert.include(response.headers["access-control-allow-methods"] ?? "", "POST")
      // a preflight is not an API request: it is not logged
      assert.deepStrictEqual(yield* sim.requests, [])
    }).pipe(Effect.scoped, Effect.provide(Simulator.layerServer()), Effect.provide(NodeHttpClient.layerUndici)))

  it.live("answers (success, error and streamed) allow any origin and expose their headers", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const client = yield* HttpClient.HttpClient
      const post = (model: string, stream: boolean) =>
        client.execute(
          HttpClientRequest.post(`${sim.url}/chat/completions`).pipe(
            HttpClientRequest.setHeaders({ origin: "http://127.0.0.1:1234", authorization: `Bearer ${sim.apiKey}` }),
            HttpClientRequest.bodyUnsafeJson({ model, stream, messages: [{ role: "user", content: "hi" }] })
          )
        ).pipe(Effect.tap((r) => r.text))
      for (const [model, stream, status] of [["sim/echo", false, 200], ["sim/echo", true, 200], ["sim/unauthorized", false, 401]] as const) {
        const response = yield* post(model, stream)
        assert.strictEqual(response.status, status)
        assert.strictEqual(response.headers["access-control-allow-origin"], "*", `${model} stream=${stream}`)
        assert.strictEqual(response.headers["access-control-expose-headers"], "*")
      }
    }).pipe(Effect.scoped, Effect.provide(Simulator.layerServer()), Effect.provide(NodeHttpClient.layerUndici)))
})

describe("effect-openrouter/node", () => {
  const call = Effect.flatMap(
    OpenRouter.OpenRouter,
    (client) => client.chat({ model: "sim/echo", messages: [{ role: "user", content: "node entry" }] })
  )

  it.live("OpenRouterLive reads the environment and calls over undici with the default policies", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const result = yield* call.pipe(
        Effect.provide(NodeEntry.OpenRouterLive),
        Effect.withConfigProvider(ConfigProvider.fromMap(
          new Map([["OPENROUTER_API_KEY", sim.apiKey], ["OPENROUTER_BASE_URL", sim.url]])
        ))
      )
      assert.include(result.text, "node entry")
      // the default retry policy is on: a flaky model succeeds after its failures
      const flaky = yield* Effect.flatMap(
        OpenRouter.OpenRouter,
        (client) => client.chat({ model: "sim/flaky-500-1", messages: [{ role: "user", content: "again" }] })
      ).pipe(
        Effect.provide(NodeEntry.OpenRouterLive),
        Effect.withConfigProvider(ConfigProvider.fromMap(
          new Map([["OPENROUTER_API_KEY", sim.apiKey], ["OPENROUTER_BASE_URL", sim.url]])
        ))
      )
      assert.strictEqual(flaky.meta.attempts.length, 2)
    }).pipe(Effect.provide(Simulator.layerServer())))

  it.live("OpenRouterLive without OPENROUTER_API_KEY fails with a ConfigError naming it", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(call.pipe(
        Effect.provide(NodeEntry.OpenRouterLive),
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map()))
      ))
      assert.strictEqual(error._tag, "ConfigError")
      assert.include(error.message, "OPENROUTER_API_KEY")
    }))

  it.live("layerNode takes the configuration in code", () =>
    Effect.gen(function*() {
      const sim = yield* Simulator.Simulator
      const result = yield* call.pipe(Effect.provide(NodeEntry.layerNode({ apiKey: sim.apiKey, baseUrl: sim.url })))
      assert.include(result.text, "node entry")
      assert.strictEqual((yield* sim.requests).length, 1)
    }).pipe(Effect.provide(Simulator.layerServer())))
})
