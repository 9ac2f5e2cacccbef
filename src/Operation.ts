/**
 * One operation of OpenRouter's HTTP API as a value: method, path template, where each input
 * field goes (path, query, JSON or multipart body), the response's schema, which key it needs
 * and whether it costs money. The generated table (`effect-openrouter/api`, `npm run generate`)
 * has one per operation of the official spec; `OpenRouter.call` and `OpenRouterManagement.call`
 * send them through the same pipeline as chat (typed errors, retry, breaker, rate limit,
 * telemetry, the key redacted; budget, meter and ledger only for operations that cost money).
 *
 * ```ts
 * import { Effect } from "effect"
 * import { OpenRouter } from "effect-openrouter"
 * import * as Api from "effect-openrouter/api"
 *
 * const providers = Effect.flatMap(OpenRouter.OpenRouter, (client) => client.call(Api.Providers.listProviders, {}))
 * ```
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * The input every operation takes: path parameters, query parameters and the body, each only
 * where the operation has them.
 *
 * @since 0.1.0
 * @category models
 */
export interface EncodedInput {
  readonly path?: Readonly<Record<string, string | number>> | undefined
  readonly query?: Readonly<Record<string, unknown>> | undefined
  readonly body?: unknown
}

/**
 * What an operation answers with: a JSON body, a server-sent event stream (only through the
 * first-class streaming APIs), or raw bytes (audio, files, video).
 *
 * @since 0.1.0
 * @category models
 */
export type ResponseKind = "json" | "sse" | "bytes"

/**
 * Which key an operation needs: an inference key (the `OpenRouter` service) or a management key
 * (the `OpenRouterManagement` service, `OPENROUTER_MANAGEMENT_KEY`).
 *
 * @since 0.1.0
 * @category models
 */
export type KeyKind = "inference" | "management"

/**
 * The description of an operation, without its schemas.
 *
 * @since 0.1.0
 * @category models
 */
export interface Meta {
  /** The spec's `operationId`, e.g. `createRerank`. */
  readonly id: string
  /** The spec's tag, e.g. `Rerank`. */
  readonly tag: string
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** Path template below the base URL, e.g. `/workspaces/{id}/budgets/{interval}`. */
  readonly path: string
  /** How the body is sent. */
  readonly body: "none" | "json" | "multipart"
  readonly response: ResponseKind
  readonly key: KeyKind
  /** Whether OpenRouter charges for it: budget, meter and ledger apply. */
  readonly metered: boolean
  /** Safe to send twice (GET, PUT, DELETE): retried even when the first try may have been processed. */
  readonly idempotent: boolean
  /** The spec's one-line summary. */
  readonly summary: string
}

/**
 * An operation: its description and its typed input and output.
 *
 * @since 0.1.0
 * @category models
 */
export interface Operation<In, Out> extends Meta {
  /** Validates and encodes the caller's input (errors name the offending field). */
  readonly encodeInput: (input: In) => Effect.Effect<EncodedInput, ParseResult.ParseError>
  /** Decodes a response body, tolerant: unknown fields kept, unknown enum values accepted. */
  readonly decodeOutput: (body: unknown) => Effect.Effect<Out, ParseResult.ParseError>
}

/**
 * Builds an operation from its description and schemas.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <In, InI extends EncodedInput, Out, OutI>(
  meta: Meta,
  input: Schema.Schema<In, InI>,
  output: Schema.Schema<Out, OutI>
): Operation<In, Out> => {
  const encode = Schema.encode(input, { onExcessProperty: "preserve" })
  const decode = Schema.decodeUnknown(output, { onExcessProperty: "preserve" })
  return {
    ...meta,
    encodeInput: (value) => encode(value),
    decodeOutput: (body) => decode(body)
  }
}

/**
 * The input of an operation.
 *
 * @since 0.1.0
 * @category models
 */
export type Input<O> = O extends Operation<infer In, infer _Out> ? In : never

/**
 * The output of an operation.
 *
 * @since 0.1.0
 * @category models
 */
export type Output<O> = O extends Operation<infer _In, infer Out> ? Out : never

/**
 * Fills a path template from the encoded path parameters (each URI-encoded). `undefined` when a
 * parameter is missing or empty, with its name.
 *
 * @since 0.1.0
 * @category utils
 */
export const fillPath = (
  template: string,
  params: EncodedInput["path"]
): { readonly path: string } | { readonly missing: string } => {
  let missing: string | undefined
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined || String(value) === "") {
      missing ??= name
      return ""
    }
    return encodeURIComponent(String(value))
  })
  return missing !== undefined ? { missing } : { path }
}

/**
 * Query parameters as strings (arrays repeated as comma lists, objects as JSON), absent ones left out.
 *
 * @since 0.1.0
 * @category utils
 */
export const queryOf = (query: EncodedInput["query"]): Record<string, string> | undefined => {
  if (query === undefined) return undefined
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue
    out[k] = Array.isArray(v)
      ? v.map(String).join(",")
      : typeof v === "object"
      ? JSON.stringify(v)
      : String(v)
  }
  return out
}
