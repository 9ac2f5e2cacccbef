import { addEqualityTesters, it } from "@effect/vitest"

addEqualityTesters()

// @effect/vitest's `layer(...)` installs its testers on the shared `it` (it does
// `Object.assign(it, { effect, scoped, prop, flakyTest, layer })` with testers bound to that
// layer's runtime). With `isolate: false` one @effect/vitest module serves every test file of a
// worker, so after a file that uses `layer(...)` (MessagesWire, ResponsesWire, Browser) every
// later file's `it.effect` would run on that layer's (closed) runtime, without the TestClock.
// This setup file runs before each test file: it puts back the testers @effect/vitest defined.
const KEY = Symbol.for("effect-openrouter/test/originalTesters")
type Testers = Pick<typeof it, "effect" | "scoped" | "prop" | "flakyTest" | "layer">
const store = globalThis as { [KEY]?: Testers }
const original: Testers = store[KEY] ??= {
  effect: it.effect,
  scoped: it.scoped,
  prop: it.prop,
  flakyTest: it.flakyTest,
  layer: it.layer
}
Object.assign(it, original)
