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

const literals = (values: ReadonlyArray<unknown>) => values.map((v) => JSON.stringify(v)).join(", ")

const enumSchema = (scope: Scope, values: ReadonlyArray<unknown>, closed: boolean): string => {
  const strings = values.filter((v): v is string => typeof v === "string")
  const numbers = values.filter((v): v is number => typeof v === "number")
  if (strings.length > 0 && numbers.length === 0) {
    if (closed && strings.length === 1) return `Schema.Literal(${literals(strings)})`
    scope.helpers.add("openLiteral")
    return `openLiteral(${literals(strings)})`
  }
  if (numbers.length > 0 && strings.length === 0) return `Schema.Union(Schema.Literal(${literals(numbers)}), Schema.Number)`
  if (values.every((v) => typeof v === "boolean")) return "Schema.Boolean"
  return "Schema.Unknown"
}

const isEmptyNode = (node: Node): boolean =>
  Object.keys(node).every((k) => ["description", "example", "examples", "title", "default", "deprecated"].includes(k) || k.startsWith("x-"))

/**
 * The Effect Schema expression for a node. `depth` is the indentation of the line the expression
 * starts on; `tagged`: the node is a union member (its required single-value properties are tags,
 * closed literals).
 */
export const emit = (scope: Scope, node: unknown, depth: number, tagged = false): string => {
  if (node === true || node === undefined) return "Schema.Unknown"
  if (!isNode(node)) return "Schema.Unknown"
  if (typeof node["$ref"] === "string") {
    const target = refName(node["$ref"])
    const name = scope.ref(target)
    return isNullable(node) ? `Schema.NullOr(${name})` : name
  }
  if (Array.isArray(node["allOf"])) return emitAllOf(scope, node, depth, tagged)
  const alternatives = Array.isArray(node["oneOf"]) ? node["oneOf"] : Array.isArray(node["anyOf"]) ? node["anyOf"] : undefined
  const nullable = isNullable(node)
  if (alternatives !== undefined) {
    const union = emitUnion(scope, node, alternatives, depth)
    return nullable && union !== "Schema.Null" && !union.startsWith("Schema.NullOr(") ? `Schema.NullOr(${union})` : union
  }
  const types = typesOf(node).filter((t) => t !== "null")
  const values = enumOf(node)
  let inner: string
  if (values !== undefined) {
    const nonNull = values.filter((v) => v !== null)
    inner = nonNull.length === 0 ? "Schema.Null" : enumSchema(scope, nonNull, tagged)
  } else if (types.length > 1) {
    inner = `Schema.Union(${types.map((t) => emitType(scope, t, node, depth)).join(", ")})`
  } else if (types.length === 1) {
    inner = emitType(scope, types[0] ?? "object", node, depth, tagged)
  } else if (node["properties"] !== undefined || node["additionalProperties"] !== undefined) {
    inner = emitObject(scope, node, depth, tagged)
  } else if (node["items"] !== undefined) {
    inner = emitType(scope, "array", node, depth)
  } else if (nullable) {
    return "Schema.Null"
  } else {
    return "Schema.Unknown"
  }
  return nullable && inner !== "Schema.Null" ? `Schema.NullOr(${inner})` : inner
}

const emitType = (scope: Scope, type: string, node: Node, depth: number, tagged = false): string => {
  switch (type) {
    case "string":
      return scope.binaryAsBlob && node["format"] === "binary" ? "Schema.instanceOf(Blob)" : "Schema.String"
    case "integer":
    case "number":
      return "Schema.Number"
    case "boolean":
      return "Schema.Boolean"
    case "array":
      return `Schema.Array(${emit(scope, node["items"], depth)})`
    case "object":
      return emitObject(scope, node, depth, tagged)
    default:
      return "Schema.Unknown"
  }
}

/** The fields of an object node as `key: schema` lines. */
const fieldLines = (scope: Scope, node: Node, depth: number, tagged: boolean, origin: Node = node): Array<string> => {
  const properties = isNode(node["properties"]) ? node["properties"] : {}
  const absent = scope.absent.get(origin) ?? new Set()
  const required = new Set((Array.isArray(node["required"]) ? node["required"].map(String) : []).filter((r) => !absent.has(r)))
  return Object.entries(properties).map(([name, property]) => {
    const tag = tagged && required.has(name) ? singleTag(property) : undefined
    const schema = tag !== undefined && !(isNode(property) && isNullable(property))
      ? `Schema.Literal(${JSON.stringify(tag)})`
      : emit(scope, property, depth + 1)
    return `${pad(depth + 1)}${key(name)}: ${required.has(name) ? schema : `Schema.optional(${schema})`}`
  })
}

const additional = (node: Node): Node | undefined => {
  const extra = node["additionalProperties"]
  return isNode(extra) && !isEmptyNode(extra) ? extra : undefined
}

const structOf = (scope: Scope, lines: ReadonlyArray<string>, depth: number): string => {
  scope.helpers.add("tolerant")
  return lines.length === 0
    ? "tolerant(Schema.Struct({}))"
    : `tolerant(Schema.Struct({\n${lines.join(",\n")}\n${pad(depth)}}))`
}

const emitObject = (scope: Scope, node: Node, depth: number, tagged: boolean): string => {
  const hasProperties = isNode(node["properties"]) && Object.keys(node["properties"]).length > 0
  const extra = additional(node)
  if (!hasProperties) {
    if (extra !== undefined) return `Schema.Record({ key: Schema.String, value: ${emit(scope, extra, depth)} })`
    scope.helpers.add("JsonObject")
    return "JsonObject"
  }
  return structOf(scope, fieldLines(scope, node, depth, tagged), depth)
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
 * `allOf`: the parts that name a component spread its `fields`, inline parts add their own, and a
 * field a later part makes required is re-declared. Parts that are not objects fall back to
 * `Schema.extend`-free merging of what they declare.
 */
const emitAllOf = (scope: Scope, node: Node, depth: number, tagged: boolean): string => {
  const parts = (node["allOf"] as Array<unknown>).filter((p) => !(isNode(p) && isEmptyNode(p)))
  const meaningful = parts.filter((p) => !(isNode(p) && isNode(p["properties"]) && Object.keys(p["properties"]).length === 0 && p["required"] === undefined))
  if (meaningful.length === 1 && parts.every((p) => plainObject(scope, p) !== undefined || isNode(p))) {
    const only = meaningful[0]
    if (isNode(only) && typeof only["$ref"] === "string" && !tagged) return emit(scope, only, depth)
  }
  if (!parts.every((p) => plainObject(scope, p) !== undefined || (isNode(p) && isNode(p["properties"])))) {
    // Not every part is an object: the first part that is something else decides the shape.
    return emit(scope, parts[0], depth, tagged)
  }
  const lines: Array<string> = []
  const seen = new Map<string, unknown>()
  for (const part of parts) {
    if (isNode(part) && typeof part["$ref"] === "string") {
      const target = refName(part["$ref"])
      lines.push(`${pad(depth + 1)}...${scope.ref(target)}.fields`)
      for (const [k, v] of declared(scope, part)) seen.set(k, v)
      continue
    }
    if (!isNode(part)) continue
    const own = isNode(part["properties"]) ? Object.keys(part["properties"]) : []
    const required = Array.isArray(part["required"]) ? part["required"].map(String) : []
    // A field declared by an earlier part and only made required here: declared again, required.
    const reRequired = required.filter((r) => !own.includes(r) && seen.has(r))
    const properties: Record<string, unknown> = {}
    for (const r of reRequired) properties[r] = seen.get(r)
    Object.assign(properties, isNode(part["properties"]) ? part["properties"] : {})
    lines.push(...fieldLines(scope, { ...part, properties }, depth, tagged, part))
    for (const k of own) seen.set(k, (part["properties"] as Node)[k])
  }
  return structOf(scope, lines, depth)
}

/** The property that tells a union's object members apart, if there is one. */
const tagProperty = (scope: Scope, node: Node, members: ReadonlyArray<unknown>): string | undefined => {
  const discriminator = node["discriminator"]
  if (isNode(discriminator) && typeof discriminator["propertyName"] === "string") return discriminator["propertyName"]
  for (const member of members) {
    const props = declared(scope, member)
    for (const [k, v] of props) if (singleTag(deref(scope, v) ?? v) !== undefined) return k
  }
  return undefined
}

const emitUnion = (scope: Scope, node: Node, alternatives: ReadonlyArray<unknown>, depth: number): string => {
  const out: Array<string> = []
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
    const schema = isNode(member) && typeof member["$ref"] !== "string" ? emit(scope, member, depth, true) : emit(scope, member, depth)
    if (!out.includes(schema)) out.push(schema)
  }
  if (stringValues.length > 0) {
    scope.helpers.add("openLiteral")
    out.unshift(`openLiteral(${literals([...new Set(stringValues)])})`)
  }
  // A tagged union: a last member for kinds the spec does not list yet, kept whole.
  const tag = objectMembers > 1 ? tagProperty(scope, node, alternatives) : undefined
  if (tag !== undefined) {
    scope.helpers.add("tolerant")
    out.push(`tolerant(Schema.Struct({ ${key(tag)}: Schema.optional(Schema.String) }))`)
  }
  const union = out.length === 0 ? "Schema.Unknown" : out.length === 1 ? (out[0] ?? "Schema.Unknown") : `Schema.Union(\n${out.map((s) => `${pad(depth + 1)}${s}`).join(",\n")}\n${pad(depth)})`
  if (out.length === 0 && hasNull) return "Schema.Null"
  return hasNull ? `Schema.NullOr(${union})` : union
}
