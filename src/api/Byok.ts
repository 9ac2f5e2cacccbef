/**
 * The `BYOK` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * The upstream provider this credential authenticates against, as a lowercase slug (e.g.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BYOKProviderSlug = openLiteral("ai21", "aion-labs", "akashml", "alibaba", "amazon-bedrock", "amazon-nova", "ambient", "anthropic", "arcee-ai", "atlas-cloud", "avian", "azure", "baidu", "baseten", "black-forest-labs", "byteplus", "cerebras", "chutes", "cirrascale", "clarifai", "cloudflare", "cohere", "coreweave", "crusoe", "darkbloom", "databricks", "decart", "deepgram", "deepinfra", "deepseek", "dekallm", "digitalocean", "featherless", "fireworks", "fish-audio", "friendli", "gmicloud", "google-ai-studio", "google-vertex", "groq", "heygen", "inception", "inceptron", "inferact-vllm", "inference-net", "infermatic", "inflection", "io-net", "ionstream", "krea", "liquid", "makora", "mancer", "mara", "meta", "minimax", "mistral", "modal", "modelrun", "modular", "moonshotai", "morph", "ncompass", "nebius", "nex-agi", "nextbit", "novita", "nvidia", "open-inference", "openai", "parasail", "perceptron", "perplexity", "phala", "poolside", "quiver", "recraft", "reka", "relace", "runway", "sail-research", "sakana", "sakana-ai", "sambanova", "seed", "siliconflow", "sourceful", "stepfun", "streamlake", "switchpoint", "tencent", "tenstorrent", "thinkingmachines", "together", "upstage", "venice", "wafer", "wandb", "wandb-legacy", "xai", "xiaomi", "z-ai")

/**
 * The type of {@link BYOKProviderSlug}.
 *
 * @since 0.1.0
 * @category models
 */
export type BYOKProviderSlug = typeof BYOKProviderSlug.Type

/**
 * `BYOKKey` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BYOKKey = tolerant(Schema.Struct({
  allowed_api_key_hashes: Schema.NullOr(Schema.Array(Schema.String)),
  allowed_models: Schema.NullOr(Schema.Array(Schema.String)),
  allowed_user_ids: Schema.NullOr(Schema.Array(Schema.String)),
  created_at: Schema.String,
  disabled: Schema.Boolean,
  id: Schema.String,
  is_fallback: Schema.Boolean,
  label: Schema.String,
  name: Schema.optional(Schema.NullOr(Schema.String)),
  provider: BYOKProviderSlug,
  sort_order: Schema.Number,
  workspace_id: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link BYOKKey}.
 *
 * @since 0.1.0
 * @category models
 */
export type BYOKKey = typeof BYOKKey.Type

/**
 * `CreateBYOKKeyRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateBYOKKeyRequest = tolerant(Schema.Struct({
  allowed_api_key_hashes: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowed_models: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowed_user_ids: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  disabled: Schema.optional(Schema.Boolean),
  is_fallback: Schema.optional(Schema.Boolean),
  key: Schema.String,
  name: Schema.optional(Schema.NullOr(Schema.String)),
  provider: BYOKProviderSlug,
  workspace_id: Schema.optional(Schema.String)
}))

/**
 * The type of {@link CreateBYOKKeyRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateBYOKKeyRequest = typeof CreateBYOKKeyRequest.Type

/**
 * `CreateBYOKKeyResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateBYOKKeyResponse = tolerant(Schema.Struct({
  data: BYOKKey
}))

/**
 * The type of {@link CreateBYOKKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateBYOKKeyResponse = typeof CreateBYOKKeyResponse.Type

/**
 * `DeleteBYOKKeyResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteBYOKKeyResponse = tolerant(Schema.Struct({
  deleted: Schema.Boolean
}))

/**
 * The type of {@link DeleteBYOKKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteBYOKKeyResponse = typeof DeleteBYOKKeyResponse.Type

/**
 * `GetBYOKKeyResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetBYOKKeyResponse = tolerant(Schema.Struct({
  data: BYOKKey
}))

/**
 * The type of {@link GetBYOKKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetBYOKKeyResponse = typeof GetBYOKKeyResponse.Type

/**
 * `ListBYOKKeysResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListBYOKKeysResponse = tolerant(Schema.Struct({
  data: Schema.Array(BYOKKey),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListBYOKKeysResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListBYOKKeysResponse = typeof ListBYOKKeysResponse.Type

/**
 * `UpdateBYOKKeyRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateBYOKKeyRequest = tolerant(Schema.Struct({
  allowed_api_key_hashes: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowed_models: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowed_user_ids: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  disabled: Schema.optional(Schema.Boolean),
  is_fallback: Schema.optional(Schema.Boolean),
  key: Schema.optional(Schema.String),
  name: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * The type of {@link UpdateBYOKKeyRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateBYOKKeyRequest = typeof UpdateBYOKKeyRequest.Type

/**
 * `UpdateBYOKKeyResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateBYOKKeyResponse = tolerant(Schema.Struct({
  data: BYOKKey
}))

/**
 * The type of {@link UpdateBYOKKeyResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateBYOKKeyResponse = typeof UpdateBYOKKeyResponse.Type

/**
 * List BYOK provider credentials: `GET /byok`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listByokKeys = Operation.make(
  {
    id: "listBYOKKeys",
    tag: "BYOK",
    method: "GET",
    path: "/byok",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List BYOK provider credentials"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number),
      workspace_id: Schema.optional(Schema.String),
      provider: Schema.optional(openLiteral("ai21", "aion-labs", "akashml", "alibaba", "amazon-bedrock", "amazon-nova", "ambient", "anthropic", "arcee-ai", "atlas-cloud", "avian", "azure", "baidu", "baseten", "black-forest-labs", "byteplus", "cerebras", "chutes", "cirrascale", "clarifai", "cloudflare", "cohere", "coreweave", "crusoe", "darkbloom", "databricks", "decart", "deepgram", "deepinfra", "deepseek", "dekallm", "digitalocean", "featherless", "fireworks", "fish-audio", "friendli", "gmicloud", "google-ai-studio", "google-vertex", "groq", "heygen", "inception", "inceptron", "inferact-vllm", "inference-net", "infermatic", "inflection", "io-net", "ionstream", "krea", "liquid", "makora", "mancer", "mara", "meta", "minimax", "mistral", "modal", "modelrun", "modular", "moonshotai", "morph", "ncompass", "nebius", "nex-agi", "nextbit", "novita", "nvidia", "open-inference", "openai", "parasail", "perceptron", "perplexity", "phala", "poolside", "quiver", "recraft", "reka", "relace", "runway", "sail-research", "sakana", "sakana-ai", "sambanova", "seed", "siliconflow", "sourceful", "stepfun", "streamlake", "switchpoint", "tencent", "tenstorrent", "thinkingmachines", "together", "upstage", "venice", "wafer", "wandb", "wandb-legacy", "xai", "xiaomi", "z-ai"))
    }))
  }),
  ListBYOKKeysResponse
)

/**
 * Create a BYOK provider credential: `POST /byok`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const createByokKey = Operation.make(
  {
    id: "createBYOKKey",
    tag: "BYOK",
    method: "POST",
    path: "/byok",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Create a BYOK provider credential"
  },
  Schema.Struct({
    body: CreateBYOKKeyRequest
  }),
  CreateBYOKKeyResponse
)

/**
 * Delete a BYOK provider credential: `DELETE /byok/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const deleteByokKey = Operation.make(
  {
    id: "deleteBYOKKey",
    tag: "BYOK",
    method: "DELETE",
    path: "/byok/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Delete a BYOK provider credential"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  DeleteBYOKKeyResponse
)

/**
 * Get a BYOK provider credential: `GET /byok/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getByokKey = Operation.make(
  {
    id: "getBYOKKey",
    tag: "BYOK",
    method: "GET",
    path: "/byok/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get a BYOK provider credential"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  GetBYOKKeyResponse
)

/**
 * Update a BYOK provider credential: `PATCH /byok/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const updateByokKey = Operation.make(
  {
    id: "updateBYOKKey",
    tag: "BYOK",
    method: "PATCH",
    path: "/byok/{id}",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Update a BYOK provider credential"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: UpdateBYOKKeyRequest
  }),
  UpdateBYOKKeyResponse
)
