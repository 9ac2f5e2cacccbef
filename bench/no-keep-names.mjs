// Imported first by every bench entry (or preloaded: `npx tsx --import ./bench/no-keep-names.mjs …`):
// tsx compiles with esbuild's `keepNames`, which wraps every named function in
// `__name(fn, "fn")` = `Object.defineProperty(fn, "name", …)`. On a closure created per call that
// gives each instance its own property store (~256 B of heap, and a defineProperty call) that
// the published build (plain `tsc`) does not have. This makes those calls no-ops, so that the
// bench measures what the built package costs.
//
// Every bench entry imports it first (an import evaluates before the modules imported after it,
// and each transpiled module takes `Object.defineProperty` when it is evaluated).
// `BENCH_KEEP_NAMES=1` leaves tsx's behaviour as it is.
const defineProperty = Object.defineProperty
if (process.env.BENCH_KEEP_NAMES !== "1") {
  Object.defineProperty = function(target, key, descriptor) {
    // (esbuild's descriptor is exactly `{ value, configurable: true }`; checked without allocating.)
    if (typeof target === "function" && key === "name" && descriptor !== undefined && descriptor.configurable === true &&
      typeof descriptor.value === "string" && descriptor.writable === undefined && descriptor.enumerable === undefined &&
      descriptor.get === undefined && descriptor.set === undefined) {
      return target
    }
    return defineProperty(target, key, descriptor)
  }
}
