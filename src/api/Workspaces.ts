/**
 * The `Workspaces` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `BulkAddWorkspaceMembersRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAddWorkspaceMembersRequest = {
  readonly user_ids: ReadonlyArray<string>
}

/**
 * The schema of {@link BulkAddWorkspaceMembersRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAddWorkspaceMembersRequest: Schema.Schema<BulkAddWorkspaceMembersRequest> = S.Struct({
  user_ids: S.Array(S.String)
})

/**
 * `WorkspaceMember` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type WorkspaceMember = {
  readonly created_at: string
  readonly id: string
  readonly role: "admin" | "member" | (string & {})
  readonly user_id: string
  readonly workspace_id: string
}

/**
 * The schema of {@link WorkspaceMember}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceMember: Schema.Schema<WorkspaceMember> = S.Struct({
  created_at: S.String,
  id: S.String,
  role: S.openLiteral("admin", "member"),
  user_id: S.String,
  workspace_id: S.String
})

/**
 * `BulkAddWorkspaceMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAddWorkspaceMembersResponse = {
  readonly added_count: number
  readonly data: ReadonlyArray<WorkspaceMember>
}

/**
 * The schema of {@link BulkAddWorkspaceMembersResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAddWorkspaceMembersResponse: Schema.Schema<BulkAddWorkspaceMembersResponse> = S.Struct({
  added_count: S.Number,
  data: S.Array(WorkspaceMember)
})

/**
 * `BulkRemoveWorkspaceMembersRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkRemoveWorkspaceMembersRequest = {
  readonly user_ids: ReadonlyArray<string>
}

/**
 * The schema of {@link BulkRemoveWorkspaceMembersRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkRemoveWorkspaceMembersRequest: Schema.Schema<BulkRemoveWorkspaceMembersRequest> = S.Struct({
  user_ids: S.Array(S.String)
})

/**
 * `BulkRemoveWorkspaceMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkRemoveWorkspaceMembersResponse = {
  readonly removed_count: number
}

/**
 * The schema of {@link BulkRemoveWorkspaceMembersResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkRemoveWorkspaceMembersResponse: Schema.Schema<BulkRemoveWorkspaceMembersResponse> = S.Struct({
  removed_count: S.Number
})

/**
 * `CreateWorkspaceRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateWorkspaceRequest = {
  readonly default_image_model?: string | null | undefined
  readonly default_provider_sort?: string | null | undefined
  readonly default_text_model?: string | null | undefined
  readonly description?: string | null | undefined
  readonly io_logging_api_key_ids?: ReadonlyArray<number> | null | undefined
  readonly io_logging_sampling_rate?: number | undefined
  readonly is_data_discount_logging_enabled?: boolean | undefined
  readonly is_observability_broadcast_enabled?: boolean | undefined
  readonly is_observability_io_logging_enabled?: boolean | undefined
  readonly name: string
  readonly slug: string
}

/**
 * The schema of {@link CreateWorkspaceRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateWorkspaceRequest: Schema.Schema<CreateWorkspaceRequest> = S.Struct({
  default_image_model: S.optional(S.NullOr(S.String)),
  default_provider_sort: S.optional(S.NullOr(S.String)),
  default_text_model: S.optional(S.NullOr(S.String)),
  description: S.optional(S.NullOr(S.String)),
  io_logging_api_key_ids: S.optional(S.NullOr(S.Array(S.Number))),
  io_logging_sampling_rate: S.optional(S.Number),
  is_data_discount_logging_enabled: S.optional(S.Boolean),
  is_observability_broadcast_enabled: S.optional(S.Boolean),
  is_observability_io_logging_enabled: S.optional(S.Boolean),
  name: S.String,
  slug: S.String
})

/**
 * `Workspace` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type Workspace = {
  readonly created_at: string
  readonly created_by?: string | null | undefined
  readonly default_guardrail_id: string
  readonly default_image_model?: string | null | undefined
  readonly default_provider_sort?: string | null | undefined
  readonly default_text_model?: string | null | undefined
  readonly description?: string | null | undefined
  readonly id: string
  readonly include_byok_in_budgets?: boolean | undefined
  readonly io_logging_api_key_ids?: ReadonlyArray<number> | null | undefined
  readonly io_logging_sampling_rate: number
  readonly is_data_discount_logging_enabled: boolean
  readonly is_observability_broadcast_enabled: boolean
  readonly is_observability_io_logging_enabled: boolean
  readonly name: string
  readonly slug: string
  readonly updated_at?: string | null | undefined
}

/**
 * The schema of {@link Workspace}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Workspace: Schema.Schema<Workspace> = S.Struct({
  created_at: S.String,
  created_by: S.optional(S.NullOr(S.String)),
  default_guardrail_id: S.String,
  default_image_model: S.optional(S.NullOr(S.String)),
  default_provider_sort: S.optional(S.NullOr(S.String)),
  default_text_model: S.optional(S.NullOr(S.String)),
  description: S.optional(S.NullOr(S.String)),
  id: S.String,
  include_byok_in_budgets: S.optional(S.Boolean),
  io_logging_api_key_ids: S.optional(S.NullOr(S.Array(S.Number))),
  io_logging_sampling_rate: S.Number,
  is_data_discount_logging_enabled: S.Boolean,
  is_observability_broadcast_enabled: S.Boolean,
  is_observability_io_logging_enabled: S.Boolean,
  name: S.String,
  slug: S.String,
  updated_at: S.optional(S.NullOr(S.String))
})

/**
 * `CreateWorkspaceResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateWorkspaceResponse = {
  readonly data: Workspace
}

/**
 * The schema of {@link CreateWorkspaceResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateWorkspaceResponse: Schema.Schema<CreateWorkspaceResponse> = S.Struct({
  data: Workspace
})

/**
 * `DeleteWorkspaceBudgetResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteWorkspaceBudgetResponse = {
  readonly deleted: boolean
}

/**
 * The schema of {@link DeleteWorkspaceBudgetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteWorkspaceBudgetResponse: Schema.Schema<DeleteWorkspaceBudgetResponse> = S.Struct({
  deleted: S.Boolean
})

/**
 * `DeleteWorkspaceResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteWorkspaceResponse = {
  readonly deleted: boolean
}

/**
 * The schema of {@link DeleteWorkspaceResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteWorkspaceResponse: Schema.Schema<DeleteWorkspaceResponse> = S.Struct({
  deleted: S.Boolean
})

/**
 * `WorkspaceBudget` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type WorkspaceBudget = {
  readonly created_at: string
  readonly id: string
  readonly limit_usd: number
  readonly reset_interval?: "daily" | "weekly" | "monthly" | (string & {}) | null | undefined
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link WorkspaceBudget}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceBudget: Schema.Schema<WorkspaceBudget> = S.Struct({
  created_at: S.String,
  id: S.String,
  limit_usd: S.Number,
  reset_interval: S.optional(S.NullOr(S.openLiteral("daily", "weekly", "monthly"))),
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `GetWorkspaceBudgetResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type GetWorkspaceBudgetResponse = {
  readonly data: WorkspaceBudget
  readonly include_byok_in_budgets?: boolean | undefined
}

/**
 * The schema of {@link GetWorkspaceBudgetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetWorkspaceBudgetResponse: Schema.Schema<GetWorkspaceBudgetResponse> = S.Struct({
  data: WorkspaceBudget,
  include_byok_in_budgets: S.optional(S.Boolean)
})

/**
 * `GetWorkspaceResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type GetWorkspaceResponse = {
  readonly data: Workspace
}

/**
 * The schema of {@link GetWorkspaceResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetWorkspaceResponse: Schema.Schema<GetWorkspaceResponse> = S.Struct({
  data: Workspace
})

/**
 * `ListWorkspaceBudgetsResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListWorkspaceBudgetsResponse = {
  readonly data: ReadonlyArray<WorkspaceBudget>
  readonly include_byok_in_budgets?: boolean | undefined
}

/**
 * The schema of {@link ListWorkspaceBudgetsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListWorkspaceBudgetsResponse: Schema.Schema<ListWorkspaceBudgetsResponse> = S.Struct({
  data: S.Array(WorkspaceBudget),
  include_byok_in_budgets: S.optional(S.Boolean)
})

/**
 * `ListWorkspaceMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListWorkspaceMembersResponse = {
  readonly data: ReadonlyArray<WorkspaceMember>
  readonly total_count: number
}

/**
 * The schema of {@link ListWorkspaceMembersResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListWorkspaceMembersResponse: Schema.Schema<ListWorkspaceMembersResponse> = S.Struct({
  data: S.Array(WorkspaceMember),
  total_count: S.Number
})

/**
 * `ListWorkspacesResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListWorkspacesResponse = {
  readonly data: ReadonlyArray<Workspace>
  readonly total_count: number
}

/**
 * The schema of {@link ListWorkspacesResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListWorkspacesResponse: Schema.Schema<ListWorkspacesResponse> = S.Struct({
  data: S.Array(Workspace),
  total_count: S.Number
})

/**
 * `UpdateWorkspaceRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateWorkspaceRequest = {
  readonly default_image_model?: string | null | undefined
  readonly default_provider_sort?: string | null | undefined
  readonly default_text_model?: string | null | undefined
  readonly description?: string | null | undefined
  readonly io_logging_api_key_ids?: ReadonlyArray<number> | null | undefined
  readonly io_logging_sampling_rate?: number | undefined
  readonly is_data_discount_logging_enabled?: boolean | undefined
  readonly is_observability_broadcast_enabled?: boolean | undefined
  readonly is_observability_io_logging_enabled?: boolean | undefined
  readonly name?: string | undefined
  readonly slug?: string | undefined
}

/**
 * The schema of {@link UpdateWorkspaceRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateWorkspaceRequest: Schema.Schema<UpdateWorkspaceRequest> = S.Struct({
  default_image_model: S.optional(S.NullOr(S.String)),
  default_provider_sort: S.optional(S.NullOr(S.String)),
  default_text_model: S.optional(S.NullOr(S.String)),
  description: S.optional(S.NullOr(S.String)),
  io_logging_api_key_ids: S.optional(S.NullOr(S.Array(S.Number))),
  io_logging_sampling_rate: S.optional(S.Number),
  is_data_discount_logging_enabled: S.optional(S.Boolean),
  is_observability_broadcast_enabled: S.optional(S.Boolean),
  is_observability_io_logging_enabled: S.optional(S.Boolean),
  name: S.optional(S.String),
  slug: S.optional(S.String)
})

/**
 * `UpdateWorkspaceResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateWorkspaceResponse = {
  readonly data: Workspace
}

/**
 * The schema of {@link UpdateWorkspaceResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateWorkspaceResponse: Schema.Schema<UpdateWorkspaceResponse> = S.Struct({
  data: Workspace
})

/**
 * `UpsertWorkspaceBudgetRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpsertWorkspaceBudgetRequest = {
  readonly include_byok_in_budgets?: boolean | undefined
  readonly limit_usd: number
}

/**
 * The schema of {@link UpsertWorkspaceBudgetRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpsertWorkspaceBudgetRequest: Schema.Schema<UpsertWorkspaceBudgetRequest> = S.Struct({
  include_byok_in_budgets: S.optional(S.Boolean),
  limit_usd: S.Number
})

/**
 * `UpsertWorkspaceBudgetResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpsertWorkspaceBudgetResponse = {
  readonly data: WorkspaceBudget
  readonly include_byok_in_budgets?: boolean | undefined
}

/**
 * The schema of {@link UpsertWorkspaceBudgetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpsertWorkspaceBudgetResponse: Schema.Schema<UpsertWorkspaceBudgetResponse> = S.Struct({
  data: WorkspaceBudget,
  include_byok_in_budgets: S.optional(S.Boolean)
})

/**
 * Budget reset interval.
 *
 * @since 0.1.0
 * @category models
 */
export type WorkspaceBudgetInterval = "daily" | "weekly" | "monthly" | "lifetime" | (string & {})

/**
 * The schema of {@link WorkspaceBudgetInterval}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceBudgetInterval: Schema.Schema<WorkspaceBudgetInterval> = S.openLiteral("daily", "weekly", "monthly", "lifetime")

/**
 * List workspaces: `GET /workspaces`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listWorkspaces = Operation.make(
  {
    id: "listWorkspaces",
    tag: "Workspaces",
    method: "GET",
    path: "/workspaces",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List workspaces"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListWorkspacesResponse
)

/**
 * Create a workspace: `POST /workspaces`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const createWorkspace = Operation.make(
  {
    id: "createWorkspace",
    tag: "Workspaces",
    method: "POST",
    path: "/workspaces",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Create a workspace"
  },
  Schema.Struct({
    body: CreateWorkspaceRequest
  }),
  CreateWorkspaceResponse
)

/**
 * Delete a workspace: `DELETE /workspaces/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const deleteWorkspace = Operation.make(
  {
    id: "deleteWorkspace",
    tag: "Workspaces",
    method: "DELETE",
    path: "/workspaces/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Delete a workspace"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  DeleteWorkspaceResponse
)

/**
 * Get a workspace: `GET /workspaces/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getWorkspace = Operation.make(
  {
    id: "getWorkspace",
    tag: "Workspaces",
    method: "GET",
    path: "/workspaces/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get a workspace"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  GetWorkspaceResponse
)

/**
 * Update a workspace: `PATCH /workspaces/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const updateWorkspace = Operation.make(
  {
    id: "updateWorkspace",
    tag: "Workspaces",
    method: "PATCH",
    path: "/workspaces/{id}",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Update a workspace"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: UpdateWorkspaceRequest
  }),
  UpdateWorkspaceResponse
)

/**
 * List workspace budgets: `GET /workspaces/{id}/budgets`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listWorkspaceBudgets = Operation.make(
  {
    id: "listWorkspaceBudgets",
    tag: "Workspaces",
    method: "GET",
    path: "/workspaces/{id}/budgets",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List workspace budgets"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  ListWorkspaceBudgetsResponse
)

/**
 * Delete a workspace budget: `DELETE /workspaces/{id}/budgets/{interval}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const deleteWorkspaceBudget = Operation.make(
  {
    id: "deleteWorkspaceBudget",
    tag: "Workspaces",
    method: "DELETE",
    path: "/workspaces/{id}/budgets/{interval}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Delete a workspace budget"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String,
      interval: WorkspaceBudgetInterval
    })
  }),
  DeleteWorkspaceBudgetResponse
)

/**
 * Get a workspace budget: `GET /workspaces/{id}/budgets/{interval}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getWorkspaceBudget = Operation.make(
  {
    id: "getWorkspaceBudget",
    tag: "Workspaces",
    method: "GET",
    path: "/workspaces/{id}/budgets/{interval}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get a workspace budget"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String,
      interval: WorkspaceBudgetInterval
    })
  }),
  GetWorkspaceBudgetResponse
)

/**
 * Create or update a workspace budget: `PUT /workspaces/{id}/budgets/{interval}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const upsertWorkspaceBudget = Operation.make(
  {
    id: "upsertWorkspaceBudget",
    tag: "Workspaces",
    method: "PUT",
    path: "/workspaces/{id}/budgets/{interval}",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Create or update a workspace budget"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String,
      interval: WorkspaceBudgetInterval
    }),
    body: UpsertWorkspaceBudgetRequest
  }),
  UpsertWorkspaceBudgetResponse
)

/**
 * List workspace members: `GET /workspaces/{id}/members`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listWorkspaceMembers = Operation.make(
  {
    id: "listWorkspaceMembers",
    tag: "Workspaces",
    method: "GET",
    path: "/workspaces/{id}/members",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List workspace members"
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
  ListWorkspaceMembersResponse
)

/**
 * Bulk add members to a workspace: `POST /workspaces/{id}/members/add`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const bulkAddWorkspaceMembers = Operation.make(
  {
    id: "bulkAddWorkspaceMembers",
    tag: "Workspaces",
    method: "POST",
    path: "/workspaces/{id}/members/add",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Bulk add members to a workspace"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: BulkAddWorkspaceMembersRequest
  }),
  BulkAddWorkspaceMembersResponse
)

/**
 * Bulk remove members from a workspace: `POST /workspaces/{id}/members/remove`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const bulkRemoveWorkspaceMembers = Operation.make(
  {
    id: "bulkRemoveWorkspaceMembers",
    tag: "Workspaces",
    method: "POST",
    path: "/workspaces/{id}/members/remove",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Bulk remove members from a workspace"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: BulkRemoveWorkspaceMembersRequest
  }),
  BulkRemoveWorkspaceMembersResponse
)
