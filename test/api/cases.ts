/**
 * The table the api tests walk: every operation of the spec with its generated data
 * (test/api/examples.generated.json, written by `npm run generate`).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import * as Api from "../../src/api.js"
import type * as Operation from "../../src/Operation.js"

export interface Case {
  readonly id: string
  readonly module: string
  readonly name: string
  readonly method: string
  readonly path: string
  readonly key: "inference" | "management"
  readonly response: "json" | "bytes"
  readonly responseExample: "spec" | "sample"
  readonly requestExample: "spec" | "sample" | "none"
  readonly binaryFields: ReadonlyArray<string>
  readonly input: { readonly path?: Record<string, unknown>; readonly query?: Record<string, unknown>; readonly body?: unknown }
  readonly responseBody: unknown
  readonly enumPath: { readonly path: ReadonlyArray<string | number>; readonly known: ReadonlyArray<string> } | null
}

export interface ComponentExample {
  readonly module: string
  readonly name: string
  readonly example: unknown
}

const data = JSON.parse(fs.readFileSync(path.join(__dirname, "examples.generated.json"), "utf8")) as {
  readonly operations: ReadonlyArray<Case>
  readonly components: ReadonlyArray<ComponentExample>
}

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

export const cases = data.operations
export const componentExamples = data.components

/** The generated operation of a case, looked up by id in `Api.operations`. */
export const operationOf = (c: Case): Operation.Operation<unknown, unknown> => {
  const found = Api.operations.find((op) => op.id === c.id)
  if (found === undefined) throw new Error(`no operation ${c.id}`)
  // An operation's input is checked by its schema at run time: the table passes plain JSON.
  return found as Operation.Operation<unknown, unknown>
}

/** The case's input, multipart file fields as Blobs. */
export const inputOf = (c: Case): unknown => {
  if (c.binaryFields.length === 0 || !isObject(c.input.body)) return c.input
  const body: Record<string, unknown> = { ...c.input.body }
  for (const field of c.binaryFields) body[field] = new Blob([String(body[field] ?? "file")], { type: "application/pdf" })
  return { ...c.input, body }
}

export const clone = <A>(value: A): A => structuredClone(value)

/** The path of the first object nested inside a value (through arrays), or undefined. */
export const nestedObjectPath = (value: unknown, at: Array<string | number> = []): Array<string | number> | undefined => {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = isObject(value[i]) ? [...at, i] : nestedObjectPath(value[i], [...at, i])
      if (found !== undefined) return found
    }
    return undefined
  }
  if (!isObject(value)) return undefined
  for (const [k, v] of Object.entries(value)) {
    if (isObject(v)) return [...at, k]
    const found = nestedObjectPath(v, [...at, k])
    if (found !== undefined) return found
  }
  return undefined
}

export const getAt = (value: unknown, at: ReadonlyArray<string | number>): unknown =>
  at.reduce<unknown>((v, k) => (Array.isArray(v) ? v[Number(k)] : isObject(v) ? v[String(k)] : undefined), value)

export const setAt = (value: unknown, at: ReadonlyArray<string | number>, next: unknown): void => {
  const parent = getAt(value, at.slice(0, -1))
  const last = at[at.length - 1]
  if (last === undefined) return
  if (Array.isArray(parent)) parent[Number(last)] = next
  else if (isObject(parent)) parent[String(last)] = next
}
