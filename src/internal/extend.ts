/**
 * `{ ...base, ...extra }` for objects made on every call (a request body with its model, a result
 * with its metadata).
 *
 * On Node 20 (V8 11.3) a literal that adds a property after a spread — `{ ...body, stream: false }`
 * — and a spread copy that gets new keys afterwards each take a slow path per added property:
 * ~0.5 µs for `{ ...body, model, stream }`, 1.7 µs for a copy of two headers given three more,
 * 2.2 µs for a chat result (`{ ...completion, meta, raw }`), where `Object.assign` onto a fresh
 * literal costs 90–240 ns and a literal written out ~20 ns (`npx tsx bench/spread.ts`). A copy that
 * only overwrites keys it already has is not affected.
 *
 * @internal
 */
export const extend = <A extends object, B extends object>(base: A, extra: B): Omit<A, keyof B> & B =>
  Object.assign({}, base, extra)
