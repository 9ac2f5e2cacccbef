/**
 * The `API Keys` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * The response body of `getCurrentKey`.
 *
 * @since 0.1.0
 * @category models
 */
export type GetCurrentKeyResponse = {
  readonly data: {
    readonly byok_usage: number
    readonly byok_usage_daily: number
    readonly byok_usage_monthly: number
    readonly byok_usage_weekly: number
    readonly creator_user_id?: string | null | undefined
    readonly expires_at?: string | null | undefined
    readonly include_byok_in_limit: boolean
    readonly is_free_tier: boolean
    readonly is_management_key: boolean
    readonly is_provisioning_key: boolean
    readonly label: string
    readonly limit?: number | null | undefined
    readonly limit_remaining?: number | null | undefined
    readonly limit_reset?: string | null | undefined
    readonly rate_limit: {
      readonly interval: string
      readonly note: string
      readonly requests: number
    }
    readonly usage: number
    readonly usage_daily: number
    readonly usage_monthly: number
    readonly usage_weekly: number
  }
}

/**
 * The schema of {@link GetCurrentKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetCurrentKeyResponse: Schema.Schema<GetCurrentKeyResponse> = S.Struct({
  data: S.Struct({
    byok_usage: S.Number,
    byok_usage_daily: S.Number,
    byok_usage_monthly: S.Number,
    byok_usage_weekly: S.Number,
    creator_user_id: S.optional(S.NullOr(S.String)),
    expires_at: S.optional(S.NullOr(S.String)),
    include_byok_in_limit: S.Boolean,
    is_free_tier: S.Boolean,
    is_management_key: S.Boolean,
    is_provisioning_key: S.Boolean,
    label: S.String,
    limit: S.optional(S.NullOr(S.Number)),
    limit_remaining: S.optional(S.NullOr(S.Number)),
    limit_reset: S.optional(S.NullOr(S.String)),
    rate_limit: S.Struct({
      interval: S.String,
      note: S.String,
      requests: S.Number
    }),
    usage: S.Number,
    usage_daily: S.Number,
    usage_monthly: S.Number,
    usage_weekly: S.Number
  })
})

/**
 * Get current API key: `GET /key`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getCurrentKey = Operation.make(
  {
    id: "getCurrentKey",
    tag: "API Keys",
    method: "GET",
    path: "/key",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Get current API key"
  },
  Schema.Struct({}),
  GetCurrentKeyResponse
)

/**
 * The response body of `listKeys`.
 *
 * @since 0.1.0
 * @category models
 */
export type ListKeysResponse = {
  readonly data: ReadonlyArray<{
    readonly byok_usage: number
    readonly byok_usage_daily: number
    readonly byok_usage_monthly: number
    readonly byok_usage_weekly: number
    readonly created_at: string
    readonly creator_user_id?: string | null | undefined
    readonly disabled: boolean
    readonly expires_at?: string | null | undefined
    readonly hash: string
    readonly include_byok_in_limit: boolean
    readonly label: string
    readonly limit?: number | null | undefined
    readonly limit_remaining?: number | null | undefined
    readonly limit_reset?: string | null | undefined
    readonly name: string
    readonly updated_at?: string | null | undefined
    readonly usage: number
    readonly usage_daily: number
    readonly usage_monthly: number
    readonly usage_weekly: number
    readonly workspace_id: string
  }>
}

/**
 * The schema of {@link ListKeysResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListKeysResponse: Schema.Schema<ListKeysResponse> = S.Struct({
  data: S.Array(S.Struct({
    byok_usage: S.Number,
    byok_usage_daily: S.Number,
    byok_usage_monthly: S.Number,
    byok_usage_weekly: S.Number,
    created_at: S.String,
    creator_user_id: S.optional(S.NullOr(S.String)),
    disabled: S.Boolean,
    expires_at: S.optional(S.NullOr(S.String)),
    hash: S.String,
    include_byok_in_limit: S.Boolean,
    label: S.String,
    limit: S.optional(S.NullOr(S.Number)),
    limit_remaining: S.optional(S.NullOr(S.Number)),
    limit_reset: S.optional(S.NullOr(S.String)),
    name: S.String,
    updated_at: S.optional(S.NullOr(S.String)),
    usage: S.Number,
    usage_daily: S.Number,
    usage_monthly: S.Number,
    usage_weekly: S.Number,
    workspace_id: S.String
  }))
})

/**
 * List API keys: `GET /keys`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listKeys = Operation.make(
  {
    id: "list",
    tag: "API Keys",
    method: "GET",
    path: "/keys",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List API keys"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      include_disabled: Schema.optional(Schema.String),
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      workspace_id: Schema.optional(Schema.String)
    }))
  }),
  ListKeysResponse
)

/**
 * The request body of `createKey`.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateKeyRequest = {
  readonly creator_user_id?: string | null | undefined
  readonly expires_at?: string | null | undefined
  readonly include_byok_in_limit?: boolean | undefined
  readonly limit?: number | null | undefined
  readonly limit_reset?: "daily" | "weekly" | "monthly" | (string & {}) | null | undefined
  readonly name: string
  readonly workspace_id?: string | undefined
}

/**
 * The schema of {@link CreateKeyRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateKeyRequest: Schema.Schema<CreateKeyRequest> = S.Struct({
  creator_user_id: S.optional(S.NullOr(S.String)),
  expires_at: S.optional(S.NullOr(S.String)),
  include_byok_in_limit: S.optional(S.Boolean),
  limit: S.optional(S.NullOr(S.Number)),
  limit_reset: S.optional(S.NullOr(S.openLiteral("daily", "weekly", "monthly"))),
  name: S.String,
  workspace_id: S.optional(S.String)
})

/**
 * The response body of `createKey`.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateKeyResponse = {
  readonly data: {
    readonly byok_usage: number
    readonly byok_usage_daily: number
    readonly byok_usage_monthly: number
    readonly byok_usage_weekly: number
    readonly created_at: string
    readonly creator_user_id?: string | null | undefined
    readonly disabled: boolean
    readonly expires_at?: string | null | undefined
    readonly hash: string
    readonly include_byok_in_limit: boolean
    readonly label: string
    readonly limit?: number | null | undefined
    readonly limit_remaining?: number | null | undefined
    readonly limit_reset?: string | null | undefined
    readonly name: string
    readonly updated_at?: string | null | undefined
    readonly usage: number
    readonly usage_daily: number
    readonly usage_monthly: number
    readonly usage_weekly: number
    readonly workspace_id: string
  }
  readonly key: string
}

/**
 * The schema of {@link CreateKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateKeyResponse: Schema.Schema<CreateKeyResponse> = S.Struct({
  data: S.Struct({
    byok_usage: S.Number,
    byok_usage_daily: S.Number,
    byok_usage_monthly: S.Number,
    byok_usage_weekly: S.Number,
    created_at: S.String,
    creator_user_id: S.optional(S.NullOr(S.String)),
    disabled: S.Boolean,
    expires_at: S.optional(S.NullOr(S.String)),
    hash: S.String,
    include_byok_in_limit: S.Boolean,
    label: S.String,
    limit: S.optional(S.NullOr(S.Number)),
    limit_remaining: S.optional(S.NullOr(S.Number)),
    limit_reset: S.optional(S.NullOr(S.String)),
    name: S.String,
    updated_at: S.optional(S.NullOr(S.String)),
    usage: S.Number,
    usage_daily: S.Number,
    usage_monthly: S.Number,
    usage_weekly: S.Number,
    workspace_id: S.String
  }),
  key: S.String
})

/**
 * Create a new API key: `POST /keys`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const createKey = Operation.make(
  {
    id: "createKeys",
    tag: "API Keys",
    method: "POST",
    path: "/keys",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Create a new API key"
  },
  Schema.Struct({
    body: CreateKeyRequest
  }),
  CreateKeyResponse
)

/**
 * The response body of `deleteKey`.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteKeyResponse = {
  readonly deleted: boolean
}

/**
 * The schema of {@link DeleteKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteKeyResponse: Schema.Schema<DeleteKeyResponse> = S.Struct({
  deleted: S.Boolean
})

/**
 * Delete an API key: `DELETE /keys/{hash}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const deleteKey = Operation.make(
  {
    id: "deleteKeys",
    tag: "API Keys",
    method: "DELETE",
    path: "/keys/{hash}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Delete an API key"
  },
  Schema.Struct({
    path: Schema.Struct({
      hash: Schema.String
    })
  }),
  DeleteKeyResponse
)

/**
 * The response body of `getKey`.
 *
 * @since 0.1.0
 * @category models
 */
export type GetKeyResponse = {
  readonly data: {
    readonly byok_usage: number
    readonly byok_usage_daily: number
    readonly byok_usage_monthly: number
    readonly byok_usage_weekly: number
    readonly created_at: string
    readonly creator_user_id?: string | null | undefined
    readonly disabled: boolean
    readonly expires_at?: string | null | undefined
    readonly hash: string
    readonly include_byok_in_limit: boolean
    readonly label: string
    readonly limit?: number | null | undefined
    readonly limit_remaining?: number | null | undefined
    readonly limit_reset?: string | null | undefined
    readonly name: string
    readonly updated_at?: string | null | undefined
    readonly usage: number
    readonly usage_daily: number
    readonly usage_monthly: number
    readonly usage_weekly: number
    readonly workspace_id: string
  }
}

/**
 * The schema of {@link GetKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetKeyResponse: Schema.Schema<GetKeyResponse> = S.Struct({
  data: S.Struct({
    byok_usage: S.Number,
    byok_usage_daily: S.Number,
    byok_usage_monthly: S.Number,
    byok_usage_weekly: S.Number,
    created_at: S.String,
    creator_user_id: S.optional(S.NullOr(S.String)),
    disabled: S.Boolean,
    expires_at: S.optional(S.NullOr(S.String)),
    hash: S.String,
    include_byok_in_limit: S.Boolean,
    label: S.String,
    limit: S.optional(S.NullOr(S.Number)),
    limit_remaining: S.optional(S.NullOr(S.Number)),
    limit_reset: S.optional(S.NullOr(S.String)),
    name: S.String,
    updated_at: S.optional(S.NullOr(S.String)),
    usage: S.Number,
    usage_daily: S.Number,
    usage_monthly: S.Number,
    usage_weekly: S.Number,
    workspace_id: S.String
  })
})

/**
 * Get a single API key: `GET /keys/{hash}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getKey = Operation.make(
  {
    id: "getKey",
    tag: "API Keys",
    method: "GET",
    path: "/keys/{hash}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get a single API key"
  },
  Schema.Struct({
    path: Schema.Struct({
      hash: Schema.String
    })
  }),
  GetKeyResponse
)

/**
 * The request body of `updateKey`.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateKeyRequest = {
  readonly disabled?: boolean | undefined
  readonly include_byok_in_limit?: boolean | undefined
  readonly limit?: number | null | undefined
  readonly limit_reset?: "daily" | "weekly" | "monthly" | (string & {}) | null | undefined
  readonly name?: string | undefined
}

/**
 * The schema of {@link UpdateKeyRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateKeyRequest: Schema.Schema<UpdateKeyRequest> = S.Struct({
  disabled: S.optional(S.Boolean),
  include_byok_in_limit: S.optional(S.Boolean),
  limit: S.optional(S.NullOr(S.Number)),
  limit_reset: S.optional(S.NullOr(S.openLiteral("daily", "weekly", "monthly"))),
  name: S.optional(S.String)
})

/**
 * The response body of `updateKey`.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateKeyResponse = {
  readonly data: {
    readonly byok_usage: number
    readonly byok_usage_daily: number
    readonly byok_usage_monthly: number
    readonly byok_usage_weekly: number
    readonly created_at: string
    readonly creator_user_id?: string | null | undefined
    readonly disabled: boolean
    readonly expires_at?: string | null | undefined
    readonly hash: string
    readonly include_byok_in_limit: boolean
    readonly label: string
    readonly limit?: number | null | undefined
    readonly limit_remaining?: number | null | undefined
    readonly limit_reset?: string | null | undefined
    readonly name: string
    readonly updated_at?: string | null | undefined
    readonly usage: number
    readonly usage_daily: number
    readonly usage_monthly: number
    readonly usage_weekly: number
    readonly workspace_id: string
  }
}

/**
 * The schema of {@link UpdateKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateKeyResponse: Schema.Schema<UpdateKeyResponse> = S.Struct({
  data: S.Struct({
    byok_usage: S.Number,
    byok_usage_daily: S.Number,
    byok_usage_monthly: S.Number,
    byok_usage_weekly: S.Number,
    created_at: S.String,
    creator_user_id: S.optional(S.NullOr(S.String)),
    disabled: S.Boolean,
    expires_at: S.optional(S.NullOr(S.String)),
    hash: S.String,
    include_byok_in_limit: S.Boolean,
    label: S.String,
    limit: S.optional(S.NullOr(S.Number)),
    limit_remaining: S.optional(S.NullOr(S.Number)),
    limit_reset: S.optional(S.NullOr(S.String)),
    name: S.String,
    updated_at: S.optional(S.NullOr(S.String)),
    usage: S.Number,
    usage_daily: S.Number,
    usage_monthly: S.Number,
    usage_weekly: S.Number,
    workspace_id: S.String
  })
})

/**
 * Update an API key: `PATCH /keys/{hash}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const updateKey = Operation.make(
  {
    id: "updateKeys",
    tag: "API Keys",
    method: "PATCH",
    path: "/keys/{hash}",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Update an API key"
  },
  Schema.Struct({
    path: Schema.Struct({
      hash: Schema.String
    }),
    body: UpdateKeyRequest
  }),
  UpdateKeyResponse
)
