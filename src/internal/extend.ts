/**
 * `{ ...base, ...extra }` for objects made on every call (a request body with its model, a result
 * with its metadata, a streamed answer's fold as the JSON wire's shape).
 *
 * On Node 20 (V8 11.3) a literal that adds a property after a spread — `{ ...body, stream: false }`
 * — and a spread copy that gets new keys afterwards each take a slow path per added property:
 * ~0.5 µs for `{ ...body, model, stream }`, 1.7 µs for a copy of two headers given three more,
 * 2.2 µs for a chat result (`{ ...completion, meta, raw }`), where a key-by-key copy costs
 * 60–250 ns and a literal written out ~20 ns (`npx tsx bench/spread.ts`). A copy that only
 * overwrites keys it already has is not affected.
 *
 * Like a spread, it defines own properties: a `"__proto__"` key (a server may send one; the stream
 * fold keeps it as a field) stays a plain field of the copy, where `Object.assign` would set the
 * copy's prototype.
 *
 * @internal
 */
export const extend = <A extends object, B extends object>(base: A, extra: B): Omit<A, keyof B> & B => {
  const out: Record<string, unknown> = {}
  copyInto(out, base)
  copyInto(out, extra)
  return out as Omit<A, keyof B> & B
}

const copyInto = (out: Record<string, unknown>, from: object): void => {
  const record = from as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key === "__proto__") {
      Object.defineProperty(out, key, { value: record[key], enumerable: true, writable: true, configurable: true })
    } else {
      out[key] = record[key]
    }
  }
}
