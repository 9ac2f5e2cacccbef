// Preload (`node --import ./bench/no-keep-names.mjs`, or `npx tsx --import ./bench/no-keep-names.mjs …`):
// tsx compiles with esbuild's `keepNames`, which wraps every named function in
// `__name(fn, "fn")` = `Object.defineProperty(fn, "name", …)`. On a closure created per call that
// gives each instance its own property store (~256 B of heap, and a defineProperty call) that
// the published build (plain `tsc`) does not have. This makes those calls no-ops, so that the
// bench measures what the built package costs.
const defineProperty = Object.defineProperty
Object.defineProperty = function(target, key, descriptor) {
  if (typeof target === "function" && key === "name" && descriptor !== undefined && descriptor.configurable === true &&
    "value" in descriptor && typeof descriptor.value === "string" && Object.keys(descriptor).length === 2) {
    return target
  }
  return defineProperty(target, key, descriptor)
}
