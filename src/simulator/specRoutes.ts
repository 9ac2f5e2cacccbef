/**
 * The Simulator's answer for every operation of the spec that no other route serves: the method
 * and path matched against the spec's path templates (fixed segments beat parameters), then the
 * spec's own example (or a sample built from the response schema) with the spec's success status
 * (200, 201 or 202), 401 without a bearer token. Bytes operations (speech, file and video content)
 * answer the example's text as bytes with the spec's content type. Management operations are
 * served too: the management key check belongs to the management routes.
 *
 * @internal
 */
import type * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { type SpecRoute, specRoutes } from "./specExamples.js"

const API_PREFIX = "/api/v1"

interface Matcher {
  readonly route: SpecRoute
  readonly pattern: RegExp
  readonly params: number
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Fixed segments first: `/videos/models` before `/videos/{jobId}`. */
const matchers: ReadonlyArray<Matcher> = specRoutes
  .map((route) => {
    const segments = route.path.split("/")
    const pattern = new RegExp(
      `^${segments.map((s) => (/^\{[^}]+\}$/.test(s) ? "[^/]+" : escape(s))).join("/")}/?$`
    )
    return { route, pattern, params: segments.filter((s) => s.startsWith("{")).length }
  })
  .sort((a, b) => a.params - b.params)

/**
 * The operation a request is for: `method` and `path` below `/api/v1`.
 *
 * @internal
 */
export const findRoute = (method: string, path: string): SpecRoute | undefined =>
  matchers.find((m) => m.route.method === method.toUpperCase() && m.pattern.test(path))?.route

/** What the fallback logs for a request it answers. */
export interface SpecRequest {
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly headers: Readonly<Record<string, string | undefined>>
  readonly body: unknown
}

const hasBearer = (headers: Readonly<Record<string, string | undefined>>): boolean => {
  const auth = headers["authorization"]
  return auth !== undefined && /^Bearer\s+\S+\s*$/i.test(auth)
}

const unauthorized = HttpServerResponse.unsafeJson(
  { error: { code: 401, message: "Missing Authentication header" } },
  { status: 401 }
)

/**
 * Answers a request no route served, or `undefined` when it is not an operation of the spec.
 * `refuse` is the Simulator's own key check (a response for a refused key); `log` records the request.
 *
 * @internal
 */
export const specFallback = (
  request: HttpServerRequest.HttpServerRequest,
  options: {
    readonly refuse?: ((headers: Readonly<Record<string, string | undefined>>) => HttpServerResponse.HttpServerResponse | undefined) | undefined
    readonly log?: ((entry: SpecRequest) => Effect.Effect<void>) | undefined
  } = {}
): Effect.Effect<HttpServerResponse.HttpServerResponse | undefined> =>
  Effect.gen(function*() {
    const url = new URL(request.url, "http://127.0.0.1")
    if (!url.pathname.startsWith(API_PREFIX)) return undefined
    const path = url.pathname.slice(API_PREFIX.length)
    const route = findRoute(request.method, path)
    if (route === undefined) return undefined
    const headers: Readonly<Record<string, string | undefined>> = request.headers
    const query: Record<string, string> = {}
    url.searchParams.forEach((v, k) => {
      query[k] = v
    })
    const text = request.method === "GET" || request.method === "DELETE"
      ? ""
      : Either.getOrElse(yield* Effect.either(request.text), () => "")
    let body: unknown = text === "" ? undefined : text
    try {
      body = text === "" ? undefined : JSON.parse(text)
    } catch {
      // multipart or not JSON: logged as text
    }
    if (options.log !== undefined) yield* options.log({ method: request.method, path, query, headers, body })
    if (!hasBearer(headers)) return unauthorized
    const refused = options.refuse?.(headers)
    if (refused !== undefined) return refused
    // Names the operation answered from the spec (tests tell it from a dedicated route's answer).
    const answerHeaders = { "x-sim-spec-example": route.id }
    if (route.contentType === "application/json") {
      return HttpServerResponse.text(route.body, { status: route.status, contentType: "application/json", headers: answerHeaders })
    }
    return HttpServerResponse.uint8Array(new TextEncoder().encode(route.body), {
      status: route.status,
      contentType: route.contentType,
      headers: answerHeaders
    })
  })
