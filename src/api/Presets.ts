/**
 * The `Presets` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { JsonObject, openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { ChatRequest } from "./Chat.js"
import { MessagesRequest } from "./Messages.js"
import { ResponsesRequest } from "./Responses.js"

/**
 * The status of a preset.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PresetStatus = openLiteral("active", "disabled", "archived")

/**
 * The type of {@link PresetStatus}.
 *
 * @since 0.1.0
 * @category models
 */
export type PresetStatus = typeof PresetStatus.Type

/**
 * A preset without version details.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Preset = tolerant(Schema.Struct({
  created_at: Schema.String,
  creator_user_id: Schema.NullOr(Schema.String),
  description: Schema.NullOr(Schema.String),
  designated_version_id: Schema.NullOr(Schema.String),
  id: Schema.String,
  name: Schema.String,
  slug: Schema.String,
  status: PresetStatus,
  status_updated_at: Schema.NullOr(Schema.String),
  updated_at: Schema.String,
  workspace_id: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link Preset}.
 *
 * @since 0.1.0
 * @category models
 */
export type Preset = typeof Preset.Type

/**
 * A specific version of a preset, containing config and optional system prompt.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PresetDesignatedVersion = Schema.NullOr(tolerant(Schema.Struct({
  config: JsonObject,
  created_at: Schema.String,
  creator_id: Schema.String,
  id: Schema.String,
  preset_id: Schema.String,
  system_prompt: Schema.NullOr(Schema.String),
  updated_at: Schema.String,
  version: Schema.Number
})))

/**
 * The type of {@link PresetDesignatedVersion}.
 *
 * @since 0.1.0
 * @category models
 */
export type PresetDesignatedVersion = typeof PresetDesignatedVersion.Type

/**
 * A preset with its currently designated version.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PresetWithDesignatedVersion = tolerant(Schema.Struct({
  ...Preset.fields,
  designated_version: PresetDesignatedVersion
}))

/**
 * The type of {@link PresetWithDesignatedVersion}.
 *
 * @since 0.1.0
 * @category models
 */
export type PresetWithDesignatedVersion = typeof PresetWithDesignatedVersion.Type

/**
 * Response containing the created preset with its designated version.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreatePresetFromInferenceResponse = tolerant(Schema.Struct({
  data: PresetWithDesignatedVersion
}))

/**
 * The type of {@link CreatePresetFromInferenceResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreatePresetFromInferenceResponse = typeof CreatePresetFromInferenceResponse.Type

/**
 * A preset with its currently designated version.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetPresetResponse = tolerant(Schema.Struct({
  data: PresetWithDesignatedVersion
}))

/**
 * The type of {@link GetPresetResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetPresetResponse = typeof GetPresetResponse.Type

/**
 * A single version of a preset.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetPresetVersionResponse = tolerant(Schema.Struct({
  data: PresetDesignatedVersion
}))

/**
 * The type of {@link GetPresetVersionResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetPresetVersionResponse = typeof GetPresetVersionResponse.Type

/**
 * A paginated list of preset versions.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListPresetVersionsResponse = tolerant(Schema.Struct({
  data: Schema.Array(PresetDesignatedVersion),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListPresetVersionsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListPresetVersionsResponse = typeof ListPresetVersionsResponse.Type

/**
 * A paginated list of presets.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListPresetsResponse = tolerant(Schema.Struct({
  data: Schema.Array(Preset),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListPresetsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListPresetsResponse = typeof ListPresetsResponse.Type

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
