/**
 * The `OAuth` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"

/**
 * The request body of `exchangeAuthCode`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeAuthCodeRequest = tolerant(Schema.Struct({
  code: Schema.String,
  code_challenge_method: Schema.optional(Schema.NullOr(openLiteral("S256", "plain"))),
  code_verifier: Schema.optional(Schema.String)
}))

/**
 * The type of {@link ExchangeAuthCodeRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type ExchangeAuthCodeRequest = typeof ExchangeAuthCodeRequest.Type

/**
 * The response body of `exchangeAuthCode`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeAuthCodeResponse = tolerant(Schema.Struct({
  key: Schema.String,
  user_id: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link ExchangeAuthCodeResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ExchangeAuthCodeResponse = typeof ExchangeAuthCodeResponse.Type

/**
 * Exchange authorization code for API key: `POST /auth/keys`.
 *
 * @since 0.1.0
 * @category operations
 */
export const exchangeAuthCode = Operation.make(
  {
    id: "exchangeAuthCodeForAPIKey",
    tag: "OAuth",
    method: "POST",
    path: "/auth/keys",
    body: "json",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: false,
    summary: "Exchange authorization code for API key"
  },
  Schema.Struct({
    body: ExchangeAuthCodeRequest
  }),
  ExchangeAuthCodeResponse
)

/**
 * The request body of `createAuthCode`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateAuthCodeRequest = tolerant(Schema.Struct({
  callback_url: Schema.String,
  code_challenge: Schema.optional(Schema.String),
  code_challenge_method: Schema.optional(openLiteral("S256", "plain")),
  expires_at: Schema.optional(Schema.NullOr(Schema.String)),
  key_label: Schema.optional(Schema.String),
  limit: Schema.optional(Schema.Number),
  spawn_agent: Schema.optional(Schema.String),
  spawn_cloud: Schema.optional(Schema.String),
  usage_limit_type: Schema.optional(openLiteral("daily", "weekly", "monthly")),
  workspace_id: Schema.optional(Schema.String)
}))

/**
 * The type of {@link CreateAuthCodeRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateAuthCodeRequest = typeof CreateAuthCodeRequest.Type

/**
 * The response body of `createAuthCode`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateAuthCodeResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    app_id: Schema.Number,
    created_at: Schema.String,
    id: Schema.String
  }))
}))

/**
 * The type of {@link CreateAuthCodeResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateAuthCodeResponse = typeof CreateAuthCodeResponse.Type

/**
 * Create authorization code: `POST /auth/keys/code`.
 *
 * @since 0.1.0
 * @category operations
 */
export const createAuthCode = Operation.make(
  {
    id: "createAuthKeysCode",
    tag: "OAuth",
    method: "POST",
    path: "/auth/keys/code",
    body: "json",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: false,
    summary: "Create authorization code"
  },
  Schema.Struct({
    body: CreateAuthCodeRequest
  }),
  CreateAuthCodeResponse
)
