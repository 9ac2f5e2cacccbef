/**
 * Rerank (`POST /rerank`): documents ordered by relevance to a query, with the scores, through
 * the client's pipeline (typed errors, retry, breaker, rate limit, bulkhead, spans) and metered:
 * `usage.cost` settles the budget and lands in the meter.
 *
 * ```ts
 * const ranked = yield* openrouter.rerank({
 *   model: "cohere/rerank-v3.5",
 *   query: "capital of France",
 *   documents: ["Berlin is in Germany.", "Paris is the capital of France."]
 * })
 * ranked.results[0]?.index // 1
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { openLiteral, optionalNullable, PassThrough, tolerant } from "./internal/schema.js"
import { type Amount, amountFromUsd } from "./Money.js"
import * as Operation from "./Operation.js"
import type { OpenRouterError } from "./OpenRouterError.js"

// =============================================================================
// Wire schemas
// =============================================================================

/**
 * A document to rank: text, or an object with `text` and/or `image` (URL).
 *
 * @since 0.1.0
 * @category schemas
 */
export const RerankDocument = Schema.Union(
  Schema.String,
  tolerant(
    Schema.Struct({ text: Schema.optional(Schema.String), image: Schema.optional(Schema.String) }),
    { identifier: "RerankDocumentObject" }
  )
)

/**
 * @since 0.1.0
 * @category models
 */
export type RerankDocument = typeof RerankDocument.Type

/**
 * `POST /rerank` body. Extra keys (provider options) pass through.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RerankRequest = Schema.Struct(
  {
    model: Schema.NonEmptyString,
    query: Schema.String,
    documents: Schema.Array(RerankDocument).pipe(Schema.minItems(1)),
    /** Keep the best `top_n` results. */
    top_n: Schema.optional(Schema.Int.pipe(Schema.positive())),
    /** Provider routing (`only`, `order`, `ignore`, `allow_fallbacks`, …), as for chat. */
    provider: Schema.optional(PassThrough)
  },
  PassThrough
)

/**
 * @since 0.1.0
 * @category models
 */
export type RerankRequest = typeof RerankRequest.Type

/**
 * One ranked document.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RerankResultWire = tolerant(
  Schema.Struct({
    index: Schema.Number,
    relevance_score: Schema.Number,
    document: optionalNullable(
      tolerant(Schema.Struct({ text: Schema.optional(Schema.String), image: Schema.optional(Schema.String) }))
    )
  }),
  { identifier: "RerankResult" }
)

/**
 * `usage` of a rerank.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RerankUsage = tolerant(
  Schema.Struct({
    cost: optionalNullable(Schema.Number),
    search_units: optionalNullable(Schema.Number),
    total_tokens: optionalNullable(Schema.Number)
  }),
  { identifier: "RerankUsage" }
)

/**
 * `POST /rerank` response.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RerankResponse = tolerant(
  Schema.Struct({
    id: Schema.optional(Schema.String),
    model: Schema.String,
    provider: optionalNullable(Schema.String),
    object: Schema.optional(openLiteral("list")),
    results: Schema.Array(RerankResultWire),
    usage: optionalNullable(RerankUsage)
  }),
  { identifier: "RerankResponse" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type RerankResponse = typeof RerankResponse.Type

/**
 * `POST /rerank`: metered, not idempotent.
 *
 * @since 0.1.0
 * @category operations
 */
export const createRerank: Operation.Operation<{ readonly body: RerankRequest }, RerankResponse> = Operation.make(
  {
    id: "createRerank",
    tag: "Rerank",
    method: "POST",
    path: "/rerank",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Submit a rerank request"
  },
  Schema.Struct({ body: RerankRequest }),
  RerankResponse
)

// =============================================================================
// Domain values
// =============================================================================

/**
 * One ranked document: its index in the request's `documents`, its score and the document.
 *
 * @since 0.1.0
 * @category models
 */
export interface Ranked {
  readonly index: number
  readonly score: number
  /** The document's text (as echoed, else as sent). */
  readonly text: string | undefined
  readonly image: string | undefined
}

/**
 * What `OpenRouter.rerank` returns: the documents best first.
 *
 * @since 0.1.0
 * @category models
 */
export interface RerankResult {
  readonly id: string | undefined
  readonly model: string
  readonly provider: string | undefined
  /** Best first. */
  readonly results: ReadonlyArray<Ranked>
  /** `usage.cost`, exact; `undefined` when not reported. */
  readonly cost: Amount | undefined
  readonly searchUnits: number | undefined
  readonly totalTokens: number | undefined
  readonly raw: RerankResponse
}

const textOf = (doc: RerankDocument | undefined): string | undefined =>
  doc === undefined ? undefined : typeof doc === "string" ? doc : doc.text

/**
 * The domain value of a rerank response (the request fills in documents not echoed).
 *
 * @since 0.1.0
 * @category constructors
 */
export const rerankResult = (response: RerankResponse, request?: RerankRequest): RerankResult => ({
  id: response.id,
  model: response.model,
  provider: response.provider ?? undefined,
  results: [...response.results]
    .sort((a, b) => b.relevance_score - a.relevance_score)
    .map((r) => {
      const sent = request?.documents[r.index]
      return {
        index: r.index,
        score: r.relevance_score,
        text: r.document?.text ?? textOf(sent),
        image: r.document?.image ?? (typeof sent === "object" ? sent.image : undefined)
      }
    }),
  cost: amountFromUsd(response.usage?.cost),
  searchUnits: response.usage?.search_units ?? undefined,
  totalTokens: response.usage?.total_tokens ?? undefined,
  raw: response
})

/**
 * Per-call options of the media APIs: extra request headers.
 *
 * @since 0.1.0
 * @category models
 */
export interface CallOptions {
  readonly headers?: Readonly<Record<string, string>> | undefined
}

/**
 * The generic call the hand-shaped APIs are built on (`OpenRouter.call`).
 *
 * @since 0.1.0
 * @category models
 */
export type Call = <In, Out>(
  operation: Operation.Operation<In, Out>,
  input: In,
  options?: CallOptions
) => Effect.Effect<Out, OpenRouterError>

/**
 * `rerank` over a generic call.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (call: Call) =>
(request: RerankRequest, options?: CallOptions): Effect.Effect<RerankResult, OpenRouterError> =>
  Effect.map(call(createRerank, { body: request }, options), (response) => rerankResult(response, request))
