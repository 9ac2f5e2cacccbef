/**
 * The `Presets` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"
import { ChatRequest } from "./Chat.js"
import { MessagesRequest } from "./Messages.js"
import { ResponsesRequest } from "./Responses.js"

/**
 * The status of a preset.
 *
 * @since 0.1.0
 * @category models
 */
export type PresetStatus = "active" | "disabled" | "archived" | (string & {})

/**
 * The schema of {@link PresetStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PresetStatus: Schema.Schema<PresetStatus> = S.openLiteral("active", "disabled", "archived")

/**
 * A preset without version details.
 *
 * @since 0.1.0
 * @category models
 */
export type Preset = {
  readonly created_at: string
  readonly creator_user_id?: string | null | undefined
  readonly description?: string | null | undefined
  readonly designated_version_id?: string | null | undefined
  readonly id: string
  readonly name: string
  readonly slug: string
  readonly status: PresetStatus
  readonly status_updated_at?: string | null | undefined
  readonly updated_at: string
  readonly workspace_id?: string | null | undefined
}

/**
 * The schema of {@link Preset}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Preset: Schema.Schema<Preset> = S.Struct({
  created_at: S.String,
  creator_user_id: S.optional(S.NullOr(S.String)),
  description: S.optional(S.NullOr(S.String)),
  designated_version_id: S.optional(S.NullOr(S.String)),
  id: S.String,
  name: S.String,
  slug: S.String,
  status: PresetStatus,
  status_updated_at: S.optional(S.NullOr(S.String)),
  updated_at: S.String,
  workspace_id: S.optional(S.NullOr(S.String))
})

/**
 * A specific version of a preset, containing config and optional system prompt.
 *
 * @since 0.1.0
 * @category models
 */
export type PresetDesignatedVersion = {
  readonly config: { readonly [x: string]: unknown }
  readonly created_at: string
  readonly creator_id: string
  readonly id: string
  readonly preset_id: string
  readonly system_prompt?: string | null | undefined
  readonly updated_at: string
  readonly version: number
} | null

/**
 * The schema of {@link PresetDesignatedVersion}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PresetDesignatedVersion: Schema.Schema<PresetDesignatedVersion> = S.NullOr(S.Struct({
  config: S.JsonObject,
  created_at: S.String,
  creator_id: S.String,
  id: S.String,
  preset_id: S.String,
  system_prompt: S.optional(S.NullOr(S.String)),
  updated_at: S.String,
  version: S.Number
}))

/**
 * A preset with its currently designated version.
 *
 * @since 0.1.0
 * @category models
 */
export type PresetWithDesignatedVersion = {
  readonly created_at: string
  readonly creator_user_id?: string | null | undefined
  readonly description?: string | null | undefined
  readonly designated_version_id?: string | null | undefined
  readonly id: string
  readonly name: string
  readonly slug: string
  readonly status: PresetStatus
  readonly status_updated_at?: string | null | undefined
  readonly updated_at: string
  readonly workspace_id?: string | null | undefined
  readonly designated_version?: PresetDesignatedVersion | undefined
}

/**
 * The schema of {@link PresetWithDesignatedVersion}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PresetWithDesignatedVersion: Schema.Schema<PresetWithDesignatedVersion> = S.Struct({
  created_at: S.String,
  creator_user_id: S.optional(S.NullOr(S.String)),
  description: S.optional(S.NullOr(S.String)),
  designated_version_id: S.optional(S.NullOr(S.String)),
  id: S.String,
  name: S.String,
  slug: S.String,
  status: PresetStatus,
  status_updated_at: S.optional(S.NullOr(S.String)),
  updated_at: S.String,
  workspace_id: S.optional(S.NullOr(S.String)),
  designated_version: S.optional(PresetDesignatedVersion)
})

/**
 * Response containing the created preset with its designated version.
 *
 * @since 0.1.0
 * @category models
 */
export type CreatePresetFromInferenceResponse = {
  readonly data: PresetWithDesignatedVersion
}

/**
 * The schema of {@link CreatePresetFromInferenceResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreatePresetFromInferenceResponse: Schema.Schema<CreatePresetFromInferenceResponse> = S.Struct({
  data: PresetWithDesignatedVersion
})

/**
 * A preset with its currently designated version.
 *
 * @since 0.1.0
 * @category models
 */
export type GetPresetResponse = {
  readonly data: PresetWithDesignatedVersion
}

/**
 * The schema of {@link GetPresetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetPresetResponse: Schema.Schema<GetPresetResponse> = S.Struct({
  data: PresetWithDesignatedVersion
})

/**
 * A single version of a preset.
 *
 * @since 0.1.0
 * @category models
 */
export type GetPresetVersionResponse = {
  readonly data?: PresetDesignatedVersion | undefined
}

/**
 * The schema of {@link GetPresetVersionResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetPresetVersionResponse: Schema.Schema<GetPresetVersionResponse> = S.Struct({
  data: S.optional(PresetDesignatedVersion)
})

/**
 * A paginated list of preset versions.
 *
 * @since 0.1.0
 * @category models
 */
export type ListPresetVersionsResponse = {
  readonly data: ReadonlyArray<PresetDesignatedVersion>
  readonly total_count: number
}

/**
 * The schema of {@link ListPresetVersionsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListPresetVersionsResponse: Schema.Schema<ListPresetVersionsResponse> = S.Struct({
  data: S.Array(PresetDesignatedVersion),
  total_count: S.Number
})

/**
 * A paginated list of presets.
 *
 * @since 0.1.0
 * @category models
 */
export type ListPresetsResponse = {
  readonly data: ReadonlyArray<Preset>
  readonly total_count: number
}

/**
 * The schema of {@link ListPresetsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListPresetsResponse: Schema.Schema<ListPresetsResponse> = S.Struct({
  data: S.Array(Preset),
  total_count: S.Number
})

/**
 * List presets: `GET /presets`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listPresets = Operation.make(
  {
    id: "listPresets",
    tag: "Presets",
    method: "GET",
    path: "/presets",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List presets"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListPresetsResponse
)

/**
 * Get a preset: `GET /presets/{slug}`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getPreset = Operation.make(
  {
    id: "getPreset",
    tag: "Presets",
    method: "GET",
    path: "/presets/{slug}",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Get a preset"
  },
  Schema.Struct({
    path: Schema.Struct({
      slug: Schema.String
    })
  }),
  GetPresetResponse
)

/**
 * Create a preset from a chat-completions request body: `POST /presets/{slug}/chat/completions`.
 * Metered: budget, meter and ledger apply.
 *
 * @since 0.1.0
 * @category operations
 */
export const createPresetChatCompletion = Operation.make(
  {
    id: "createPresetsChatCompletions",
    tag: "Presets",
    method: "POST",
    path: "/presets/{slug}/chat/completions",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Create a preset from a chat-completions request body"
  },
  Schema.Struct({
    path: Schema.Struct({
      slug: Schema.String
    }),
    body: ChatRequest
  }),
  CreatePresetFromInferenceResponse
)

/**
 * Create a preset from a messages request body: `POST /presets/{slug}/messages`.
 * Metered: budget, meter and ledger apply.
 *
 * @since 0.1.0
 * @category operations
 */
export const createPresetMessage = Operation.make(
  {
    id: "createPresetsMessages",
    tag: "Presets",
    method: "POST",
    path: "/presets/{slug}/messages",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Create a preset from a messages request body"
  },
  Schema.Struct({
    path: Schema.Struct({
      slug: Schema.String
    }),
    body: MessagesRequest
  }),
  CreatePresetFromInferenceResponse
)

/**
 * Create a preset from a responses request body: `POST /presets/{slug}/responses`.
 * Metered: budget, meter and ledger apply.
 *
 * @since 0.1.0
 * @category operations
 */
export const createPresetResponse = Operation.make(
  {
    id: "createPresetsResponses",
    tag: "Presets",
    method: "POST",
    path: "/presets/{slug}/responses",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Create a preset from a responses request body"
  },
  Schema.Struct({
    path: Schema.Struct({
      slug: Schema.String
    }),
    body: ResponsesRequest
  }),
  CreatePresetFromInferenceResponse
)

/**
 * List versions of a preset: `GET /presets/{slug}/versions`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listPresetVersions = Operation.make(
  {
    id: "listPresetVersions",
    tag: "Presets",
    method: "GET",
    path: "/presets/{slug}/versions",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List versions of a preset"
  },
  Schema.Struct({
    path: Schema.Struct({
      slug: Schema.String
    }),
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListPresetVersionsResponse
)

/**
 * Get a specific version of a preset: `GET /presets/{slug}/versions/{version}`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getPresetVersion = Operation.make(
  {
    id: "getPresetVersion",
    tag: "Presets",
    method: "GET",
    path: "/presets/{slug}/versions/{version}",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Get a specific version of a preset"
  },
  Schema.Struct({
    path: Schema.Struct({
      slug: Schema.String,
      version: Schema.String
    })
  }),
  GetPresetVersionResponse
)
