/**
 * Sample values from the spec's schemas, for the operations the spec gives no example for (the
 * Simulator's answers, the tests' inputs), and the path of an open enum value inside an example
 * (the tests replace it with a value the spec does not list). Used by scripts/generate.ts.
 */
import { deref, isNode, type Node, refName, singleTag } from "./generate-schema.js"

export interface Lookup {
  readonly component: (name: string) => Node
  readonly unionMembers: ReadonlySet<string>
}

const typesOf = (node: Node): Array<string> =>
  (Array.isArray(node["type"]) ? node["type"] : typeof node["type"] === "string" ? [node["type"]] : []).filter(
    (t): t is string => typeof t === "string" && t !== "null"
  )

/** A value that fits the schema: the schema's own example where it has one, else required fields only. */
export const sample = (scope: Lookup, node: unknown, depth = 0): unknown => {
  const target = deref(scope, node)
  if (target === undefined) return {}
  if (target["example"] !== undefined) return target["example"]
  if (Array.isArray(target["allOf"])) {
    const out: Record<string, unknown> = {}
    for (const part of target["allOf"]) {
      const value = sample(scope, part, depth + 1)
      if (isNode(value)) Object.assign(out, value)
    }
    return out
  }
  const alternatives = Array.isArray(target["oneOf"]) ? target["oneOf"] : Array.isArray(target["anyOf"]) ? target["anyOf"] : undefined
  if (alternatives !== undefined) {
    const first = alternatives.find((a) => !(isNode(a) && a["type"] === "null"))
    return first === undefined ? null : sample(scope, first, depth + 1)
  }
  if (Array.isArray(target["enum"])) return target["enum"].find((v) => v !== null) ?? null
  if (target["const"] !== undefined) return target["const"]
  const type = typesOf(target)[0] ?? (target["properties"] !== undefined ? "object" : target["items"] !== undefined ? "array" : undefined)
  switch (type) {
    case "string":
      return target["format"] === "date-time"
        ? "2025-01-01T00:00:00Z"
        : target["format"] === "uuid"
        ? "00000000-0000-4000-8000-000000000000"
        : "string"
    case "integer":
    case "number":
      return typeof target["minimum"] === "number" ? target["minimum"] : 1
    case "boolean":
      return false
    case "array":
      return depth > 8 ? [] : [sample(scope, target["items"], depth + 1)]
    case "object": {
      const out: Record<string, unknown> = {}
      const properties = isNode(target["properties"]) ? target["properties"] : {}
      const required = Array.isArray(target["required"]) ? target["required"].map(String) : []
      for (const name of required) out[name] = sample(scope, properties[name], depth + 1)
      return out
    }
    default:
      return target["type"] === "null" || (Array.isArray(target["type"]) && target["type"].includes("null")) ? null : {}
  }
}

/** The declared properties of an object node, through `allOf` and `$ref`s. */
const propertiesOf = (scope: Lookup, node: unknown, out: Map<string, unknown> = new Map()): Map<string, unknown> => {
  const target = deref(scope, node)
  if (target === undefined) return out
  if (Array.isArray(target["allOf"])) for (const part of target["allOf"]) propertiesOf(scope, part, out)
  if (isNode(target["properties"])) for (const [k, v] of Object.entries(target["properties"])) out.set(k, v)
  return out
}

const requiredOf = (scope: Lookup, node: unknown, out: Set<string> = new Set()): Set<string> => {
  const target = deref(scope, node)
  if (target === undefined) return out
  if (Array.isArray(target["allOf"])) for (const part of target["allOf"]) requiredOf(scope, part, out)
  if (Array.isArray(target["required"])) for (const r of target["required"]) out.add(String(r))
  return out
}

export interface EnumPath {
  readonly path: ReadonlyArray<string | number>
  /** The values the spec lists there. */
  readonly known: ReadonlyArray<string>
}

/**
 * Where the example holds a value of an open enum (never a union member's tag, which is a closed
 * literal): the first one with several known values, else the first one at all.
 */
export const enumPath = (scope: Lookup, node: unknown, value: unknown): EnumPath | undefined => {
  const found: Array<EnumPath> = []
  walk(scope, node, value, [], false, found, 0)
  return found.find((f) => f.known.length > 1) ?? found[0]
}

const stringEnum = (node: Node): Array<string> | undefined =>
  Array.isArray(node["enum"]) ? node["enum"].filter((v): v is string => typeof v === "string") : undefined

const walk = (
  scope: Lookup,
  node: unknown,
  value: unknown,
  path: Array<string | number>,
  tagged: boolean,
  found: Array<EnumPath>,
  depth: number
): void => {
  if (depth > 40 || found.length > 20) return
  const isRef = isNode(node) && typeof node["$ref"] === "string"
  const member = isRef ? scope.unionMembers.has(refName(String((node as Node)["$ref"]))) : tagged
  const target = deref(scope, node)
  if (target === undefined) return
  const alternatives = Array.isArray(target["oneOf"]) ? target["oneOf"] : Array.isArray(target["anyOf"]) ? target["anyOf"] : undefined
  if (alternatives !== undefined) {
    if (typeof value === "string") {
      const strings = alternatives.flatMap((a) => {
        const t = deref(scope, a)
        return t !== undefined ? stringEnum(t) ?? [] : []
      })
      if (strings.includes(value)) found.push({ path, known: strings })
      return
    }
    const discriminator = target["discriminator"]
    if (isNode(discriminator) && isNode(value) && isNode(discriminator["mapping"])) {
      const chosen = discriminator["mapping"][String(value[String(discriminator["propertyName"])])]
      if (typeof chosen === "string") return walk(scope, { $ref: chosen }, value, path, true, found, depth + 1)
    }
    // The first member whose declared properties cover the value's keys.
    const candidates = alternatives.filter((a) => !(isNode(a) && a["type"] === "null"))
    const fits = candidates.find((a) => {
      if (!isNode(value)) return Array.isArray(value) ? deref(scope, a)?.["type"] === "array" : false
      const props = propertiesOf(scope, a)
      const tagOk = [...props].every(([k, v]) => {
        const tag = singleTag(deref(scope, v) ?? v)
        return tag === undefined || !(k in value) || value[k] === tag
      })
      return tagOk && Object.keys(value).every((k) => props.has(k))
    })
    if (fits !== undefined) walk(scope, fits, value, path, !(isNode(fits) && typeof fits["$ref"] === "string"), found, depth + 1)
    return
  }
  const values = stringEnum(target)
  if (values !== undefined && typeof value === "string") {
    found.push({ path, known: values })
    return
  }
  if (Array.isArray(value)) {
    const items = target["items"]
    value.forEach((v, i) => walk(scope, items, v, [...path, i], false, found, depth + 1))
    return
  }
  if (isNode(value)) {
    const props = propertiesOf(scope, target)
    const required = requiredOf(scope, target)
    for (const [k, v] of Object.entries(value)) {
      const prop = props.get(k)
      if (prop === undefined) {
        const extra = target["additionalProperties"]
        if (isNode(extra)) walk(scope, extra, v, [...path, k], false, found, depth + 1)
        continue
      }
      // A union member's required single-value property is its tag: a closed literal.
      if (member && required.has(k) && singleTag(deref(scope, prop) ?? prop) !== undefined) continue
      walk(scope, prop, v, [...path, k], false, found, depth + 1)
    }
  }
}

/**
 * Walks an example along its schema and calls `visit` with every object schema node (each `allOf`
 * part on its own) and the value it describes.
 */
export const visitObjects = (scope: Lookup, node: unknown, value: unknown, visit: (node: Node, value: Record<string, unknown>) => void, depth = 0): void => {
  if (depth > 60) return
  const target = deref(scope, node)
  if (target === undefined) return
  if (Array.isArray(target["allOf"])) {
    for (const part of target["allOf"]) visitObjects(scope, part, value, visit, depth + 1)
    return
  }
  const alternatives = Array.isArray(target["oneOf"]) ? target["oneOf"] : Array.isArray(target["anyOf"]) ? target["anyOf"] : undefined
  if (alternatives !== undefined) {
    if (!isNode(value) && !Array.isArray(value)) return
    const discriminator = target["discriminator"]
    if (isNode(discriminator) && isNode(value) && isNode(discriminator["mapping"])) {
      const chosen = discriminator["mapping"][String(value[String(discriminator["propertyName"])])]
      if (typeof chosen === "string") return visitObjects(scope, { $ref: chosen }, value, visit, depth + 1)
    }
    const fits = alternatives.filter((a) => !(isNode(a) && a["type"] === "null")).find((a) => {
      if (!isNode(value)) return Array.isArray(value) && deref(scope, a)?.["type"] === "array"
      const props = propertiesOf(scope, a)
      if (props.size === 0) return false
      const tagOk = [...props].every(([k, v]) => {
        const tag = singleTag(deref(scope, v) ?? v)
        return tag === undefined || !(k in value) || value[k] === tag
      })
      return tagOk && Object.keys(value).every((k) => props.has(k))
    })
    if (fits !== undefined) visitObjects(scope, fits, value, visit, depth + 1)
    return
  }
  if (Array.isArray(value)) {
    for (const v of value) visitObjects(scope, target["items"], v, visit, depth + 1)
    return
  }
  if (!isNode(value)) return
  visit(target, value as Record<string, unknown>)
  const props = isNode(target["properties"]) ? target["properties"] : {}
  for (const [k, v] of Object.entries(value)) {
    const prop = props[k] ?? (isNode(target["additionalProperties"]) ? target["additionalProperties"] : undefined)
    if (prop !== undefined) visitObjects(scope, prop, v, visit, depth + 1)
  }
}

/** The required properties the spec's own examples leave out, per object schema node. */
export const absentInExamples = (scope: Lookup, pairs: ReadonlyArray<readonly [unknown, unknown]>): Map<Node, Set<string>> => {
  const out = new Map<Node, Set<string>>()
  for (const [node, value] of pairs) {
    visitObjects(scope, node, value, (object, v) => {
      const required = Array.isArray(object["required"]) ? object["required"].map(String) : []
      for (const r of required) {
        if (r in v) continue
        const set = out.get(object) ?? new Set()
        set.add(r)
        out.set(object, set)
      }
    })
  }
  return out
}
