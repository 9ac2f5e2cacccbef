/**
 * What both transports (the portable one over any `HttpClient` and the Node one on undici) say
 * the same way: the user agent and attribution headers, how a network failure is described and
 * whether it can have reached the server, and the errors for the headers and idle limits, a body
 * over the size limit and a body that is not JSON.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as ParseResult from "effect/ParseResult"
import type * as OpenRouterConfig from "../OpenRouterConfig.js"
import { excerpt, MalformedResponseError, TimeoutError } from "../OpenRouterError.js"

const LIBRARY_USER_AGENT = "effect-openrouter/0.1.0"

/** The headers every request carries: user agent, attribution, the configured extra headers. */
export const baseHeaders = (config: OpenRouterConfig.Service): Record<string, string> => ({
  "user-agent": LIBRARY_USER_AGENT,
  ...(config.referer !== undefined ? { "http-referer": config.referer } : {}),
  ...(config.title !== undefined ? { "x-openrouter-title": config.title, "x-title": config.title } : {}),
  ...config.headers
})

/** A network failure's cause chain as one line (`name: message (code) <- inner…`). */
export const describeCause = (cause: unknown): string => {
  if (cause instanceof Error) {
    const code = (cause as { readonly code?: unknown }).code
    const inner = (cause as { readonly cause?: unknown }).cause
    const base = `${cause.name}: ${cause.message}${typeof code === "string" ? ` (${code})` : ""}`
    return inner !== undefined && inner !== cause ? `${base} <- ${describeCause(inner)}` : base
  }
  return String(cause)
}

/** Whether a described cause happened before anything reached the server (refused, DNS, TLS). */
export const notSent = (described: string): boolean =>
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|CERT_|certificate/i.test(described)

const withModel = (model: string | undefined) => (model !== undefined ? { model } : {})

export const headersTimeoutError = (timeout: Duration.Duration, model: string | undefined): TimeoutError =>
  new TimeoutError({
    message: `No response headers within ${Duration.format(timeout)}`,
    kind: "headers",
    timeout,
    ...withModel(model)
  })

export const idleError = (idle: Duration.Duration, model: string | undefined): TimeoutError =>
  new TimeoutError({
    message: `No bytes of the response body for ${Duration.format(idle)}`,
    kind: "idle",
    timeout: idle,
    ...withModel(model)
  })

export const sizeLimitError = (maxBytes: number, status: number, model: string | undefined): MalformedResponseError =>
  new MalformedResponseError({
    kind: "size_limit",
    message: `Response body exceeds the limit of ${maxBytes} bytes`,
    status,
    excerpt: "",
    ...withModel(model)
  })

export const notJsonError = (
  text: string,
  e: unknown,
  status: number,
  model: string | undefined,
  generationId: string | undefined
): MalformedResponseError =>
  new MalformedResponseError({
    message: `Response body is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    status,
    excerpt: excerpt(text),
    ...withModel(model),
    ...(generationId !== undefined ? { generationId } : {})
  })

const safeStringify = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/** A body that parsed but does not match the operation's schema. */
export const shapeError = (
  e: ParseResult.ParseError,
  body: unknown,
  status: number,
  model: string | undefined
): MalformedResponseError =>
  new MalformedResponseError({
    message: `Response does not match the expected shape: ${ParseResult.TreeFormatter.formatErrorSync(e)}`,
    status,
    excerpt: excerpt(safeStringify(body)),
    ...withModel(model)
  })
