/**
 * The management API's domain values and the operations behind them: API keys (`/keys`),
 * workspaces with their budgets and members (`/workspaces`), guardrails with their key and member
 * assignments (`/guardrails`), credits and activity. Every operation here needs a management key
 * and is sent by the `OpenRouterManagement` service (`OPENROUTER_MANAGEMENT_KEY`), never by the
 * inference client.
 *
 * The operations are the generated ones (`effect-openrouter/api`: `Keys`, `Workspaces`,
 * `Guardrails`, `Credits`, `Analytics`), gathered in {@link Operations}. The `*Wire` schemas here
 * are the tolerant shapes the domain values read (identifiers required, every other field
 * optional, `null` and absent kept apart, unknown fields and enum values kept), so a domain value
 * can also be built from stored JSON. The domain values follow `Account`: camelCase, money as
 * exact `Amount`s, a `null` limit as `Unlimited`, timestamps as `Date`s, the wire object kept as
 * `raw`. A newly created key's secret is a `Redacted` value (never printed, logged, or kept in
 * `raw`).
 *
 * @since 0.1.0
 */
import { Redacted, Schema } from "effect"
import { type CreditsResult, keyLimitRemaining, type Limit, type Spend, unlimited } from "./Account.js"
import type { Amount } from "./Money.js"
import { amountFromUsd } from "./Money.js"
import * as Analytics from "./api/Analytics.js"
import * as Credits from "./api/Credits.js"
import * as Guardrails from "./api/Guardrails.js"
import * as Keys from "./api/Keys.js"
import * as Workspaces from "./api/Workspaces.js"
import { openLiteral, optionalNullable, tolerant } from "./internal/schema.js"

/**
 * `CreditsResult` of `GET /credits`, re-exported for the management service.
 *
 * @since 0.1.0
 * @category models
 */
export type { CreditsResult }

// =============================================================================
// Wire schemas
// =============================================================================

/**
 * How often a key limit or a guardrail budget resets (`null` on the wire: never).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResetInterval = openLiteral("daily", "weekly", "monthly")

/**
 * @since 0.1.0
 * @category models
 */
export type ResetInterval = typeof ResetInterval.Type

/**
 * The period of a workspace budget (a path parameter).
 *
 * @since 0.1.0
 * @category schemas
 */
export const BudgetInterval = openLiteral("daily", "weekly", "monthly", "lifetime")

/**
 * @since 0.1.0
 * @category models
 */
export type BudgetInterval = typeof BudgetInterval.Type

/**
 * An API key as the management API describes it (`GET /keys`, `GET /keys/{hash}`…). Never the
 * secret itself: only its `hash`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApiKeyWire = tolerant(
  Schema.Struct({
    hash: Schema.String,
    name: optionalNullable(Schema.String),
    label: optionalNullable(Schema.String),
    disabled: optionalNullable(Schema.Boolean),
    /** USD; `null` = unlimited. */
    limit: optionalNullable(Schema.Number),
    limit_remaining: optionalNullable(Schema.Number),
    limit_reset: optionalNullable(ResetInterval),
    include_byok_in_limit: optionalNullable(Schema.Boolean),
    usage: optionalNullable(Schema.Number),
    usage_daily: optionalNullable(Schema.Number),
    usage_weekly: optionalNullable(Schema.Number),
    usage_monthly: optionalNullable(Schema.Number),
    byok_usage: optionalNullable(Schema.Number),
    byok_usage_daily: optionalNullable(Schema.Number),
    byok_usage_weekly: optionalNullable(Schema.Number),
    byok_usage_monthly: optionalNullable(Schema.Number),
    created_at: optionalNullable(Schema.String),
    updated_at: optionalNullable(Schema.String),
    expires_at: optionalNullable(Schema.String),
    creator_user_id: optionalNullable(Schema.String),
    workspace_id: optionalNullable(Schema.String)
  }),
  { identifier: "ApiKeyWire" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ApiKeyWire = typeof ApiKeyWire.Type

/**
 * A workspace.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceWire = tolerant(
  Schema.Struct({
    id: Schema.String,
    name: optionalNullable(Schema.String),
    slug: optionalNullable(Schema.String),
    description: optionalNullable(Schema.String),
    default_guardrail_id: optionalNullable(Schema.String),
    default_text_model: optionalNullable(Schema.String),
    default_image_model: optionalNullable(Schema.String),
    default_provider_sort: optionalNullable(Schema.String),
    include_byok_in_budgets: optionalNullable(Schema.Boolean),
    io_logging_sampling_rate: optionalNullable(Schema.Number),
    io_logging_api_key_ids: optionalNullable(Schema.Array(Schema.Number)),
    is_observability_io_logging_enabled: optionalNullable(Schema.Boolean),
    is_observability_broadcast_enabled: optionalNullable(Schema.Boolean),
    is_data_discount_logging_enabled: optionalNullable(Schema.Boolean),
    created_at: optionalNullable(Schema.String),
    updated_at: optionalNullable(Schema.String),
    created_by: optionalNullable(Schema.String)
  }),
  { identifier: "WorkspaceWire" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type WorkspaceWire = typeof WorkspaceWire.Type

/**
 * A workspace budget.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceBudgetWire = tolerant(
  Schema.Struct({
    id: optionalNullable(Schema.String),
    workspace_id: optionalNullable(Schema.String),
    limit_usd: optionalNullable(Schema.Number),
    reset_interval: optionalNullable(ResetInterval),
    created_at: optionalNullable(Schema.String),
    updated_at: optionalNullable(Schema.String)
  }),
  { identifier: "WorkspaceBudgetWire" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type WorkspaceBudgetWire = typeof WorkspaceBudgetWire.Type

/**
 * A workspace member.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceMemberWire = tolerant(
  Schema.Struct({
    id: optionalNullable(Schema.String),
    workspace_id: optionalNullable(Schema.String),
    user_id: Schema.String,
    role: optionalNullable(openLiteral("admin", "member")),
    created_at: optionalNullable(Schema.String)
  }),
  { identifier: "WorkspaceMemberWire" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type WorkspaceMemberWire = typeof WorkspaceMemberWire.Type

/**
 * A guardrail: spending limit, model and provider lists, data policies, content filters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardrailWire = tolerant(
  Schema.Struct({
    id: Schema.String,
    name: optionalNullable(Schema.String),
    description: optionalNullable(Schema.String),
    /** USD; `null` = unlimited. */
    limit_usd: optionalNullable(Schema.Number),
    reset_interval: optionalNullable(ResetInterval),
    allowed_models: optionalNullable(Schema.Array(Schema.String)),
    allowed_providers: optionalNullable(Schema.Array(Schema.String)),
    ignored_models: optionalNullable(Schema.Array(Schema.String)),
    ignored_providers: optionalNullable(Schema.Array(Schema.String)),
    enforce_zdr: optionalNullable(Schema.Boolean),
    include_byok_in_budgets: optionalNullable(Schema.Boolean),
    content_filters: optionalNullable(Schema.Array(Schema.Unknown)),
    content_filter_builtins: optionalNullable(Schema.Array(Schema.Unknown)),
    workspace_id: optionalNullable(Schema.String),
    created_at: optionalNullable(Schema.String),
    updated_at: optionalNullable(Schema.String)
  }),
  { identifier: "GuardrailWire" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type GuardrailWire = typeof GuardrailWire.Type

/**
 * A key assigned to a guardrail.
 *
 * @since 0.1.0
 * @category schemas
 */
export const KeyAssignmentWire = tolerant(
  Schema.Struct({
    id: optionalNullable(Schema.String),
    key_hash: Schema.String,
    guardrail_id: optionalNullable(Schema.String),
    key_name: optionalNullable(Schema.String),
    key_label: optionalNullable(Schema.String),
    assigned_by: optionalNullable(Schema.String),
    created_at: optionalNullable(Schema.String)
  }),
  { identifier: "KeyAssignmentWire" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type KeyAssignmentWire = typeof KeyAssignmentWire.Type

/**
 * A member (user) assigned to a guardrail.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MemberAssignmentWire = tolerant(
  Schema.Struct({
    id: optionalNullable(Schema.String),
    user_id: Schema.String,
    organization_id: optionalNullable(Schema.String),
    guardrail_id: optionalNullable(Schema.String),
    assigned_by: optionalNullable(Schema.String),
    created_at: optionalNullable(Schema.String)
  }),
  { identifier: "MemberAssignmentWire" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type MemberAssignmentWire = typeof MemberAssignmentWire.Type

/**
 * One row of `GET /activity`: a day, a model and an endpoint.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ActivityWire = tolerant(
  Schema.Struct({
    date: Schema.String,
    model: optionalNullable(Schema.String),
    model_permaslug: optionalNullable(Schema.String),
    endpoint_id: optionalNullable(Schema.String),
    provider_name: optionalNullable(Schema.String),
    usage: optionalNullable(Schema.Number),
    byok_usage_inference: optionalNullable(Schema.Number),
    requests: optionalNullable(Schema.Number),
    prompt_tokens: optionalNullable(Schema.Number),
    completion_tokens: optionalNullable(Schema.Number),
    reasoning_tokens: optionalNullable(Schema.Number),
    workspace_id: optionalNullable(Schema.String)
  }),
  { identifier: "ActivityWire" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ActivityWire = typeof ActivityWire.Type

// =============================================================================
// Operations
// =============================================================================

/**
 * The management operations the hand-shaped groups of `OpenRouterManagement` send: the generated
 * ones (`effect-openrouter/api`), under the names the groups use. Each is also callable through
 * `OpenRouterManagement.call`, with the wire input `{ path, query, body }`.
 *
 * @since 0.1.0
 * @category operations
 */
export const Operations = {
  listKeys: Keys.listKeys,
  createKey: Keys.createKey,
  getKey: Keys.getKey,
  updateKey: Keys.updateKey,
  deleteKey: Keys.deleteKey,
  listWorkspaces: Workspaces.listWorkspaces,
  createWorkspace: Workspaces.createWorkspace,
  getWorkspace: Workspaces.getWorkspace,
  updateWorkspace: Workspaces.updateWorkspace,
  deleteWorkspace: Workspaces.deleteWorkspace,
  listWorkspaceBudgets: Workspaces.listWorkspaceBudgets,
  getWorkspaceBudget: Workspaces.getWorkspaceBudget,
  upsertWorkspaceBudget: Workspaces.upsertWorkspaceBudget,
  deleteWorkspaceBudget: Workspaces.deleteWorkspaceBudget,
  listWorkspaceMembers: Workspaces.listWorkspaceMembers,
  addWorkspaceMembers: Workspaces.bulkAddWorkspaceMembers,
  removeWorkspaceMembers: Workspaces.bulkRemoveWorkspaceMembers,
  listGuardrails: Guardrails.listGuardrails,
  createGuardrail: Guardrails.createGuardrail,
  getGuardrail: Guardrails.getGuardrail,
  updateGuardrail: Guardrails.updateGuardrail,
  deleteGuardrail: Guardrails.deleteGuardrail,
  listGuardrailKeyAssignments: Guardrails.listGuardrailKeyAssignments,
  assignKeysToGuardrail: Guardrails.bulkAssignKeysToGuardrail,
  unassignKeysFromGuardrail: Guardrails.bulkUnassignKeysFromGuardrail,
  listGuardrailMemberAssignments: Guardrails.listGuardrailMemberAssignments,
  assignMembersToGuardrail: Guardrails.bulkAssignMembersToGuardrail,
  unassignMembersFromGuardrail: Guardrails.bulkUnassignMembersFromGuardrail,
  getCredits: Credits.getCredits,
  getActivity: Analytics.getUserActivity
}

// =============================================================================
// Domain values
// =============================================================================

const orUndefined = <A>(value: A | null | undefined): A | undefined => value ?? undefined

const dateOf = (value: string | null | undefined): Date | undefined => {
  if (value === undefined || value === null) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : new Date(ms)
}

const limitOf = (value: number | null | undefined): Limit | undefined => {
  if (value === undefined) return undefined
  if (value === null) return unlimited
  const a = amountFromUsd(value)
  return a === undefined ? undefined : { _tag: "Limited", ...a }
}

const spendOf = (
  total: number | null | undefined,
  daily: number | null | undefined,
  weekly: number | null | undefined,
  monthly: number | null | undefined
): Spend => ({
  total: amountFromUsd(total),
  daily: amountFromUsd(daily),
  weekly: amountFromUsd(weekly),
  monthly: amountFromUsd(monthly)
})

/**
 * An API key as the management API reports it (never its secret).
 *
 * @since 0.1.0
 * @category models
 */
export interface ManagedKey {
  /** The key's identifier in the management API (`/keys/{hash}`). */
  readonly hash: string
  readonly name: string | undefined
  /** A masked form of the key (`sk-or-v1-abc...xyz`), safe to show. */
  readonly label: string | undefined
  readonly disabled: boolean
  /** The key's credit limit; `Unlimited` when the API says `null`. */
  readonly limit: Limit | undefined
  readonly limitRemaining: Limit | undefined
  /** How often the limit resets; `"never"` for `null`. */
  readonly limitReset: ResetInterval | "never" | undefined
  readonly includeByokInLimit: boolean | undefined
  readonly usage: Spend
  readonly byokUsage: Spend
  readonly createdAt: Date | undefined
  readonly updatedAt: Date | undefined
  /** When the key expires; `"never"` for `null`. */
  readonly expiresAt: Date | "never" | undefined
  readonly creatorUserId: string | undefined
  readonly workspaceId: string | undefined
  /** The wire object as received (unknown fields included). */
  readonly raw: ApiKeyWire
}

/**
 * A key just created: its description and, once, its secret. The secret is `Redacted`: printing,
 * logging or serializing it shows `<redacted>`; read it with `Redacted.value` to hand it to the
 * app that will use it. OpenRouter never shows it again.
 *
 * @since 0.1.0
 * @category models
 */
export interface CreatedKey {
  readonly key: Redacted.Redacted<string>
  readonly info: ManagedKey
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const managedKey = (raw: ApiKeyWire): ManagedKey => ({
  hash: raw.hash,
  name: orUndefined(raw.name),
  label: orUndefined(raw.label),
  disabled: raw.disabled === true,
  limit: limitOf(raw.limit),
  limitRemaining: keyLimitRemaining(raw),
  limitReset: raw.limit_reset === null ? "never" : raw.limit_reset,
  includeByokInLimit: orUndefined(raw.include_byok_in_limit),
  usage: spendOf(raw.usage, raw.usage_daily, raw.usage_weekly, raw.usage_monthly),
  byokUsage: spendOf(raw.byok_usage, raw.byok_usage_daily, raw.byok_usage_weekly, raw.byok_usage_monthly),
  createdAt: dateOf(raw.created_at),
  updatedAt: dateOf(raw.updated_at),
  expiresAt: raw.expires_at === null ? "never" : dateOf(raw.expires_at),
  creatorUserId: orUndefined(raw.creator_user_id),
  workspaceId: orUndefined(raw.workspace_id),
  raw
})

/**
 * The domain value of `POST /keys`: the secret as `Redacted`, `raw` without it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const createdKey = (response: { readonly data: ApiKeyWire; readonly key: string }): CreatedKey => ({
  key: Redacted.make(response.key),
  info: managedKey(response.data)
})

/**
 * A workspace.
 *
 * @since 0.1.0
 * @category models
 */
export interface Workspace {
  readonly id: string
  readonly name: string | undefined
  readonly slug: string | undefined
  readonly description: string | undefined
  readonly defaultGuardrailId: string | undefined
  readonly defaultTextModel: string | undefined
  readonly defaultImageModel: string | undefined
  readonly defaultProviderSort: string | undefined
  readonly includeByokInBudgets: boolean | undefined
  readonly createdAt: Date | undefined
  readonly updatedAt: Date | undefined
  readonly createdBy: string | undefined
  readonly raw: WorkspaceWire
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const workspace = (raw: WorkspaceWire): Workspace => ({
  id: raw.id,
  name: orUndefined(raw.name),
  slug: orUndefined(raw.slug),
  description: orUndefined(raw.description),
  defaultGuardrailId: orUndefined(raw.default_guardrail_id),
  defaultTextModel: orUndefined(raw.default_text_model),
  defaultImageModel: orUndefined(raw.default_image_model),
  defaultProviderSort: orUndefined(raw.default_provider_sort),
  includeByokInBudgets: orUndefined(raw.include_byok_in_budgets),
  createdAt: dateOf(raw.created_at),
  updatedAt: dateOf(raw.updated_at),
  createdBy: orUndefined(raw.created_by),
  raw
})

/**
 * A workspace budget: a spending cap per period.
 *
 * @since 0.1.0
 * @category models
 */
export interface WorkspaceBudget {
  readonly id: string | undefined
  readonly workspaceId: string | undefined
  /** The cap, exact; `undefined` when not reported. */
  readonly limit: Amount | undefined
  /** How often it resets; `"never"` for `null` (a lifetime budget). */
  readonly resetInterval: ResetInterval | "never" | undefined
  readonly createdAt: Date | undefined
  readonly updatedAt: Date | undefined
  readonly raw: WorkspaceBudgetWire
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const workspaceBudget = (raw: WorkspaceBudgetWire): WorkspaceBudget => ({
  id: orUndefined(raw.id),
  workspaceId: orUndefined(raw.workspace_id),
  limit: amountFromUsd(raw.limit_usd),
  resetInterval: raw.reset_interval === null ? "never" : raw.reset_interval,
  createdAt: dateOf(raw.created_at),
  updatedAt: dateOf(raw.updated_at),
  raw
})

/**
 * A member of a workspace.
 *
 * @since 0.1.0
 * @category models
 */
export interface WorkspaceMember {
  readonly userId: string
  readonly role: string | undefined
  readonly workspaceId: string | undefined
  readonly createdAt: Date | undefined
  readonly raw: WorkspaceMemberWire
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const workspaceMember = (raw: WorkspaceMemberWire): WorkspaceMember => ({
  userId: raw.user_id,
  role: orUndefined(raw.role),
  workspaceId: orUndefined(raw.workspace_id),
  createdAt: dateOf(raw.created_at),
  raw
})

/**
 * A guardrail.
 *
 * @since 0.1.0
 * @category models
 */
export interface Guardrail {
  readonly id: string
  readonly name: string | undefined
  readonly description: string | undefined
  /** The spending limit; `Unlimited` when the API says `null`. */
  readonly limit: Limit | undefined
  readonly resetInterval: ResetInterval | "never" | undefined
  readonly allowedModels: ReadonlyArray<string> | undefined
  readonly allowedProviders: ReadonlyArray<string> | undefined
  readonly ignoredModels: ReadonlyArray<string> | undefined
  readonly ignoredProviders: ReadonlyArray<string> | undefined
  readonly includeByokInBudgets: boolean | undefined
  readonly workspaceId: string | undefined
  readonly createdAt: Date | undefined
  readonly updatedAt: Date | undefined
  readonly raw: GuardrailWire
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const guardrail = (raw: GuardrailWire): Guardrail => ({
  id: raw.id,
  name: orUndefined(raw.name),
  description: orUndefined(raw.description),
  limit: limitOf(raw.limit_usd),
  resetInterval: raw.reset_interval === null ? "never" : raw.reset_interval,
  allowedModels: orUndefined(raw.allowed_models),
  allowedProviders: orUndefined(raw.allowed_providers),
  ignoredModels: orUndefined(raw.ignored_models),
  ignoredProviders: orUndefined(raw.ignored_providers),
  includeByokInBudgets: orUndefined(raw.include_byok_in_budgets),
  workspaceId: orUndefined(raw.workspace_id),
  createdAt: dateOf(raw.created_at),
  updatedAt: dateOf(raw.updated_at),
  raw
})

/**
 * A key or member assigned to a guardrail.
 *
 * @since 0.1.0
 * @category models
 */
export interface Assignment<Raw> {
  /** The key's hash, or the member's user id. */
  readonly subject: string
  readonly guardrailId: string | undefined
  readonly assignedBy: string | undefined
  readonly createdAt: Date | undefined
  readonly raw: Raw
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const keyAssignment = (raw: KeyAssignmentWire): Assignment<KeyAssignmentWire> => ({
  subject: raw.key_hash,
  guardrailId: orUndefined(raw.guardrail_id),
  assignedBy: orUndefined(raw.assigned_by),
  createdAt: dateOf(raw.created_at),
  raw
})

/**
 * @since 0.1.0
 * @category constructors
 */
export const memberAssignment = (raw: MemberAssignmentWire): Assignment<MemberAssignmentWire> => ({
  subject: raw.user_id,
  guardrailId: orUndefined(raw.guardrail_id),
  assignedBy: orUndefined(raw.assigned_by),
  createdAt: dateOf(raw.created_at),
  raw
})

/**
 * One row of activity: a day, a model, an endpoint, what was spent and sent.
 *
 * @since 0.1.0
 * @category models
 */
export interface Activity {
  readonly date: string
  readonly model: string | undefined
  readonly provider: string | undefined
  readonly endpointId: string | undefined
  readonly usage: Amount | undefined
  readonly byokUsage: Amount | undefined
  readonly requests: number | undefined
  readonly promptTokens: number | undefined
  readonly completionTokens: number | undefined
  readonly reasoningTokens: number | undefined
  readonly workspaceId: string | undefined
  readonly raw: ActivityWire
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const activity = (raw: ActivityWire): Activity => ({
  date: raw.date,
  model: orUndefined(raw.model),
  provider: orUndefined(raw.provider_name),
  endpointId: orUndefined(raw.endpoint_id),
  usage: amountFromUsd(raw.usage),
  byokUsage: amountFromUsd(raw.byok_usage_inference),
  requests: orUndefined(raw.requests),
  promptTokens: orUndefined(raw.prompt_tokens),
  completionTokens: orUndefined(raw.completion_tokens),
  reasoningTokens: orUndefined(raw.reasoning_tokens),
  workspaceId: orUndefined(raw.workspace_id),
  raw
})

/**
 * A page of a list: its items, the total the API reports (when it does) and the wire response.
 *
 * @since 0.1.0
 * @category models
 */
export interface Page<A, Raw> {
  readonly items: ReadonlyArray<A>
  readonly totalCount: number | undefined
  readonly raw: Raw
}
