/**
 * The `Guardrails` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `BulkAssignKeysRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAssignKeysRequest = {
  readonly key_hashes: ReadonlyArray<string>
}

/**
 * The schema of {@link BulkAssignKeysRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAssignKeysRequest: Schema.Schema<BulkAssignKeysRequest> = S.Struct({
  key_hashes: S.Array(S.String)
})

/**
 * `BulkAssignKeysResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAssignKeysResponse = {
  readonly assigned_count: number
}

/**
 * The schema of {@link BulkAssignKeysResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAssignKeysResponse: Schema.Schema<BulkAssignKeysResponse> = S.Struct({
  assigned_count: S.Number
})

/**
 * `BulkAssignMembersRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAssignMembersRequest = {
  readonly member_user_ids: ReadonlyArray<string>
}

/**
 * The schema of {@link BulkAssignMembersRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAssignMembersRequest: Schema.Schema<BulkAssignMembersRequest> = S.Struct({
  member_user_ids: S.Array(S.String)
})

/**
 * `BulkAssignMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAssignMembersResponse = {
  readonly assigned_count: number
}

/**
 * The schema of {@link BulkAssignMembersResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAssignMembersResponse: Schema.Schema<BulkAssignMembersResponse> = S.Struct({
  assigned_count: S.Number
})

/**
 * `BulkUnassignKeysRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkUnassignKeysRequest = {
  readonly key_hashes: ReadonlyArray<string>
}

/**
 * The schema of {@link BulkUnassignKeysRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkUnassignKeysRequest: Schema.Schema<BulkUnassignKeysRequest> = S.Struct({
  key_hashes: S.Array(S.String)
})

/**
 * `BulkUnassignKeysResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkUnassignKeysResponse = {
  readonly unassigned_count: number
}

/**
 * The schema of {@link BulkUnassignKeysResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkUnassignKeysResponse: Schema.Schema<BulkUnassignKeysResponse> = S.Struct({
  unassigned_count: S.Number
})

/**
 * `BulkUnassignMembersRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkUnassignMembersRequest = {
  readonly member_user_ids: ReadonlyArray<string>
}

/**
 * The schema of {@link BulkUnassignMembersRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkUnassignMembersRequest: Schema.Schema<BulkUnassignMembersRequest> = S.Struct({
  member_user_ids: S.Array(S.String)
})

/**
 * `BulkUnassignMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkUnassignMembersResponse = {
  readonly unassigned_count: number
}

/**
 * The schema of {@link BulkUnassignMembersResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkUnassignMembersResponse: Schema.Schema<BulkUnassignMembersResponse> = S.Struct({
  unassigned_count: S.Number
})

/**
 * Action taken when the pattern matches
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterAction = "redact" | "block" | "flag" | (string & {})

/**
 * The schema of {@link ContentFilterAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterAction: Schema.Schema<ContentFilterAction> = S.openLiteral("redact", "block", "flag")

/**
 * Action taken when the builtin filter triggers
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterBuiltinAction = "redact" | "block" | "flag" | (string & {})

/**
 * The schema of {@link ContentFilterBuiltinAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterBuiltinAction: Schema.Schema<ContentFilterBuiltinAction> = S.openLiteral("redact", "block", "flag")

/**
 * The builtin filter identifier
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterBuiltinSlug = "email" | "phone" | "ssn" | "credit-card" | "ip-address" | "person-name" | "address" | "regex-prompt-injection" | (string & {})

/**
 * The schema of {@link ContentFilterBuiltinSlug}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterBuiltinSlug: Schema.Schema<ContentFilterBuiltinSlug> = S.openLiteral("email", "phone", "ssn", "credit-card", "ip-address", "person-name", "address", "regex-prompt-injection")

/**
 * Which message roles to scan for prompt injection.
 *
 * @since 0.1.0
 * @category models
 */
export type PromptInjectionScanScope = "user_only" | "all_messages" | (string & {})

/**
 * The schema of {@link PromptInjectionScanScope}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PromptInjectionScanScope: Schema.Schema<PromptInjectionScanScope> = S.openLiteral("user_only", "all_messages")

/**
 * A builtin content filter entry.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterBuiltinEntry = {
  readonly action: ContentFilterBuiltinAction
  readonly label?: string | undefined
  readonly scan_scope?: PromptInjectionScanScope | undefined
  readonly slug: ContentFilterBuiltinSlug
}

/**
 * The schema of {@link ContentFilterBuiltinEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterBuiltinEntry: Schema.Schema<ContentFilterBuiltinEntry> = S.Struct({
  action: ContentFilterBuiltinAction,
  label: S.optional(S.String),
  scan_scope: S.optional(PromptInjectionScanScope),
  slug: ContentFilterBuiltinSlug
})

/**
 * A builtin content filter entry for create/update requests.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterBuiltinEntryInput = {
  readonly action: ContentFilterBuiltinAction
  readonly label?: string | undefined
  readonly scan_scope?: PromptInjectionScanScope | undefined
  readonly slug: ContentFilterBuiltinSlug
}

/**
 * The schema of {@link ContentFilterBuiltinEntryInput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterBuiltinEntryInput: Schema.Schema<ContentFilterBuiltinEntryInput> = S.Struct({
  action: ContentFilterBuiltinAction,
  label: S.optional(S.String),
  scan_scope: S.optional(PromptInjectionScanScope),
  slug: ContentFilterBuiltinSlug
})

/**
 * A custom regex content filter that scans request messages for matching patterns.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterEntry = {
  readonly action: ContentFilterAction
  readonly label?: string | null | undefined
  readonly pattern: string
}

/**
 * The schema of {@link ContentFilterEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterEntry: Schema.Schema<ContentFilterEntry> = S.Struct({
  action: ContentFilterAction,
  label: S.optional(S.NullOr(S.String)),
  pattern: S.String
})

/**
 * Interval at which the limit resets (daily, weekly, monthly)
 *
 * @since 0.1.0
 * @category models
 */
export type GuardrailInterval = "daily" | "weekly" | "monthly" | (string & {}) | null

/**
 * The schema of {@link GuardrailInterval}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardrailInterval: Schema.Schema<GuardrailInterval> = S.NullOr(S.openLiteral("daily", "weekly", "monthly"))

/**
 * `CreateGuardrailRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateGuardrailRequest = {
  readonly allowed_models?: ReadonlyArray<string> | null | undefined
  readonly allowed_providers?: ReadonlyArray<string> | null | undefined
  readonly content_filter_builtins?: ReadonlyArray<ContentFilterBuiltinEntryInput> | null | undefined
  readonly content_filters?: ReadonlyArray<ContentFilterEntry> | null | undefined
  readonly description?: string | null | undefined
  readonly enable_free_model_publication?: boolean | null | undefined
  readonly enable_free_model_training?: boolean | null | undefined
  readonly enable_paid_model_training?: boolean | null | undefined
  readonly enforce_zdr?: boolean | null | undefined
  readonly enforce_zdr_anthropic?: boolean | null | undefined
  readonly enforce_zdr_google?: boolean | null | undefined
  readonly enforce_zdr_openai?: boolean | null | undefined
  readonly enforce_zdr_other?: boolean | null | undefined
  readonly enforce_zdr_xai?: boolean | null | undefined
  readonly ignored_models?: ReadonlyArray<string> | null | undefined
  readonly ignored_providers?: ReadonlyArray<string> | null | undefined
  readonly include_byok_in_budgets?: boolean | undefined
  readonly limit_usd?: number | null | undefined
  readonly name: string
  readonly reset_interval?: GuardrailInterval | undefined
  readonly workspace_id?: string | undefined
}

/**
 * The schema of {@link CreateGuardrailRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateGuardrailRequest: Schema.Schema<CreateGuardrailRequest> = S.Struct({
  allowed_models: S.optional(S.NullOr(S.Array(S.String))),
  allowed_providers: S.optional(S.NullOr(S.Array(S.String))),
  content_filter_builtins: S.optional(S.NullOr(S.Array(ContentFilterBuiltinEntryInput))),
  content_filters: S.optional(S.NullOr(S.Array(ContentFilterEntry))),
  description: S.optional(S.NullOr(S.String)),
  enable_free_model_publication: S.optional(S.NullOr(S.Boolean)),
  enable_free_model_training: S.optional(S.NullOr(S.Boolean)),
  enable_paid_model_training: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_anthropic: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_google: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_openai: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_other: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_xai: S.optional(S.NullOr(S.Boolean)),
  ignored_models: S.optional(S.NullOr(S.Array(S.String))),
  ignored_providers: S.optional(S.NullOr(S.Array(S.String))),
  include_byok_in_budgets: S.optional(S.Boolean),
  limit_usd: S.optional(S.NullOr(S.Number)),
  name: S.String,
  reset_interval: S.optional(GuardrailInterval),
  workspace_id: S.optional(S.String)
})

/**
 * `Guardrail` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type Guardrail = {
  readonly allowed_models?: ReadonlyArray<string> | null | undefined
  readonly allowed_providers?: ReadonlyArray<string> | null | undefined
  readonly content_filter_builtins?: ReadonlyArray<ContentFilterBuiltinEntry> | null | undefined
  readonly content_filters?: ReadonlyArray<ContentFilterEntry> | null | undefined
  readonly created_at: string
  readonly description?: string | null | undefined
  readonly enable_free_model_publication?: boolean | null | undefined
  readonly enable_free_model_training?: boolean | null | undefined
  readonly enable_paid_model_training?: boolean | null | undefined
  readonly enforce_zdr?: boolean | null | undefined
  readonly enforce_zdr_anthropic?: boolean | null | undefined
  readonly enforce_zdr_google?: boolean | null | undefined
  readonly enforce_zdr_openai?: boolean | null | undefined
  readonly enforce_zdr_other?: boolean | null | undefined
  readonly enforce_zdr_xai?: boolean | null | undefined
  readonly id: string
  readonly ignored_models?: ReadonlyArray<string> | null | undefined
  readonly ignored_providers?: ReadonlyArray<string> | null | undefined
  readonly include_byok_in_budgets: boolean
  readonly limit_usd?: number | null | undefined
  readonly name: string
  readonly reset_interval?: GuardrailInterval | undefined
  readonly updated_at?: string | null | undefined
  readonly workspace_id?: string | null | undefined
}

/**
 * The schema of {@link Guardrail}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Guardrail: Schema.Schema<Guardrail> = S.Struct({
  allowed_models: S.optional(S.NullOr(S.Array(S.String))),
  allowed_providers: S.optional(S.NullOr(S.Array(S.String))),
  content_filter_builtins: S.optional(S.NullOr(S.Array(ContentFilterBuiltinEntry))),
  content_filters: S.optional(S.NullOr(S.Array(ContentFilterEntry))),
  created_at: S.String,
  description: S.optional(S.NullOr(S.String)),
  enable_free_model_publication: S.optional(S.NullOr(S.Boolean)),
  enable_free_model_training: S.optional(S.NullOr(S.Boolean)),
  enable_paid_model_training: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_anthropic: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_google: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_openai: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_other: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_xai: S.optional(S.NullOr(S.Boolean)),
  id: S.String,
  ignored_models: S.optional(S.NullOr(S.Array(S.String))),
  ignored_providers: S.optional(S.NullOr(S.Array(S.String))),
  include_byok_in_budgets: S.Boolean,
  limit_usd: S.optional(S.NullOr(S.Number)),
  name: S.String,
  reset_interval: S.optional(GuardrailInterval),
  updated_at: S.optional(S.NullOr(S.String)),
  workspace_id: S.optional(S.NullOr(S.String))
})

/**
 * `CreateGuardrailResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateGuardrailResponse = {
  readonly data: Guardrail
}

/**
 * The schema of {@link CreateGuardrailResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateGuardrailResponse: Schema.Schema<CreateGuardrailResponse> = S.Struct({
  data: Guardrail
})

/**
 * `DeleteGuardrailResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteGuardrailResponse = {
  readonly deleted: boolean
}

/**
 * The schema of {@link DeleteGuardrailResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteGuardrailResponse: Schema.Schema<DeleteGuardrailResponse> = S.Struct({
  deleted: S.Boolean
})

/**
 * `GetGuardrailResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type GetGuardrailResponse = {
  readonly data: Guardrail
}

/**
 * The schema of {@link GetGuardrailResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetGuardrailResponse: Schema.Schema<GetGuardrailResponse> = S.Struct({
  data: Guardrail
})

/**
 * `KeyAssignment` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type KeyAssignment = {
  readonly assigned_by?: string | null | undefined
  readonly created_at: string
  readonly guardrail_id: string
  readonly id: string
  readonly key_hash: string
  readonly key_label: string
  readonly key_name: string
}

/**
 * The schema of {@link KeyAssignment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KeyAssignment: Schema.Schema<KeyAssignment> = S.Struct({
  assigned_by: S.optional(S.NullOr(S.String)),
  created_at: S.String,
  guardrail_id: S.String,
  id: S.String,
  key_hash: S.String,
  key_label: S.String,
  key_name: S.String
})

/**
 * `ListGuardrailsResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListGuardrailsResponse = {
  readonly data: ReadonlyArray<Guardrail>
  readonly total_count: number
}

/**
 * The schema of {@link ListGuardrailsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListGuardrailsResponse: Schema.Schema<ListGuardrailsResponse> = S.Struct({
  data: S.Array(Guardrail),
  total_count: S.Number
})

/**
 * `ListKeyAssignmentsResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListKeyAssignmentsResponse = {
  readonly data: ReadonlyArray<KeyAssignment>
  readonly total_count: number
}

/**
 * The schema of {@link ListKeyAssignmentsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListKeyAssignmentsResponse: Schema.Schema<ListKeyAssignmentsResponse> = S.Struct({
  data: S.Array(KeyAssignment),
  total_count: S.Number
})

/**
 * `MemberAssignment` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type MemberAssignment = {
  readonly assigned_by?: string | null | undefined
  readonly created_at: string
  readonly guardrail_id: string
  readonly id: string
  readonly organization_id: string
  readonly user_id: string
}

/**
 * The schema of {@link MemberAssignment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MemberAssignment: Schema.Schema<MemberAssignment> = S.Struct({
  assigned_by: S.optional(S.NullOr(S.String)),
  created_at: S.String,
  guardrail_id: S.String,
  id: S.String,
  organization_id: S.String,
  user_id: S.String
})

/**
 * `ListMemberAssignmentsResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListMemberAssignmentsResponse = {
  readonly data: ReadonlyArray<MemberAssignment>
  readonly total_count: number
}

/**
 * The schema of {@link ListMemberAssignmentsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListMemberAssignmentsResponse: Schema.Schema<ListMemberAssignmentsResponse> = S.Struct({
  data: S.Array(MemberAssignment),
  total_count: S.Number
})

/**
 * `UpdateGuardrailRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateGuardrailRequest = {
  readonly allowed_models?: ReadonlyArray<string> | null | undefined
  readonly allowed_providers?: ReadonlyArray<string> | null | undefined
  readonly content_filter_builtins?: ReadonlyArray<ContentFilterBuiltinEntryInput> | null | undefined
  readonly content_filters?: ReadonlyArray<ContentFilterEntry> | null | undefined
  readonly description?: string | null | undefined
  readonly enable_free_model_publication?: boolean | null | undefined
  readonly enable_free_model_training?: boolean | null | undefined
  readonly enable_paid_model_training?: boolean | null | undefined
  readonly enforce_zdr?: boolean | null | undefined
  readonly enforce_zdr_anthropic?: boolean | null | undefined
  readonly enforce_zdr_google?: boolean | null | undefined
  readonly enforce_zdr_openai?: boolean | null | undefined
  readonly enforce_zdr_other?: boolean | null | undefined
  readonly enforce_zdr_xai?: boolean | null | undefined
  readonly ignored_models?: ReadonlyArray<string> | null | undefined
  readonly ignored_providers?: ReadonlyArray<string> | null | undefined
  readonly include_byok_in_budgets?: boolean | undefined
  readonly limit_usd?: number | null | undefined
  readonly name?: string | undefined
  readonly reset_interval?: GuardrailInterval | undefined
}

/**
 * The schema of {@link UpdateGuardrailRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateGuardrailRequest: Schema.Schema<UpdateGuardrailRequest> = S.Struct({
  allowed_models: S.optional(S.NullOr(S.Array(S.String))),
  allowed_providers: S.optional(S.NullOr(S.Array(S.String))),
  content_filter_builtins: S.optional(S.NullOr(S.Array(ContentFilterBuiltinEntryInput))),
  content_filters: S.optional(S.NullOr(S.Array(ContentFilterEntry))),
  description: S.optional(S.NullOr(S.String)),
  enable_free_model_publication: S.optional(S.NullOr(S.Boolean)),
  enable_free_model_training: S.optional(S.NullOr(S.Boolean)),
  enable_paid_model_training: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_anthropic: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_google: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_openai: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_other: S.optional(S.NullOr(S.Boolean)),
  enforce_zdr_xai: S.optional(S.NullOr(S.Boolean)),
  ignored_models: S.optional(S.NullOr(S.Array(S.String))),
  ignored_providers: S.optional(S.NullOr(S.Array(S.String))),
  include_byok_in_budgets: S.optional(S.Boolean),
  limit_usd: S.optional(S.NullOr(S.Number)),
  name: S.optional(S.String),
  reset_interval: S.optional(GuardrailInterval)
})

/**
 * `UpdateGuardrailResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateGuardrailResponse = {
  readonly data: Guardrail
}

/**
 * The schema of {@link UpdateGuardrailResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateGuardrailResponse: Schema.Schema<UpdateGuardrailResponse> = S.Struct({
  data: Guardrail
})

/**
 * List guardrails: `GET /guardrails`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listGuardrails = Operation.make(
  {
    id: "listGuardrails",
    tag: "Guardrails",
    method: "GET",
    path: "/guardrails",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List guardrails"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number),
      workspace_id: Schema.optional(Schema.String)
    }))
  }),
  ListGuardrailsResponse
)

/**
 * Create a guardrail: `POST /guardrails`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const createGuardrail = Operation.make(
  {
    id: "createGuardrail",
    tag: "Guardrails",
    method: "POST",
    path: "/guardrails",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Create a guardrail"
  },
  Schema.Struct({
    body: CreateGuardrailRequest
  }),
  CreateGuardrailResponse
)

/**
 * Delete a guardrail: `DELETE /guardrails/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const deleteGuardrail = Operation.make(
  {
    id: "deleteGuardrail",
    tag: "Guardrails",
    method: "DELETE",
    path: "/guardrails/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Delete a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  DeleteGuardrailResponse
)

/**
 * Get a guardrail: `GET /guardrails/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getGuardrail = Operation.make(
  {
    id: "getGuardrail",
    tag: "Guardrails",
    method: "GET",
    path: "/guardrails/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  GetGuardrailResponse
)

/**
 * Update a guardrail: `PATCH /guardrails/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const updateGuardrail = Operation.make(
  {
    id: "updateGuardrail",
    tag: "Guardrails",
    method: "PATCH",
    path: "/guardrails/{id}",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Update a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: UpdateGuardrailRequest
  }),
  UpdateGuardrailResponse
)

/**
 * List key assignments for a guardrail: `GET /guardrails/{id}/assignments/keys`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listGuardrailKeyAssignments = Operation.make(
  {
    id: "listGuardrailKeyAssignments",
    tag: "Guardrails",
    method: "GET",
    path: "/guardrails/{id}/assignments/keys",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List key assignments for a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListKeyAssignmentsResponse
)

/**
 * Bulk assign keys to a guardrail: `POST /guardrails/{id}/assignments/keys`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const bulkAssignKeysToGuardrail = Operation.make(
  {
    id: "bulkAssignKeysToGuardrail",
    tag: "Guardrails",
    method: "POST",
    path: "/guardrails/{id}/assignments/keys",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Bulk assign keys to a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: BulkAssignKeysRequest
  }),
  BulkAssignKeysResponse
)

/**
 * Bulk unassign keys from a guardrail: `POST /guardrails/{id}/assignments/keys/remove`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const bulkUnassignKeysFromGuardrail = Operation.make(
  {
    id: "bulkUnassignKeysFromGuardrail",
    tag: "Guardrails",
    method: "POST",
    path: "/guardrails/{id}/assignments/keys/remove",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Bulk unassign keys from a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: BulkUnassignKeysRequest
  }),
  BulkUnassignKeysResponse
)

/**
 * List member assignments for a guardrail: `GET /guardrails/{id}/assignments/members`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listGuardrailMemberAssignments = Operation.make(
  {
    id: "listGuardrailMemberAssignments",
    tag: "Guardrails",
    method: "GET",
    path: "/guardrails/{id}/assignments/members",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List member assignments for a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListMemberAssignmentsResponse
)

/**
 * Bulk assign members to a guardrail: `POST /guardrails/{id}/assignments/members`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const bulkAssignMembersToGuardrail = Operation.make(
  {
    id: "bulkAssignMembersToGuardrail",
    tag: "Guardrails",
    method: "POST",
    path: "/guardrails/{id}/assignments/members",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Bulk assign members to a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: BulkAssignMembersRequest
  }),
  BulkAssignMembersResponse
)

/**
 * Bulk unassign members from a guardrail: `POST /guardrails/{id}/assignments/members/remove`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const bulkUnassignMembersFromGuardrail = Operation.make(
  {
    id: "bulkUnassignMembersFromGuardrail",
    tag: "Guardrails",
    method: "POST",
    path: "/guardrails/{id}/assignments/members/remove",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Bulk unassign members from a guardrail"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: BulkUnassignMembersRequest
  }),
  BulkUnassignMembersResponse
)

/**
 * List all key assignments: `GET /guardrails/assignments/keys`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listKeyAssignments = Operation.make(
  {
    id: "listKeyAssignments",
    tag: "Guardrails",
    method: "GET",
    path: "/guardrails/assignments/keys",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List all key assignments"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListKeyAssignmentsResponse
)

/**
 * List all member assignments: `GET /guardrails/assignments/members`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listMemberAssignments = Operation.make(
  {
    id: "listMemberAssignments",
    tag: "Guardrails",
    method: "GET",
    path: "/guardrails/assignments/members",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List all member assignments"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListMemberAssignmentsResponse
)
