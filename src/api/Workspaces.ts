/**
 * The `Workspaces` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `BulkAddWorkspaceMembersRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAddWorkspaceMembersRequest = tolerant(Schema.Struct({
  user_ids: Schema.Array(Schema.String)
}))

/**
 * The type of {@link BulkAddWorkspaceMembersRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAddWorkspaceMembersRequest = typeof BulkAddWorkspaceMembersRequest.Type

/**
 * `WorkspaceMember` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceMember = tolerant(Schema.Struct({
  created_at: Schema.String,
  id: Schema.String,
  role: openLiteral("admin", "member"),
  user_id: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link WorkspaceMember}.
 *
 * @since 0.1.0
 * @category models
 */
export type WorkspaceMember = typeof WorkspaceMember.Type

/**
 * `BulkAddWorkspaceMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkAddWorkspaceMembersResponse = tolerant(Schema.Struct({
  added_count: Schema.Number,
  data: Schema.Array(WorkspaceMember)
}))

/**
 * The type of {@link BulkAddWorkspaceMembersResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkAddWorkspaceMembersResponse = typeof BulkAddWorkspaceMembersResponse.Type

/**
 * `BulkRemoveWorkspaceMembersRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkRemoveWorkspaceMembersRequest = tolerant(Schema.Struct({
  user_ids: Schema.Array(Schema.String)
}))

/**
 * The type of {@link BulkRemoveWorkspaceMembersRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkRemoveWorkspaceMembersRequest = typeof BulkRemoveWorkspaceMembersRequest.Type

/**
 * `BulkRemoveWorkspaceMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkRemoveWorkspaceMembersResponse = tolerant(Schema.Struct({
  removed_count: Schema.Number
}))

/**
 * The type of {@link BulkRemoveWorkspaceMembersResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type BulkRemoveWorkspaceMembersResponse = typeof BulkRemoveWorkspaceMembersResponse.Type

/**
 * `CreateWorkspaceRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateWorkspaceRequest = tolerant(Schema.Struct({
  default_image_model: Schema.optional(Schema.NullOr(Schema.String)),
  default_provider_sort: Schema.optional(Schema.NullOr(Schema.String)),
  default_text_model: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  io_logging_api_key_ids: Schema.optional(Schema.NullOr(Schema.Array(Schema.Number))),
  io_logging_sampling_rate: Schema.optional(Schema.Number),
  is_data_discount_logging_enabled: Schema.optional(Schema.Boolean),
  is_observability_broadcast_enabled: Schema.optional(Schema.Boolean),
  is_observability_io_logging_enabled: Schema.optional(Schema.Boolean),
  name: Schema.String,
  slug: Schema.String
}))

/**
 * The type of {@link CreateWorkspaceRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateWorkspaceRequest = typeof CreateWorkspaceRequest.Type

/**
 * `Workspace` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Workspace = tolerant(Schema.Struct({
  created_at: Schema.String,
  created_by: Schema.NullOr(Schema.String),
  default_guardrail_id: Schema.String,
  default_image_model: Schema.NullOr(Schema.String),
  default_provider_sort: Schema.NullOr(Schema.String),
  default_text_model: Schema.NullOr(Schema.String),
  description: Schema.NullOr(Schema.String),
  id: Schema.String,
  include_byok_in_budgets: Schema.optional(Schema.Boolean),
  io_logging_api_key_ids: Schema.NullOr(Schema.Array(Schema.Number)),
  io_logging_sampling_rate: Schema.Number,
  is_data_discount_logging_enabled: Schema.Boolean,
  is_observability_broadcast_enabled: Schema.Boolean,
  is_observability_io_logging_enabled: Schema.Boolean,
  name: Schema.String,
  slug: Schema.String,
  updated_at: Schema.NullOr(Schema.String)
}))

/**
 * The type of {@link Workspace}.
 *
 * @since 0.1.0
 * @category models
 */
export type Workspace = typeof Workspace.Type

/**
 * `CreateWorkspaceResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateWorkspaceResponse = tolerant(Schema.Struct({
  data: Workspace
}))

/**
 * The type of {@link CreateWorkspaceResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateWorkspaceResponse = typeof CreateWorkspaceResponse.Type

/**
 * `DeleteWorkspaceBudgetResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteWorkspaceBudgetResponse = tolerant(Schema.Struct({
  deleted: Schema.Boolean
}))

/**
 * The type of {@link DeleteWorkspaceBudgetResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteWorkspaceBudgetResponse = typeof DeleteWorkspaceBudgetResponse.Type

/**
 * `DeleteWorkspaceResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteWorkspaceResponse = tolerant(Schema.Struct({
  deleted: Schema.Boolean
}))

/**
 * The type of {@link DeleteWorkspaceResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteWorkspaceResponse = typeof DeleteWorkspaceResponse.Type

/**
 * `WorkspaceBudget` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceBudget = tolerant(Schema.Struct({
  created_at: Schema.String,
  id: Schema.String,
  limit_usd: Schema.Number,
  reset_interval: Schema.NullOr(openLiteral("daily", "weekly", "monthly")),
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link WorkspaceBudget}.
 *
 * @since 0.1.0
 * @category models
 */
export type WorkspaceBudget = typeof WorkspaceBudget.Type

/**
 * `GetWorkspaceBudgetResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetWorkspaceBudgetResponse = tolerant(Schema.Struct({
  data: WorkspaceBudget,
  include_byok_in_budgets: Schema.optional(Schema.Boolean)
}))

/**
 * The type of {@link GetWorkspaceBudgetResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetWorkspaceBudgetResponse = typeof GetWorkspaceBudgetResponse.Type

/**
 * `GetWorkspaceResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetWorkspaceResponse = tolerant(Schema.Struct({
  data: Workspace
}))

/**
 * The type of {@link GetWorkspaceResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetWorkspaceResponse = typeof GetWorkspaceResponse.Type

/**
 * `ListWorkspaceBudgetsResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListWorkspaceBudgetsResponse = tolerant(Schema.Struct({
  data: Schema.Array(WorkspaceBudget),
  include_byok_in_budgets: Schema.optional(Schema.Boolean)
}))

/**
 * The type of {@link ListWorkspaceBudgetsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListWorkspaceBudgetsResponse = typeof ListWorkspaceBudgetsResponse.Type

/**
 * `ListWorkspaceMembersResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListWorkspaceMembersResponse = tolerant(Schema.Struct({
  data: Schema.Array(WorkspaceMember),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListWorkspaceMembersResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListWorkspaceMembersResponse = typeof ListWorkspaceMembersResponse.Type

/**
 * `ListWorkspacesResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListWorkspacesResponse = tolerant(Schema.Struct({
  data: Schema.Array(Workspace),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListWorkspacesResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListWorkspacesResponse = typeof ListWorkspacesResponse.Type

/**
 * `UpdateWorkspaceRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateWorkspaceRequest = tolerant(Schema.Struct({
  default_image_model: Schema.optional(Schema.NullOr(Schema.String)),
  default_provider_sort: Schema.optional(Schema.NullOr(Schema.String)),
  default_text_model: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  io_logging_api_key_ids: Schema.optional(Schema.NullOr(Schema.Array(Schema.Number))),
  io_logging_sampling_rate: Schema.optional(Schema.Number),
  is_data_discount_logging_enabled: Schema.optional(Schema.Boolean),
  is_observability_broadcast_enabled: Schema.optional(Schema.Boolean),
  is_observability_io_logging_enabled: Schema.optional(Schema.Boolean),
  name: Schema.optional(Schema.String),
  slug: Schema.optional(Schema.String)
}))

/**
 * The type of {@link UpdateWorkspaceRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateWorkspaceRequest = typeof UpdateWorkspaceRequest.Type

/**
 * `UpdateWorkspaceResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateWorkspaceResponse = tolerant(Schema.Struct({
  data: Workspace
}))

/**
 * The type of {@link UpdateWorkspaceResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateWorkspaceResponse = typeof UpdateWorkspaceResponse.Type

/**
 * `UpsertWorkspaceBudgetRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpsertWorkspaceBudgetRequest = tolerant(Schema.Struct({
  include_byok_in_budgets: Schema.optional(Schema.Boolean),
  limit_usd: Schema.Number
}))

/**
 * The type of {@link UpsertWorkspaceBudgetRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpsertWorkspaceBudgetRequest = typeof UpsertWorkspaceBudgetRequest.Type

/**
 * `UpsertWorkspaceBudgetResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpsertWorkspaceBudgetResponse = tolerant(Schema.Struct({
  data: WorkspaceBudget,
  include_byok_in_budgets: Schema.optional(Schema.Boolean)
}))

/**
 * The type of {@link UpsertWorkspaceBudgetResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpsertWorkspaceBudgetResponse = typeof UpsertWorkspaceBudgetResponse.Type

/**
 * Budget reset interval.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceBudgetInterval = openLiteral("daily", "weekly", "monthly", "lifetime")

/**
 * The type of {@link WorkspaceBudgetInterval}.
 *
 * @since 0.1.0
 * @category models
 */
export type WorkspaceBudgetInterval = typeof WorkspaceBudgetInterval.Type

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
