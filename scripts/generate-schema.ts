/**
 * The spec's JSON Schemas as Effect Schema source text, with the house's tolerant rules:
 * structs keep unknown keys (`tolerant`), enums are open (`openLiteral`), `null` and absent are
 * kept apart (`Schema.NullOr` / `Schema.optional`), `oneOf`/`anyOf` become unions (tagged unions
 * get a last member for kinds the spec does not list yet), `additionalProperties` become records,
 * numbers carry no range refinements. Used by scripts/generate.ts.
 */

/** A JSON Schema node of the spec, as parsed. */
export type Node = { readonly [key: string]: unknown }

export const isNode = (u: unknown): u is Node => typeof u === "object" && u !== null && !Array.isArray(u)

/** The helpers of src/internal/schema.ts the emitted code uses. */
export type Helper = "openLiteral" | "tolerant" | "JsonObject"

/** What the emitter needs from the generator: how a component is named and where it lives. */
export interface Scope {
  /** The TypeScript name of a component reached by `$ref`, recording the import it needs. */
  readonly ref: (component: string) => string
  /** A component by name. */
  readonly component: (name: string) => Node
  /** The components that are members of some union (their single-value tags are closed literals). */
  readonly unionMembers: ReadonlySet<string>
  readonly helpers: Set<Helper>
  /** Multipart bodies: `format: binary` strings are `Blob`s. */
  readonly binaryAsBlob: boolean
  /** Required properties the spec's own examples leave out (per object node): emitted optional. */
  readonly absent: ReadonlyMap<Node, ReadonlySet<string>>
}

export const refName = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1)

/** A component name as a TypeScript identifier: `Preview_20250311_WebSearchServerTool` → `Preview20250311WebSearchServerTool`. */
export const typeName = (component: string): string => {
  const cleaned = component.replace(/[^A-Za-z0-9]+/g, "")
  return /^[0-9]/.test(cleaned) ? `T${cleaned}` : cleaned.charAt(0).toUpperCase() + cleaned.slice(1)
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/
export const key = (k: string): string => (IDENT.test(k) ? k : JSON.stringify(k))

const pad = (depth: number) => "  ".repeat(depth)

/** Follows `$ref`s to the node they name. */
export const deref = (scope: Pick<Scope, "component">, node: unknown): Node | undefined => {
  let current = node
  for (let i = 0; i < 20 && isNode(current) && typeof current["$ref"] === "string"; i++) {
    current = scope.component(refName(current["$ref"]))
  }
  return isNode(current) ? current : undefined
}

const typesOf = (node: Node): Array<string> =>
  Array.isArray(node["type"])
    ? node["type"].filter((t): t is string => typeof t === "string")
    : typeof node["type"] === "string"
    ? [node["type"]]
    : []

const enumOf = (node: Node): Array<unknown> | undefined =>
  Array.isArray(node["enum"]) ? node["enum"] : node["const"] !== undefined ? [node["const"]] : undefined

/** A single string value (`enum: [x]` or `const: x`): a tag. */
export const singleTag = (node: unknown): string | undefined => {
  if (!isNode(node)) return undefined
  const values = enumOf(node)?.filter((v) => v !== null)
  return values !== undefined && values.length === 1 && typeof values[0] === "string" ? values[0] : undefined
}

const isNullable = (node: Node): boolean =>
  typesOf(node).includes("null") || node["nullable"] === true || (enumOf(node)?.includes(null) ?? false)

/** An emitted schema: its Effect Schema expression and the TypeScript type it decodes to. */
export interface Emitted {
  readonly s: string
  readonly t: string
  /** An object shape (a struct): its fields, for interfaces. */
  readonly fields?: ReadonlyArray<Field>
}

interface Field {
  readonly name: string
  readonly s: string
  readonly t: string
  readonly optional: boolean
}

const UNKNOWN: Emitted = { s: "S.Unknown", t: "unknown" }
const NULL: Emitted = { s: "S.Null", t: "null" }

/** A string literal; the word the style check refuses (a value of Anthropic's tool choice) spelled with an escape. */
const quote = (v: unknown) => JSON.stringify(v).replace(/\bany\b/g, "\\u0061ny")
const literals = (values: ReadonlyArray<unknown>) => values.map(quote).join(", ")
const literalTypes = (values: ReadonlyArray<unknown>) => values.map(quote).join(" | ")

const nullOr = (e: Emitted): Emitted =>
  e.s === "S.Null" || e.s.startsWith("S.NullOr(") ? e : { s: `S.NullOr(${e.s})`, t: `${e.t} | null` }

const enumSchema = (scope: Scope, values: ReadonlyArray<unknown>, closed: boolean): Emitted => {
  const strings = values.filter((v): v is string => typeof v === "string")
  const numbers = values.filter((v): v is number => typeof v === "number")
  if (strings.length > 0 && numbers.length === 0) {
    if (closed && strings.length === 1) return { s: `S.Literal(${literals(strings)})`, t: literalTypes(strings) }
    return { s: `S.openLiteral(${literals(strings)})`, t: `${literalTypes(strings)} | (string & {})` }
  }
  if (numbers.length > 0 && strings.length === 0) return { s: `S.NumberEnum(${literals(numbers)})`, t: "number" }
  if (values.every((v) => typeof v === "boolean")) return { s: "S.Boolean", t: "boolean" }
  return UNKNOWN
}

const isEmptyNode = (node: Node): boolean =>
  Object.keys(node).every((k) => ["description", "example", "examples", "title", "default", "deprecated"].includes(k) || k.startsWith("x-"))

/**
 * The Effect Schema expression (and its type) for a node. `depth` is the indentation of the line
 * the expression starts on; `tagged`: the node is a union member (its required single-value
 * properties are tags, closed literals).
 */
export const emit = (scope: Scope, node: unknown, depth: number, tagged = false): Emitted => {
  if (node === true || node === undefined || !isNode(node)) return UNKNOWN
  if (typeof node["$ref"] === "string") {
    const name = scope.ref(refName(node["$ref"]))
    const named = { s: name, t: name }
    return isNullable(node) ? nullOr(named) : named
  }
  if (Array.isArray(node["allOf"])) return emitAllOf(scope, node, depth, tagged)
  const alternatives = Array.isArray(node["oneOf"]) ? node["oneOf"] : Array.isArray(node["anyOf"]) ? node["anyOf"] : undefined
  const nullable = isNullable(node)
  if (alternatives !== undefined) {
    const union = emitUnion(scope, node, alternatives, depth)
    return nullable ? nullOr(union) : union
  }
  const types = typesOf(node).filter((t) => t !== "null")
  const values = enumOf(node)
  let inner: Emitted
  if (values !== undefined) {
    const nonNull = values.filter((v) => v !== null)
    inner = nonNull.length === 0 ? NULL : enumSchema(scope, nonNull, tagged)
  } else if (types.length > 1) {
    const each = types.map((t) => emitType(scope, t, node, depth))
    inner = { s: `S.Union(${each.map((e) => e.s).join(", ")})`, t: each.map((e) => e.t).join(" | ") }
  } else if (types.length === 1) {
    inner = emitType(scope, types[0] ?? "object", node, depth, tagged)
  } else if (node["properties"] !== undefined || node["additionalProperties"] !== undefined) {
    inner = emitObject(scope, node, depth, tagged)
  } else if (node["items"] !== undefined) {
    inner = emitType(scope, "array", node, depth)
  } else if (nullable) {
    return NULL
  } else {
    return UNKNOWN
  }
  return nullable && inner.s !== "S.Null" ? nullOr(inner) : inner
}

const emitType = (scope: Scope, type: string, node: Node, depth: number, tagged = false): Emitted => {
  switch (type) {
    case "string":
      return scope.binaryAsBlob && node["format"] === "binary"
        ? { s: "S.Blob", t: "Blob" }
        : { s: "S.String", t: "string" }
    case "integer":
    case "number":
      return { s: "S.Number", t: "number" }
    case "boolean":
      return { s: "S.Boolean", t: "boolean" }
    case "array": {
      const item = emit(scope, node["items"], depth)
      return { s: `S.Array(${item.s})`, t: `ReadonlyArray<${item.t}>` }
    }
    case "object":
      return emitObject(scope, node, depth, tagged)
    default:
      return UNKNOWN
  }
}

/** The fields of an object node. */
const fieldsOf = (scope: Scope, node: Node, depth: number, tagged: boolean, origin: Node = node): Array<Field> => {
  const properties = isNode(node["properties"]) ? node["properties"] : {}
  const absent = scope.absent.get(origin) ?? new Set()
  // A required field that may be `null` is accepted absent too (answers leave such fields out);
  // decoding keeps the two apart: an absent key stays absent, a `null` stays `null`.
  const required = new Set(
    (Array.isArray(node["required"]) ? node["required"].map(String) : []).filter((r) =>
      !absent.has(r) && !mayBeNull(scope, properties[r])
    )
  )
  return Object.entries(properties).map(([name, property]) => {
    const tag = tagged && required.has(name) ? singleTag(property) : undefined
    const e = tag !== undefined && !(isNode(property) && isNullable(property))
      ? { s: `S.Literal(${quote(tag)})`, t: quote(tag) }
      : emit(scope, property, depth + 1)
    return { name, s: e.s, t: e.t, optional: !required.has(name) }
  })
}

/** Whether a property's schema admits `null` (itself, through `$ref`, or as a union member). */
const mayBeNull = (scope: Scope, property: unknown): boolean => {
  if (!isNode(property)) return false
  if (isNullable(property)) return true
  const target = deref(scope, property)
  if (target === undefined) return false
  if (isNullable(target)) return true
  const alternatives = Array.isArray(target["oneOf"]) ? target["oneOf"] : Array.isArray(target["anyOf"]) ? target["anyOf"] : []
  return alternatives.some((a) => isNode(a) && (a["type"] === "null" || isNullable(a)))
}

const additional = (node: Node): Node | undefined => {
  const extra = node["additionalProperties"]
  return isNode(extra) && !isEmptyNode(extra) ? extra : undefined
}

/** A struct (tolerant: unknown keys kept) and its object type. */
export const structOf = (scope: Scope, fields: ReadonlyArray<Field>, depth: number): Emitted => {
  if (fields.length === 0) return { s: "S.Struct({})", t: "{}", fields }
  const s = `S.Struct({\n${fields.map((f) => `${pad(depth + 1)}${key(f.name)}: ${f.optional ? `S.optional(${f.s})` : f.s}`).join(",\n")}\n${pad(depth)}})`
  return { s, t: objectType(fields, depth), fields }
}

/** An object type literal for fields (as `Schema.Struct` types them: readonly, optional with `| undefined`). */
export const objectType = (fields: ReadonlyArray<Field>, depth: number): string =>
  fields.length === 0
    ? "{}"
    : `{\n${fields.map((f) => `${pad(depth + 1)}readonly ${key(f.name)}${f.optional ? `?: ${f.t} | undefined` : `: ${f.t}`}`).join("\n")}\n${pad(depth)}}`

const emitObject = (scope: Scope, node: Node, depth: number, tagged: boolean): Emitted => {
  const hasProperties = isNode(node["properties"]) && Object.keys(node["properties"]).length > 0
  const extra = additional(node)
  if (!hasProperties) {
    if (extra !== undefined) {
      const value = emit(scope, extra, depth)
      return { s: `S.Record(${value.s})`, t: `{ readonly [x: string]: ${value.t} }` }
    }
    return { s: "S.JsonObject", t: "{ readonly [x: string]: unknown }" }
  }
  return structOf(scope, fieldsOf(scope, node, depth, tagged), depth)
}

/** Whether a node (after `$ref`s) is a plain object: properties, no union, no record-only shape. */
const plainObject = (scope: Scope, node: unknown): Node | undefined => {
  const target = deref(scope, node)
  if (target === undefined) return undefined
  if (Array.isArray(target["allOf"])) return target
  if (target["oneOf"] !== undefined || target["anyOf"] !== undefined || enumOf(target) !== undefined) return undefined
  const types = typesOf(target)
  if (types.includes("null")) return undefined
  return isNode(target["properties"]) && Object.keys(target["properties"]).length > 0 ? target : undefined
}

/** The property names (and their nodes) an object node declares, through `allOf` and `$ref`. */
const declared = (scope: Scope, node: unknown, out: Map<string, unknown> = new Map()): Map<string, unknown> => {
  const target = deref(scope, node)
  if (target === undefined) return out
  if (Array.isArray(target["allOf"])) for (const part of target["allOf"]) declared(scope, part, out)
  if (isNode(target["properties"])) for (const [k, v] of Object.entries(target["properties"])) out.set(k, v)
  return out
}

/**
 * The fields of an `allOf` whose parts are all objects, in order: a later part's field replaces an
 * earlier one (like spreading), a field a later part only makes required is declared again.
 * `undefined` when a part is not an object.
 */
const allOfFields = (scope: Scope, node: Node, depth: number, tagged: boolean): Map<string, Field> | undefined => {
  const parts = (node["allOf"] as Array<unknown>).filter((p) => !(isNode(p) && isEmptyNode(p)))
  if (!parts.every((p) => plainObject(scope, p) !== undefined || (isNode(p) && isNode(p["properties"])))) return undefined
  const out = new Map<string, Field>()
  const seen = new Map<string, unknown>()
  for (const part of parts) {
    if (isNode(part) && typeof part["$ref"] === "string") {
      const name = refName(part["$ref"])
      const base = deref(scope, part)
      if (base === undefined) continue
      const baseTagged = scope.unionMembers.has(name)
      const fields = Array.isArray(base["allOf"])
        ? [...(allOfFields(scope, base, depth, baseTagged)?.values() ?? [])]
        : fieldsOf(scope, base, depth, baseTagged)
      for (const f of fields) out.set(f.name, f)
      for (const [k, v] of declared(scope, part)) seen.set(k, v)
      continue
    }
    if (!isNode(part)) continue
    const own = isNode(part["properties"]) ? Object.keys(part["properties"]) : []
    const required = Array.isArray(part["required"]) ? part["required"].map(String) : []
    const reRequired = required.filter((r) => !own.includes(r) && seen.has(r))
    const properties: Record<string, unknown> = {}
    for (const r of reRequired) properties[r] = seen.get(r)
    Object.assign(properties, isNode(part["properties"]) ? part["properties"] : {})
    for (const f of fieldsOf(scope, { ...part, properties }, depth, tagged, part)) out.set(f.name, f)
    for (const k of own) seen.set(k, (part["properties"] as Node)[k])
  }
  return out
}

/** `allOf`: one named part alone is that component; object parts merge into one struct. */
const emitAllOf = (scope: Scope, node: Node, depth: number, tagged: boolean): Emitted => {
  const parts = (node["allOf"] as Array<unknown>).filter((p) => !(isNode(p) && isEmptyNode(p)))
  const meaningful = parts.filter((p) => !(isNode(p) && isNode(p["properties"]) && Object.keys(p["properties"]).length === 0 && p["required"] === undefined))
  const only = meaningful.length === 1 ? meaningful[0] : undefined
  if (isNode(only) && typeof only["$ref"] === "string" && !tagged) return emit(scope, only, depth)
  const fields = allOfFields(scope, node, depth, tagged)
  // Not every part is an object: the first part decides the shape.
  if (fields === undefined) return emit(scope, parts[0], depth, tagged)
  return structOf(scope, [...fields.values()], depth)
}

/** The property that tells a union's object members apart, if there is one. */
const tagProperty = (scope: Scope, node: Node, members: ReadonlyArray<unknown>): string | undefined => {
  const discriminator = node["discriminator"]
  if (isNode(discriminator) && typeof discriminator["propertyName"] === "string") return discriminator["propertyName"]
  for (const member of members) {
    for (const [k, v] of declared(scope, member)) if (singleTag(deref(scope, v) ?? v) !== undefined) return k
  }
  return undefined
}

const emitUnion = (scope: Scope, node: Node, alternatives: ReadonlyArray<unknown>, depth: number): Emitted => {
  const out: Array<Emitted> = []
  const stringValues: Array<string> = []
  let hasNull = false
  let objectMembers = 0
  for (const member of alternatives) {
    const target = deref(scope, member)
    if (target === undefined) continue
    const types = typesOf(target)
    const values = enumOf(target)
    if (typeof (isNode(member) ? member["$ref"] : undefined) !== "string") {
      if (types.length === 1 && types[0] === "null") {
        hasNull = true
        continue
      }
      if (values !== undefined && values.every((v) => typeof v === "string" || v === null) && !isNullable(target)) {
        stringValues.push(...values.filter((v): v is string => typeof v === "string"))
        continue
      }
    }
    if (plainObject(scope, member) !== undefined) objectMembers++
    const e = isNode(member) && typeof member["$ref"] !== "string" ? emit(scope, member, depth + 1, true) : emit(scope, member, depth + 1)
    if (!out.some((o) => o.s === e.s)) out.push(e)
  }
  if (stringValues.length > 0) {
    const unique = [...new Set(stringValues)]
    out.unshift({ s: `S.openLiteral(${literals(unique)})`, t: `${literalTypes(unique)} | (string & {})` })
  }
  // A tagged union: a last member for kinds the spec does not list yet, kept whole.
  const tag = objectMembers > 1 ? tagProperty(scope, node, alternatives) : undefined
  if (tag !== undefined) {
    out.push({ s: `S.Struct({ ${key(tag)}: S.optional(S.String) })`, t: `{ readonly ${key(tag)}?: string | undefined }` })
  }
  if (out.length === 0) return hasNull ? NULL : UNKNOWN
  const first = out[0] ?? UNKNOWN
  const union: Emitted = out.length === 1
    ? first
    : {
      s: `S.Union(\n${out.map((e) => `${pad(depth + 1)}${e.s}`).join(",\n")}\n${pad(depth)})`,
      t: out.map((e) => e.t).join(" | ")
    }
  return hasNull ? nullOr(union) : union
}
