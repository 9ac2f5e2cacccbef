/**
 * The management API as a service of its own: provisioning API keys, workspaces with their
 * budgets and members, guardrails with their assignments, credits and activity. It has its own
 * key (`OPENROUTER_MANAGEMENT_KEY`), its own configuration and its own transport, so an app's
 * inference key never gains management rights and the management key is never sent with an
 * inference request: `OpenRouter.call` refuses management operations, and this service's `call`
 * refuses every other one.
 *
 * Every call goes through the same pipeline as the inference client's `call` — typed errors,
 * retry (an idempotent GET, PUT or DELETE is retried even when the first try may have been
 * processed; a create is not), circuit breaker, rate limit, bulkhead, spans, the attempts log —
 * and the management key is redacted everywhere, exactly as the inference key is. Nothing here
 * costs money: no budget, meter or ledger.
 *
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { OpenRouterManagement } from "effect-openrouter"
 * import { OpenRouterManagementLive } from "effect-openrouter/node"
 *
 * const program = Effect.gen(function*() {
 *   const management = yield* OpenRouterManagement.OpenRouterManagement
 *   const created = yield* management.keys.create({ name: "customer-42", limit: 10, limitReset: "monthly" })
 *   // hand Redacted.value(created.key) to the customer, once; keep created.info.hash to manage it
 *   yield* management.keys.update(created.info.hash, { disabled: true })
 *   yield* management.keys.delete(created.info.hash)
 * })
 *
 * Effect.runPromise(program.pipe(Effect.provide(OpenRouterManagementLive))) // reads OPENROUTER_MANAGEMENT_KEY
 * ```
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as FiberSet from "effect/FiberSet"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { creditsResult, type CreditsResult } from "./Account.js"
import * as Bulkhead from "./Bulkhead.js"
import * as CircuitBreaker from "./CircuitBreaker.js"
import * as Fallback from "./Fallback.js"
import * as Management from "./Management.js"
import type * as Operation from "./Operation.js"
import * as OpenRouterConfig from "./OpenRouterConfig.js"
import { ConfigError, InvalidRequestError, type OpenRouterError } from "./OpenRouterError.js"
import type { OperationOptions } from "./pipeline/operation.js"
import { makeChatCalls } from "./pipeline/pipeline.js"
import type { Policies } from "./pipeline/types.js"
import * as RateLimit from "./RateLimit.js"
import * as RetryPolicy from "./RetryPolicy.js"
import * as Transport from "./Transport.js"

// =============================================================================
// Configuration
// =============================================================================

/**
 * The management client's configuration: the same settings as `OpenRouterConfig` (base URL,
 * headers, timeouts, limits, `transformClient`), with the management key in `apiKey`. A tag of
 * its own, so it never stands in for the inference configuration (or the other way round).
 *
 * @since 0.1.0
 * @category tags
 */
export class ManagementConfig extends Context.Tag("effect-openrouter/OpenRouterManagement/Config")<
  ManagementConfig,
  OpenRouterConfig.Service
>() {}

/**
 * What `layerConfig` accepts: `OpenRouterConfig.Options` with the management key instead of
 * the API key.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends Omit<OpenRouterConfig.Options, "apiKey"> {
  /** A management key (https://openrouter.ai/settings/management-keys); kept `Redacted`. */
  readonly managementKey: Redacted.Redacted<string> | string
}

const VARIABLE = "OPENROUTER_MANAGEMENT_KEY"

/** The inference configuration's key errors, said of the management key. */
const managementKeyError = (error: ConfigError): ConfigError =>
  error.variable === "OPENROUTER_API_KEY" || error.variable === VARIABLE
    ? new ConfigError({
      message: /empty/.test(error.message)
        ? `${VARIABLE} is empty`
        : `Missing or invalid environment variable ${VARIABLE}: set it to an OpenRouter management key (https://openrouter.ai/settings/management-keys)`,
      variable: VARIABLE
    })
    : error

const fromInference = (
  inference: Layer.Layer<OpenRouterConfig.OpenRouterConfig, ConfigError>
): Layer.Layer<ManagementConfig, ConfigError> =>
  Layer.effect(ManagementConfig, OpenRouterConfig.OpenRouterConfig).pipe(
    Layer.provide(inference),
    Layer.mapError(managementKeyError)
  )

/**
 * The management configuration from options given in code. The key is scrubbed from every
 * error, log and span while the layer is alive, as the inference key is.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (options: Options): Layer.Layer<ManagementConfig, ConfigError> => {
  const { managementKey, ...rest } = options
  return fromInference(OpenRouterConfig.layer({ ...rest, apiKey: managementKey }))
}

/**
 * The management configuration from the environment (the Effect `ConfigProvider`):
 * `OPENROUTER_MANAGEMENT_KEY` (required; never `OPENROUTER_API_KEY`), `OPENROUTER_BASE_URL`,
 * `OPENROUTER_HTTP_REFERER`, `OPENROUTER_APP_TITLE`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerEnv: Layer.Layer<ManagementConfig, ConfigError> = fromInference(
  OpenRouterConfig.layerConfig({
    apiKey: Config.redacted(VARIABLE),
    baseUrl: Config.option(Config.string("OPENROUTER_BASE_URL")),
    referer: Config.option(Config.string("OPENROUTER_HTTP_REFERER")),
    title: Config.option(Config.string("OPENROUTER_APP_TITLE"))
  })
)

// =============================================================================
// Service interface
// =============================================================================

/**
 * What a new key is created with. Amounts are USD; `limit: null` (or leaving it out) means no
 * limit.
 *
 * @since 0.1.0
 * @category models
 */
export interface CreateKeyInput {
  readonly name: string
  readonly limit?: number | null | undefined
  /** When the limit resets; `null`: never. */
  readonly limitReset?: Management.ResetInterval | null | undefined
  readonly includeByokInLimit?: boolean | undefined
  /** When the key stops working; `null`: never. */
  readonly expiresAt?: Date | string | null | undefined
  /** The workspace the key belongs to (default: the default workspace). */
  readonly workspaceId?: string | undefined
  /** The organization member the key is created for. */
  readonly creatorUserId?: string | null | undefined
}

/**
 * What can change on a key. `disabled: true` revokes it without deleting it.
 *
 * @since 0.1.0
 * @category models
 */
export interface UpdateKeyInput {
  readonly name?: string | undefined
  readonly disabled?: boolean | undefined
  readonly limit?: number | null | undefined
  readonly limitReset?: Management.ResetInterval | null | undefined
  readonly includeByokInLimit?: boolean | undefined
}

/**
 * A page request of a list: `offset` and `limit` (at most 100; the API's default 50).
 *
 * @since 0.1.0
 * @category models
 */
export interface PageRequest {
  readonly offset?: number | undefined
  readonly limit?: number | undefined
}

/**
 * What a workspace is created with (`name` and `slug` required) or updated with.
 *
 * @since 0.1.0
 * @category models
 */
export interface WorkspaceInput {
  readonly name?: string | undefined
  /** Lowercase letters, digits and dashes. */
  readonly slug?: string | undefined
  readonly description?: string | null | undefined
  readonly defaultTextModel?: string | null | undefined
  readonly defaultImageModel?: string | null | undefined
  readonly defaultProviderSort?: string | null | undefined
}

/**
 * What a guardrail is created with (`name` required) or updated with. Amounts are USD.
 *
 * @since 0.1.0
 * @category models
 */
export interface GuardrailInput {
  readonly name?: string | undefined
  readonly description?: string | null | undefined
  /** Spending limit in USD; `null`: none. */
  readonly limitUsd?: number | null | undefined
  readonly resetInterval?: Management.ResetInterval | null | undefined
  readonly allowedModels?: ReadonlyArray<string> | null | undefined
  readonly allowedProviders?: ReadonlyArray<string> | null | undefined
  readonly ignoredModels?: ReadonlyArray<string> | null | undefined
  readonly ignoredProviders?: ReadonlyArray<string> | null | undefined
  readonly enforceZdr?: boolean | null | undefined
  readonly includeByokInBudgets?: boolean | undefined
  readonly workspaceId?: string | undefined
}

/**
 * `keys`: provisioning API keys.
 *
 * @since 0.1.0
 * @category models
 */
export interface Keys {
  /** `GET /keys`: the keys (disabled ones only with `includeDisabled`). */
  readonly list: (options?: ListKeysOptions) => Effect.Effect<ReadonlyArray<Management.ManagedKey>, OpenRouterError>
  /**
   * `POST /keys`: a new key. Its secret comes back once, `Redacted` (`Redacted.value` reads it).
   * Not retried once it may have reached the server (a retry could create a second key).
   */
  readonly create: (input: CreateKeyInput) => Effect.Effect<Management.CreatedKey, OpenRouterError>
  /** `GET /keys/{hash}`. */
  readonly get: (hash: string) => Effect.Effect<Management.ManagedKey, OpenRouterError>
  /** `PATCH /keys/{hash}`. */
  readonly update: (
    hash: string,
    patch: UpdateKeyInput
  ) => Effect.Effect<Management.ManagedKey, OpenRouterError>
  /** `DELETE /keys/{hash}`: the key stops working at once. */
  readonly delete: (hash: string) => Effect.Effect<void, OpenRouterError>
}

/**
 * What `keys.list` filters on.
 *
 * @since 0.1.0
 * @category models
 */
export interface ListKeysOptions {
  readonly includeDisabled?: boolean | undefined
  readonly offset?: number | undefined
  readonly workspaceId?: string | undefined
}

/**
 * `workspaces`, with their `budgets` and `members`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Workspaces {
  readonly list: (
    page?: PageRequest
  ) => Effect.Effect<Management.Page<Management.Workspace, unknown>, OpenRouterError>
  readonly create: (
    input: WorkspaceInput & { readonly name: string; readonly slug: string }
  ) => Effect.Effect<Management.Workspace, OpenRouterError>
  /** By id or slug. */
  readonly get: (id: string) => Effect.Effect<Management.Workspace, OpenRouterError>
  readonly update: (id: string, patch: WorkspaceInput) => Effect.Effect<Management.Workspace, OpenRouterError>
  readonly delete: (id: string) => Effect.Effect<void, OpenRouterError>
  readonly budgets: {
    readonly list: (workspaceId: string) => Effect.Effect<ReadonlyArray<Management.WorkspaceBudget>, OpenRouterError>
    readonly get: (
      workspaceId: string,
      interval: Management.BudgetInterval
    ) => Effect.Effect<Management.WorkspaceBudget, OpenRouterError>
    /** `PUT`: creates or replaces the budget of that period (USD). */
    readonly set: (
      workspaceId: string,
      interval: Management.BudgetInterval,
      budget: { readonly limitUsd: number; readonly includeByokInBudgets?: boolean | undefined }
    ) => Effect.Effect<Management.WorkspaceBudget, OpenRouterError>
    readonly delete: (workspaceId: string, interval: Management.BudgetInterval) => Effect.Effect<void, OpenRouterError>
  }
  readonly members: {
    readonly list: (
      workspaceId: string,
      page?: PageRequest
    ) => Effect.Effect<Management.Page<Management.WorkspaceMember, unknown>, OpenRouterError>
    /** The members added (those already in are left out). */
    readonly add: (
      workspaceId: string,
      userIds: ReadonlyArray<string>
    ) => Effect.Effect<ReadonlyArray<Management.WorkspaceMember>, OpenRouterError>
    /** How many were removed. */
    readonly remove: (workspaceId: string, userIds: ReadonlyArray<string>) => Effect.Effect<number, OpenRouterError>
  }
}

/**
 * `guardrails`, with their key and member assignments.
 *
 * @since 0.1.0
 * @category models
 */
export interface Guardrails {
  readonly list: (
    page?: PageRequest & { readonly workspaceId?: string | undefined }
  ) => Effect.Effect<Management.Page<Management.Guardrail, unknown>, OpenRouterError>
  readonly create: (
    input: GuardrailInput & { readonly name: string }
  ) => Effect.Effect<Management.Guardrail, OpenRouterError>
  readonly get: (id: string) => Effect.Effect<Management.Guardrail, OpenRouterError>
  readonly update: (id: string, patch: GuardrailInput) => Effect.Effect<Management.Guardrail, OpenRouterError>
  readonly delete: (id: string) => Effect.Effect<void, OpenRouterError>
  readonly keys: {
    readonly list: (
      guardrailId: string,
      page?: PageRequest
    ) => Effect.Effect<Management.Page<Management.Assignment<Management.KeyAssignmentWire>, unknown>, OpenRouterError>
    /** How many were newly assigned. */
    readonly assign: (guardrailId: string, keyHashes: ReadonlyArray<string>) => Effect.Effect<number, OpenRouterError>
    /** How many were unassigned. */
    readonly unassign: (guardrailId: string, keyHashes: ReadonlyArray<string>) => Effect.Effect<number, OpenRouterError>
  }
  readonly members: {
    readonly list: (
      guardrailId: string,
      page?: PageRequest
    ) => Effect.Effect<
      Management.Page<Management.Assignment<Management.MemberAssignmentWire>, unknown>,
      OpenRouterError
    >
    readonly assign: (guardrailId: string, userIds: ReadonlyArray<string>) => Effect.Effect<number, OpenRouterError>
    readonly unassign: (guardrailId: string, userIds: ReadonlyArray<string>) => Effect.Effect<number, OpenRouterError>
  }
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /**
   * Every management operation (`Operation.key === "management"`: the generated table in
   * `effect-openrouter/api`, or `Management.Operations`) through the pipeline. Inference
   * operations are refused with `InvalidRequestError` (field `operation`): the management key
   * is never used for inference.
   */
  readonly call: <In, Out>(
    operation: Operation.Operation<In, Out>,
    input: In,
    options?: OperationOptions
  ) => Effect.Effect<Out, OpenRouterError>
  readonly keys: Keys
  readonly workspaces: Workspaces
  readonly guardrails: Guardrails
  /** `GET /credits`: credits bought and used, exact. */
  readonly credits: () => Effect.Effect<CreditsResult, OpenRouterError>
  /** `GET /activity`: the last 30 completed UTC days, by day, model and endpoint. */
  readonly activity: (
    options?: { readonly date?: string | undefined; readonly workspaceId?: string | undefined }
  ) => Effect.Effect<ReadonlyArray<Management.Activity>, OpenRouterError>
}

/**
 * The management client.
 *
 * @since 0.1.0
 * @category tags
 */
export class OpenRouterManagement extends Context.Tag("effect-openrouter/OpenRouterManagement")<
  OpenRouterManagement,
  Service
>() {}

// =============================================================================
// Constructors
// =============================================================================

const isoOf = (value: Date | string | null | undefined): string | null | undefined =>
  value instanceof Date ? value.toISOString() : value

const workspaceBody = (input: WorkspaceInput) => ({
  name: input.name,
  slug: input.slug,
  description: input.description,
  default_text_model: input.defaultTextModel,
  default_image_model: input.defaultImageModel,
  default_provider_sort: input.defaultProviderSort
})

const guardrailBody = (input: GuardrailInput) => ({
    name: input.name,
    description: input.description,
    limit_usd: input.limitUsd,
    reset_interval: input.resetInterval,
    allowed_models: input.allowedModels,
    allowed_providers: input.allowedProviders,
    ignored_models: input.ignoredModels,
    ignored_providers: input.ignoredProviders,
    enforce_zdr: input.enforceZdr,
  include_byok_in_budgets: input.includeByokInBudgets,
  workspace_id: input.workspaceId
})

const pageQuery = (page: PageRequest | undefined) => ({ offset: page?.offset, limit: page?.limit })

const pageOf = <W, A>(
  raw: { readonly data: ReadonlyArray<W>; readonly total_count?: number | null | undefined },
  f: (w: W) => A
): Management.Page<A, unknown> => ({
  items: raw.data.map(f),
  totalCount: raw.total_count ?? undefined,
  raw
})

/**
 * Builds the service from the management configuration, an `HttpClient` and whichever policies
 * are in context (retry, circuit breaker, rate limit, bulkhead; absent ones take their defaults:
 * retry on, the rest off). Its transport is its own, built from the management configuration.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, HttpClient.HttpClient | ManagementConfig | Scope.Scope> = Effect.gen(
  function*() {
    const config = yield* ManagementConfig
    const transport = yield* Transport.make.pipe(Effect.provideService(OpenRouterConfig.OpenRouterConfig, config))
    const policies: Policies = {
      retry: Option.getOrElse(yield* Effect.serviceOption(RetryPolicy.RetryPolicy), () => RetryPolicy.defaults),
      fallback: Fallback.defaults,
      breaker: Option.getOrUndefined(yield* Effect.serviceOption(CircuitBreaker.CircuitBreaker)),
      rateLimit: Option.getOrUndefined(yield* Effect.serviceOption(RateLimit.RateLimit)),
      bulkhead: Option.getOrUndefined(yield* Effect.serviceOption(Bulkhead.Bulkhead)),
      // Nothing here costs money, and no model is chosen.
      meter: undefined,
      budget: undefined,
      registry: undefined,
      ledger: undefined
    }
    const background = yield* FiberSet.make()
    const calls = makeChatCalls({
      transport,
      config,
      policies,
      preChecks: { checkModel: false, checkContext: false, checkParameters: false },
      reconcileCosts: false,
      background
    })

    const call: Service["call"] = (operation, input, options) =>
      operation.key === "management"
        ? calls.call(operation, input, options)
        : Effect.fail(
          new InvalidRequestError({
            message:
              `${operation.id} is an inference operation: call it through OpenRouter (OPENROUTER_API_KEY); the management key is never used for inference`,
            field: "operation"
          })
        )

    const ops = Management.Operations
    const done = Effect.asVoid

    const keys: Keys = {
      list: (options) =>
        Effect.map(
          call(ops.listKeys, {
            query: {
              include_disabled: options?.includeDisabled === undefined ? undefined : String(options.includeDisabled),
              offset: options?.offset,
              workspace_id: options?.workspaceId
            }
          }),
          (r) => r.data.map(Management.managedKey)
        ),
      create: (input) =>
        Effect.map(
          call(ops.createKey, {
            body: {
              name: input.name,
              limit: input.limit,
              limit_reset: input.limitReset,
              include_byok_in_limit: input.includeByokInLimit,
              expires_at: isoOf(input.expiresAt),
              workspace_id: input.workspaceId,
              creator_user_id: input.creatorUserId
            }
          }),
          Management.createdKey
        ),
      get: (hash) => Effect.map(call(ops.getKey, { path: { hash } }), (r) => Management.managedKey(r.data)),
      update: (hash, patch) =>
        Effect.map(
          call(ops.updateKey, {
            path: { hash },
            body: {
              name: patch.name,
              disabled: patch.disabled,
              limit: patch.limit,
              limit_reset: patch.limitReset,
              include_byok_in_limit: patch.includeByokInLimit
            }
          }),
          (r) => Management.managedKey(r.data)
        ),
      delete: (hash) => done(call(ops.deleteKey, { path: { hash } }))
    }

    const workspaces: Workspaces = {
      list: (page) =>
        Effect.map(call(ops.listWorkspaces, { query: pageQuery(page) }), (r) => pageOf(r, Management.workspace)),
      create: (input) =>
        Effect.map(call(ops.createWorkspace, { body: { ...workspaceBody(input), name: input.name, slug: input.slug } }), (r) => Management.workspace(r.data)),
      get: (id) => Effect.map(call(ops.getWorkspace, { path: { id } }), (r) => Management.workspace(r.data)),
      update: (id, patch) =>
        Effect.map(
          call(ops.updateWorkspace, { path: { id }, body: workspaceBody(patch) }),
          (r) => Management.workspace(r.data)
        ),
      delete: (id) => done(call(ops.deleteWorkspace, { path: { id } })),
      budgets: {
        list: (id) =>
          Effect.map(call(ops.listWorkspaceBudgets, { path: { id } }), (r) => r.data.map(Management.workspaceBudget)),
        get: (id, interval) =>
          Effect.map(
            call(ops.getWorkspaceBudget, { path: { id, interval } }),
            (r) => Management.workspaceBudget(r.data)
          ),
        set: (id, interval, budget) =>
          Effect.map(
            call(ops.upsertWorkspaceBudget, {
              path: { id, interval },
              body: { limit_usd: budget.limitUsd, include_byok_in_budgets: budget.includeByokInBudgets }
            }),
            (r) => Management.workspaceBudget(r.data)
          ),
        delete: (id, interval) => done(call(ops.deleteWorkspaceBudget, { path: { id, interval } }))
      },
      members: {
        list: (id, page) =>
          Effect.map(
            call(ops.listWorkspaceMembers, { path: { id }, query: pageQuery(page) }),
            (r) => pageOf(r, Management.workspaceMember)
          ),
        add: (id, userIds) =>
          Effect.map(
            call(ops.addWorkspaceMembers, { path: { id }, body: { user_ids: userIds } }),
            (r) => r.data.map(Management.workspaceMember)
          ),
        remove: (id, userIds) =>
          Effect.map(
            call(ops.removeWorkspaceMembers, { path: { id }, body: { user_ids: userIds } }),
            (r) => r.removed_count ?? 0
          )
      }
    }

    const guardrails: Guardrails = {
      list: (page) =>
        Effect.map(
          call(ops.listGuardrails, { query: { ...pageQuery(page), workspace_id: page?.workspaceId } }),
          (r) => pageOf(r, Management.guardrail)
        ),
      create: (input) =>
        Effect.map(call(ops.createGuardrail, { body: { ...guardrailBody(input), name: input.name } }), (r) => Management.guardrail(r.data)),
      get: (id) => Effect.map(call(ops.getGuardrail, { path: { id } }), (r) => Management.guardrail(r.data)),
      update: (id, patch) =>
        Effect.map(
          call(ops.updateGuardrail, { path: { id }, body: guardrailBody(patch) }),
          (r) => Management.guardrail(r.data)
        ),
      delete: (id) => done(call(ops.deleteGuardrail, { path: { id } })),
      keys: {
        list: (id, page) =>
          Effect.map(
            call(ops.listGuardrailKeyAssignments, { path: { id }, query: pageQuery(page) }),
            (r) => pageOf(r, Management.keyAssignment)
          ),
        assign: (id, keyHashes) =>
          Effect.map(
            call(ops.assignKeysToGuardrail, { path: { id }, body: { key_hashes: keyHashes } }),
            (r) => r.assigned_count ?? 0
          ),
        unassign: (id, keyHashes) =>
          Effect.map(
            call(ops.unassignKeysFromGuardrail, { path: { id }, body: { key_hashes: keyHashes } }),
            (r) => r.unassigned_count ?? 0
          )
      },
      members: {
        list: (id, page) =>
          Effect.map(
            call(ops.listGuardrailMemberAssignments, { path: { id }, query: pageQuery(page) }),
            (r) => pageOf(r, Management.memberAssignment)
          ),
        assign: (id, userIds) =>
          Effect.map(
            call(ops.assignMembersToGuardrail, { path: { id }, body: { member_user_ids: userIds } }),
            (r) => r.assigned_count ?? 0
          ),
        unassign: (id, userIds) =>
          Effect.map(
            call(ops.unassignMembersFromGuardrail, { path: { id }, body: { member_user_ids: userIds } }),
            (r) => r.unassigned_count ?? 0
          )
      }
    }

    return {
      call,
      keys,
      workspaces,
      guardrails,
      credits: () => Effect.map(call(ops.getCredits, {}), (r) => creditsResult(r.data)),
      activity: (options) =>
        Effect.map(
          call(ops.getActivity, { query: { date: options?.date, workspace_id: options?.workspaceId } }),
          (r) => r.data.map(Management.activity)
        )
    }
  }
)

// =============================================================================
// Layers
// =============================================================================

/**
 * The service over an `HttpClient` and a management configuration (`layerConfig`,
 * `layerEnv`). Policies provided to this layer are used, absent ones take their defaults
 * (retry on, the rest off). On Node, `OpenRouterManagementLive` from `effect-openrouter/node`
 * bundles the environment configuration, undici and the default policies.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<OpenRouterManagement, never, HttpClient.HttpClient | ManagementConfig> = Layer.scoped(
  OpenRouterManagement,
  make
)
