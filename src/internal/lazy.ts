/**
 * A module loaded on first use (a dynamic `import()`, cached): the core entry stays light for
 * programs that never call the APIs behind it (bundlers split it into its own chunk).
 *
 * @internal
 */
import * as Effect from "effect/Effect"

export const lazyModule = <M>(load: () => Promise<M>): Effect.Effect<M> => {
  let loaded: M | undefined
  let loading: Promise<M> | undefined
  return Effect.suspend(() => {
    if (loaded !== undefined) return Effect.succeed(loaded)
    loading ??= load().then((m) => (loaded = m))
    const pending = loading
    return Effect.promise(() => pending)
  })
}
