/**
 * `OpenRouterEmbeddingModel`: an `@effect/ai` `EmbeddingModel` over this client's `embeddings`
 * (`POST /embeddings` through the pipeline: retry, breaker, rate limit, bulkhead, budget, meter,
 * telemetry). Re-exported by `effect-openrouter/ai`; shaped like the other `@effect/ai` providers'
 * embedding layers (`layerBatched`, `layerDataLoader`, `model(id, { mode })`, `withConfigOverride`).
 *
 * @since 0.1.0
 */
import * as AiError from "@effect/ai/AiError"
import * as EmbeddingModel from "@effect/ai/EmbeddingModel"
import * as AiModel from "@effect/ai/Model"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Encoding from "effect/Encoding"
import { dual } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type { EmbeddingsRequest, EmbeddingsResponse } from "../../Embeddings.js"
import * as OpenRouter from "../../OpenRouter.js"
import { toAiErrorOf } from "./errors.js"

const MODULE = "OpenRouterEmbeddingModel"

/**
 * The embeddings request fields a layer (or {@link withConfigOverride}) may set: everything but
 * `model` and `input` — `dimensions`, `encoding_format` (`base64` vectors are decoded as
 * little-endian float32), `input_type`, `user` and `provider` routing.
 *
 * @since 0.1.0
 * @category models
 */
export type Config = Partial<Omit<EmbeddingsRequest, "model" | "input">>

/**
 * Config of {@link layerBatched}: the request fields, the largest batch (default 2048 inputs) and
 * an optional request cache.
 *
 * @since 0.1.0
 * @category models
 */
export interface BatchedConfig extends Config {
  readonly maxBatchSize?: number | undefined
  readonly cache?: { readonly capacity: number; readonly timeToLive: Duration.DurationInput } | undefined
}

/**
 * Config of {@link layerDataLoader}: the request fields, the window during which `embed` calls
 * are gathered into one request, and the largest batch (default 2048 inputs).
 *
 * @since 0.1.0
 * @category models
 */
export interface DataLoaderConfig extends Config {
  readonly window: Duration.DurationInput
  readonly maxBatchSize?: number | undefined
}

/**
 * Per-call request fields (see {@link withConfigOverride}).
 *
 * @since 0.1.0
 * @category context
 */
export class ConfigOverride
  extends Context.Tag("effect-openrouter/ai/OpenRouterEmbeddingModel/ConfigOverride")<ConfigOverride, Config>()
{}

/**
 * Overrides the layer's request fields for the wrapped effect (fields merge).
 *
 * @since 0.1.0
 * @category configuration
 */
export const withConfigOverride: {
  (overrides: Config): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, Exclude<R, ConfigOverride>>
  <A, E, R>(self: Effect.Effect<A, E, R>, overrides: Config): Effect.Effect<A, E, Exclude<R, ConfigOverride>>
} = dual(2, <A, E, R>(self: Effect.Effect<A, E, R>, overrides: Config) =>
  Effect.flatMap(Effect.serviceOption(ConfigOverride), (outer) =>
    Effect.provideService(
      self,
      ConfigOverride,
      Option.match(outer, { onNone: () => overrides, onSome: (o) => ({ ...o, ...overrides }) })
    )))

/** A base64 vector (little-endian float32, as `encoding_format: "base64"` sends it) as numbers. */
const decodeVector = (encoded: string): Either.Either<Array<number>, string> =>
  Either.flatMap(
    Either.mapLeft(Encoding.decodeBase64(encoded), (e) => e.message ?? "not base64"),
    (bytes) => {
      if (bytes.byteLength % 4 !== 0) return Either.left(`base64 vector of ${bytes.byteLength} bytes is not float32`)
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      const out = new Array<number>(bytes.byteLength / 4)
      for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true)
      return Either.right(out)
    }
  )

/** The response's vectors as `@effect/ai` results, one per input (checked). @internal */
export const toResults = (
  response: EmbeddingsResponse,
  inputs: number
): Effect.Effect<Array<EmbeddingModel.Result>, AiError.AiError> => {
  const malformed = (description: string) => new AiError.MalformedOutput({ module: MODULE, method: "embedMany", description })
  if (response.data.length !== inputs) {
    return Effect.fail(malformed(`${inputs} inputs but ${response.data.length} embeddings in the response`))
  }
  const results: Array<EmbeddingModel.Result> = []
  for (let i = 0; i < response.data.length; i++) {
    const item = response.data[i]
    if (item === undefined) continue
    const index = typeof item.index === "number" ? item.index : i
    if (index < 0 || index >= inputs) return Effect.fail(malformed(`embedding index ${index} out of range`))
    if (typeof item.embedding === "string") {
      const vector = decodeVector(item.embedding)
      if (Either.isLeft(vector)) return Effect.fail(malformed(vector.left))
      results.push({ index, embeddings: vector.right })
    } else {
      results.push({ index, embeddings: [...item.embedding] })
    }
  }
  return Effect.succeed(results)
}

/** The `embedMany` of both constructors: one `POST /embeddings` per batch. */
const embedManyWith = (client: OpenRouter.Service, model: string, config: Config) =>
(input: ReadonlyArray<string>): Effect.Effect<Array<EmbeddingModel.Result>, AiError.AiError> =>
  Effect.flatMap(Effect.serviceOption(ConfigOverride), (over) => {
    const fields = Option.match(over, { onNone: () => config, onSome: (o) => ({ ...config, ...o }) })
    return client.embeddings({ ...fields, model, input: [...input] }).pipe(
      Effect.mapError(toAiErrorOf(MODULE, "embedMany")),
      Effect.flatMap((response) => toResults(response, input.length))
    )
  })

/**
 * An `EmbeddingModel` that batches the `embed` calls of one `Effect.forEach({ batching: true })`
 * (and `embedMany`) into requests of at most `maxBatchSize` inputs.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeBatched = (options: {
  readonly model: string
  readonly config?: BatchedConfig | undefined
}): Effect.Effect<EmbeddingModel.Service, never, OpenRouter.OpenRouter> =>
  Effect.gen(function*() {
    const client = yield* OpenRouter.OpenRouter
    const { cache, maxBatchSize = 2048, ...config } = options.config ?? {}
    return yield* EmbeddingModel.make({
      embedMany: embedManyWith(client, options.model, config),
      maxBatchSize,
      ...(cache !== undefined ? { cache } : {})
    })
  })

/**
 * An `EmbeddingModel` that gathers every `embed` call made during `window` into one request (at
 * most `maxBatchSize` inputs). Needs a scope (the loader's fiber).
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeDataLoader = (options: {
  readonly model: string
  readonly config: DataLoaderConfig
}) =>
  Effect.gen(function*() {
    const client = yield* OpenRouter.OpenRouter
    const { maxBatchSize = 2048, window, ...config } = options.config
    return yield* EmbeddingModel.makeDataLoader({
      embedMany: embedManyWith(client, options.model, config),
      window,
      maxBatchSize
    })
  })

/**
 * The batched `EmbeddingModel` layer for a model, needing the `OpenRouter` service (with
 * whichever policies its layer carries).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerBatched = (options: {
  readonly model: string
  readonly config?: BatchedConfig | undefined
}): Layer.Layer<EmbeddingModel.EmbeddingModel, never, OpenRouter.OpenRouter> =>
  Layer.effect(EmbeddingModel.EmbeddingModel, makeBatched(options))

/**
 * The data-loader `EmbeddingModel` layer for a model (calls within `window` share a request).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerDataLoader = (options: {
  readonly model: string
  readonly config: DataLoaderConfig
}): Layer.Layer<EmbeddingModel.EmbeddingModel, never, OpenRouter.OpenRouter> =>
  Layer.scoped(EmbeddingModel.EmbeddingModel, makeDataLoader(options))

/**
 * The model as an `@effect/ai` `Model` (provider name `openrouter`), batched or data-loader.
 *
 * @since 0.1.0
 * @category constructors
 */
export const model = (
  modelId: string,
  options:
    | ({ readonly mode: "batched" } & BatchedConfig)
    | ({ readonly mode: "data-loader" } & DataLoaderConfig)
): AiModel.Model<"openrouter", EmbeddingModel.EmbeddingModel, OpenRouter.OpenRouter> => {
  if (options.mode === "batched") {
    const { mode: _, ...config } = options
    return AiModel.make("openrouter", layerBatched({ model: modelId, config }))
  }
  const { mode: _, ...config } = options
  return AiModel.make("openrouter", layerDataLoader({ model: modelId, config }))
}
