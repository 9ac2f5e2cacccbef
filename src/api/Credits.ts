/**
 * The `Credits` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"

/**
 * Total credits purchased and used
 *
 * @since 0.1.0
 * @category models
 */
export type GetCreditsResponse = {
  readonly data: {
    readonly total_credits: number
    readonly total_usage: number
  }
}

/**
 * The schema of {@link GetCreditsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetCreditsResponse: Schema.Schema<GetCreditsResponse> = S.Struct({
  data: S.Struct({
    total_credits: S.Number,
    total_usage: S.Number
  })
})

/**
 * Get remaining credits: `GET /credits`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getCredits = Operation.make(
  {
    id: "getCredits",
    tag: "Credits",
    method: "GET",
    path: "/credits",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get remaining credits"
  },
  Schema.Struct({}),
  GetCreditsResponse
)

/**
 * Deprecated Coinbase Commerce charge endpoint: `POST /credits/coinbase`.
 *
 * @since 0.1.0
 * @category operations
 */
export const createCoinbaseCharge = Operation.make(
  {
    id: "createCoinbaseCharge",
    tag: "Credits",
    method: "POST",
    path: "/credits/coinbase",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: false,
    summary: "Deprecated Coinbase Commerce charge endpoint"
  },
  Schema.Struct({}),
  Schema.Unknown
)
