/**
 * Connection settings: API key (kept `Redacted`), base URL, attribution headers, default headers,
 * timeouts and size limits.
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { registerSecret } from "./internal/redact.js"
import { ConfigError } from "./OpenRouterError.js"

/**
 * Default base URL.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"

/**
 * Per-call limits. Every call has them by default (see `docs/policies.md`).
 *
 * @since 0.1.0
 * @category models
 */
export interface Timeouts {
  /** From send to response headers. Default 60 s. */
  readonly headers: Duration.Duration
  /** Longest gap between any two reads of a streamed body (keepalives count). Default 60 s. */
  readonly idle: Duration.Duration
  /** From send to the first content event of a stream. Default 5 min. */
  readonly firstContent: Duration.Duration
  /** One attempt, start to end. Default: none. */
  readonly attempt: Duration.Duration | undefined
  /** One logical call across retries and fallbacks. Default 10 min. */
  readonly deadline: Duration.Duration
}

/**
 * Size bounds.
 *
 * @since 0.1.0
 * @category models
 */
export interface Limits {
  /** Largest SSE line or event. Default 8 MiB. */
  readonly maxEventBytes: number
  /** Largest JSON body. Default 64 MiB. */
  readonly maxBodyBytes: number
}

/**
 * The resolved configuration.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  readonly apiKey: Redacted.Redacted<string>
  readonly baseUrl: string
  /** `HTTP-Referer`: your app's URL, for attribution. */
  readonly referer: string | undefined
  /** `X-OpenRouter-Title`: your app's display name. */
  readonly title: string | undefined
  /** Sent on every request (after the library's own headers; secrets here are never logged). */
  readonly headers: Readonly<Record<string, string>>
  readonly timeouts: Timeouts
  readonly limits: Limits
  /**
   * Wraps the `HttpClient` every request goes through (proxy, extra headers, custom tracing,
   * request or response logging), as `@effect/ai-openai`'s `transformClient` does. It sees each
   * request fully built (URL, auth, headers, body) and each response before it is read, for every
   * attempt. The platform's `http.client` span is off by default (the attempt span covers the
   * request); `HttpClient.withTracerDisabledWhen(() => false)` in the transform turns it back on.
   */
  readonly transformClient?: ((client: HttpClient.HttpClient) => HttpClient.HttpClient) | undefined
}

/**
 * The configuration service.
 *
 * @since 0.1.0
 * @category tags
 */
export class OpenRouterConfig extends Context.Tag("effect-openrouter/OpenRouterConfig")<OpenRouterConfig, Service>() {}

/**
 * What `make` accepts.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly apiKey: Redacted.Redacted<string> | string
  readonly baseUrl?: string | undefined
  readonly referer?: string | undefined
  readonly title?: string | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
  readonly timeouts?: Partial<{ readonly [K in keyof Timeouts]: Duration.DurationInput | undefined }> | undefined
  readonly limits?: Partial<Limits> | undefined
  /** See {@link Service.transformClient}. Default: the client as provided. */
  readonly transformClient?: ((client: HttpClient.HttpClient) => HttpClient.HttpClient) | undefined
}

/**
 * Default timeouts.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultTimeouts: Timeouts = {
  headers: Duration.seconds(60),
  idle: Duration.seconds(60),
  firstContent: Duration.minutes(5),
  attempt: undefined,
  deadline: Duration.minutes(10)
}

/**
 * Default limits.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultLimits: Limits = { maxEventBytes: 8 * 1024 * 1024, maxBodyBytes: 64 * 1024 * 1024 }

const isLoopback = (host: string): boolean =>
  host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host)

/**
 * Validates a base URL: HTTPS, or HTTP only on loopback (for tests and the simulator).
 *
 * @since 0.1.0
 * @category constructors
 */
export const validateBaseUrl = (raw: string, variable = "OPENROUTER_BASE_URL"): Effect.Effect<string, ConfigError> => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return Effect.fail(new ConfigError({ message: `${variable} is not a valid URL: ${JSON.stringify(raw)}`, variable }))
  }
  if (url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname))) {
    return Effect.succeed(raw.replace(/\/+$/, ""))
  }
  return Effect.fail(
    new ConfigError({
      message: `${variable} must use https:// (plain http is allowed only for loopback addresses), got ${url.protocol}//${url.host}`,
      variable
    })
  )
}

/**
 * Builds and validates a configuration.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Service, ConfigError> =>
  Effect.map(build(options), (service) => {
    // Scrubbed from every error, log and span while this configuration is in use (until it is
    // garbage-collected); the layers release it when their scope closes.
    registerSecret(Redacted.value(service.apiKey), service)
    return service
  })

/**
 * `make` for a scope: the key is scrubbed everywhere until the scope closes (so a process that
 * builds many configurations keeps only the keys in use).
 */
const makeScoped = (options: Options): Effect.Effect<Service, ConfigError, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.map(build(options), (service) => ({
        service,
        release: registerSecret(Redacted.value(service.apiKey), service)
      })),
      ({ release }) => Effect.sync(release)
    ),
    ({ service }) => service
  )

const build = (options: Options): Effect.Effect<Service, ConfigError> =>
  Effect.gen(function*() {
    const apiKey = typeof options.apiKey === "string" ? Redacted.make(options.apiKey) : options.apiKey
    const keyValue = Redacted.value(apiKey)
    if (keyValue.trim() === "") {
      return yield* new ConfigError({ message: "OPENROUTER_API_KEY is empty", variable: "OPENROUTER_API_KEY" })
    }
    const baseUrl = yield* validateBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL)
    const t = options.timeouts ?? {}
    const d = (input: Duration.DurationInput | undefined, fallback: Duration.Duration) =>
      input === undefined ? fallback : Duration.decode(input)
    return {
      apiKey,
      baseUrl,
      referer: options.referer,
      title: options.title,
      headers: options.headers ?? {},
      timeouts: {
        headers: d(t.headers, defaultTimeouts.headers),
        idle: d(t.idle, defaultTimeouts.idle),
        firstContent: d(t.firstContent, defaultTimeouts.firstContent),
        attempt: t.attempt === undefined ? undefined : Duration.decode(t.attempt),
        deadline: d(t.deadline, defaultTimeouts.deadline)
      },
      limits: { ...defaultLimits, ...options.limits },
      ...(options.transformClient !== undefined ? { transformClient: options.transformClient } : {})
    }
  })

/**
 * A layer from already-resolved options.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<OpenRouterConfig, ConfigError> =>
  Layer.scoped(OpenRouterConfig, makeScoped(options))

/**
 * A layer from `Config` values (the caller names the variables).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  config: {
    readonly apiKey: Config.Config<Redacted.Redacted<string>>
    readonly baseUrl?: Config.Config<Option.Option<string>> | undefined
    readonly referer?: Config.Config<Option.Option<string>> | undefined
    readonly title?: Config.Config<Option.Option<string>> | undefined
  },
  rest?: Omit<Options, "apiKey" | "baseUrl" | "referer" | "title">
): Layer.Layer<OpenRouterConfig, ConfigError> =>
  Layer.scoped(
    OpenRouterConfig,
    Effect.gen(function*() {
      const none = Config.succeed(Option.none<string>())
      const resolved = yield* Config.all({
        apiKey: config.apiKey,
        baseUrl: config.baseUrl ?? none,
        referer: config.referer ?? none,
        title: config.title ?? none
      }).pipe(
        Effect.mapError((error) => {
          const text = String(error)
          const variable = /OPENROUTER_[A-Z_]+/.exec(text)?.[0]
          return new ConfigError({
            message: variable !== undefined
              ? `Missing or invalid environment variable ${variable}: set it to your OpenRouter API key (https://openrouter.ai/keys)`
              : `Invalid configuration: ${text}`,
            ...(variable !== undefined ? { variable } : {})
          })
        })
      )
      return yield* makeScoped({
        ...rest,
        apiKey: resolved.apiKey,
        baseUrl: Option.getOrUndefined(resolved.baseUrl),
        referer: Option.getOrUndefined(resolved.referer),
        title: Option.getOrUndefined(resolved.title)
      })
    })
  )

/**
 * Reads `OPENROUTER_API_KEY` (required), `OPENROUTER_BASE_URL`, `OPENROUTER_HTTP_REFERER` and
 * `OPENROUTER_APP_TITLE` from the environment (the Effect `ConfigProvider`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerEnv: Layer.Layer<OpenRouterConfig, ConfigError> = layerConfig({
  apiKey: Config.redacted("OPENROUTER_API_KEY"),
  baseUrl: Config.option(Config.string("OPENROUTER_BASE_URL")),
  referer: Config.option(Config.string("OPENROUTER_HTTP_REFERER")),
  title: Config.option(Config.string("OPENROUTER_APP_TITLE"))
})
