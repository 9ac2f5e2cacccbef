/**
 * The `Organization` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * The response body of `listOrganizationMembers`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListOrganizationMembersResponse = tolerant(Schema.Struct({
  data: Schema.Array(tolerant(Schema.Struct({
    email: Schema.String,
    first_name: Schema.NullOr(Schema.String),
    id: Schema.String,
    last_name: Schema.NullOr(Schema.String),
    role: openLiteral("org:admin", "org:member")
  }))),
  total_count: Schema.Number
}))

/**
 * The type of {@link ListOrganizationMembersResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type ListOrganizationMembersResponse = typeof ListOrganizationMembersResponse.Type

/**
 * List organization members: `GET /organization/members`.
 * Needs a management key (`OpenRouterManagement`).
 *
 * @since 0.1.0
 * @category operations
 */
export const listOrganizationMembers = Operation.make(
  {
    id: "listOrganizationMembers",
    tag: "Organization",
    method: "GET",
    path: "/organization/members",
    body: "none",
    response: "json",
    key: "management",
    metered: false,
    idempotent: true,
    summary: "List organization members"
  },
  Schema.Struct({
    query: Schema.optional(Schema.Struct({
      offset: Schema.optional(Schema.NullOr(Schema.Number)),
      limit: Schema.optional(Schema.Number)
    }))
  }),
  ListOrganizationMembersResponse
)
