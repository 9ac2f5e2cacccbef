/**
 * The registry's per-model endpoints (`GET /models/{author}/{slug}/endpoints`), cached like the
 * catalogue: per model id, one fetch shared by concurrent callers, kept for a TTL on the Effect
 * `Clock`, a stale list served while one refresh runs in the background, a failed fetch with no
 * list failing its callers (the next call tries again). And the routed estimate / pre-check of
 * a request whose `provider` routing picks among the endpoints.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import type { Model } from "../Model.js"
import * as ModelEndpoints from "../ModelEndpoints.js"
import { type ContextLengthError, InvalidRequestError, type OpenRouterError } from "../OpenRouterError.js"

type Fetch = (modelId: string) => Effect.Effect<ReadonlyArray<ModelEndpoints.Endpoint>, OpenRouterError>

interface Entry {
  readonly endpoints: ReadonlyArray<ModelEndpoints.Endpoint>
  readonly fetchedAt: number
}

type Action =
  | { readonly _tag: "Ready"; readonly entry: Entry }
  | { readonly _tag: "Wait"; readonly deferred: Deferred.Deferred<Entry, OpenRouterError> }
  | { readonly _tag: "Start"; readonly stale: Entry | undefined }

interface Slot {
  readonly entry: Entry | undefined
  readonly inflight: Deferred.Deferred<Entry, OpenRouterError> | undefined
}

/** A per-model cache over `fetch`; background refreshes run in the current scope. */
export const makeEndpointsCache = (
  fetch: Fetch,
  ttlMillis: number
): Effect.Effect<(modelId: string) => Effect.Effect<ReadonlyArray<ModelEndpoints.Endpoint>, OpenRouterError>, never, Scope.Scope> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const slots = yield* Ref.make<ReadonlyMap<string, Slot>>(new Map())
    const setSlot = (id: string, f: (slot: Slot) => Slot) =>
      Ref.update(slots, (m) => new Map(m).set(id, f(m.get(id) ?? { entry: undefined, inflight: undefined })))

    const start = (id: string, deferred: Deferred.Deferred<Entry, OpenRouterError>) =>
      fetch(id).pipe(
        Effect.flatMap((endpoints) => Effect.map(Clock.currentTimeMillis, (fetchedAt): Entry => ({ endpoints, fetchedAt }))),
        Effect.onExit((exit) =>
          setSlot(id, (s) => ({ entry: Exit.isSuccess(exit) ? exit.value : s.entry, inflight: undefined })).pipe(
            Effect.zipRight(Deferred.done(deferred, exit))
          )
        ),
        Effect.forkIn(scope),
        Effect.asVoid
      )

    return (id: string) =>
      Effect.uninterruptibleMask((restore) =>
        Effect.gen(function*() {
          const now = yield* Clock.currentTimeMillis
          const fresh = yield* Deferred.make<Entry, OpenRouterError>()
          const action = yield* Ref.modify(slots, (m): readonly [Action, ReadonlyMap<string, Slot>] => {
            const slot = m.get(id) ?? { entry: undefined, inflight: undefined }
            if (slot.entry !== undefined && (slot.inflight !== undefined || now - slot.entry.fetchedAt < ttlMillis)) {
              return [{ _tag: "Ready", entry: slot.entry }, m]
            }
            if (slot.inflight !== undefined) return [{ _tag: "Wait", deferred: slot.inflight }, m]
            const next = new Map(m).set(id, { ...slot, inflight: fresh })
            return [{ _tag: "Start", stale: slot.entry }, next]
          })
          switch (action._tag) {
            case "Ready":
              return action.entry.endpoints
            case "Wait":
              return (yield* restore(Deferred.await(action.deferred))).endpoints
            case "Start":
              yield* start(id, fresh)
              return action.stale !== undefined
                ? action.stale.endpoints
                : (yield* restore(Deferred.await(fresh))).endpoints
          }
        })
      )
  })

const routingOrUndefined = (request: unknown) => ModelEndpoints.routingOf(request)

/**
 * The model to price a routed request at: the chosen endpoint (a single allowed one, or the
 * first of `order` without fallbacks), else the most expensive allowed endpoint (whichever
 * OpenRouter picks, the estimate holds). `undefined`: no routing, or nothing allowed.
 */
export const routedForEstimate = (
  model: Model,
  endpoints: ReadonlyArray<ModelEndpoints.Endpoint>,
  request: unknown,
  picosOf: (model: Model) => bigint | undefined
): Model | undefined => {
  const routing = routingOrUndefined(request)
  if (routing === undefined) return undefined
  const chosen = ModelEndpoints.chosenEndpoint(endpoints, routing)
  if (chosen !== undefined) return ModelEndpoints.routedModel(model, chosen)
  let worst: { readonly model: Model; readonly picos: bigint | undefined } | undefined
  for (const endpoint of ModelEndpoints.allowedEndpoints(endpoints, routing)) {
    const routed = ModelEndpoints.routedModel(model, endpoint)
    const picos = picosOf(routed)
    if (picos === undefined) return routed
    if (worst === undefined || (worst.picos !== undefined && picos > worst.picos)) worst = { model: routed, picos }
  }
  return worst?.model
}

/**
 * The pre-send checks of a routed request against the endpoints its routing allows: refused when
 * no endpoint is allowed (`InvalidRequestError`, field `provider`), or when none passes `check`
 * (the failure of the endpoint with the largest context).
 */
export const checkRouted = <E>(
  model: Model,
  endpoints: ReadonlyArray<ModelEndpoints.Endpoint>,
  request: unknown,
  check: (model: Model) => Effect.Effect<void, E>
): Effect.Effect<void, E | InvalidRequestError | ContextLengthError> | undefined => {
  const routing = routingOrUndefined(request)
  if (routing === undefined || endpoints.length === 0) return undefined
  const allowed = ModelEndpoints.allowedEndpoints(endpoints, routing)
  if (allowed.length === 0) {
    return Effect.fail(
      new InvalidRequestError({
        message: `no endpoint of ${model.id} matches the request's provider routing (${
          endpoints.map((e) => e.tag).join(", ")
        } available)`,
        model: model.id,
        field: "provider"
      })
    )
  }
  // Largest context last, so the error reported is the one closest to fitting.
  const byContext = [...allowed].sort((a, b) => (a.contextLength ?? 0) - (b.contextLength ?? 0))
  return Effect.firstSuccessOf(byContext.map((e) => check(ModelEndpoints.routedModel(model, e))))
}
