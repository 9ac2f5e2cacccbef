/**
 * Structured output: ask for a value of a `Schema`, get it decoded and typed.
 *
 * `generateObject` derives a JSON Schema from the `Schema` (`JSONSchema.make`, `$defs` inlined,
 * post-processed for OpenRouter/OpenAI strict mode), sends it as `response_format: json_schema`
 * (or `json_object` plus a system message stating the schema, for models without structured
 * outputs), extracts the JSON from the reply (code fences and surrounding prose are tolerated),
 * decodes it, and optionally re-asks the model with the parse issues (`repair`). Every model call,
 * repairs included, is an ordinary `OpenRouter.chat` call: metered, retried, routed.
 *
 * `streamObject` streams best-effort partial values while the JSON arrives, then the decoded
 * object.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as JSONSchema from "effect/JSONSchema"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as Stream from "effect/Stream"
import type { Message, ResponseFormat } from "./ChatRequest.js"
import type { ChatResult } from "./ChatResult.js"
import * as ModelRegistry from "./ModelRegistry.js"
import * as OpenRouter from "./OpenRouter.js"
import { InvalidRequestError, type OpenRouterError } from "./OpenRouterError.js"

// =============================================================================
// Errors
// =============================================================================

/**
 * The model's reply could not be turned into a value of the schema.
 *
 * - `empty`: no text at all (or only a refusal).
 * - `invalid_json`: no parseable JSON value in the text.
 * - `schema_mismatch`: valid JSON that does not decode with the schema (`issues` lists why).
 *
 * @since 0.1.0
 * @category errors
 */
export class StructuredOutputError extends Schema.TaggedError<StructuredOutputError>()("StructuredOutputError", {
  message: Schema.String,
  kind: Schema.Literal("invalid_json", "schema_mismatch", "empty"),
  /** The reply text as received (of the last attempt). */
  rawText: Schema.String,
  /** Human-readable parse or decode issues, one per line. */
  issues: Schema.String,
  /** Model calls made, repairs included. */
  attempts: Schema.Number
}) {}

// =============================================================================
// JSON Schema derivation
// =============================================================================

type Json = Record<string, unknown>

const isRecord = (u: unknown): u is Json => typeof u === "object" && u !== null && !Array.isArray(u)

const DEFS_PREFIX = "#/$defs/"

const refName = (ref: string): string | undefined =>
  ref.startsWith(DEFS_PREFIX)
    ? decodeURIComponent(ref.slice(DEFS_PREFIX.length)).replace(/~1/g, "/").replace(/~0/g, "~")
    : undefined

/** Keys whose value maps names to schemas (not a schema itself). */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions"])

const mapSchemaMap = (value: unknown, f: (schema: unknown) => unknown): unknown => {
  if (!isRecord(value)) return value
  const out: Json = {}
  for (const [k, v] of Object.entries(value)) out[k] = f(v)
  return out
}

/**
 * Inlines every `$ref` into `#/$defs/…` except recursive ones, which stay references into a
 * `$defs` that keeps only the definitions still referenced. Drops `$schema`.
 */
const inlineDefs = (root: Json): { readonly schema: Json; readonly defs: Json } => {
  const defs = isRecord(root["$defs"]) ? root["$defs"] : {}
  const kept: Json = {}
  const visit = (node: unknown, stack: ReadonlyArray<string>): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n, stack))
    if (!isRecord(node)) return node
    const ref = node["$ref"]
    if (typeof ref === "string") {
      const name = refName(ref)
      const def = name === undefined ? undefined : defs[name]
      if (name !== undefined && isRecord(def)) {
        if (stack.includes(name)) {
          if (!(name in kept)) {
            kept[name] = {}
            kept[name] = visit(def, [name])
          }
          return node
        }
        const inlined = visit(def, [...stack, name])
        const siblings: Json = {}
        for (const [k, v] of Object.entries(node)) {
          if (k !== "$ref" && k !== "$defs" && k !== "$schema") siblings[k] = visit(v, stack)
        }
        return isRecord(inlined) ? { ...inlined, ...siblings } : inlined
      }
      return node
    }
    const out: Json = {}
    for (const [k, v] of Object.entries(node)) {
      if (k === "$defs" || k === "$schema") continue
      out[k] = SCHEMA_MAPS.has(k) ? mapSchemaMap(v, (s) => visit(s, stack)) : visit(v, stack)
    }
    return out
  }
  const schema = visit(root, [])
  return { schema: isRecord(schema) ? schema : {}, defs: kept }
}

const SCHEMA_KEYWORDS = ["type", "anyOf", "oneOf", "allOf", "$ref", "enum", "const", "properties", "items", "not"]

const resolveRef = (node: Json, defs: Json): Json => {
  const ref = node["$ref"]
  if (typeof ref !== "string") return node
  const name = refName(ref)
  const def = name === undefined ? undefined : defs[name]
  return isRecord(def) ? def : node
}

/** Whether `null` is a valid value of the schema. */
const allowsNull = (schema: unknown, defs: Json, depth = 0): boolean => {
  if (!isRecord(schema) || depth > 32) return true
  const node = resolveRef(schema, defs)
  if (node !== schema) return allowsNull(node, defs, depth + 1)
  if (!SCHEMA_KEYWORDS.some((k) => k in node)) return true
  const type = node["type"]
  if (type === "null" || (Array.isArray(type) && type.includes("null"))) return true
  if (Array.isArray(node["enum"]) && node["enum"].includes(null)) return true
  if ("const" in node && node["const"] === null) return true
  for (const key of ["anyOf", "oneOf"]) {
    const branches = node[key]
    if (Array.isArray(branches) && branches.some((b) => allowsNull(b, defs, depth + 1))) return true
  }
  return false
}

const isObjectSchema = (node: Json): boolean => node["type"] === "object" || isRecord(node["properties"])

/**
 * Strict-mode post-processing (OpenRouter / OpenAI `strict: true`): every object gets
 * `additionalProperties: false` and lists all its properties in `required`; properties that were
 * optional become nullable (`anyOf [schema, null]`). Free-form maps (`additionalProperties` with a
 * schema, i.e. `Schema.Record`) cannot be expressed: `compatible` is then false.
 */
const strictify = (schema: Json, defs: Json): { readonly schema: Json; readonly defs: Json; readonly compatible: boolean } => {
  let compatible = true
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit)
    if (!isRecord(node)) return node
    const out: Json = {}
    for (const [k, v] of Object.entries(node)) {
      out[k] = SCHEMA_MAPS.has(k) ? mapSchemaMap(v, visit) : visit(v)
    }
    if (isObjectSchema(out)) {
      const props = isRecord(out["properties"]) ? out["properties"] : {}
      const additional = out["additionalProperties"]
      if (isRecord(additional) && Object.keys(additional).length > 0) compatible = false
      else out["additionalProperties"] = false
      const required = new Set(Array.isArray(out["required"]) ? out["required"].filter((r) => typeof r === "string") : [])
      const nextProps: Json = {}
      for (const [key, prop] of Object.entries(props)) {
        nextProps[key] = required.has(key) || allowsNull(prop, defs) ? prop : { anyOf: [prop, { type: "null" }] }
      }
      out["properties"] = nextProps
      out["required"] = Object.keys(nextProps)
    }
    return out
  }
  const next = visit(schema)
  const nextDefs = mapSchemaMap(defs, visit)
  return { schema: isRecord(next) ? next : {}, defs: isRecord(nextDefs) ? nextDefs : {}, compatible }
}

/**
 * A JSON Schema derived from an Effect `Schema`, ready to send, with what is needed to read the
 * model's answer back.
 *
 * @since 0.1.0
 * @category models
 */
export interface DerivedJsonSchema {
  /** The JSON Schema to send (`$defs` inlined except recursive ones, no `$schema`). */
  readonly schema: { readonly [key: string]: unknown }
  /** Whether strict mode applies: requested, and the schema has no free-form maps. */
  readonly strict: boolean
  /** Whether a non-object root was wrapped as `{ value: … }` (strict mode wants an object root). */
  readonly wrapped: boolean
  /** The schema before strict post-processing and wrapping (used by {@link normalizeNulls}). */
  readonly source: { readonly [key: string]: unknown }
}

/**
 * Whether the registry lists `structured_outputs` (or `response_format` with `json_schema`
 * support) for the model. Unknown models and registry failures answer `true` (the strict path;
 * OpenRouter rejects it clearly if unsupported).
 *
 * @since 0.1.0
 * @category options
 */
export const registrySupportsStructuredOutputs =
  (registry: ModelRegistry.Service) => (model: string): Effect.Effect<boolean> =>
    registry.find(model).pipe(
      Effect.map(Option.match({
        onNone: () => true,
        onSome: (m) => (m.supported_parameters ?? []).includes("structured_outputs")
      })),
      Effect.orElseSucceed(() => true)
    )

/**
 * Derives the JSON Schema of `schema` (its encoded side: what the model must produce).
 *
 * - `strict` (default `true`): post-process for strict mode (see the module docs); falls back to
 *   the plain schema, with `strict: false`, when the schema has free-form maps.
 * - `wrapNonObject` (default `false`): wrap a root that is not an object as
 *   `{ type: "object", properties: { value } }`.
 *
 * Throws (a defect) when the schema has no JSON Schema representation (e.g. a `Schema.declare`
 * without a `jsonSchema` annotation), like `JSONSchema.make`.
 *
 * @since 0.1.0
 * @category json schema
 */
export const deriveJsonSchema = <A, I, R>(
  schema: Schema.Schema<A, I, R>,
  options: { readonly strict?: boolean | undefined; readonly wrapNonObject?: boolean | undefined } = {}
): DerivedJsonSchema => {
  const { defs, schema: inlined } = inlineDefs(JSONSchema.make(schema) as unknown as Json)
  const withDefs = (s: Json, d: Json): Json => (Object.keys(d).length > 0 ? { ...s, $defs: d } : s)
  const wrapped = options.wrapNonObject === true && inlined["type"] !== "object"
  const root: Json = wrapped
    ? { type: "object", properties: { value: inlined }, required: ["value"], additionalProperties: false }
    : inlined
  const source = withDefs(inlined, defs)
  if (options.strict === false) return { schema: withDefs(root, defs), strict: false, wrapped, source }
  const strict = strictify(root, defs)
  return strict.compatible
    ? { schema: withDefs(strict.schema, strict.defs), strict: true, wrapped, source }
    : { schema: withDefs(root, defs), strict: false, wrapped, source }
}

/**
 * The JSON Schema to send for `schema` (see {@link deriveJsonSchema}).
 *
 * @since 0.1.0
 * @category json schema
 */
export const jsonSchema = <A, I, R>(
  schema: Schema.Schema<A, I, R>,
  options: { readonly strict?: boolean | undefined } = {}
): { readonly [key: string]: unknown } => deriveJsonSchema(schema, options).schema

/**
 * Maps strict mode's "optional property sent as `null`" back to an absent property: removes
 * `null` values of properties that are optional in `source` and whose schema does not admit
 * `null`. Everything else is returned unchanged (a new value; the input is not mutated).
 *
 * @since 0.1.0
 * @category json schema
 */
export const normalizeNulls = (source: { readonly [key: string]: unknown }, value: unknown): unknown => {
  const defs = isRecord(source["$defs"]) ? source["$defs"] : {}
  const visit = (schema: unknown, v: unknown, depth: number): unknown => {
    if (!isRecord(schema) || depth > 64) return v
    const node = resolveRef(schema, defs)
    if (Array.isArray(v)) {
      const items = node["items"]
      return isRecord(items) ? v.map((x) => visit(items, x, depth + 1)) : v
    }
    if (isRecord(v)) {
      const props = node["properties"]
      if (isRecord(props)) {
        const required = new Set(Array.isArray(node["required"]) ? node["required"] : [])
        const out: Json = {}
        for (const [key, x] of Object.entries(v)) {
          const prop = props[key]
          if (x === null && prop !== undefined && !required.has(key) && !allowsNull(prop, defs)) continue
          defineKey(out, key, prop === undefined ? x : visit(prop, x, depth + 1))
        }
        return out
      }
      const branches = Array.isArray(node["anyOf"]) ? node["anyOf"] : undefined
      if (branches !== undefined) {
        const objects = branches.filter((b) => isRecord(b) && isObjectSchema(resolveRef(b, defs)))
        if (objects.length === 1) return visit(objects[0], v, depth + 1)
      }
      return v
    }
    return v
  }
  return visit(source, value, 0)
}

const defineKey = (target: Json, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

// =============================================================================
// JSON extraction
// =============================================================================

const tryParse = (text: string): Either.Either<unknown, string> => {
  try {
    return Either.right(JSON.parse(text) as unknown)
  } catch (e) {
    return Either.left(e instanceof Error ? e.message : String(e))
  }
}

/** End index (exclusive) of the balanced JSON object/array starting at `start`, string-aware. */
const balancedEnd = (text: string, start: number): number | undefined => {
  const stack: Array<string> = []
  let inString = false
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === "\\") i++
      else if (c === "\"") inString = false
      continue
    }
    if (c === "\"") inString = true
    else if (c === "{") stack.push("}")
    else if (c === "[") stack.push("]")
    else if (c === "}" || c === "]") {
      if (stack.pop() !== c) return undefined
      if (stack.length === 0) return i + 1
    }
  }
  return undefined
}

const MAX_CANDIDATES = 32

const FENCE = /```[^\n`]*\n([\s\S]*?)(?:```|$)/g

/**
 * Every top-level balanced `{…}` / `[…]` that parses; the longest wins (so a citation like `[1]`
 * in the prose before the answer does not). `undefined` when there is no bracket at all.
 */
const fromBrackets = (text: string): Either.Either<unknown, string> | undefined => {
  let firstError: string | undefined
  let best: { readonly value: unknown; readonly length: number } | undefined
  let tried = 0
  for (let i = 0; i < text.length && tried < MAX_CANDIDATES; i++) {
    const c = text[i]
    if (c !== "{" && c !== "[") continue
    tried++
    const end = balancedEnd(text, i)
    if (end === undefined) {
      firstError ??= `Unterminated JSON ${c === "{" ? "object" : "array"} starting at offset ${i}`
      continue
    }
    const parsed = tryParse(text.slice(i, end))
    if (Either.isRight(parsed)) {
      if (best === undefined || end - i > best.length) best = { value: parsed.right, length: end - i }
      i = end - 1
    } else {
      firstError ??= parsed.left
    }
  }
  if (best !== undefined) return Either.right(best.value)
  return firstError === undefined ? undefined : Either.left(firstError)
}

/**
 * Finds the JSON value in a model reply: the whole text if it parses, else the content of a code
 * fence (```` ```json … ``` ````), else the outermost balanced JSON object or array in the text
 * (the longest, when the prose holds several). Fails with `empty` (blank text) or `invalid_json` (with the parser's message).
 *
 * @since 0.1.0
 * @category parsing
 */
export const extractJson = (
  text: string
): Either.Either<unknown, { readonly kind: "empty" | "invalid_json"; readonly issues: string }> => {
  const trimmed = text.trim()
  if (trimmed.length === 0) return Either.left({ kind: "empty", issues: "The reply has no text" })
  const whole = tryParse(trimmed)
  if (Either.isRight(whole)) return Either.right(whole.right)
  let fenceError: string | undefined
  for (const match of trimmed.matchAll(FENCE)) {
    const inner = (match[1] ?? "").trim()
    if (inner.length === 0) continue
    const parsed = tryParse(inner)
    if (Either.isRight(parsed)) return Either.right(parsed.right)
    const nested = fromBrackets(inner)
    if (nested !== undefined && Either.isRight(nested)) return Either.right(nested.right)
    fenceError ??= nested?.left ?? parsed.left
  }
  const bracketed = fromBrackets(trimmed)
  if (bracketed !== undefined && Either.isRight(bracketed)) return Either.right(bracketed.right)
  return Either.left({
    kind: "invalid_json",
    issues: fenceError ?? bracketed?.left ?? `No JSON object or array found (${whole.left})`
  })
}

// =============================================================================
// Partial JSON
// =============================================================================

const INCOMPLETE: unique symbol = Symbol.for("effect-openrouter/Structured/Incomplete")

class PartialParser {
  i = 0
  constructor(readonly s: string) {}

  ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] ?? "")) this.i++
  }

  get eof(): boolean {
    return this.i >= this.s.length
  }

  /** A value, or INCOMPLETE when input ended before anything usable. `done` is false when cut. */
  value(): { readonly value: unknown; readonly done: boolean } | typeof INCOMPLETE | undefined {
    this.ws()
    if (this.eof) return INCOMPLETE
    const c = this.s[this.i]
    if (c === "{") return this.object()
    if (c === "[") return this.array()
    if (c === "\"") return this.string()
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number()
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      const rest = this.s.slice(this.i, this.i + word.length)
      if (rest === word) {
        this.i += word.length
        return { value, done: true }
      }
      if (word.startsWith(rest) && this.i + rest.length >= this.s.length) {
        this.i = this.s.length
        return INCOMPLETE
      }
    }
    return undefined
  }

  string(): { readonly value: string; readonly done: boolean } {
    this.i++
    let out = ""
    while (this.i < this.s.length) {
      const c = this.s[this.i] ?? ""
      if (c === "\"") {
        this.i++
        return { value: out, done: true }
      }
      if (c === "\\") {
        const n = this.s[this.i + 1]
        if (n === undefined) break
        if (n === "u") {
          const hex = this.s.slice(this.i + 2, this.i + 6)
          if (hex.length < 4) break
          out += String.fromCharCode(parseInt(hex, 16))
          this.i += 6
          continue
        }
        const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "/": "/", "\\": "\\", "\"": "\"" }
        out += map[n] ?? n
        this.i += 2
        continue
      }
      out += c
      this.i++
    }
    this.i = this.s.length
    return { value: out, done: false }
  }

  number(): { readonly value: number; readonly done: boolean } | typeof INCOMPLETE {
    const m = /^-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?/.exec(this.s.slice(this.i))
    const text = m?.[0] ?? ""
    this.i += text.length
    let candidate = text
    while (candidate.length > 0) {
      if (/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(candidate)) {
        return { value: Number(candidate), done: !this.eof }
      }
      candidate = candidate.slice(0, -1)
    }
    return INCOMPLETE
  }

  array(): { readonly value: Array<unknown>; readonly done: boolean } {
    this.i++
    const out: Array<unknown> = []
    for (;;) {
      this.ws()
      if (this.eof) return { value: out, done: false }
      if (this.s[this.i] === "]") {
        this.i++
        return { value: out, done: true }
      }
      const item = this.value()
      if (item === INCOMPLETE || item === undefined) return { value: out, done: false }
      out.push(item.value)
      if (!item.done) return { value: out, done: false }
      this.ws()
      if (this.s[this.i] === ",") this.i++
      else if (this.s[this.i] !== "]") return { value: out, done: false }
    }
  }

  object(): { readonly value: Json; readonly done: boolean } {
    this.i++
    const out: Json = {}
    for (;;) {
      this.ws()
      if (this.eof) return { value: out, done: false }
      if (this.s[this.i] === "}") {
        this.i++
        return { value: out, done: true }
      }
      if (this.s[this.i] !== "\"") return { value: out, done: false }
      const key = this.string()
      if (!key.done) return { value: out, done: false }
      this.ws()
      if (this.s[this.i] !== ":") return { value: out, done: false }
      this.i++
      const item = this.value()
      if (item === INCOMPLETE || item === undefined) return { value: out, done: false }
      defineKey(out, key.value, item.value)
      if (!item.done) return { value: out, done: false }
      this.ws()
      if (this.s[this.i] === ",") this.i++
      else if (this.s[this.i] !== "}") return { value: out, done: false }
    }
  }
}

/**
 * Best-effort parse of an incomplete JSON text (a reply still streaming): open strings, arrays
 * and objects are closed, a trailing key without a value and an unfinished literal are dropped,
 * a number is kept as far as it parses. Leading prose or a code fence is skipped (parsing starts
 * at the first `{` or `[`). Returns `undefined` when there is nothing usable yet.
 *
 * @since 0.1.0
 * @category parsing
 */
export const parsePartialJson = (text: string): unknown => {
  const trimmed = text.trimStart()
  const bracket = trimmed.search(/[{[]/)
  const start = bracket < 0 && /^["\-\d]/.test(trimmed) ? 0 : bracket
  if (start < 0) return undefined
  const result = new PartialParser(trimmed.slice(start)).value()
  return result === INCOMPLETE || result === undefined ? undefined : result.value
}

// =============================================================================
// generateObject
// =============================================================================

/**
 * How the schema is sent: `json_schema` (`response_format.json_schema`, strict when possible) or
 * `json_object` (JSON mode plus a system message stating the schema).
 *
 * @since 0.1.0
 * @category models
 */
export type Mode = "json_schema" | "json_object"

/**
 * Options of {@link generateObject} and {@link streamObject}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * Force a mode. Default: `supportsStructuredOutputs` decides when given, else a `ModelRegistry`
   * in the context (its `supported_parameters`), else `json_schema`.
   */
  readonly mode?: Mode | undefined
  /**
   * Whether a model supports `json_schema`. Used only when `mode` is not given; without it a
   * `ModelRegistry` in the context decides (`registrySupportsStructuredOutputs`).
   */
  readonly supportsStructuredOutputs?: ((model: string) => Effect.Effect<boolean>) | undefined
  /** `json_schema.name` (`[A-Za-z0-9_-]`, ≤ 64). Default: the schema's identifier, else `"response"`. */
  readonly name?: string | undefined
  /** `json_schema.description`. Default: the schema's description annotation. */
  readonly description?: string | undefined
  /** Strict mode (default `true`; off automatically for schemas with free-form maps). */
  readonly strict?: boolean | undefined
  /** Re-ask the model up to this many times when the reply does not parse or decode (default 0). */
  readonly repair?: number | undefined
  /** Per-call options passed to every `chat` call. */
  readonly call?: OpenRouter.CallOptions | undefined
}

/**
 * What {@link generateObject} returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface GenerateObjectResult<A> {
  readonly value: A
  /** The result of the successful call. */
  readonly result: ChatResult
  /** Model calls made, repairs included. */
  readonly attempts: number
}

interface Plan {
  readonly derived: DerivedJsonSchema
  readonly mode: Mode
  readonly responseFormat: ResponseFormat
  readonly messages: ReadonlyArray<Message>
}

const sanitizeName = (name: string): string => {
  const cleaned = name.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 64)
  return cleaned.length > 0 ? cleaned : "response"
}

const annotation = (ast: AST.AST, get: (ast: AST.AST) => Option.Option<string>): string | undefined => {
  const direct = get(ast)
  if (Option.isSome(direct)) return direct.value
  return AST.isTransformation(ast) ? Option.getOrUndefined(get(ast.to)) : undefined
}

/**
 * The instruction added as a system message in `json_object` mode.
 *
 * @since 0.1.0
 * @category utils
 */
export const schemaInstruction = (schema: { readonly [key: string]: unknown }): string =>
  "Respond with a single JSON value that conforms to the following JSON Schema. " +
  "Output only the JSON: no code fences, no explanations.\n\n" + JSON.stringify(schema, null, 2)

const insertSystem = (messages: ReadonlyArray<Message>, content: string): ReadonlyArray<Message> => {
  let at = 0
  while (at < messages.length && (messages[at]?.role === "system" || messages[at]?.role === "developer")) at++
  return [...messages.slice(0, at), { role: "system", content }, ...messages.slice(at)]
}

const modelOf = (request: OpenRouter.ChatRequestInput): string | undefined => request.model ?? request.models?.[0]

const makePlan = <A, I, R>(
  schema: Schema.Schema<A, I, R>,
  request: OpenRouter.ChatRequestInput,
  options: Options
): Effect.Effect<Plan, InvalidRequestError> =>
  Effect.gen(function*() {
    const derived = yield* Effect.try({
      try: () => deriveJsonSchema(schema, { strict: options.strict !== false, wrapNonObject: true }),
      catch: (e) =>
        new InvalidRequestError({
          message: `Cannot derive a JSON Schema from the schema: ${e instanceof Error ? e.message : String(e)}`,
          field: "response_format"
        })
    })
    const model = modelOf(request)
    const registry = yield* Effect.serviceOption(ModelRegistry.ModelRegistry)
    const supports = options.supportsStructuredOutputs ??
      (Option.isSome(registry) ? registrySupportsStructuredOutputs(registry.value) : undefined)
    const mode: Mode = options.mode ??
      (supports !== undefined && model !== undefined
        ? ((yield* supports(model)) ? "json_schema" : "json_object")
        : "json_schema")
    if (mode === "json_object") {
      return {
        derived,
        mode,
        responseFormat: { type: "json_object" },
        messages: insertSystem(request.messages, schemaInstruction(derived.schema))
      }
    }
    const name = sanitizeName(options.name ?? annotation(schema.ast, AST.getIdentifierAnnotation) ?? "response")
    const description = options.description ?? annotation(schema.ast, AST.getDescriptionAnnotation)
    return {
      derived,
      mode,
      responseFormat: {
        type: "json_schema",
        json_schema: {
          name,
          ...(description !== undefined ? { description } : {}),
          strict: derived.strict,
          schema: derived.schema
        }
      },
      messages: request.messages
    }
  })

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0
    ? "(root)"
    : path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "")

/**
 * Parse issues as lines `path: message`.
 *
 * @since 0.1.0
 * @category utils
 */
export const formatIssues = (error: ParseResult.ParseError): string =>
  ParseResult.ArrayFormatter.formatErrorSync(error).map((i) => `${formatPath(i.path)}: ${i.message}`).join("\n")

const unwrapValue = (derived: DerivedJsonSchema, json: unknown): unknown =>
  derived.wrapped && isRecord(json) && "value" in json ? json["value"] : json

/**
 * Parses and decodes a reply text: {@link extractJson}, strict-mode nulls mapped back to absent
 * properties, then the schema.
 */
const decodeText = <A, I, R>(
  schema: Schema.Schema<A, I, R>,
  derived: DerivedJsonSchema,
  text: string,
  refusal: string | undefined,
  attempts: number
): Effect.Effect<A, StructuredOutputError, R> =>
  Effect.gen(function*() {
    const fail = (kind: StructuredOutputError["kind"], issues: string) =>
      new StructuredOutputError({
        message: `Structured output ${kind.replace("_", " ")}: ${issues.split("\n")[0] ?? ""}`,
        kind,
        rawText: text,
        issues,
        attempts
      })
    const extracted = extractJson(text)
    if (Either.isLeft(extracted)) {
      const issues = extracted.left.kind === "empty" && refusal !== undefined
        ? `The model refused: ${refusal}`
        : extracted.left.issues
      return yield* fail(extracted.left.kind, issues)
    }
    const value = normalizeNulls(derived.source, unwrapValue(derived, extracted.right))
    return yield* Schema.decodeUnknown(schema, { errors: "all" })(value).pipe(
      Effect.mapError((e) => fail("schema_mismatch", formatIssues(e)))
    )
  })

/**
 * The user message of a repair round.
 *
 * @since 0.1.0
 * @category utils
 */
export const repairInstruction = (error: StructuredOutputError): string =>
  `Your previous reply could not be used (${
    error.kind === "invalid_json"
      ? "it is not valid JSON"
      : error.kind === "empty"
      ? "it was empty"
      : "it does not match the schema"
  }).\nIssues:\n${error.issues}\n\nReply again with only the corrected JSON value, matching the schema.`

/**
 * Asks the model for a value of `schema` and decodes it.
 *
 * With `repair: n`, a reply that does not parse or decode is followed by up to `n` more calls,
 * each appending the bad reply (as an assistant message) and a user message with the issues.
 * Fails with `StructuredOutputError` when the last attempt still fails.
 *
 * @since 0.1.0
 * @category constructors
 */
export const generateObject = <A, I, R>(
  schema: Schema.Schema<A, I, R>,
  request: OpenRouter.ChatRequestInput,
  options: Options = {}
): Effect.Effect<GenerateObjectResult<A>, StructuredOutputError | OpenRouterError, OpenRouter.OpenRouter | R> =>
  Effect.gen(function*() {
    const client = yield* OpenRouter.OpenRouter
    const plan = yield* makePlan(schema, request, options)
    const repairs = Math.max(0, Math.floor(options.repair ?? 0))
    let messages = plan.messages
    for (let attempt = 1;; attempt++) {
      const result = yield* client.chat(
        { ...request, messages, response_format: plan.responseFormat },
        options.call
      )
      const decoded = yield* Effect.either(decodeText(schema, plan.derived, result.text, result.refusal, attempt))
      if (Either.isRight(decoded)) return { value: decoded.right, result, attempts: attempt }
      if (attempt > repairs) return yield* Effect.fail(decoded.left)
      messages = [
        ...messages,
        { role: "assistant", content: result.text.length > 0 ? result.text : "(empty reply)" },
        { role: "user", content: repairInstruction(decoded.left) }
      ]
    }
  })

// =============================================================================
// streamObject
// =============================================================================

/**
 * A best-effort parse of the JSON received so far. Emitted when it changes.
 *
 * @since 0.1.0
 * @category models
 */
export interface PartialObject {
  readonly _tag: "Partial"
  readonly value: unknown
}

/**
 * The final, decoded value (last event of the stream).
 *
 * @since 0.1.0
 * @category models
 */
export interface FinalObject<A> {
  readonly _tag: "Object"
  readonly value: A
  readonly result: ChatResult
}

/**
 * @since 0.1.0
 * @category models
 */
export type ObjectStreamEvent<A> = PartialObject | FinalObject<A>

/**
 * Streams the reply to a structured-output request: `Partial` events while the JSON arrives
 * (parsed with {@link parsePartialJson}; not validated), then one `Object` event with the decoded
 * value. Fails with `StructuredOutputError` when the complete reply does not decode (no repair:
 * use {@link generateObject} for that).
 *
 * @since 0.1.0
 * @category constructors
 */
export const streamObject = <A, I, R>(
  schema: Schema.Schema<A, I, R>,
  request: OpenRouter.ChatRequestInput,
  options: Omit<Options, "repair"> = {}
): Stream.Stream<ObjectStreamEvent<A>, StructuredOutputError | OpenRouterError, OpenRouter.OpenRouter | R> =>
  Stream.unwrap(
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const plan = yield* makePlan(schema, request, options)
      let text = ""
      let last: string | undefined
      return client.chatStream({ ...request, messages: plan.messages, response_format: plan.responseFormat }, options.call)
        .pipe(
          Stream.mapEffect((event): Effect.Effect<ReadonlyArray<ObjectStreamEvent<A>>, StructuredOutputError, R> => {
            if (event._tag === "TextDelta") {
              text += event.text
              const partial = parsePartialJson(text)
              if (partial === undefined) return Effect.succeed([])
              if (plan.derived.wrapped && isRecord(partial) && !("value" in partial)) return Effect.succeed([])
              const value = unwrapValue(plan.derived, partial)
              const key = JSON.stringify(value)
              if (value === undefined || key === last) return Effect.succeed([])
              last = key
              return Effect.succeed([{ _tag: "Partial", value }])
            }
            if (event._tag === "Done") {
              return Effect.map(
                decodeText(schema, plan.derived, event.result.text, event.result.refusal, 1),
                (value) => [{ _tag: "Object", value, result: event.result }]
              )
            }
            return Effect.succeed([])
          }),
          Stream.mapConcat((events) => events)
        )
    })
  )
