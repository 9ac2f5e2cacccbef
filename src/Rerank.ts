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
import * as Api from "./api/Rerank.js"
import { type Amount, amountFromUsd } from "./Money.js"
import type * as Operation from "./Operation.js"
import { InvalidRequestError, type OpenRouterError } from "./OpenRouterError.js"

// =============================================================================
// Wire schemas and the operation (generated from the spec: `effect-openrouter/api`)
// =============================================================================

/**
 * `POST /rerank` body (the generated `Api.Rerank.CreateRerankRequest`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const RerankRequest = Api.CreateRerankRequest

/**
 * @since 0.1.0
 * @category models
 */
export type RerankRequest = Api.CreateRerankRequest

/**
 * A document to rank: text, or an object with `text` and/or `image` (URL).
 *
 * @since 0.1.0
 * @category models
 */
export type RerankDocument = RerankRequest["documents"][number]

/**
 * `POST /rerank` response (the generated `Api.Rerank.CreateRerankResponse`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const RerankResponse = Api.CreateRerankResponse

/**
 * @since 0.1.0
 * @category models
 */
export type RerankResponse = Api.CreateRerankResponse

/**
 * `POST /rerank`: metered, not idempotent (the generated operation).
 *
 * @since 0.1.0
 * @category operations
 */
export const createRerank: Operation.Operation<{ readonly body: RerankRequest }, RerankResponse> = Api.createRerank

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
        text: r.document.text ?? textOf(sent),
        image: r.document.image ?? (typeof sent === "object" ? sent.image : undefined)
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
  request.documents.length === 0
    ? Effect.fail(new InvalidRequestError({ message: "rerank: documents is empty", field: "body.documents" }))
    : Effect.map(call(createRerank, { body: request }, options), (response) => rerankResult(response, request))
