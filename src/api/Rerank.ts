/**
 * The `Rerank` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"
import { ProviderPreferences } from "./common.js"

/**
 * Rerank request input
 *
 * @since 0.1.0
 * @category models
 */
export type CreateRerankRequest = {
  readonly documents: ReadonlyArray<string | {
      readonly image?: string | undefined
      readonly text?: string | undefined
    }>
  readonly model: string
  readonly provider?: ProviderPreferences | undefined
  readonly query: string
  readonly top_n?: number | undefined
}

/**
 * The schema of {@link CreateRerankRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateRerankRequest: Schema.Schema<CreateRerankRequest> = S.Struct({
  documents: S.Array(S.Union(
    S.String,
    S.Struct({
      image: S.optional(S.String),
      text: S.optional(S.String)
    })
  )),
  model: S.String,
  provider: S.optional(ProviderPreferences),
  query: S.String,
  top_n: S.optional(S.Number)
})

/**
 * Rerank response containing ranked results
 *
 * @since 0.1.0
 * @category models
 */
export type CreateRerankResponse = {
  readonly id?: string | undefined
  readonly model: string
  readonly provider?: string | undefined
  readonly results: ReadonlyArray<{
    readonly document: {
      readonly image?: string | undefined
      readonly text?: string | undefined
    }
    readonly index: number
    readonly relevance_score: number
  }>
  readonly usage?: {
    readonly cost?: number | undefined
    readonly search_units?: number | undefined
    readonly total_tokens?: number | undefined
  } | undefined
}

/**
 * The schema of {@link CreateRerankResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateRerankResponse: Schema.Schema<CreateRerankResponse> = S.Struct({
  id: S.optional(S.String),
  model: S.String,
  provider: S.optional(S.String),
  results: S.Array(S.Struct({
    document: S.Struct({
      image: S.optional(S.String),
      text: S.optional(S.String)
    }),
    index: S.Number,
    relevance_score: S.Number
  })),
  usage: S.optional(S.Struct({
    cost: S.optional(S.Number),
    search_units: S.optional(S.Number),
    total_tokens: S.optional(S.Number)
  }))
})

/**
 * Submit a rerank request: `POST /rerank`.
 * Metered: budget, meter and ledger apply.
 * The spec also offers a server-sent event stream.
 *
 * @since 0.1.0
 * @category operations
 */
export const createRerank = Operation.make(
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
  Schema.Struct({
    body: CreateRerankRequest
  }),
  CreateRerankResponse
)
