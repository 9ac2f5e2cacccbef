/**
 * The `Rerank` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { ProviderPreferences } from "./common.js"

/**
 * Rerank request input
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateRerankRequest = tolerant(Schema.Struct({
  documents: Schema.Array(Schema.Union(
    Schema.String,
    tolerant(Schema.Struct({
    image: Schema.optional(Schema.String),
    text: Schema.optional(Schema.String)
  }))
  )),
  model: Schema.String,
  provider: Schema.optional(ProviderPreferences),
  query: Schema.String,
  top_n: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link CreateRerankRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateRerankRequest = typeof CreateRerankRequest.Type

/**
 * Rerank response containing ranked results
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateRerankResponse = tolerant(Schema.Struct({
  id: Schema.optional(Schema.String),
  model: Schema.String,
  provider: Schema.optional(Schema.String),
  results: Schema.Array(tolerant(Schema.Struct({
    document: tolerant(Schema.Struct({
      image: Schema.optional(Schema.String),
      text: Schema.optional(Schema.String)
    })),
    index: Schema.Number,
    relevance_score: Schema.Number
  }))),
  usage: Schema.optional(tolerant(Schema.Struct({
    cost: Schema.optional(Schema.Number),
    search_units: Schema.optional(Schema.Number),
    total_tokens: Schema.optional(Schema.Number)
  })))
}))

/**
 * The type of {@link CreateRerankResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateRerankResponse = typeof CreateRerankResponse.Type

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
