/**
 * The `Organization` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * The response body of `listOrganizationMembers`.
 *
 * @since 0.1.0
 * @category models
 */
export type ListOrganizationMembersResponse = {
  readonly data: ReadonlyArray<{
    readonly email: string
    readonly first_name?: string | null | undefined
    readonly id: string
    readonly last_name?: string | null | undefined
    readonly role: "org:admin" | "org:member" | (string & {})
  }>
  readonly total_count: number
}

/**
 * The schema of {@link ListOrganizationMembersResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListOrganizationMembersResponse: Schema.Schema<ListOrganizationMembersResponse> = S.Struct({
  data: S.Array(S.Struct({
    email: S.String,
    first_name: S.optional(S.NullOr(S.String)),
    id: S.String,
    last_name: S.optional(S.NullOr(S.String)),
    role: S.openLiteral("org:admin", "org:member")
  })),
  total_count: S.Number
})

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
