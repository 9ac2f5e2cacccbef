/**
 * The `API Keys` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * The response body of `getCurrentKey`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetCurrentKeyResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    byok_usage: Schema.Number,
    byok_usage_daily: Schema.Number,
    byok_usage_monthly: Schema.Number,
    byok_usage_weekly: Schema.Number,
    creator_user_id: Schema.NullOr(Schema.String),
    expires_at: Schema.optional(Schema.NullOr(Schema.String)),
    include_byok_in_limit: Schema.Boolean,
    is_free_tier: Schema.Boolean,
    is_management_key: Schema.Boolean,
    is_provisioning_key: Schema.Boolean,
    label: Schema.String,
    limit: Schema.NullOr(Schema.Number),
    limit_remaining: Schema.NullOr(Schema.Number),
    limit_reset: Schema.NullOr(Schema.String),
    rate_limit: tolerant(Schema.Struct({
      interval: Schema.String,
      note: Schema.String,
      requests: Schema.Number
    })),
    usage: Schema.Number,
    usage_daily: Schema.Number,
    usage_monthly: Schema.Number,
    usage_weekly: Schema.Number
  }))
}))

/**
 * The type of {@link GetCurrentKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetCurrentKeyResponse = typeof GetCurrentKeyResponse.Type

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
 * @category schemas
 */
export const ListKeysResponse = tolerant(Schema.Struct({
  data: Schema.Array(tolerant(Schema.Struct({
    byok_usage: Schema.Number,
    byok_usage_daily: Schema.Number,
    byok_usage_monthly: Schema.Number,
    byok_usage_weekly: Schema.Number,
    created_at: Schema.String,
    creator_user_id: Schema.NullOr(Schema.String),
    disabled: Schema.Boolean,
    expires_at: Schema.optional(Schema.NullOr(Schema.String)),
    hash: Schema.String,
    include_byok_in_limit: Schema.Boolean,
    label: Schema.String,
    limit: Schema.NullOr(Schema.Number),
    limit_remaining: Schema.NullOr(Schema.Number),
    limit_reset: Schema.NullOr(Schema.String),
    name: Schema.String,
    updated_at: Schema.NullOr(Schema.String),
    usage: Schema.Number,
    usage_daily: Schema.Number,
    usage_monthly: Schema.Number,
    usage_weekly: Schema.Number,
    workspace_id: Schema.String
  })))
}))

/**
 * The type of {@link ListKeysResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListKeysResponse = typeof ListKeysResponse.Type

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
 * @category schemas
 */
export const CreateKeyRequest = tolerant(Schema.Struct({
  creator_user_id: Schema.optional(Schema.NullOr(Schema.String)),
  expires_at: Schema.optional(Schema.NullOr(Schema.String)),
  include_byok_in_limit: Schema.optional(Schema.Boolean),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  limit_reset: Schema.optional(Schema.NullOr(openLiteral("daily", "weekly", "monthly"))),
  name: Schema.String,
  workspace_id: Schema.optional(Schema.String)
}))

/**
 * The type of {@link CreateKeyRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateKeyRequest = typeof CreateKeyRequest.Type

/**
 * The response body of `createKey`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateKeyResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    byok_usage: Schema.Number,
    byok_usage_daily: Schema.Number,
    byok_usage_monthly: Schema.Number,
    byok_usage_weekly: Schema.Number,
    created_at: Schema.String,
    creator_user_id: Schema.NullOr(Schema.String),
    disabled: Schema.Boolean,
    expires_at: Schema.optional(Schema.NullOr(Schema.String)),
    hash: Schema.String,
    include_byok_in_limit: Schema.Boolean,
    label: Schema.String,
    limit: Schema.NullOr(Schema.Number),
    limit_remaining: Schema.NullOr(Schema.Number),
    limit_reset: Schema.NullOr(Schema.String),
    name: Schema.String,
    updated_at: Schema.NullOr(Schema.String),
    usage: Schema.Number,
    usage_daily: Schema.Number,
    usage_monthly: Schema.Number,
    usage_weekly: Schema.Number,
    workspace_id: Schema.String
  })),
  key: Schema.String
}))

/**
 * The type of {@link CreateKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateKeyResponse = typeof CreateKeyResponse.Type

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
 * @category schemas
 */
export const DeleteKeyResponse = tolerant(Schema.Struct({
  deleted: Schema.Boolean
}))

/**
 * The type of {@link DeleteKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteKeyResponse = typeof DeleteKeyResponse.Type

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
 * @category schemas
 */
export const GetKeyResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    byok_usage: Schema.Number,
    byok_usage_daily: Schema.Number,
    byok_usage_monthly: Schema.Number,
    byok_usage_weekly: Schema.Number,
    created_at: Schema.String,
    creator_user_id: Schema.NullOr(Schema.String),
    disabled: Schema.Boolean,
    expires_at: Schema.optional(Schema.NullOr(Schema.String)),
    hash: Schema.String,
    include_byok_in_limit: Schema.Boolean,
    label: Schema.String,
    limit: Schema.NullOr(Schema.Number),
    limit_remaining: Schema.NullOr(Schema.Number),
    limit_reset: Schema.NullOr(Schema.String),
    name: Schema.String,
    updated_at: Schema.NullOr(Schema.String),
    usage: Schema.Number,
    usage_daily: Schema.Number,
    usage_monthly: Schema.Number,
    usage_weekly: Schema.Number,
    workspace_id: Schema.String
  }))
}))

/**
 * The type of {@link GetKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetKeyResponse = typeof GetKeyResponse.Type

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
 * @category schemas
 */
export const UpdateKeyRequest = tolerant(Schema.Struct({
  disabled: Schema.optional(Schema.Boolean),
  include_byok_in_limit: Schema.optional(Schema.Boolean),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  limit_reset: Schema.optional(Schema.NullOr(openLiteral("daily", "weekly", "monthly"))),
  name: Schema.optional(Schema.String)
}))

/**
 * The type of {@link UpdateKeyRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateKeyRequest = typeof UpdateKeyRequest.Type

/**
 * The response body of `updateKey`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateKeyResponse = tolerant(Schema.Struct({
  data: tolerant(Schema.Struct({
    byok_usage: Schema.Number,
    byok_usage_daily: Schema.Number,
    byok_usage_monthly: Schema.Number,
    byok_usage_weekly: Schema.Number,
    created_at: Schema.String,
    creator_user_id: Schema.NullOr(Schema.String),
    disabled: Schema.Boolean,
    expires_at: Schema.optional(Schema.NullOr(Schema.String)),
    hash: Schema.String,
    include_byok_in_limit: Schema.Boolean,
    label: Schema.String,
    limit: Schema.NullOr(Schema.Number),
    limit_remaining: Schema.NullOr(Schema.Number),
    limit_reset: Schema.NullOr(Schema.String),
    name: Schema.String,
    updated_at: Schema.NullOr(Schema.String),
    usage: Schema.Number,
    usage_daily: Schema.Number,
    usage_monthly: Schema.Number,
    usage_weekly: Schema.Number,
    workspace_id: Schema.String
  }))
}))

/**
 * The type of {@link UpdateKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateKeyResponse = typeof UpdateKeyResponse.Type

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
