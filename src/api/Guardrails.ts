/**
 * The `Guardrails` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `BulkAssignKeysRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAssignKeysRequest = tolerant(Schema.Struct({
  key_hashes: Schema.Array(Schema.String)
}))

/**
 * The type of {@link BulkAssignKeysRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAssignKeysRequest = typeof BulkAssignKeysRequest.Type

/**
 * `BulkAssignKeysResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAssignKeysResponse = tolerant(Schema.Struct({
  assigned_count: Schema.Number
}))

/**
 * The type of {@link BulkAssignKeysResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAssignKeysResponse = typeof BulkAssignKeysResponse.Type

/**
 * `BulkAssignMembersRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAssignMembersRequest = tolerant(Schema.Struct({
  member_user_ids: Schema.Array(Schema.String)
}))

/**
 * The type of {@link BulkAssignMembersRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAssignMembersRequest = typeof BulkAssignMembersRequest.Type

/**
 * `BulkAssignMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAssignMembersResponse = tolerant(Schema.Struct({
  assigned_count: Schema.Number
}))

/**
 * The type of {@link BulkAssignMembersResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAssignMembersResponse = typeof BulkAssignMembersResponse.Type

/**
 * `BulkUnassignKeysRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkUnassignKeysRequest = tolerant(Schema.Struct({
  key_hashes: Schema.Array(Schema.String)
}))

/**
 * The type of {@link BulkUnassignKeysRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkUnassignKeysRequest = typeof BulkUnassignKeysRequest.Type

/**
 * `BulkUnassignKeysResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkUnassignKeysResponse = tolerant(Schema.Struct({
  unassigned_count: Schema.Number
}))

/**
 * The type of {@link BulkUnassignKeysResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkUnassignKeysResponse = typeof BulkUnassignKeysResponse.Type

/**
 * `BulkUnassignMembersRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkUnassignMembersRequest = tolerant(Schema.Struct({
  member_user_ids: Schema.Array(Schema.String)
}))

/**
 * The type of {@link BulkUnassignMembersRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkUnassignMembersRequest = typeof BulkUnassignMembersRequest.Type

/**
 * `BulkUnassignMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkUnassignMembersResponse = tolerant(Schema.Struct({
  unassigned_count: Schema.Number
}))

/**
 * The type of {@link BulkUnassignMembersResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkUnassignMembersResponse = typeof BulkUnassignMembersResponse.Type

/**
 * Action taken when the pattern matches
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterAction = openLiteral("redact", "block", "flag")

/**
 * The type of {@link ContentFilterAction}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterAction = typeof ContentFilterAction.Type

/**
 * Action taken when the builtin filter triggers
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterBuiltinAction = openLiteral("redact", "block", "flag")

/**
 * The type of {@link ContentFilterBuiltinAction}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterBuiltinAction = typeof ContentFilterBuiltinAction.Type

/**
 * The builtin filter identifier
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterBuiltinSlug = openLiteral("email", "phone", "ssn", "credit-card", "ip-address", "person-name", "address", "regex-prompt-injection")

/**
 * The type of {@link ContentFilterBuiltinSlug}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterBuiltinSlug = typeof ContentFilterBuiltinSlug.Type

/**
 * Which message roles to scan for prompt injection.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PromptInjectionScanScope = openLiteral("user_only", "all_messages")

/**
 * The type of {@link PromptInjectionScanScope}.
 *
 * @since 0.1.0
 * @category models
 */
export type PromptInjectionScanScope = typeof PromptInjectionScanScope.Type

/**
 * A builtin content filter entry.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterBuiltinEntry = tolerant(Schema.Struct({
  action: ContentFilterBuiltinAction,
  label: Schema.optional(Schema.String),
  scan_scope: Schema.optional(PromptInjectionScanScope),
  slug: ContentFilterBuiltinSlug
}))

/**
 * The type of {@link ContentFilterBuiltinEntry}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterBuiltinEntry = typeof ContentFilterBuiltinEntry.Type

/**
 * A builtin content filter entry for create/update requests.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterBuiltinEntryInput = tolerant(Schema.Struct({
  action: ContentFilterBuiltinAction,
  label: Schema.optional(Schema.String),
  scan_scope: Schema.optional(PromptInjectionScanScope),
  slug: ContentFilterBuiltinSlug
}))

/**
 * The type of {@link ContentFilterBuiltinEntryInput}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterBuiltinEntryInput = typeof ContentFilterBuiltinEntryInput.Type

/**
 * A custom regex content filter that scans request messages for matching patterns.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentFilterEntry = tolerant(Schema.Struct({
  action: ContentFilterAction,
  label: Schema.optional(Schema.NullOr(Schema.String)),
  pattern: Schema.String
}))

/**
 * The type of {@link ContentFilterEntry}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentFilterEntry = typeof ContentFilterEntry.Type

/**
 * Interval at which the limit resets (daily, weekly, monthly)
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardrailInterval = Schema.NullOr(openLiteral("daily", "weekly", "monthly"))

/**
 * The type of {@link GuardrailInterval}.
 *
 * @since 0.1.0
 * @category models
 */
export type GuardrailInterval = typeof GuardrailInterval.Type

/**
 * `CreateGuardrailRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateGuardrailRequest = tolerant(Schema.Struct({
  allowed_models: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowed_providers: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  content_filter_builtins: Schema.optional(Schema.NullOr(Schema.Array(ContentFilterBuiltinEntryInput))),
  content_filters: Schema.optional(Schema.NullOr(Schema.Array(ContentFilterEntry))),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  enable_free_model_publication: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enable_free_model_training: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enable_paid_model_training: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_anthropic: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_google: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_openai: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_other: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_xai: Schema.optional(Schema.NullOr(Schema.Boolean)),
  ignored_models: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  ignored_providers: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  include_byok_in_budgets: Schema.optional(Schema.Boolean),
  limit_usd: Schema.optional(Schema.NullOr(Schema.Number)),
  name: Schema.String,
  reset_interval: Schema.optional(GuardrailInterval),
  workspace_id: Schema.optional(Schema.String)
}))

/**
 * The type of {@link CreateGuardrailRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateGuardrailRequest = typeof CreateGuardrailRequest.Type

/**
 * `Guardrail` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Guardrail = tolerant(Schema.Struct({
  allowed_models: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowed_providers: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  content_filter_builtins: Schema.optional(Schema.NullOr(Schema.Array(ContentFilterBuiltinEntry))),
  content_filters: Schema.optional(Schema.NullOr(Schema.Array(ContentFilterEntry))),
  created_at: Schema.String,
  description: Schema.optional(Schema.NullOr(Schema.String)),
  enable_free_model_publication: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enable_free_model_training: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enable_paid_model_training: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_anthropic: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_google: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_openai: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_other: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_xai: Schema.optional(Schema.NullOr(Schema.Boolean)),
  id: Schema.String,
  ignored_models: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  ignored_providers: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  include_byok_in_budgets: Schema.Boolean,
  limit_usd: Schema.optional(Schema.NullOr(Schema.Number)),
  name: Schema.String,
  reset_interval: Schema.optional(GuardrailInterval),
  updated_at: Schema.optional(Schema.NullOr(Schema.String)),
  workspace_id: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link Guardrail}.
 *
 * @since 0.1.0
 * @category models
 */
export type Guardrail = typeof Guardrail.Type

/**
 * `CreateGuardrailResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateGuardrailResponse = tolerant(Schema.Struct({
  data: Guardrail
}))

/**
 * The type of {@link CreateGuardrailResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateGuardrailResponse = typeof CreateGuardrailResponse.Type

/**
 * `DeleteGuardrailResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteGuardrailResponse = tolerant(Schema.Struct({
  deleted: Schema.Boolean
}))

/**
 * The type of {@link DeleteGuardrailResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteGuardrailResponse = typeof DeleteGuardrailResponse.Type

/**
 * `GetGuardrailResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetGuardrailResponse = tolerant(Schema.Struct({
  data: Guardrail
}))

/**
 * The type of {@link GetGuardrailResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetGuardrailResponse = typeof GetGuardrailResponse.Type

/**
 * `KeyAssignment` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KeyAssignment = tolerant(Schema.Struct({
  assigned_by: Schema.NullOr(Schema.String),
  created_at: Schema.String,
  guardrail_id: Schema.String,
  id: Schema.String,
  key_hash: Schema.String,
  key_label: Schema.String,
  key_name: Schema.String
}))

/**
 * The type of {@link KeyAssignment}.
 *
 * @since 0.1.0
 * @category models
 */
export type KeyAssignment = typeof KeyAssignment.Type

/**
 * `ListGuardrailsResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListGuardrailsResponse = tolerant(Schema.Struct({
  data: Schema.Array(Guardrail),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListGuardrailsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListGuardrailsResponse = typeof ListGuardrailsResponse.Type

/**
 * `ListKeyAssignmentsResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListKeyAssignmentsResponse = tolerant(Schema.Struct({
  data: Schema.Array(KeyAssignment),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListKeyAssignmentsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListKeyAssignmentsResponse = typeof ListKeyAssignmentsResponse.Type

/**
 * `MemberAssignment` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MemberAssignment = tolerant(Schema.Struct({
  assigned_by: Schema.NullOr(Schema.String),
  created_at: Schema.String,
  guardrail_id: Schema.String,
  id: Schema.String,
  organization_id: Schema.String,
  user_id: Schema.String
}))

/**
 * The type of {@link MemberAssignment}.
 *
 * @since 0.1.0
 * @category models
 */
export type MemberAssignment = typeof MemberAssignment.Type

/**
 * `ListMemberAssignmentsResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListMemberAssignmentsResponse = tolerant(Schema.Struct({
  data: Schema.Array(MemberAssignment),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListMemberAssignmentsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListMemberAssignmentsResponse = typeof ListMemberAssignmentsResponse.Type

/**
 * `UpdateGuardrailRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateGuardrailRequest = tolerant(Schema.Struct({
  allowed_models: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowed_providers: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  content_filter_builtins: Schema.optional(Schema.NullOr(Schema.Array(ContentFilterBuiltinEntryInput))),
  content_filters: Schema.optional(Schema.NullOr(Schema.Array(ContentFilterEntry))),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  enable_free_model_publication: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enable_free_model_training: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enable_paid_model_training: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_anthropic: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_google: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_openai: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_other: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enforce_zdr_xai: Schema.optional(Schema.NullOr(Schema.Boolean)),
  ignored_models: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  ignored_providers: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  include_byok_in_budgets: Schema.optional(Schema.Boolean),
  limit_usd: Schema.optional(Schema.NullOr(Schema.Number)),
  name: Schema.optional(Schema.String),
  reset_interval: Schema.optional(GuardrailInterval)
}))

/**
 * The type of {@link UpdateGuardrailRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateGuardrailRequest = typeof UpdateGuardrailRequest.Type

/**
 * `UpdateGuardrailResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateGuardrailResponse = tolerant(Schema.Struct({
  data: Guardrail
}))

/**
 * The type of {@link UpdateGuardrailResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateGuardrailResponse = typeof UpdateGuardrailResponse.Type

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
