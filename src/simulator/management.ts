/**
 * The Simulator's management API: a stateful, in-memory `/keys` (create, list, get, update,
 * delete; hash, limit, usage, disabled), `/workspaces` (with budgets and members) and
 * `/guardrails` (with key and member assignments), plus `/activity`. Only the management key is
 * let in: no token answers 401 "Missing Authentication header", every other token 403 "Only
 * management keys can perform this operation" (what OpenRouter answers an inference key).
 *
 * Faults, by the `x-sim-scenario` header: `flaky-<5xx>[-N]` fails the first N requests of a route
 * before doing anything (default 2); `drop-after[-N]` does the work (a key is created, …) and then
 * drops the connection mid-answer, for the first N requests of a route (default 1) — the
 * "processed, but the client cannot know" case.
 *
 * @internal
 */
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import { isRecord, sha256 } from "./answer.js"
import { type LoggedRequest, recordHeaders } from "./kit.js"
import { badRequest, numberHeader, scenarioOf, serverError, unauthorized } from "./scenario.js"
import { findRoute } from "./specRoutes.js"

/** The Simulator's default management key (never valid anywhere real). @internal */
export const MANAGEMENT_KEY = "sk-or-v1-sim-management-0000000000000000000000"

interface SimKey {
  readonly hash: string
  readonly secret: string
  name: string
  disabled: boolean
  limit: number | null
  limitReset: string | null
  includeByokInLimit: boolean
  usage: number
  readonly createdAt: string
  updatedAt: string | null
  readonly expiresAt: string | null
  readonly creatorUserId: string | null
  readonly workspaceId: string
}

interface SimWorkspace {
  readonly id: string
  fields: Record<string, unknown>
  readonly createdAt: string
  updatedAt: string | null
  budgets: Map<string, Record<string, unknown>>
  members: Map<string, Record<string, unknown>>
}

interface SimGuardrail {
  readonly id: string
  fields: Record<string, unknown>
  readonly createdAt: string
  updatedAt: string | null
  keys: Map<string, Record<string, unknown>>
  members: Map<string, Record<string, unknown>>
}

/** The management API's state. @internal */
export interface ManagementStore {
  keys: Map<string, SimKey>
  workspaces: Map<string, SimWorkspace>
  guardrails: Map<string, SimGuardrail>
  counters: Map<string, number>
  /** Secrets of deleted keys (refused with 401 on the inference routes). */
  revoked: Set<string>
  seq: number
}

const API_PREFIX = "/api/v1"
const USER_ID = "user_sim_0000000000000000000000"
const DEFAULT_WORKSPACE = "00000000-0000-4000-8000-000000000000"

const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`

const defaultWorkspace = (): SimWorkspace => ({
  id: DEFAULT_WORKSPACE,
  fields: { name: "Default Workspace", slug: "default", description: null },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: null,
  budgets: new Map(),
  members: new Map()
})

/** A fresh store (one default workspace). @internal */
export const makeStore = (): ManagementStore => ({
  keys: new Map(),
  workspaces: new Map([[DEFAULT_WORKSPACE, defaultWorkspace()]]),
  guardrails: new Map(),
  counters: new Map(),
  revoked: new Set(),
  seq: 0
})

/** Empties a store (the Simulator's `reset`). @internal */
export const resetStore = (store: ManagementStore): void => {
  const fresh = makeStore()
  store.keys = fresh.keys
  store.workspaces = fresh.workspaces
  store.guardrails = fresh.guardrails
  store.counters = fresh.counters
  store.revoked = fresh.revoked
  store.seq = 0
}

/** Whether `token` is a key provisioned through the management API and still enabled. @internal */
export const isActiveKey = (store: ManagementStore, token: string): boolean => {
  for (const key of store.keys.values()) {
    if (key.secret === token) return !key.disabled
  }
  return false
}

/** Whether `token` is a provisioned key that was disabled or deleted (refused with 401). @internal */
export const isRevokedKey = (store: ManagementStore, token: string): boolean => {
  if (store.revoked.has(token)) return true
  for (const key of store.keys.values()) {
    if (key.secret === token) return key.disabled
  }
  return false
}

interface Answer {
  readonly status: number
  readonly body: unknown
  readonly headers?: Readonly<Record<string, string>> | undefined
}

const ok = (body: unknown, status = 200): Answer => ({ status, body })
const notFound = (what: string): Answer => ({ status: 404, body: { error: { code: 404, message: `${what} not found` } } })
const invalid = (message: string): Answer => badRequest(message)
const forbidden: Answer = {
  status: 403,
  body: { error: { code: 403, message: "Only management keys can perform this operation" } }
}

const now = (): string => new Date().toISOString()

const RESETS = ["daily", "weekly", "monthly"]
const INTERVALS = ["daily", "weekly", "monthly", "lifetime"]

const keyWire = (key: SimKey): Record<string, unknown> => ({
  hash: key.hash,
  name: key.name,
  label: `${key.secret.slice(0, 12)}...${key.secret.slice(-3)}`,
  disabled: key.disabled,
  limit: key.limit,
  limit_remaining: key.limit === null ? null : Math.max(0, key.limit - key.usage),
  limit_reset: key.limitReset,
  include_byok_in_limit: key.includeByokInLimit,
  usage: key.usage,
  usage_daily: key.usage,
  usage_weekly: key.usage,
  usage_monthly: key.usage,
  byok_usage: 0,
  byok_usage_daily: 0,
  byok_usage_weekly: 0,
  byok_usage_monthly: 0,
  created_at: key.createdAt,
  updated_at: key.updatedAt,
  expires_at: key.expiresAt,
  creator_user_id: key.creatorUserId,
  workspace_id: key.workspaceId
})

const workspaceWire = (w: SimWorkspace): Record<string, unknown> => ({
  id: w.id,
  default_guardrail_id: "00000000-0000-4000-8000-00000000ffff",
  default_text_model: null,
  default_image_model: null,
  default_provider_sort: null,
  include_byok_in_budgets: false,
  io_logging_sampling_rate: 1,
  io_logging_api_key_ids: null,
  is_observability_io_logging_enabled: false,
  is_observability_broadcast_enabled: false,
  is_data_discount_logging_enabled: false,
  ...w.fields,
  created_at: w.createdAt,
  updated_at: w.updatedAt,
  created_by: USER_ID
})

const guardrailWire = (g: SimGuardrail): Record<string, unknown> => ({
  id: g.id,
  description: null,
  limit_usd: null,
  reset_interval: null,
  allowed_models: null,
  allowed_providers: null,
  ignored_models: null,
  ignored_providers: null,
  include_byok_in_budgets: false,
  workspace_id: DEFAULT_WORKSPACE,
  ...g.fields,
  created_at: g.createdAt,
  updated_at: g.updatedAt
})

const page = <A>(items: ReadonlyArray<A>, query: Readonly<Record<string, string>>) => {
  const offset = Math.max(0, Number(query["offset"] ?? 0) || 0)
  const limit = Math.min(100, Math.max(1, Number(query["limit"] ?? 50) || 50))
  return { data: items.slice(offset, offset + limit), total_count: items.length }
}

const stringList = (value: unknown): Array<string> | undefined =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" && v !== "")
    ? value.filter((v): v is string => typeof v === "string")
    : undefined

const isLimit = (value: unknown): value is number | null =>
  value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0)

interface Input {
  readonly params: Readonly<Record<string, string | undefined>>
  readonly query: Readonly<Record<string, string>>
  readonly body: Record<string, unknown>
}

type Handler = (store: ManagementStore, input: Input) => Answer

// --- keys ---

const listKeys: Handler = (store, { query }) => {
  const includeDisabled = query["include_disabled"] === "true"
  const workspace = query["workspace_id"]
  const keys = [...store.keys.values()]
    .filter((k) => includeDisabled || !k.disabled)
    .filter((k) => workspace === undefined || k.workspaceId === workspace)
  const offset = Math.max(0, Number(query["offset"] ?? 0) || 0)
  return ok({ data: keys.slice(offset, offset + 100).map(keyWire) })
}

const createKey: Handler = (store, { body }) => {
  const name = body["name"]
  if (typeof name !== "string" || name.trim() === "") return invalid("name is required")
  const limit = body["limit"] ?? null
  if (!isLimit(limit)) return invalid("limit must be a non-negative number or null")
  const reset = body["limit_reset"] ?? null
  if (reset !== null && (typeof reset !== "string" || !RESETS.includes(reset))) {
    return invalid("limit_reset must be daily, weekly, monthly or null")
  }
  const workspace = body["workspace_id"] ?? DEFAULT_WORKSPACE
  if (typeof workspace !== "string" || !store.workspaces.has(workspace)) return invalid("workspace_id is not a workspace")
  const expires = body["expires_at"] ?? null
  if (expires !== null && (typeof expires !== "string" || Number.isNaN(Date.parse(expires)))) {
    return invalid("expires_at must be an ISO 8601 date-time or null")
  }
  store.seq += 1
  const secret = `sk-or-v1-${sha256(`sim-provisioned-${store.seq}`)}`
  const key: SimKey = {
    hash: sha256(secret),
    secret,
    name,
    disabled: false,
    limit,
    limitReset: reset,
    includeByokInLimit: body["include_byok_in_limit"] === true,
    usage: 0,
    createdAt: now(),
    updatedAt: null,
    expiresAt: expires,
    creatorUserId: typeof body["creator_user_id"] === "string" ? body["creator_user_id"] : null,
    workspaceId: workspace
  }
  store.keys.set(key.hash, key)
  return ok({ data: keyWire(key), key: secret }, 201)
}

const getKey: Handler = (store, { params }) => {
  const key = store.keys.get(params["hash"] ?? "")
  return key === undefined ? notFound("API key") : ok({ data: keyWire(key) })
}

const updateKey: Handler = (store, { body, params }) => {
  const key = store.keys.get(params["hash"] ?? "")
  if (key === undefined) return notFound("API key")
  if ("name" in body && (typeof body["name"] !== "string" || body["name"].trim() === "")) {
    return invalid("name must be a non-empty string")
  }
  if ("limit" in body && !isLimit(body["limit"])) return invalid("limit must be a non-negative number or null")
  const reset = body["limit_reset"]
  if ("limit_reset" in body && reset !== null && (typeof reset !== "string" || !RESETS.includes(reset))) {
    return invalid("limit_reset must be daily, weekly, monthly or null")
  }
  if ("disabled" in body && typeof body["disabled"] !== "boolean") return invalid("disabled must be a boolean")
  if (typeof body["name"] === "string") key.name = body["name"]
  if (isLimit(body["limit"])) key.limit = body["limit"]
  if ("limit_reset" in body) key.limitReset = typeof reset === "string" ? reset : null
  if (typeof body["disabled"] === "boolean") key.disabled = body["disabled"]
  if (typeof body["include_byok_in_limit"] === "boolean") key.includeByokInLimit = body["include_byok_in_limit"]
  key.updatedAt = now()
  return ok({ data: keyWire(key) })
}

const deleteKey: Handler = (store, { params }) => {
  const hash = params["hash"] ?? ""
  const key = store.keys.get(hash)
  if (key === undefined) return notFound("API key")
  store.keys.delete(hash)
  store.revoked.add(key.secret)
  for (const g of store.guardrails.values()) g.keys.delete(hash)
  return ok({ deleted: true })
}

// --- workspaces ---

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const WORKSPACE_FIELDS = [
  "name",
  "slug",
  "description",
  "default_text_model",
  "default_image_model",
  "default_provider_sort",
  "io_logging_sampling_rate",
  "io_logging_api_key_ids",
  "is_observability_io_logging_enabled",
  "is_observability_broadcast_enabled",
  "is_data_discount_logging_enabled"
]

const pick = (body: Record<string, unknown>, fields: ReadonlyArray<string>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const f of fields) if (f in body) out[f] = body[f]
  return out
}

const workspaceProblem = (store: ManagementStore, body: Record<string, unknown>, self?: string): string | undefined => {
  if ("name" in body && (typeof body["name"] !== "string" || body["name"].trim() === "")) return "name is required"
  if ("slug" in body) {
    const slug = body["slug"]
    if (typeof slug !== "string" || !SLUG.test(slug)) return "slug must be lowercase letters, digits and dashes"
    for (const w of store.workspaces.values()) {
      if (w.id !== self && w.fields["slug"] === slug) return `slug ${slug} is taken`
    }
  }
  return undefined
}

const listWorkspaces: Handler = (store, { query }) =>
  ok(page([...store.workspaces.values()].map(workspaceWire), query))

const createWorkspace: Handler = (store, { body }) => {
  if (typeof body["name"] !== "string" || typeof body["slug"] !== "string") return invalid("name and slug are required")
  const problem = workspaceProblem(store, body)
  if (problem !== undefined) return invalid(problem)
  store.seq += 1
  const w: SimWorkspace = {
    id: uuid(store.seq),
    fields: { description: null, ...pick(body, WORKSPACE_FIELDS) },
    createdAt: now(),
    updatedAt: null,
    budgets: new Map(),
    members: new Map()
  }
  store.workspaces.set(w.id, w)
  return ok({ data: workspaceWire(w) }, 201)
}

const withWorkspace = (f: (w: SimWorkspace, store: ManagementStore, input: Input) => Answer): Handler => (store, input) => {
  const id = input.params["id"] ?? ""
  const w = store.workspaces.get(id) ?? [...store.workspaces.values()].find((x) => x.fields["slug"] === id)
  return w === undefined ? notFound("Workspace") : f(w, store, input)
}

const getWorkspace = withWorkspace((w) => ok({ data: workspaceWire(w) }))

const updateWorkspace = withWorkspace((w, store, { body }) => {
  const problem = workspaceProblem(store, body, w.id)
  if (problem !== undefined) return invalid(problem)
  w.fields = { ...w.fields, ...pick(body, WORKSPACE_FIELDS) }
  w.updatedAt = now()
  return ok({ data: workspaceWire(w) })
})

const deleteWorkspace = withWorkspace((w, store) => {
  if (w.id === DEFAULT_WORKSPACE) return invalid("The default workspace cannot be deleted")
  for (const k of store.keys.values()) {
    if (k.workspaceId === w.id) return invalid("Workspace still has API keys")
  }
  store.workspaces.delete(w.id)
  return ok({ deleted: true })
})

const budgetInterval = (input: Input): string | undefined => {
  const interval = input.params["interval"]
  return interval !== undefined && INTERVALS.includes(interval) ? interval : undefined
}

const listBudgets = withWorkspace((w) =>
  ok({ data: [...w.budgets.values()], include_byok_in_budgets: w.fields["include_byok_in_budgets"] === true })
)

const getBudget = withWorkspace((w, _, input) => {
  const interval = budgetInterval(input)
  if (interval === undefined) return invalid("interval must be daily, weekly, monthly or lifetime")
  const budget = w.budgets.get(interval)
  return budget === undefined
    ? notFound("Budget")
    : ok({ data: budget, include_byok_in_budgets: w.fields["include_byok_in_budgets"] === true })
})

const upsertBudget = withWorkspace((w, store, input) => {
  const interval = budgetInterval(input)
  if (interval === undefined) return invalid("interval must be daily, weekly, monthly or lifetime")
  const limit = input.body["limit_usd"]
  if (typeof limit !== "number" || !Number.isFinite(limit) || limit < 0) {
    return invalid("limit_usd must be a non-negative number")
  }
  if (typeof input.body["include_byok_in_budgets"] === "boolean") {
    w.fields = { ...w.fields, include_byok_in_budgets: input.body["include_byok_in_budgets"] }
  }
  const previous = w.budgets.get(interval)
  if (previous === undefined) store.seq += 1
  const budget = {
    id: previous?.["id"] ?? uuid(store.seq),
    workspace_id: w.id,
    limit_usd: limit,
    reset_interval: interval === "lifetime" ? null : interval,
    created_at: previous?.["created_at"] ?? now(),
    updated_at: now()
  }
  w.budgets.set(interval, budget)
  return ok({ data: budget, include_byok_in_budgets: w.fields["include_byok_in_budgets"] === true })
})

const deleteBudget = withWorkspace((w, _, input) => {
  const interval = budgetInterval(input)
  if (interval === undefined) return invalid("interval must be daily, weekly, monthly or lifetime")
  return w.budgets.delete(interval) ? ok({ deleted: true }) : notFound("Budget")
})

const listMembers = withWorkspace((w, _, { query }) => ok(page([...w.members.values()], query)))

const addMembers = withWorkspace((w, store, { body }) => {
  const ids = stringList(body["user_ids"])
  if (ids === undefined) return invalid("user_ids must be a non-empty array of user ids")
  const added: Array<Record<string, unknown>> = []
  for (const userId of ids) {
    if (w.members.has(userId)) continue
    store.seq += 1
    const member = { id: uuid(store.seq), workspace_id: w.id, user_id: userId, role: "member", created_at: now() }
    w.members.set(userId, member)
    added.push(member)
  }
  return ok({ data: added, added_count: added.length })
})

const removeMembers = withWorkspace((w, _, { body }) => {
  const ids = stringList(body["user_ids"])
  if (ids === undefined) return invalid("user_ids must be a non-empty array of user ids")
  let removed = 0
  for (const userId of ids) if (w.members.delete(userId)) removed++
  return ok({ removed_count: removed })
})

// --- guardrails ---

const GUARDRAIL_FIELDS = [
  "name",
  "description",
  "limit_usd",
  "reset_interval",
  "allowed_models",
  "allowed_providers",
  "ignored_models",
  "ignored_providers",
  "enforce_zdr",
  "include_byok_in_budgets",
  "content_filters",
  "content_filter_builtins",
  "workspace_id"
]

const guardrailProblem = (body: Record<string, unknown>): string | undefined => {
  if ("name" in body && (typeof body["name"] !== "string" || body["name"].trim() === "")) return "name is required"
  if ("limit_usd" in body && !isLimit(body["limit_usd"])) return "limit_usd must be a non-negative number or null"
  const reset = body["reset_interval"]
  if ("reset_interval" in body && reset !== null && (typeof reset !== "string" || !RESETS.includes(reset))) {
    return "reset_interval must be daily, weekly, monthly or null"
  }
  return undefined
}

const listGuardrails: Handler = (store, { query }) => {
  const workspace = query["workspace_id"]
  return ok(page(
    [...store.guardrails.values()].map(guardrailWire).filter((g) =>
      workspace === undefined || g["workspace_id"] === workspace
    ),
    query
  ))
}

const createGuardrail: Handler = (store, { body }) => {
  if (typeof body["name"] !== "string") return invalid("name is required")
  const problem = guardrailProblem(body)
  if (problem !== undefined) return invalid(problem)
  store.seq += 1
  const g: SimGuardrail = {
    id: uuid(store.seq),
    fields: pick(body, GUARDRAIL_FIELDS),
    createdAt: now(),
    updatedAt: null,
    keys: new Map(),
    members: new Map()
  }
  store.guardrails.set(g.id, g)
  return ok({ data: guardrailWire(g) }, 201)
}

const withGuardrail =
  (f: (g: SimGuardrail, store: ManagementStore, input: Input) => Answer): Handler => (store, input) => {
    const g = store.guardrails.get(input.params["id"] ?? "")
    return g === undefined ? notFound("Guardrail") : f(g, store, input)
  }

const getGuardrail = withGuardrail((g) => ok({ data: guardrailWire(g) }))

const updateGuardrail = withGuardrail((g, _, { body }) => {
  const problem = guardrailProblem(body)
  if (problem !== undefined) return invalid(problem)
  g.fields = { ...g.fields, ...pick(body, GUARDRAIL_FIELDS) }
  g.updatedAt = now()
  return ok({ data: guardrailWire(g) })
})

const deleteGuardrail: Handler = (store, { params }) =>
  store.guardrails.delete(params["id"] ?? "") ? ok({ deleted: true }) : notFound("Guardrail")

const listKeyAssignments = withGuardrail((g, _, { query }) => ok(page([...g.keys.values()], query)))

const assignKeys = withGuardrail((g, store, { body }) => {
  const hashes = stringList(body["key_hashes"])
  if (hashes === undefined) return invalid("key_hashes must be a non-empty array of key hashes")
  let assigned = 0
  for (const hash of hashes) {
    const key = store.keys.get(hash)
    if (key === undefined) return notFound(`API key ${hash}`)
    if (g.keys.has(hash)) continue
    store.seq += 1
    g.keys.set(hash, {
      id: uuid(store.seq),
      key_hash: hash,
      guardrail_id: g.id,
      key_name: key.name,
      key_label: keyWire(key)["label"],
      assigned_by: USER_ID,
      created_at: now()
    })
    assigned++
  }
  return ok({ assigned_count: assigned })
})

const unassignKeys = withGuardrail((g, _, { body }) => {
  const hashes = stringList(body["key_hashes"])
  if (hashes === undefined) return invalid("key_hashes must be a non-empty array of key hashes")
  let removed = 0
  for (const hash of hashes) if (g.keys.delete(hash)) removed++
  return ok({ unassigned_count: removed })
})

const listMemberAssignments = withGuardrail((g, _, { query }) => ok(page([...g.members.values()], query)))

const assignMembers = withGuardrail((g, store, { body }) => {
  const ids = stringList(body["member_user_ids"])
  if (ids === undefined) return invalid("member_user_ids must be a non-empty array of user ids")
  let assigned = 0
  for (const userId of ids) {
    if (g.members.has(userId)) continue
    store.seq += 1
    g.members.set(userId, {
      id: uuid(store.seq),
      user_id: userId,
      organization_id: "org_sim_0000",
      guardrail_id: g.id,
      assigned_by: USER_ID,
      created_at: now()
    })
    assigned++
  }
  return ok({ assigned_count: assigned })
})

const unassignMembers = withGuardrail((g, _, { body }) => {
  const ids = stringList(body["member_user_ids"])
  if (ids === undefined) return invalid("member_user_ids must be a non-empty array of user ids")
  let removed = 0
  for (const userId of ids) if (g.members.delete(userId)) removed++
  return ok({ unassigned_count: removed })
})

// --- activity ---

const activity: Handler = () => ok({ data: [] })

// =============================================================================
// Routes
// =============================================================================

const encoder = new TextEncoder()

/** A 200 whose body stops halfway: the socket is destroyed once the first half is flushed. */
const dropped = (request: HttpServerRequest.HttpServerRequest, answer: Answer) => {
  const response = NodeHttpServerRequest.toServerResponse(request)
  const text = JSON.stringify(answer.body)
  const destroy = Effect.async<void>((resume) => {
    setTimeout(() => {
      response.socket?.destroy()
      resume(Effect.void)
    }, 10)
  })
  return HttpServerResponse.stream(
    Stream.succeed(encoder.encode(text.slice(0, Math.floor(text.length / 2)))).pipe(
      Stream.concat(Stream.drain(Stream.fromEffect(destroy))),
      Stream.concat(Stream.never),
      Stream.interruptWhen(Effect.sleep("5 seconds"))
    ),
    { status: answer.status, contentType: "application/json" }
  )
}

/**
 * For a request the spec-example fallback answers: 403 when the operation needs a management key
 * and the bearer token is not the management key (BYOK, observability, SCIM… have no dedicated
 * route but the same rule). `undefined` otherwise.
 *
 * @internal
 */
export const refuseForeignKey = (
  managementKey: string,
  request: { readonly method: string; readonly url: string },
  headers: Readonly<Record<string, string | undefined>>
): { readonly status: number; readonly body: unknown } | undefined => {
  const path = new URL(request.url, "http://127.0.0.1").pathname
  if (!path.startsWith(API_PREFIX)) return undefined
  const route = findRoute(request.method, path.slice(API_PREFIX.length))
  if (route === undefined || route.key !== "management") return undefined
  const token = /^Bearer\s+(\S+)\s*$/i.exec(headers["authorization"] ?? "")?.[1]
  return token === undefined || token === managementKey ? undefined : forbidden
}

/** What the management routes need from the Simulator. @internal */
export interface Config {
  readonly store: ManagementStore
  readonly managementKey: string
  readonly log: (entry: LoggedRequest) => Effect.Effect<void>
}

/** The management API's routes. @internal */
export const router = (config: Config) => {
  const handle = (name: string, handler: Handler) =>
    Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const params = yield* HttpRouter.params
      const url = new URL(request.url, "http://127.0.0.1")
      const query: Record<string, string> = {}
      url.searchParams.forEach((v, k) => {
        query[k] = v
      })
      const headers: Readonly<Record<string, string | undefined>> = request.headers
      let body: unknown = undefined
      if (request.method !== "GET" && request.method !== "DELETE") {
        const text = Either.getOrElse(yield* Effect.either(request.text), () => "")
        try {
          body = text === "" ? {} : JSON.parse(text)
        } catch {
          body = text
        }
      }
      const scenario = scenarioOf(undefined, headers)
      yield* config.log({
        method: request.method,
        path: url.pathname.slice(API_PREFIX.length),
        query,
        headers: recordHeaders(headers),
        body,
        model: undefined,
        scenario: scenario?.label
      })
      const reply = (answer: Answer) =>
        HttpServerResponse.unsafeJson(answer.body, { status: answer.status, headers: answer.headers ?? {} })
      const auth = headers["authorization"]
      const token = auth !== undefined ? /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined
      if (token === undefined) return reply(unauthorized("Missing Authentication header"))
      if (token !== config.managementKey) return reply(forbidden)
      if (request.method !== "GET" && request.method !== "DELETE" && !isRecord(body)) {
        return reply(invalid("Request body must be a JSON object"))
      }
      const count = () => {
        const key = `${name}|${scenario?.label ?? ""}`
        const n = (config.store.counters.get(key) ?? 0) + 1
        config.store.counters.set(key, n)
        return n
      }
      if (scenario?.name === "flaky") {
        const n = numberHeader(headers, "x-sim-fail-count") ?? scenario.param ?? 2
        if (count() <= n) return reply(serverError(name, scenario.status ?? 503, undefined))
      }
      const answer = handler(config.store, { params, query, body: isRecord(body) ? body : {} })
      if (scenario?.name === "drop-after") {
        const n = numberHeader(headers, "x-sim-fail-count") ?? scenario.param ?? 1
        if (count() <= n) return dropped(request, answer)
      }
      return reply(answer)
    })

  const p = (path: string) => `${API_PREFIX}${path}` as const
  return HttpRouter.empty.pipe(
    HttpRouter.get(p("/keys"), handle("listKeys", listKeys)),
    HttpRouter.post(p("/keys"), handle("createKey", createKey)),
    HttpRouter.get(p("/keys/:hash"), handle("getKey", getKey)),
    HttpRouter.patch(p("/keys/:hash"), handle("updateKey", updateKey)),
    HttpRouter.del(p("/keys/:hash"), handle("deleteKey", deleteKey)),
    HttpRouter.get(p("/workspaces"), handle("listWorkspaces", listWorkspaces)),
    HttpRouter.post(p("/workspaces"), handle("createWorkspace", createWorkspace)),
    HttpRouter.get(p("/workspaces/:id"), handle("getWorkspace", getWorkspace)),
    HttpRouter.patch(p("/workspaces/:id"), handle("updateWorkspace", updateWorkspace)),
    HttpRouter.del(p("/workspaces/:id"), handle("deleteWorkspace", deleteWorkspace)),
    HttpRouter.get(p("/workspaces/:id/budgets"), handle("listWorkspaceBudgets", listBudgets)),
    HttpRouter.get(p("/workspaces/:id/budgets/:interval"), handle("getWorkspaceBudget", getBudget)),
    HttpRouter.put(p("/workspaces/:id/budgets/:interval"), handle("upsertWorkspaceBudget", upsertBudget)),
    HttpRouter.del(p("/workspaces/:id/budgets/:interval"), handle("deleteWorkspaceBudget", deleteBudget)),
    HttpRouter.get(p("/workspaces/:id/members"), handle("listWorkspaceMembers", listMembers)),
    HttpRouter.post(p("/workspaces/:id/members/add"), handle("addWorkspaceMembers", addMembers)),
    HttpRouter.post(p("/workspaces/:id/members/remove"), handle("removeWorkspaceMembers", removeMembers)),
  ).pipe(
    HttpRouter.get(p("/guardrails"), handle("listGuardrails", listGuardrails)),
    HttpRouter.post(p("/guardrails"), handle("createGuardrail", createGuardrail)),
    HttpRouter.get(p("/guardrails/:id"), handle("getGuardrail", getGuardrail)),
    HttpRouter.patch(p("/guardrails/:id"), handle("updateGuardrail", updateGuardrail)),
    HttpRouter.del(p("/guardrails/:id"), handle("deleteGuardrail", deleteGuardrail)),
    HttpRouter.get(p("/guardrails/:id/assignments/keys"), handle("listGuardrailKeyAssignments", listKeyAssignments)),
    HttpRouter.post(p("/guardrails/:id/assignments/keys"), handle("assignKeysToGuardrail", assignKeys)),
    HttpRouter.post(p("/guardrails/:id/assignments/keys/remove"), handle("unassignKeysFromGuardrail", unassignKeys)),
    HttpRouter.get(
      p("/guardrails/:id/assignments/members"),
      handle("listGuardrailMemberAssignments", listMemberAssignments)
    ),
    HttpRouter.post(p("/guardrails/:id/assignments/members"), handle("assignMembersToGuardrail", assignMembers)),
    HttpRouter.post(
      p("/guardrails/:id/assignments/members/remove"),
      handle("unassignMembersFromGuardrail", unassignMembers)
    ),
    HttpRouter.get(p("/activity"), handle("getActivity", activity))
  )
}
