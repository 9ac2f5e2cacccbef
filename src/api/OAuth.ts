/**
 * The `OAuth` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * The request body of `exchangeAuthCode`.
 *
 * @since 0.1.0
 * @category models
 */
export type ExchangeAuthCodeRequest = {
  readonly code: string
  readonly code_challenge_method?: "S256" | "plain" | (string & {}) | null | undefined
  readonly code_verifier?: string | undefined
}

/**
 * The schema of {@link ExchangeAuthCodeRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeAuthCodeRequest: Schema.Schema<ExchangeAuthCodeRequest> = S.Struct({
  code: S.String,
  code_challenge_method: S.optional(S.NullOr(S.openLiteral("S256", "plain"))),
  code_verifier: S.optional(S.String)
})

/**
 * The response body of `exchangeAuthCode`.
 *
 * @since 0.1.0
 * @category models
 */
export type ExchangeAuthCodeResponse = {
  readonly key: string
  readonly user_id?: string | null | undefined
}

/**
 * The schema of {@link ExchangeAuthCodeResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExchangeAuthCodeResponse: Schema.Schema<ExchangeAuthCodeResponse> = S.Struct({
  key: S.String,
  user_id: S.optional(S.NullOr(S.String))
})

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
 * @category models
 */
export type CreateAuthCodeRequest = {
  readonly callback_url: string
  readonly code_challenge?: string | undefined
  readonly code_challenge_method?: "S256" | "plain" | (string & {}) | undefined
  readonly expires_at?: string | null | undefined
  readonly key_label?: string | undefined
  readonly limit?: number | undefined
  readonly spawn_agent?: string | undefined
  readonly spawn_cloud?: string | undefined
  readonly usage_limit_type?: "daily" | "weekly" | "monthly" | (string & {}) | undefined
  readonly workspace_id?: string | undefined
}

/**
 * The schema of {@link CreateAuthCodeRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateAuthCodeRequest: Schema.Schema<CreateAuthCodeRequest> = S.Struct({
  callback_url: S.String,
  code_challenge: S.optional(S.String),
  code_challenge_method: S.optional(S.openLiteral("S256", "plain")),
  expires_at: S.optional(S.NullOr(S.String)),
  key_label: S.optional(S.String),
  limit: S.optional(S.Number),
  spawn_agent: S.optional(S.String),
  spawn_cloud: S.optional(S.String),
  usage_limit_type: S.optional(S.openLiteral("daily", "weekly", "monthly")),
  workspace_id: S.optional(S.String)
})

/**
 * The response body of `createAuthCode`.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateAuthCodeResponse = {
  readonly data: {
    readonly app_id: number
    readonly created_at: string
    readonly id: string
  }
}

/**
 * The schema of {@link CreateAuthCodeResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateAuthCodeResponse: Schema.Schema<CreateAuthCodeResponse> = S.Struct({
  data: S.Struct({
    app_id: S.Number,
    created_at: S.String,
    id: S.String
  })
})

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
