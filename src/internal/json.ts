/**
 * Small JSON helpers shared by the Recorder and the Simulator.
 *
 * @internal
 */

/** A JSON object. @internal */
export type JsonRecord = Record<string, unknown>

/** Whether a value is a (non-array) object. @internal */
export const isRecord = (u: unknown): u is JsonRecord => typeof u === "object" && u !== null && !Array.isArray(u)

/** A copy with object keys sorted at every level. @internal */
export const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (!isRecord(value)) return value
  const out: JsonRecord = {}
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key])
  return out
}

/** JSON text with object keys sorted, so equal values always serialize to equal strings. @internal */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value)) ?? "undefined"
