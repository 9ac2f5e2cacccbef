/**
 * The embeddings wire: `POST /embeddings` through the same `run` as chat (no fallback: the
 * candidate lists name chat models), settled against the budget, recorded by `finish`.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import { EmbeddingsRequest, EmbeddingsResponse } from "../Embeddings.js"
import { extend } from "../internal/extend.js"
import { type OpenRouterError, withAttempts } from "../OpenRouterError.js"
import * as Telemetry from "../Telemetry.js"
import { withDeadline } from "./timeouts.js"
import type { CallContext, Env } from "./types.js"

import { embeddingsContext } from "./context.js"
import { finishEmbeddings } from "./finish.js"

const sendEmbeddings = (env: Env, ctx: CallContext) => (model: string) =>
  Effect.map(
    env.transport.json(
      {
        method: "POST",
        path: "/embeddings",
        body: extend(ctx.body, { model }),
        model,
        headersTimeout: ctx.timeouts.headers,
        idleTimeout: ctx.timeouts.idle
      },
      EmbeddingsResponse
    ),
    (r) => r.value
  )

/**
 * `POST /embeddings` through the same pipeline as chat: budget check, retry, breaker, rate
 * limit, bulkhead, budget reservation (settled with `usage.cost`), attempt and request spans,
 * the deadline, the attempts log on the error, and the meter.
 */
export const embeddings = (env: Env, request: EmbeddingsRequest): Effect.Effect<EmbeddingsResponse, OpenRouterError> =>
  Effect.flatMap(embeddingsContext(env, request), (ctx) =>
    Effect.scoped(
      Effect.gen(function*() {
        const { reservation, value } = yield* env.run(ctx, sendEmbeddings(env, ctx))
        if (reservation !== undefined) {
          yield* reservation.settleUsd(typeof value.usage?.cost === "number" ? value.usage.cost : undefined)
        }
        return value
      })
    ).pipe(
      withDeadline(ctx),
      Effect.mapError((e) => withAttempts(e, ctx.attempts)),
      Effect.onExit((exit) => finishEmbeddings(env, ctx, exit)),
      Telemetry.requestSpan({ operation: "embeddings", model: ctx.requestedModel, stream: false })
    ))
