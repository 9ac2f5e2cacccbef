/**
 * The Simulator's scripted scenarios: names, parameters and the error bodies they answer with.
 *
 * @internal
 */
import { clipMiddle } from "./answer.js"

/** Scenario names. @internal */
export type ScenarioName =
  | "rate-limited"
  | "flaky"
  | "no-credits"
  | "moderated"
  | "context-overflow"
  | "not-found"
  | "unauthorized"
  | "slow-first-token"
  | "mid-stream-error"
  | "drop-after"
  | "stall"
  | "unknown-fields"
  | "unknown-values"

/** A parsed scenario. @internal */
export interface Scenario {
  readonly name: ScenarioName
  /** The label as requested (e.g. `flaky-503-3`), used for counting and in the request log. */
  readonly label: string
  /** The numeric suffix, when given (`drop-after-3` → 3). */
  readonly param: number | undefined
  /** The HTTP status of `flaky-<status>`. */
  readonly status: number | undefined
}

/** What each scenario does and its parameter, for docs and the CLI. @internal */
export const scenarioDocs: ReadonlyArray<{ readonly name: string; readonly description: string }> = [
  {
    name: "rate-limited[-K]",
    description:
      "429 with Retry-After (x-sim-retry-after, default 1 s) and X-RateLimit-* headers for the first K calls (default 1, or x-sim-fail-count), then success."
  },
  {
    name: "flaky-<5xx>[-N]",
    description:
      "N failures (default 2, or x-sim-fail-count) with that status (500, 502, 503 with availability, 504, 524, 529), then success."
  },
  { name: "no-credits", description: "402 with OpenRouter's pre-authorisation message (payment_required)." },
  {
    name: "moderated",
    description: "403 moderation flag with metadata.reasons (x-sim-reasons, default harassment) and flagged_input."
  },
  {
    name: "context-overflow[-MAX]",
    description:
      "400 with OpenRouter's exact context-length message; MAX (or x-sim-max-context) is the limit (default: the model's context length)."
  },
  { name: "not-found", description: "404: no endpoints found for the model." },
  { name: "unauthorized", description: "401: the key is rejected." },
  {
    name: "slow-first-token[-MS]",
    description:
      "Keepalive comments every x-sim-keepalive-ms (default 50 ms) for MS ms (or x-sim-delay-ms, default 300 ms) before the first chunk."
  },
  {
    name: "mid-stream-error[-N]",
    description:
      "After N content deltas (default 2, or x-sim-chunks) an error chunk (502 provider_unavailable, finish_reason error). JSON wire: 200 with a choice that finished with error."
  },
  {
    name: "drop-after-N",
    description:
      "After N data events (default 3, or x-sim-chunks; the role chunk counts) the socket is destroyed. JSON wire: half the body, then destroy."
  },
  {
    name: "stall[-N]",
    description:
      "After N data events (default 2, or x-sim-chunks) nothing more is sent until the client aborts (or the response cap ends it)."
  },
  {
    name: "unknown-fields",
    description:
      "A normal answer whose every chunk (or the JSON body) also carries fields the API does not document yet: at the top level, in the choice and in the delta / message."
  },
  {
    name: "unknown-values",
    description:
      "A normal answer whose first content chunk (or the JSON message) carries an annotation of a type the API does not document yet (x_sim_future)."
  }
]

const FIXED: ReadonlyArray<ScenarioName> = [
  "rate-limited",
  "no-credits",
  "moderated",
  "context-overflow",
  "not-found",
  "unauthorized",
  "slow-first-token",
  "mid-stream-error",
  "drop-after",
  "stall",
  "unknown-fields",
  "unknown-values"
]

/**
 * Parses a scenario label (`drop-after-3`, `flaky-503`, `rate-limited-2`), with or without a
 * `sim/` prefix. Unknown labels give `undefined`.
 *
 * @internal
 */
export const parseScenario = (raw: string): Scenario | undefined => {
  const label = raw.trim().replace(/^sim\//, "").replace(/:.*$/, "")
  const flaky = /^flaky-(\d{3})(?:-(\d+))?$/.exec(label)
  if (flaky !== null) {
    const status = Number(flaky[1])
    if (status < 500 || status > 599) return undefined
    return { name: "flaky", label, param: flaky[2] !== undefined ? Number(flaky[2]) : undefined, status }
  }
  for (const name of FIXED) {
    if (label === name) return { name, label, param: undefined, status: undefined }
    if (label.startsWith(`${name}-`)) {
      const rest = label.slice(name.length + 1)
      if (/^\d+$/.test(rest)) return { name, label, param: Number(rest), status: undefined }
    }
  }
  return undefined
}

/**
 * The scenario of a request: the `x-sim-scenario` header wins over a `sim/<scenario>` model id.
 *
 * @internal
 */
export const scenarioOf = (
  model: string | undefined,
  headers: Readonly<Record<string, string | undefined>>
): Scenario | undefined => {
  const header = headers["x-sim-scenario"]
  if (header !== undefined && header.trim() !== "") return parseScenario(header)
  if (model !== undefined && model.startsWith("sim/")) return parseScenario(model)
  return undefined
}

/** A numeric header, if present and valid. @internal */
export const numberHeader = (
  headers: Readonly<Record<string, string | undefined>>,
  name: string
): number | undefined => {
  const v = headers[name]
  if (v === undefined || v.trim() === "") return undefined
  const n = Number(v)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

type Json = Record<string, unknown>

/** An error answer: status, extra headers and the JSON body. @internal */
export interface ErrorAnswer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Json
}

const USER_ID = "user_sim_0000000000000000000000"

/** 429 from the platform limiter. @internal */
export const rateLimited = (model: string, retryAfterSeconds: number, nowMillis: number): ErrorAnswer => {
  const resetAt = String(nowMillis + Math.ceil(retryAfterSeconds * 1000))
  const rateHeaders = { "X-RateLimit-Limit": "20", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": resetAt }
  return {
    status: 429,
    headers: {
      "retry-after": String(retryAfterSeconds),
      "x-ratelimit-limit": "20",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": resetAt
    },
    body: {
      error: {
        code: 429,
        message: `Rate limit exceeded: ${model} is limited to 20 requests per minute (simulated). Please retry shortly.`,
        metadata: {
          error_type: "rate_limit_exceeded",
          headers: rateHeaders,
          limit_source: "openrouter_shared_capacity",
          provider_name: null
        }
      },
      user_id: USER_ID
    }
  }
}

/** A 5xx failure. 503 carries `availability` like OpenRouter's. @internal */
export const serverError = (model: string, status: number, retryAfterSeconds: number | undefined): ErrorAnswer => {
  const headers: Record<string, string> = retryAfterSeconds !== undefined
    ? { "retry-after": String(retryAfterSeconds) }
    : {}
  if (status === 503) {
    return {
      status,
      headers,
      body: {
        error: {
          code: 503,
          message: `All providers for ${model} are temporarily unavailable (simulated).`,
          error_type: "provider_overloaded",
          http_status: 503,
          availability: {
            code: "temporarily_unavailable",
            retryable: true,
            ...(retryAfterSeconds !== undefined ? { retry_after: retryAfterSeconds } : {}),
            requested_models: [model],
            affected_providers: ["simulator"],
            docs_url: "https://openrouter.ai/docs/errors#temporarily_unavailable"
          }
        }
      }
    }
  }
  const errorType = status === 500 ? "server" : status === 502 ? "provider_unavailable" : undefined
  return {
    status,
    headers,
    body: {
      error: {
        code: status,
        message: status === 500 ? "Internal Server Error" : "Provider returned error",
        metadata: {
          ...(errorType !== undefined ? { error_type: errorType } : {}),
          provider_name: "Simulator",
          raw: `simulated upstream failure (HTTP ${status})`
        }
      },
      user_id: USER_ID
    }
  }
}

/** 402 pre-authorisation failure. @internal */
export const noCredits = (maxTokens: number | undefined): ErrorAnswer => {
  const requested = maxTokens ?? 65536
  const affordable = Math.max(0, Math.floor(requested / 4) - 1)
  return {
    status: 402,
    headers: {},
    body: {
      error: {
        code: 402,
        message:
          `This request requires more credits, or fewer max_tokens. You requested up to ${requested} tokens, but can only afford ${affordable}. To increase, visit https://openrouter.ai/settings/credits and add more credits`,
        metadata: { error_type: "payment_required", provider_name: null }
      },
      user_id: USER_ID
    }
  }
}

/** 403 moderation flag. @internal */
export const moderated = (model: string, input: string, reasons: ReadonlyArray<string>): ErrorAnswer => ({
  status: 403,
  headers: {},
  body: {
    error: {
      code: 403,
      message: `${model} requires moderation on Simulator. Your input was flagged for "${
        reasons.join(", ")
      }". No credits were charged.`,
      metadata: {
        reasons: [...reasons],
        flagged_input: clipMiddle(input, 100),
        provider_name: "Simulator",
        model_slug: model
      }
    },
    user_id: USER_ID
  }
})

/** 400 context overflow with OpenRouter's pre-flight message. @internal */
export const contextOverflow = (maxContext: number, inputTokens: number, outputTokens: number): ErrorAnswer => {
  const input = Math.max(inputTokens, maxContext - outputTokens + 1)
  return {
    status: 400,
    headers: {},
    body: {
      error: {
        code: 400,
        message: `This endpoint's maximum context length is ${maxContext} tokens. However, you requested about ${
          input + outputTokens
        } tokens (${input} of text input, ${outputTokens} in the output). Please reduce the length of either one, or use the context-compression plugin to compress your prompt automatically.`,
        metadata: { provider_name: null }
      },
      user_id: USER_ID
    }
  }
}

/** 404: no endpoint serves the model. @internal */
export const notFound = (model: string): ErrorAnswer => ({
  status: 404,
  headers: {},
  body: {
    error: {
      code: 404,
      message: `No endpoints found for ${model}.`,
      availability: {
        code: "no_endpoints",
        retryable: false,
        requested_models: [model],
        docs_url: "https://openrouter.ai/docs/errors#no_endpoints"
      }
    }
  }
})

/**
 * 400 for a model id OpenRouter does not know, exactly as it answers (`{ error: { message, code },
 * user_id }`, no metadata).
 *
 * @internal
 */
export const invalidModel = (model: string): ErrorAnswer => ({
  status: 400,
  headers: {},
  body: { error: { message: `${model} is not a valid model ID`, code: 400 }, user_id: USER_ID }
})

/** 401. @internal */
export const unauthorized = (message: string): ErrorAnswer => ({
  status: 401,
  headers: {},
  body: { error: { code: 401, message } }
})

/** 400 for a malformed request. @internal */
export const badRequest = (message: string): ErrorAnswer => ({
  status: 400,
  headers: {},
  body: { error: { code: 400, message, metadata: { error_type: "invalid_request" } } }
})

// -----------------------------------------------------------------------------
// Forward-compatibility faults: what a newer API might send
// -----------------------------------------------------------------------------

const FUTURE = { note: "a field this client version does not know", level: 1 }

const withKey = (value: unknown, key: string, extra: unknown): unknown =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value, [key]: extra } : value

/**
 * A chunk or completion body with undocumented fields added: at the top level, in each choice and
 * in its `delta` / `message` (`unknown-fields`).
 *
 * @internal
 */
export const withUnknownFields = (json: Json): Json => {
  const choices = json["choices"]
  return {
    ...json,
    x_sim_future: FUTURE,
    ...(Array.isArray(choices)
      ? {
        choices: choices.map((choice: unknown) => {
          const withDelta = withKey(choice, "x_sim_future", FUTURE)
          if (typeof withDelta !== "object" || withDelta === null) return withDelta
          const record: Record<string, unknown> = { ...withDelta }
          if ("delta" in record) record["delta"] = withKey(record["delta"], "x_sim_future", FUTURE)
          if ("message" in record) record["message"] = withKey(record["message"], "x_sim_future", FUTURE)
          return record
        })
      }
      : {})
  }
}

/** The annotation of an undocumented type `unknown-values` adds. @internal */
export const futureAnnotation = { type: "x_sim_future", x_sim_future: FUTURE }

/**
 * A chunk or completion body whose `delta` / `message` carries an annotation of an undocumented
 * type (`unknown-values`).
 *
 * @internal
 */
export const withUnknownValues = (json: Json): Json => {
  const choices = json["choices"]
  if (!Array.isArray(choices)) return json
  return {
    ...json,
    choices: choices.map((choice: unknown) => {
      if (typeof choice !== "object" || choice === null) return choice
      const record: Record<string, unknown> = { ...choice }
      for (const key of ["delta", "message"]) {
        const inner = record[key]
        if (typeof inner === "object" && inner !== null) {
          record[key] = { ...inner, annotations: [futureAnnotation] }
        }
      }
      return record
    })
  }
}
