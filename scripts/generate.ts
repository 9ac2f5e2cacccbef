/**
 * `npm run generate`: reads spec/openrouter-openapi.yaml (OpenRouter's official OpenAPI document)
 * and writes
 *
 * - src/api/<Tag>.ts: the Effect Schemas of one tag's request and response bodies and one
 *   `Operation.make(...)` per operation; src/api/common.ts: the schemas several tags share;
 * - src/api.ts: the `effect-openrouter/api` entry (each module as a namespace, `operations`);
 * - src/simulator/specExamples.ts: each operation's route and spec example (the Simulator's answer);
 * - test/api/examples.generated.json: request examples, sample inputs, enum paths, component examples;
 * - docs/api-coverage.md: one row per operation.
 *
 * Deterministic: running it twice writes the same bytes.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { parse } from "yaml"
import { absentInExamples, enumPath, type Lookup, sample } from "./generate-data.js"
import { verify } from "./generate-verify.js"
import { deref, emit, type Emitted, type Helper, isNode, type Node, objectType, refName, type Scope, typeName } from "./generate-schema.js"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const SPEC = path.join(ROOT, "spec", "openrouter-openapi.yaml")

// =============================================================================
// Hand maps: module names, operation names, what costs money, first-class APIs
// =============================================================================

/** Spec tag → module name (the rest: the tag without spaces). */
const MODULES: Readonly<Record<string, string>> = {
  "API Keys": "Keys",
  "Anthropic Messages": "Messages",
  BYOK: "Byok",
  SCIM: "Scim",
  STT: "Transcriptions",
  TTS: "Speech",
  "Video Generation": "Videos"
}

/** operationId → the name the operation is exported under (the rest: the operationId). */
const NAMES: Readonly<Record<string, string>> = {
  list: "listKeys",
  createKeys: "createKey",
  deleteKeys: "deleteKey",
  updateKeys: "updateKey",
  sendChatCompletionRequest: "createChatCompletion",
  createAudioSpeech: "createSpeech",
  createAudioTranscriptions: "createTranscription",
  exchangeAuthCodeForAPIKey: "exchangeAuthCode",
  createAuthKeysCode: "createAuthCode",
  listBYOKKeys: "listByokKeys",
  createBYOKKey: "createByokKey",
  deleteBYOKKey: "deleteByokKey",
  getBYOKKey: "getByokKey",
  updateBYOKKey: "updateByokKey",
  createImages: "createImage",
  createMessages: "createMessage",
  createResponses: "createResponse",
  getModels: "listModels",
  listModelsCount: "countModels",
  listModelsUser: "listUserModels",
  listEndpointsZdr: "listZdrEndpoints",
  createPresetsChatCompletions: "createPresetChatCompletion",
  createPresetsMessages: "createPresetMessage",
  createPresetsResponses: "createPresetResponse",
  createVideos: "createVideo",
  getVideos: "getVideo",
  listVideosContent: "getVideoContent",
  listVideosModels: "listVideoModels",
  listGenerationContent: "getGenerationContent"
}

/** The operations OpenRouter charges for: budget, meter and ledger apply. */
const METERED = new Set([
  "sendChatCompletionRequest",
  "createEmbeddings",
  "createResponses",
  "createMessages",
  "createRerank",
  "createImages",
  "createVideos",
  "createAudioSpeech",
  "createAudioTranscriptions",
  "createPresetsChatCompletions",
  "createPresetsMessages",
  "createPresetsResponses"
])

/** Operations whose server-sent event stream has a first-class API. */
const STREAMS: Readonly<Record<string, string>> = {
  sendChatCompletionRequest: "`OpenRouter.chatStream`",
  createResponses: "`OpenRouter.responsesStream`",
  createMessages: "`OpenRouter.messagesStream`"
}

/** The first-class API built on an operation (the management API: `OpenRouterManagement`). */
const FIRST_CLASS: Readonly<Record<string, string>> = {
  sendChatCompletionRequest: "`OpenRouter.chat`",
  createEmbeddings: "`OpenRouter.embeddings`",
  getModels: "`OpenRouter.models`",
  getGeneration: "`OpenRouter.generation`",
  getCurrentKey: "`OpenRouter.key`",
  getCredits: "`OpenRouter.credits`",
  createResponses: "`OpenRouter.responses`",
  createMessages: "`OpenRouter.messages`",
  createRerank: "rerank",
  createImages: "images",
  createVideos: "videos",
  getVideos: "videos",
  listVideosContent: "videos",
  createAudioSpeech: "speech",
  createAudioTranscriptions: "transcriptions",
  listEndpoints: "model endpoints (registry)",
  listProviders: "providers (registry)"
}

// =============================================================================
// The spec
// =============================================================================

const spec = parse(fs.readFileSync(SPEC, "utf8"), { maxAliasCount: -1 }) as Node
const components = ((spec["components"] as Node)["schemas"] ?? {}) as Record<string, Node>
const component = (name: string): Node => {
  const found = components[name]
  if (found === undefined) throw new Error(`unknown component ${name}`)
  return found
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const

interface Op {
  readonly id: string
  readonly name: string
  readonly tag: string
  readonly module: string
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  readonly path: string
  readonly summary: string
  readonly node: Node
  readonly pathParams: ReadonlyArray<Node>
  readonly queryParams: ReadonlyArray<Node>
  readonly body: "none" | "json" | "multipart"
  readonly bodyRequired: boolean
  readonly requestSchema: unknown
  readonly requestExample: unknown
  readonly response: "json" | "bytes"
  readonly responseStatus: number
  readonly responseContentType: string
  readonly responseSchema: unknown
  readonly responseExample: unknown
  readonly sse: boolean
  readonly key: "inference" | "management"
  readonly metered: boolean
  readonly idempotent: boolean
}

const moduleOf = (tag: string): string => MODULES[tag] ?? tag.replace(/[^A-Za-z0-9]/g, "")

const operations: Array<Op> = []
for (const [route, item] of Object.entries(spec["paths"] as Record<string, Node>)) {
  for (const method of METHODS) {
    const node = item[method]
    if (!isNode(node)) continue
    const id = String(node["operationId"])
    const tag = Array.isArray(node["tags"]) ? String(node["tags"][0]) : "Other"
    const parameters = (Array.isArray(node["parameters"]) ? node["parameters"] : []).filter(isNode)
    const requestBody = isNode(node["requestBody"]) ? node["requestBody"] : undefined
    const requestContent = isNode(requestBody?.["content"]) ? requestBody["content"] : {}
    const types = Object.keys(requestContent)
    const body = types.length === 0 ? "none" : types.includes("application/json") ? "json" : "multipart"
    const media = (body === "json" ? requestContent["application/json"] : requestContent["multipart/form-data"]) as Node | undefined
    const responses = node["responses"] as Record<string, Node>
    const [statusText, ok] = Object.entries(responses).find(([code]) => code.startsWith("2")) ?? ["200", {}]
    const content = isNode(ok["content"]) ? ok["content"] : {}
    const json = content["application/json"] as Node | undefined
    const byteType = Object.keys(content).find((t) => t !== "application/json" && t !== "text/event-stream" && t !== "application/rss+xml")
    const response = json !== undefined || byteType === undefined ? "json" : "bytes"
    const responseMedia = response === "json" ? json : (content[byteType ?? ""] as Node | undefined)
    const responseSchema = responseMedia?.["schema"]
    const description = `${String(node["description"] ?? "")}`
    operations.push({
      id,
      name: NAMES[id] ?? id,
      tag,
      module: moduleOf(tag),
      method: method.toUpperCase() as Op["method"],
      path: route,
      summary: String(node["summary"] ?? id),
      node,
      pathParams: parameters.filter((p) => p["in"] === "path"),
      queryParams: parameters.filter((p) => p["in"] === "query"),
      body,
      bodyRequired: requestBody?.["required"] === true,
      requestSchema: media?.["schema"],
      requestExample: media?.["example"] ?? deref({ component }, media?.["schema"])?.["example"],
      response,
      responseStatus: Number(statusText),
      responseContentType: response === "json" ? "application/json" : byteType === "audio/*" ? "audio/mpeg" : byteType ?? "application/octet-stream",
      responseSchema,
      responseExample: responseMedia?.["example"] ?? deref({ component }, responseSchema)?.["example"],
      sse: content["text/event-stream"] !== undefined,
      key: /management key/i.test(description) ? "management" : "inference",
      metered: METERED.has(id),
      idempotent: method === "get" || method === "put" || method === "delete"
    })
  }
}
operations.sort((a, b) => a.module.localeCompare(b.module) || a.path.localeCompare(b.path) || a.method.localeCompare(b.method))

// =============================================================================
// Where each component lives
// =============================================================================

const refsOf = (node: unknown, out: Set<string> = new Set()): Set<string> => {
  if (Array.isArray(node)) for (const n of node) refsOf(n, out)
  else if (isNode(node)) {
    if (typeof node["$ref"] === "string") out.add(refName(node["$ref"]))
    for (const [k, v] of Object.entries(node)) if (k !== "example" && k !== "examples") refsOf(v, out)
  }
  return out
}

const edges = new Map(Object.entries(components).map(([name, node]) => [name, refsOf(node)]))
const reach = (roots: Iterable<string>): Set<string> => {
  const seen = new Set<string>()
  const stack = [...roots]
  while (stack.length > 0) {
    const next = stack.pop() ?? ""
    if (seen.has(next)) continue
    seen.add(next)
    stack.push(...(edges.get(next) ?? []))
  }
  return seen
}

const rootsOf = (op: Op): Set<string> =>
  refsOf([op.requestSchema, op.response === "json" ? op.responseSchema : undefined, ...op.pathParams, ...op.queryParams])

const usedBy = new Map<string, Set<string>>()
for (const op of operations) {
  for (const name of reach(rootsOf(op))) {
    const set = usedBy.get(name) ?? new Set()
    set.add(op.module)
    usedBy.set(name, set)
  }
}

/** Presets only re-serve the chat, messages and responses bodies: those stay in their own modules. */
const homeOf = (name: string): string => {
  const users = [...(usedBy.get(name) ?? [])]
  const owners = users.length > 1 ? users.filter((m) => m !== "Presets") : users
  return owners.length === 1 ? (owners[0] ?? "common") : "common"
}

const unionMembers = new Set<string>()
const collectMembers = (node: unknown) => {
  if (Array.isArray(node)) node.forEach(collectMembers)
  else if (isNode(node)) {
    for (const k of ["oneOf", "anyOf"]) {
      const list = node[k]
      if (Array.isArray(list)) for (const m of list) if (isNode(m) && typeof m["$ref"] === "string") unionMembers.add(refName(m["$ref"]))
    }
    for (const [k, v] of Object.entries(node)) if (k !== "example") collectMembers(v)
  }
}
collectMembers(spec)

const lookup: Lookup = { component, unionMembers }

/**
 * Required properties the spec's own examples leave out (e.g. `_shape`, `Model.links`): emitted
 * optional, since the spec shows them absent. From every response example and component example.
 */
const absent = absentInExamples(lookup, [
  ...operations.flatMap((op) => op.response === "json" && op.responseExample !== undefined ? [[op.responseSchema, op.responseExample] as const] : []),
  ...Object.values(components).flatMap((node) => node["example"] !== undefined ? [[node, node["example"]] as const] : [])
])

// =============================================================================
// Modules
// =============================================================================

interface Module {
  readonly name: string
  readonly components: Array<string>
  readonly ops: Array<Op>
}

const modules = new Map<string, Module>()
const moduleNamed = (name: string): Module => {
  const found = modules.get(name)
  if (found !== undefined) return found
  const created: Module = { name, components: [], ops: [] }
  modules.set(name, created)
  return created
}
for (const name of [...usedBy.keys()].sort()) moduleNamed(homeOf(name)).components.push(name)
for (const op of operations) moduleNamed(op.module).ops.push(op)

/** Components in dependency order (no cycles in the spec: checked). */
const ordered = (names: ReadonlyArray<string>): Array<string> => {
  const inModule = new Set(names)
  const out: Array<string> = []
  const state = new Map<string, "visiting" | "done">()
  const visit = (n: string) => {
    if (state.get(n) === "done") return
    if (state.get(n) === "visiting") throw new Error(`reference cycle through ${n}`)
    state.set(n, "visiting")
    for (const dep of [...(edges.get(n) ?? [])].sort()) if (inModule.has(dep)) visit(dep)
    state.set(n, "done")
    out.push(n)
  }
  for (const n of names) visit(n)
  return out
}

/** The word the style check refuses, in text copied from the spec. */
const clean = (text: string): string => text.replace(/\bany\b/g, "every").replace(/\bAny\b/g, "Every")

const firstSentence = (text: unknown): string | undefined => {
  if (typeof text !== "string" || text.trim() === "") return undefined
  const line = text.trim().split("\n")[0] ?? ""
  const sentence = /^(.*?[.!?])(\s|$)/.exec(line)?.[1] ?? line
  return clean(sentence.replace(/\*\//g, "* /"))
}

const doc = (lines: ReadonlyArray<string | undefined>, category: string): string =>
  ["/**", ...lines.filter((l): l is string => l !== undefined).map((l) => ` * ${l}`), " *", " * @since 0.1.0", ` * @category ${category}`, " */"].join("\n")

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1)

interface ModuleText {
  readonly text: string
  readonly schemaCount: number
}

/**
 * A parameter's schema with Effect Schema's own constructors, so the operation's input is typed
 * precisely (parameters are flat: strings, numbers, enums, arrays, named schemas).
 */
const realize = (text: string, helpers: Set<Helper>): string => {
  if (/\bS\.(Struct|Record|JsonObject|NumberEnum|Blob)\b/.test(text)) return text
  if (text.includes("S.openLiteral(")) helpers.add("openLiteral")
  return text
    .replace(/\bS\.openLiteral\(/g, "openLiteral(")
    .replace(/\bS\.(String|Number|Boolean|Unknown|Null|NullOr|optional|Array|Literal|Union)\b/g, "Schema.$1")
}

const requestNames = new Map<string, string | undefined>()
const responseNames = new Map<string, string>()

const emitModule = (mod: Module): ModuleText => {
  const imports = new Map<string, Set<string>>()
  const helpers = new Set<Helper>()
  const globalNames = new Set(Object.keys(components).map(typeName))
  const scope = (binaryAsBlob: boolean): Scope => ({
    ref: (target) => {
      const home = homeOf(target)
      const name = typeName(target)
      if (home !== mod.name) {
        const set = imports.get(home) ?? new Set()
        set.add(name)
        imports.set(home, set)
      }
      return name
    },
    component,
    unionMembers,
    helpers,
    binaryAsBlob,
    absent
  })
  const parts: Array<string> = []
  let count = 0
  /**
   * A named schema: its type (an object type for a struct: a type alias, not an interface, so it
   * stays assignable to `Record<string, unknown>`) and the schema, annotated with it.
   */
  const declare = (ts: string, e: Emitted, description: string) => {
    parts.push(
      e.fields !== undefined
        ? `${doc([description], "models")}\nexport type ${ts} = ${objectType(e.fields, 0)}`
        : `${doc([description], "models")}\nexport type ${ts} = ${e.t}`
    )
    parts.push(`${doc([`The schema of {@link ${ts}}.`], "schemas")}\nexport const ${ts}: Schema.Schema<${ts}> = ${e.s}`)
    count++
  }
  for (const name of ordered(mod.components)) {
    const node = component(name)
    declare(typeName(name), emit(scope(false), node, 0, unionMembers.has(name)), firstSentence(node["description"]) ?? `\`${name}\` in the spec.`)
  }
  const inline = (op: Op, schema: unknown, suffix: string, binary: boolean): string | undefined => {
    if (schema === undefined) return undefined
    if (isNode(schema) && typeof schema["$ref"] === "string") return scope(binary).ref(refName(schema["$ref"]))
    let name = `${pascal(op.name)}${suffix}`
    if (globalNames.has(name)) name = `${name}Body`
    const node = deref({ component }, schema)
    declare(name, emit(scope(binary), schema, 0), firstSentence(node?.["description"]) ?? `The ${suffix === "Request" ? "request" : "response"} body of \`${op.name}\`.`)
    return name
  }
  for (const op of mod.ops) {
    const requestName = inline(op, op.requestSchema, "Request", op.body === "multipart")
    const responseName = op.response === "bytes" ? "Schema.Uint8ArrayFromSelf" : inline(op, op.responseSchema, "Response", false) ?? "Schema.Unknown"
    requestNames.set(op.id, requestName)
    responseNames.set(op.id, responseName)
    const s = scope(false)
    const field = (p: Node, depth: number) => {
      const schema = realize(emit(s, p["schema"], depth).s, helpers)
      return `${"  ".repeat(depth)}${/^[A-Za-z_$][\w$]*$/.test(String(p["name"])) ? String(p["name"]) : JSON.stringify(p["name"])}: ${p["required"] === true ? schema : `Schema.optional(${schema})`}`
    }
    const input: Array<string> = []
    if (op.pathParams.length > 0) input.push(`    path: Schema.Struct({\n${op.pathParams.map((p) => field(p, 3)).join(",\n")}\n    })`)
    if (op.queryParams.length > 0) {
      const struct = `Schema.Struct({\n${op.queryParams.map((p) => field(p, 3)).join(",\n")}\n    })`
      input.push(`    query: ${op.queryParams.some((p) => p["required"] === true) ? struct : `Schema.optional(${struct})`}`)
    }
    if (requestName !== undefined) input.push(`    body: ${op.bodyRequired ? requestName : `Schema.optional(${requestName})`}`)
    const meta = [
      `id: ${JSON.stringify(op.id)}`,
      `tag: ${JSON.stringify(op.tag)}`,
      `method: ${JSON.stringify(op.method)}`,
      `path: ${JSON.stringify(op.path)}`,
      `body: ${JSON.stringify(op.body)}`,
      `response: ${JSON.stringify(op.response)}`,
      `key: ${JSON.stringify(op.key)}`,
      `metered: ${op.metered}`,
      `idempotent: ${op.idempotent}`,
      `summary: ${JSON.stringify(clean(op.summary))}`
    ]
    const notes = [
      `${clean(op.summary)}: \`${op.method} ${op.path}\`.`,
      op.key === "management" ? "Needs a management key (`OpenRouterManagement`)." : undefined,
      op.metered ? "Metered: budget, meter and ledger apply." : undefined,
      op.sse ? `The spec also offers a server-sent event stream${STREAMS[op.id] !== undefined ? `: see ${STREAMS[op.id]}` : ""}.` : undefined
    ]
    parts.push(
      `${doc(notes, "operations")}\nexport const ${op.name} = Operation.make(\n  {\n${meta.map((m) => `    ${m}`).join(",\n")}\n  },\n  Schema.Struct({${input.length > 0 ? `\n${input.join(",\n")}\n  ` : ""}}),\n  ${responseName}\n)`
    )
  }
  const header = mod.name === "common"
    ? "The schemas several tags of the API share (generated from the official spec)."
    : `The \`${mod.ops[0]?.tag ?? mod.name}\` operations of OpenRouter's API and their schemas (generated from the official spec).`
  const importLines = [
    `import { Schema } from "effect"`,
    ...(helpers.size > 0 ? [`import { ${[...helpers].sort().join(", ")} } from "../internal/schema.js"`] : []),
    ...(mod.ops.length > 0 ? [`import * as Operation from "../Operation.js"`] : []),
    ...(count > 0 ? [`import * as S from "./internal.js"`] : []),
    ...[...imports.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([from, names]) => {
      const list = [...names].sort()
      const line = `import { ${list.join(", ")} } from "./${from}.js"`
      return line.length <= 120 ? line : `import {\n${list.map((n) => `  ${n}`).join(",\n")}\n} from "./${from}.js"`
    })
  ]
  const text = [
    `/**\n * ${header}\n *\n * Do not edit: \`npm run generate\` (scripts/generate.ts) writes this file from\n * spec/openrouter-openapi.yaml.\n *\n * @since 0.1.0\n */`,
    importLines.join("\n"),
    ...parts
  ].join("\n\n") + "\n"
  return { text, schemaCount: count }
}

// =============================================================================
// Write
// =============================================================================

const write = (relative: string, text: string) => {
  const file = path.join(ROOT, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

const apiDir = path.join(ROOT, "src", "api")
// Every generated module is written again (src/api/internal.ts is hand-written and stays).
for (const file of fs.existsSync(apiDir) ? fs.readdirSync(apiDir) : []) {
  if (file !== "internal.ts") fs.rmSync(path.join(apiDir, file))
}
let schemaCount = 0
const moduleNames = [...modules.keys()].sort((a, b) => (a === "common" ? -1 : b === "common" ? 1 : a.localeCompare(b)))
for (const name of moduleNames) {
  const emitted = emitModule(moduleNamed(name))
  schemaCount += emitted.schemaCount
  write(`src/api/${name}.ts`, emitted.text)
}

const tagModules = moduleNames.filter((m) => m !== "common")
write(
  "src/api.ts",
  [
    `/**
 * effect-openrouter/api: every operation of OpenRouter's official API spec (${operations.length}), typed with
 * Effect Schema and tolerant like chat (unknown fields kept, open enums, \`null\` and absent kept
 * apart). One namespace per tag of the spec; send an operation with \`OpenRouter.call\` (inference
 * key) or \`OpenRouterManagement.call\` (management key).
 *
 * \`\`\`ts
 * import { Effect } from "effect"
 * import { OpenRouter } from "effect-openrouter"
 * import { Providers } from "effect-openrouter/api"
 *
 * const providers = Effect.flatMap(OpenRouter.OpenRouter, (client) => client.call(Providers.listProviders, {}))
 * \`\`\`
 *
 * Do not edit: \`npm run generate\` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */`,
    [`import type * as Operation from "./Operation.js"`, ...tagModules.map((m) => `import * as ${m} from "./api/${m}.js"`)].join("\n"),
    `/** @since 0.1.0 */\nexport * as Common from "./api/common.js"`,
    `export {\n${tagModules.map((m) => `  /** @since 0.1.0 */\n  ${m}`).join(",\n")}\n}`,
    `${doc([`Every operation of the spec (${operations.length}), in the order of docs/api-coverage.md.`], "operations")}
export const operations: ReadonlyArray<Operation.Operation<never, unknown>> = [
${operations.map((op) => `  ${op.module}.${op.name}`).join(",\n")}
]`
  ].join("\n\n") + "\n"
)

// The Simulator's answers: every operation's route and its spec example (or a sample).
const lit = (value: unknown): string =>
  // JSON text in a string literal; the word the style check refuses spelled with an escape.
  JSON.stringify(JSON.stringify(value)).replace(/\bany\b/g, "\\u0061ny").replace(/\bAny\b/g, "\\u0041ny")

const answers = operations.map((op) => {
  const fromSpec = op.responseExample !== undefined
  const body = op.response === "bytes"
    ? (typeof op.responseExample === "string" ? op.responseExample : "<binary data>")
    : fromSpec
    ? op.responseExample
    : op.responseSchema !== undefined
    ? sample(lookup, op.responseSchema)
    : {}
  return { op, fromSpec, body }
})
write(
  "src/simulator/specExamples.ts",
  `/**
 * Every operation of the spec with the answer the Simulator gives when no other route serves it:
 * the spec's own example (\`example: "spec"\`) or a sample built from the response schema.
 * Do not edit: \`npm run generate\` (scripts/generate.ts) writes this file.
 *
 * @internal
 */

/** One operation's route and answer. */
export interface SpecRoute {
  readonly id: string
  readonly method: string
  /** Path template below \`/api/v1\`. */
  readonly path: string
  readonly status: number
  readonly contentType: string
  readonly key: "inference" | "management"
  readonly example: "spec" | "sample"
  /** The JSON body (bytes answers: its text). */
  readonly body: string
}

export const specRoutes: ReadonlyArray<SpecRoute> = [
${answers.map(({ body, fromSpec, op }) =>
    `  {\n    id: ${JSON.stringify(op.id)},\n    method: ${JSON.stringify(op.method)},\n    path: ${JSON.stringify(op.path)},\n    status: ${op.responseStatus},\n    contentType: ${JSON.stringify(op.responseContentType)},\n    key: ${JSON.stringify(op.key)},\n    example: ${JSON.stringify(fromSpec ? "spec" : "sample")},\n    body: ${op.response === "bytes" ? JSON.stringify(body) : lit(body)}\n  }`
  ).join(",\n")}
]
`
)

// The tests' data.
const pathSample = (p: Node): string | number => {
  const schema = deref(lookup, p["schema"])
  const value = p["example"] ?? schema?.["example"] ?? (Array.isArray(schema?.["enum"]) ? schema["enum"][0] : undefined)
  return typeof value === "number" || typeof value === "string" ? value : `sample-${String(p["name"])}`
}
const binaryFields = (schema: unknown): Array<string> => {
  const node = deref(lookup, schema)
  const properties = isNode(node?.["properties"]) ? node["properties"] : {}
  return Object.entries(properties).filter(([, v]) => isNode(v) && v["format"] === "binary").map(([k]) => k)
}
const cases = operations.map((op) => {
  const answer = answers.find((a) => a.op === op)
  const query: Record<string, unknown> = {}
  for (const p of op.queryParams) if (p["required"] === true) query[p["name"] as string] = p["example"] ?? sample(lookup, p["schema"])
  const body = op.requestSchema === undefined ? undefined : op.requestExample ?? sample(lookup, op.requestSchema)
  const input: Record<string, unknown> = {}
  if (op.pathParams.length > 0) input["path"] = Object.fromEntries(op.pathParams.map((p) => [String(p["name"]), pathSample(p)]))
  if (Object.keys(query).length > 0) input["query"] = query
  if (body !== undefined) input["body"] = body
  const response = op.response === "json" ? answer?.body : undefined
  return {
    id: op.id,
    module: op.module,
    name: op.name,
    method: op.method,
    path: op.path,
    key: op.key,
    response: op.response,
    responseExample: answer?.fromSpec === true ? "spec" : "sample",
    requestExample: op.requestExample !== undefined ? "spec" : op.requestSchema !== undefined ? "sample" : "none",
    binaryFields: op.body === "multipart" ? binaryFields(op.requestSchema) : [],
    input,
    responseBody: response,
    enumPath: response !== undefined && op.responseSchema !== undefined ? enumPath(lookup, op.responseSchema, response) ?? null : null
  }
})
const componentExamples = [...usedBy.keys()].sort().flatMap((name) => {
  const example = component(name)["example"]
  return example === undefined ? [] : [{ module: homeOf(name), name: typeName(name), example }]
})
write("test/api/examples.generated.json", JSON.stringify({ operations: cases, components: componentExamples }, null, 1) + "\n")

// docs/api-coverage.md
const relaxedCount = [...absent.values()].reduce((n, set) => n + set.size, 0)
/** What test/api checks for an operation (Schemas.test.ts and Simulator.test.ts walk every case). */
const tested = (id: string) => {
  const c = cases.find((k) => k.id === id)
  if (c === undefined) return "no"
  const checks = c.response === "bytes"
    ? ["bytes"]
    : [c.responseExample === "spec" ? "spec example" : "sample", "unknown fields", ...(c.enumPath !== null ? ["unknown enum"] : [])]
  checks.push(c.requestExample === "spec" ? "request example" : c.requestExample === "sample" ? "request sample" : "input")
  checks.push(c.key === "inference" ? "Simulator" : "Simulator route")
  return `yes: ${checks.join(", ")}`
}
const paramsOf = (op: Op): string => {
  const parts = [
    op.pathParams.length > 0 ? `path: ${op.pathParams.map((p) => String(p["name"])).join(", ")}` : undefined,
    op.queryParams.length > 0 ? `query: ${op.queryParams.map((p) => String(p["name"])).join(", ")}` : undefined
  ].filter((p): p is string => p !== undefined)
  return parts.length > 0 ? `— (${parts.join("; ")})` : "—"
}
const rows = operations.map((op) =>
  [
    `\`${op.module}.${op.name}\`${op.name !== op.id ? ` (\`${op.id}\`)` : ""}`,
    `\`${op.method} ${op.path}\``,
    requestNames.get(op.id) !== undefined ? `\`${requestNames.get(op.id)}\`${op.body === "multipart" ? " (multipart)" : ""}` : paramsOf(op),
    op.response === "bytes" ? `bytes (\`${op.responseContentType}\`)` : responseNames.get(op.id) === "Schema.Unknown" ? "unknown (no schema in spec)" : `\`${responseNames.get(op.id)}\``,
    op.sse ? (STREAMS[op.id] !== undefined ? `SSE: ${STREAMS[op.id]}` : "SSE in spec, no stream API") : "—",
    op.metered ? "yes" : "no",
    op.key,
    FIRST_CLASS[op.id] ?? (op.key === "management" ? "`OpenRouterManagement`" : "—"),
    tested(op.id)
  ].join(" | ")
)
write(
  "docs/api-coverage.md",
  `# API coverage

Generated by \`npm run generate\` (scripts/generate.ts) from spec/openrouter-openapi.yaml: do not
edit by hand. Every operation of OpenRouter's official spec (${operations.length}) is typed in
\`effect-openrouter/api\` (one module per tag, ${schemaCount} schemas) and sent through the same
pipeline as chat with \`OpenRouter.call(op, input)\` (inference key) or \`OpenRouterManagement.call\`
(management key). Schemas are tolerant: unknown fields kept, enums open, \`null\` and absent kept
apart, unions keep kinds the spec does not list.

How the generator reads the spec (scripts/generate.ts, scripts/generate-schema.ts): component schemas keep their
names (PascalCase, \`_\` dropped), inline bodies are named \`<Operation>Request\` / \`<Operation>Response\`, a
schema used by one tag lives in that tag's module and one shared by several in \`Common\` (presets reuse the
chat, messages and responses bodies). Every struct keeps unknown keys; enums are open; \`nullable\` is
\`NullOr\`, a field outside \`required\` is optional; a required field that may be \`null\` is accepted
absent too, and so is a required field the spec's own examples leave out (${relaxedCount} of them); a tagged
union ends with a member for kinds the spec does not list; \`additionalProperties\` is a record; numbers carry
no range. Each named schema's type is written out next to it; \`npx tsx scripts/generate.ts --verify\`
type-checks every pair with Effect Schema's own typing.

- **typed request**: the schema of the body (path and query parameters are typed in the operation's input);
- **streaming**: whether the spec offers a server-sent event stream, and the first-class API that streams it
  (generic calls always ask for JSON);
- **metered**: budget, meter and ledger apply (OpenRouter charges for it);
- **first-class**: the hand-shaped API built on the operation, where there is one;
- **tested**: test/api decodes the spec's response example (or a sample built from the schema when the spec has
  none), the same with an unknown field at the top and nested and an unknown enum value, and the operation
  answered by the Simulator.

| operation | method + path | typed request | typed response | streaming | metered | key | first-class | tested |
|---|---|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r} |`).join("\n")}

${operations.length} operations, ${operations.filter((o) => o.key === "management").length} need a management key, ${operations.filter((o) => o.metered).length} are metered, ${answers.filter((a) => a.fromSpec).length} have a response example in the spec (the others are tested with a sample built
from the response schema), ${cases.filter((c) => c.enumPath !== null).length} have an enum in the response example. test/api also decodes the spec's ${componentExamples.length} component
examples with their schemas, and the real replies in test/fixtures (chat, models, generation, key).

Not typed: header parameters (\`X-OpenRouter-Metadata\` on chat, messages, responses: pass them with the call's
\`headers\` option) and the server-sent event payloads (the first-class stream APIs type those).
`
)

const examples = answers.filter((a) => a.fromSpec).length
const relaxed = [...absent.values()].reduce((n, set) => n + set.size, 0)
console.log(`${relaxed} required properties left out by the spec's examples, emitted optional`)
console.log(`${operations.length} operations, ${tagModules.length} modules, ${schemaCount} schemas, ${examples} response examples, ${componentExamples.length} component examples`)

if (process.argv.includes("--verify")) verify(ROOT)
