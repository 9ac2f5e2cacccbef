/**
 * The `SCIM` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `CreateScimGroupMappingRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateScimGroupMappingRequest = tolerant(Schema.Struct({
  role: openLiteral("admin", "member"),
  scim_group_id: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link CreateScimGroupMappingRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateScimGroupMappingRequest = typeof CreateScimGroupMappingRequest.Type

/**
 * `ScimGroupMapping` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScimGroupMapping = tolerant(Schema.Struct({
  created_at: Schema.String,
  id: Schema.String,
  organization_id: Schema.String,
  role: openLiteral("admin", "member"),
  scim_group_id: Schema.String,
  updated_at: Schema.String,
  workspace_id: Schema.String
}))

/**
 * The type of {@link ScimGroupMapping}.
 *
 * @since 0.1.0
 * @category models
 */
export type ScimGroupMapping = typeof ScimGroupMapping.Type

/**
 * `CreateScimGroupMappingResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateScimGroupMappingResponse = tolerant(Schema.Struct({
  data: ScimGroupMapping
}))

/**
 * The type of {@link CreateScimGroupMappingResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateScimGroupMappingResponse = typeof CreateScimGroupMappingResponse.Type

/**
 * `DeleteScimGroupMappingResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteScimGroupMappingResponse = tolerant(Schema.Struct({
  deleted: Schema.Boolean
}))

/**
 * The type of {@link DeleteScimGroupMappingResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteScimGroupMappingResponse = typeof DeleteScimGroupMappingResponse.Type

/**
 * `GetScimGroupMappingResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetScimGroupMappingResponse = tolerant(Schema.Struct({
  data: ScimGroupMapping
}))

/**
 * The type of {@link GetScimGroupMappingResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type GetScimGroupMappingResponse = typeof GetScimGroupMappingResponse.Type

/**
 * `ListScimGroupMappingsResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListScimGroupMappingsResponse = tolerant(Schema.Struct({
  data: Schema.Array(ScimGroupMapping),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListScimGroupMappingsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListScimGroupMappingsResponse = typeof ListScimGroupMappingsResponse.Type

/**
 * `ScimGroup` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScimGroup = tolerant(Schema.Struct({
  created_at: Schema.String,
  display_name: Schema.String,
  external_id: Schema.NullOr(Schema.String),
  id: Schema.String,
  organization_id: Schema.String,
  updated_at: Schema.String
}))

/**
 * The type of {@link ScimGroup}.
 *
 * @since 0.1.0
 * @category models
 */
export type ScimGroup = typeof ScimGroup.Type

/**
 * `ListScimGroupsResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListScimGroupsResponse = tolerant(Schema.Struct({
  data: Schema.Array(ScimGroup),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListScimGroupsResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListScimGroupsResponse = typeof ListScimGroupsResponse.Type

/**
 * `UpdateScimGroupMappingRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateScimGroupMappingRequest = tolerant(Schema.Struct({
  role: openLiteral("admin", "member")
}))

/**
 * The type of {@link UpdateScimGroupMappingRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateScimGroupMappingRequest = typeof UpdateScimGroupMappingRequest.Type

/**
 * `UpdateScimGroupMappingResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateScimGroupMappingResponse = tolerant(Schema.Struct({
  data: ScimGroupMapping
}))

/**
 * The type of {@link UpdateScimGroupMappingResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateScimGroupMappingResponse = typeof UpdateScimGroupMappingResponse.Type

/**
 * List SCIM group mappings: `GET /scim/group-mappings`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listScimGroupMappings = Operation.make(
  {
    id: "listScimGroupMappings",
    tag: "SCIM",
    method: "GET",
    path: "/scim/group-mappings",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List SCIM group mappings"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListScimGroupMappingsResponse
)

/**
 * Create a SCIM group mapping: `POST /scim/group-mappings`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const createScimGroupMapping = Operation.make(
  {
    id: "createScimGroupMapping",
    tag: "SCIM",
    method: "POST",
    path: "/scim/group-mappings",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Create a SCIM group mapping"
  },
  Schema.Struct({
    body: CreateScimGroupMappingRequest
  }),
  CreateScimGroupMappingResponse
)

/**
 * Delete a SCIM group mapping: `DELETE /scim/group-mappings/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const deleteScimGroupMapping = Operation.make(
  {
    id: "deleteScimGroupMapping",
    tag: "SCIM",
    method: "DELETE",
    path: "/scim/group-mappings/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Delete a SCIM group mapping"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    query: Schema.Struct({
      keep_members: Schema.Union(
        openLiteral("true", "false"),
        Schema.Boolean
      )
    })
  }),
  DeleteScimGroupMappingResponse
)

/**
 * Get a SCIM group mapping: `GET /scim/group-mappings/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const getScimGroupMapping = Operation.make(
  {
    id: "getScimGroupMapping",
    tag: "SCIM",
    method: "GET",
    path: "/scim/group-mappings/{id}",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "Get a SCIM group mapping"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    })
  }),
  GetScimGroupMappingResponse
)

/**
 * Update a SCIM group mapping: `PATCH /scim/group-mappings/{id}`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const updateScimGroupMapping = Operation.make(
  {
    id: "updateScimGroupMapping",
    tag: "SCIM",
    method: "PATCH",
    path: "/scim/group-mappings/{id}",
    body: "json",
    response: "json",
    key: "management",
    metered: false,
    idempotent: false,
    summary: "Update a SCIM group mapping"
  },
  Schema.Struct({
    path: Schema.Struct({
      id: Schema.String
    }),
    body: UpdateScimGroupMappingRequest
  }),
  UpdateScimGroupMappingResponse
)

/**
 * List SCIM groups: `GET /scim/groups`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listScimGroups = Operation.make(
  {
    id: "listScimGroups",
    tag: "SCIM",
    method: "GET",
    path: "/scim/groups",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List SCIM groups"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListScimGroupsResponse
)
