/**
 * The `SCIM` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * `CreateScimGroupMappingRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateScimGroupMappingRequest = {
  readonly role: "admin" | "member" | (string & {})
  readonly scim_group_id: string
  readonly workspace_id: string
}

/**
 * The schema of {@link CreateScimGroupMappingRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateScimGroupMappingRequest: Schema.Schema<CreateScimGroupMappingRequest> = S.Struct({
  role: S.openLiteral("admin", "member"),
  scim_group_id: S.String,
  workspace_id: S.String
})

/**
 * `ScimGroupMapping` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ScimGroupMapping = {
  readonly created_at: string
  readonly id: string
  readonly organization_id: string
  readonly role: "admin" | "member" | (string & {})
  readonly scim_group_id: string
  readonly updated_at: string
  readonly workspace_id: string
}

/**
 * The schema of {@link ScimGroupMapping}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScimGroupMapping: Schema.Schema<ScimGroupMapping> = S.Struct({
  created_at: S.String,
  id: S.String,
  organization_id: S.String,
  role: S.openLiteral("admin", "member"),
  scim_group_id: S.String,
  updated_at: S.String,
  workspace_id: S.String
})

/**
 * `CreateScimGroupMappingResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type CreateScimGroupMappingResponse = {
  readonly data: ScimGroupMapping
}

/**
 * The schema of {@link CreateScimGroupMappingResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreateScimGroupMappingResponse: Schema.Schema<CreateScimGroupMappingResponse> = S.Struct({
  data: ScimGroupMapping
})

/**
 * `DeleteScimGroupMappingResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type DeleteScimGroupMappingResponse = {
  readonly deleted: boolean
}

/**
 * The schema of {@link DeleteScimGroupMappingResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeleteScimGroupMappingResponse: Schema.Schema<DeleteScimGroupMappingResponse> = S.Struct({
  deleted: S.Boolean
})

/**
 * `GetScimGroupMappingResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type GetScimGroupMappingResponse = {
  readonly data: ScimGroupMapping
}

/**
 * The schema of {@link GetScimGroupMappingResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetScimGroupMappingResponse: Schema.Schema<GetScimGroupMappingResponse> = S.Struct({
  data: ScimGroupMapping
})

/**
 * `ListScimGroupMappingsResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListScimGroupMappingsResponse = {
  readonly data: ReadonlyArray<ScimGroupMapping>
  readonly total_count: number
}

/**
 * The schema of {@link ListScimGroupMappingsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListScimGroupMappingsResponse: Schema.Schema<ListScimGroupMappingsResponse> = S.Struct({
  data: S.Array(ScimGroupMapping),
  total_count: S.Number
})

/**
 * `ScimGroup` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ScimGroup = {
  readonly created_at: string
  readonly display_name: string
  readonly external_id?: string | null | undefined
  readonly id: string
  readonly organization_id: string
  readonly updated_at: string
}

/**
 * The schema of {@link ScimGroup}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScimGroup: Schema.Schema<ScimGroup> = S.Struct({
  created_at: S.String,
  display_name: S.String,
  external_id: S.optional(S.NullOr(S.String)),
  id: S.String,
  organization_id: S.String,
  updated_at: S.String
})

/**
 * `ListScimGroupsResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ListScimGroupsResponse = {
  readonly data: ReadonlyArray<ScimGroup>
  readonly total_count: number
}

/**
 * The schema of {@link ListScimGroupsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListScimGroupsResponse: Schema.Schema<ListScimGroupsResponse> = S.Struct({
  data: S.Array(ScimGroup),
  total_count: S.Number
})

/**
 * `UpdateScimGroupMappingRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateScimGroupMappingRequest = {
  readonly role: "admin" | "member" | (string & {})
}

/**
 * The schema of {@link UpdateScimGroupMappingRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateScimGroupMappingRequest: Schema.Schema<UpdateScimGroupMappingRequest> = S.Struct({
  role: S.openLiteral("admin", "member")
})

/**
 * `UpdateScimGroupMappingResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type UpdateScimGroupMappingResponse = {
  readonly data: ScimGroupMapping
}

/**
 * The schema of {@link UpdateScimGroupMappingResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UpdateScimGroupMappingResponse: Schema.Schema<UpdateScimGroupMappingResponse> = S.Struct({
  data: ScimGroupMapping
})

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
