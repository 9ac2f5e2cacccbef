/**
 * The `BYOK` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"

/**
 * The upstream provider this credential authenticates against, as a lowercase slug (e.g.
 *
 * @since 0.1.0
 * @category models
 */
export type BYOKProviderSlug = "ai21" | "aion-labs" | "akashml" | "alibaba" | "amazon-bedrock" | "amazon-nova" | "ambient" | "anthropic" | "arcee-ai" | "atlas-cloud" | "avian" | "azure" | "baidu" | "baseten" | "black-forest-labs" | "byteplus" | "cerebras" | "chutes" | "cirrascale" | "clarifai" | "cloudflare" | "cohere" | "coreweave" | "crusoe" | "darkbloom" | "databricks" | "decart" | "deepgram" | "deepinfra" | "deepseek" | "dekallm" | "digitalocean" | "featherless" | "fireworks" | "fish-audio" | "friendli" | "gmicloud" | "google-ai-studio" | "google-vertex" | "groq" | "heygen" | "inception" | "inceptron" | "inferact-vllm" | "inference-net" | "infermatic" | "inflection" | "io-net" | "ionstream" | "krea" | "liquid" | "makora" | "mancer" | "mara" | "meta" | "minimax" | "mistral" | "modal" | "modelrun" | "modular" | "moonshotai" | "morph" | "ncompass" | "nebius" | "nex-agi" | "nextbit" | "novita" | "nvidia" | "open-inference" | "openai" | "parasail" | "perceptron" | "perplexity" | "phala" | "poolside" | "quiver" | "recraft" | "reka" | "relace" | "runway" | "sail-research" | "sakana" | "sakana-ai" | "sambanova" | "seed" | "siliconflow" | "sourceful" | "stepfun" | "streamlake" | "switchpoint" | "tencent" | "tenstorrent" | "thinkingmachines" | "together" | "upstage" | "venice" | "wafer" | "wandb" | "wandb-legacy" | "xai" | "xiaomi" | "z-ai" | (string & {})

/**
 * The schema of {@link BYOKProviderSlug}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BYOKProviderSlug: Schema.Schema<BYOKProviderSlug> = S.openLiteral("ai21", "aion-labs", "akashml", "alibaba", "amazon-bedrock", "amazon-nova", "ambient", "anthropic", "arcee-ai", "atlas-cloud", "avian", "azure", "baidu", "baseten", "black-forest-labs", "byteplus", "cerebras", "chutes", "cirrascale", "clarifai", "cloudflare", "cohere", "coreweave", "crusoe", "darkbloom", "databricks", "decart", "deepgram", "deepinfra", "deepseek", "dekallm", "digitalocean", "featherless", "fireworks", "fish-audio", "friendli", "gmicloud", "google-ai-studio", "google-vertex", "groq", "heygen", "inception", "inceptron", "inferact-vllm", "inference-net", "infermatic", "inflection", "io-net", "ionstream", "krea", "liquid", "makora", "mancer", "mara", "meta", "minimax", "mistral", "modal", "modelrun", "modular", "moonshotai", "morph", "ncompass", "nebius", "nex-agi", "nextbit", "novita", "nvidia", "open-inference", "openai", "parasail", "perceptron", "perplexity", "phala", "poolside", "quiver", "recraft", "reka", "relace", "runway", "sail-research", "sakana", "sakana-ai", "sambanova", "seed", "siliconflow", "sourceful", "stepfun", "streamlake", "switchpoint", "tencent", "tenstorrent", "thinkingmachines", "together", "upstage", "venice", "wafer", "wandb", "wandb-legacy", "xai", "xiaomi", "z-ai")

/**
 * `BYOKKey` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BYOKKey = {
  readonly allowed_api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly allowed_models?: ReadonlyArray<string> | null | undefined
  readonly allowed_user_ids?: ReadonlyArray<string> | null | undefined
  readonly created_at: string
  readonly disabled: boolean
  readonly id: string
  readonly is_fallback: boolean
  readonly label: string
  readonly name?: string | null | undefined
  readonly provider: BYOKProviderSlug
  readonly sort_order: number
  readonly workspace_id?: string | null | undefined
}

/**
 * The schema of {@link BYOKKey}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BYOKKey: Schema.Schema<BYOKKey> = S.Struct({
  allowed_api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  allowed_models: S.optional(S.NullOr(S.Array(S.String))),
  allowed_user_ids: S.optional(S.NullOr(S.Array(S.String))),
  created_at: S.String,
  disabled: S.Boolean,
  id: S.String,
  is_fallback: S.Boolean,
  label: S.String,
  name: S.optional(S.NullOr(S.String)),
  provider: BYOKProviderSlug,
  sort_order: S.Number,
  workspace_id: S.optional(S.NullOr(S.String))
})

/**
 * `CreateBYOKKeyRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateBYOKKeyRequest = {
  readonly allowed_api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly allowed_models?: ReadonlyArray<string> | null | undefined
  readonly allowed_user_ids?: ReadonlyArray<string> | null | undefined
  readonly disabled?: boolean | undefined
  readonly is_fallback?: boolean | undefined
  readonly key: string
  readonly name?: string | null | undefined
  readonly provider: BYOKProviderSlug
  readonly workspace_id?: string | undefined
}

/**
 * The schema of {@link CreateBYOKKeyRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateBYOKKeyRequest: Schema.Schema<CreateBYOKKeyRequest> = S.Struct({
  allowed_api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  allowed_models: S.optional(S.NullOr(S.Array(S.String))),
  allowed_user_ids: S.optional(S.NullOr(S.Array(S.String))),
  disabled: S.optional(S.Boolean),
  is_fallback: S.optional(S.Boolean),
  key: S.String,
  name: S.optional(S.NullOr(S.String)),
  provider: BYOKProviderSlug,
  workspace_id: S.optional(S.String)
})

/**
 * `CreateBYOKKeyResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateBYOKKeyResponse = {
  readonly data: BYOKKey
}

/**
 * The schema of {@link CreateBYOKKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateBYOKKeyResponse: Schema.Schema<CreateBYOKKeyResponse> = S.Struct({
  data: BYOKKey
})

/**
 * `DeleteBYOKKeyResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteBYOKKeyResponse = {
  readonly deleted: boolean
}

/**
 * The schema of {@link DeleteBYOKKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteBYOKKeyResponse: Schema.Schema<DeleteBYOKKeyResponse> = S.Struct({
  deleted: S.Boolean
})

/**
 * `GetBYOKKeyResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type GetBYOKKeyResponse = {
  readonly data: BYOKKey
}

/**
 * The schema of {@link GetBYOKKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetBYOKKeyResponse: Schema.Schema<GetBYOKKeyResponse> = S.Struct({
  data: BYOKKey
})

/**
 * `ListBYOKKeysResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListBYOKKeysResponse = {
  readonly data: ReadonlyArray<BYOKKey>
  readonly total_count: number
}

/**
 * The schema of {@link ListBYOKKeysResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListBYOKKeysResponse: Schema.Schema<ListBYOKKeysResponse> = S.Struct({
  data: S.Array(BYOKKey),
  total_count: S.Number
})

/**
 * `UpdateBYOKKeyRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateBYOKKeyRequest = {
  readonly allowed_api_key_hashes?: ReadonlyArray<string> | null | undefined
  readonly allowed_models?: ReadonlyArray<string> | null | undefined
  readonly allowed_user_ids?: ReadonlyArray<string> | null | undefined
  readonly disabled?: boolean | undefined
  readonly is_fallback?: boolean | undefined
  readonly key?: string | undefined
  readonly name?: string | null | undefined
}

/**
 * The schema of {@link UpdateBYOKKeyRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateBYOKKeyRequest: Schema.Schema<UpdateBYOKKeyRequest> = S.Struct({
  allowed_api_key_hashes: S.optional(S.NullOr(S.Array(S.String))),
  allowed_models: S.optional(S.NullOr(S.Array(S.String))),
  allowed_user_ids: S.optional(S.NullOr(S.Array(S.String))),
  disabled: S.optional(S.Boolean),
  is_fallback: S.optional(S.Boolean),
  key: S.optional(S.String),
  name: S.optional(S.NullOr(S.String))
})

/**
 * `UpdateBYOKKeyResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateBYOKKeyResponse = {
  readonly data: BYOKKey
}

/**
 * The schema of {@link UpdateBYOKKeyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateBYOKKeyResponse: Schema.Schema<UpdateBYOKKeyResponse> = S.Struct({
  data: BYOKKey
})

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
