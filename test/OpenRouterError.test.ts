import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { registerSecret } from "../src/internal/redact.js"
import * as E from "../src/OpenRouterError.js"

const fixture = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", file), "utf8")) as {
    readonly response: { readonly status: number; readonly headers: Record<string, string>; readonly body: unknown }
  }

interface IndexEntry {
  readonly file: string
  readonly expect: Record<string, unknown>
}
const index = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "index.json"), "utf8")) as {
  readonly fixtures: ReadonlyArray<IndexEntry>
}

const TAG_FOR: Record<string, string> = {
  BadRequest: "InvalidRequestError",
  Unauthorized: "AuthenticationError",
  PaymentRequired: "InsufficientCreditsError",
  Forbidden: "PermissionDeniedError",
  RateLimited: "RateLimitError",
  BadGateway: "ProviderError",
  ServiceUnavailable: "NoProviderAvailableError"
}

describe("classify: shared error fixtures", () => {
  for (const entry of index.fixtures.filter((f) => f.file.startsWith("errors/"))) {
    it(entry.file, () => {
      const f = fixture(entry.file)
      const error = E.classify({ status: f.response.status, body: f.response.body, headers: f.response.headers })
      const exp = entry.expect
      const kind = exp["kind"]
      const expectedTag = kind === "context_length_exceeded"
        ? "ContextLengthError"
        : kind === "moderation"
        ? "ContentPolicyError"
        : TAG_FOR[String(exp["suggestedTag"])]
      assert.strictEqual(error._tag, expectedTag)
      assert.strictEqual(error.status, exp["httpStatus"])
      assert.strictEqual(error.code, exp["errorCode"])
      assert.strictEqual(error.message, exp["message"])
      assert.strictEqual(error.isRetryable, exp["retryable"])
      if (exp["providerName"] !== undefined) assert.strictEqual(error.providerName, exp["providerName"])
      if (exp["retryAfterSeconds"] === null) assert.isUndefined(error.retryAfter)
      const limits = exp["parsedLimits"] as { maxContext: number; requested: number } | undefined
      if (limits !== undefined && error._tag === "ContextLengthError") {
        assert.strictEqual(error.maxContext, limits.maxContext)
        assert.strictEqual(error.requestedTokens, limits.requested)
      }
      const moderation = exp["moderation"] as { reasons: Array<string>; flaggedInputLength: number } | undefined
      if (moderation !== undefined && error._tag === "ContentPolicyError") {
        assert.deepStrictEqual(error.reasons, moderation.reasons)
        assert.strictEqual(error.flaggedInput?.length, moderation.flaggedInputLength)
      }
    })
  }
})

describe("classify: statuses and shapes", () => {
  const cases: ReadonlyArray<readonly [number, unknown, string, boolean]> = [
    [400, { error: { code: 400, message: "bad param" } }, "InvalidRequestError", false],
    [401, { error: { code: 401, message: "No auth credentials found" } }, "AuthenticationError", false],
    [402, { error: { code: 402, message: "Insufficient credits" } }, "InsufficientCreditsError", false],
    [403, { error: { code: 403, message: "Request blocked: prompt injection patterns detected", metadata: { patterns: ["x"] } } }, "PermissionDeniedError", false],
    [404, { error: { code: 404, message: "No endpoints found" } }, "ModelNotFoundError", false],
    [408, { error: { code: 408, message: "Request timed out" } }, "TimeoutError", true],
    [413, { error: { code: 413, message: "Payload too large" } }, "InvalidRequestError", false],
    [422, { error: { code: 422, message: "Unprocessable" } }, "InvalidRequestError", false],
    [429, { error: { code: 429, message: "Rate limit exceeded: free-models-per-min." } }, "RateLimitError", true],
    [429, { error: { code: 429, message: "Rate limit exceeded: free-models-per-day" } }, "RateLimitError", false],
    [500, { error: { code: 500, message: "Internal Server Error" } }, "ProviderError", true],
    [502, { error: { code: 502, message: "Provider returned error", metadata: { provider_name: "X", raw: "boom" } } }, "ProviderError", true],
    [503, { error: { code: 503, message: "No instances available" } }, "NoProviderAvailableError", true],
    [504, { error: { code: 504, message: "Gateway timeout" } }, "ProviderError", true],
    [524, { error: { code: 524, message: "edge timeout" } }, "ProviderError", true],
    [529, { error: { code: 529, message: "Overloaded" } }, "ProviderError", true],
    [400, { error: { message: "x", code: 400, metadata: { error_type: "context_length_exceeded" } } }, "ContextLengthError", false],
    [400, { error: { message: "x", code: 400, metadata: { error_type: "content_policy_violation" } } }, "ContentPolicyError", false],
    [400, { error: { message: "prompt is too long: 210000 tokens > 200000 maximum", code: 400 } }, "ContextLengthError", false],
    [503, { error: { message: "All providers unavailable", error_type: "provider_overloaded", http_status: 503, availability: { code: "temporarily_unavailable", retryable: false } } }, "NoProviderAvailableError", false]
  ]
  for (const [status, body, tag, retryable] of cases) {
    it(`${status} ${JSON.stringify(body).slice(0, 60)} -> ${tag}`, () => {
      const error = E.classify({ status, body })
      assert.strictEqual(error._tag, tag)
      assert.strictEqual(error.status, status)
      assert.strictEqual(error.isRetryable, retryable)
    })
  }

  it("non-JSON 502 from an edge proxy keeps a bounded excerpt of the text", () => {
    const error = E.classify({ status: 502, body: undefined, text: "<html>Bad gateway</html>" })
    assert.strictEqual(error._tag, "ProviderError")
    assert.include(error.message, "Bad gateway")
  })

  it("200 with an error body maps by error.code (mid-stream chunk)", () => {
    const error = E.classify({
      status: 200,
      body: { error: { code: 502, message: "Provider disconnected unexpectedly", metadata: { error_type: "provider_unavailable" } } }
    })
    assert.strictEqual(error._tag, "ProviderError")
    assert.strictEqual(error.status, 502)
    assert.strictEqual(error.errorType, "provider_unavailable")
  })

  it("string error.code on a stream chunk", () => {
    const error = E.classify({ status: 200, body: { error: { code: "rate_limit_exceeded", message: "slow down" } } })
    assert.strictEqual(error._tag, "RateLimitError")
    assert.strictEqual(error.code, "rate_limit_exceeded")
  })

  it("429 with X-RateLimit headers and Retry-After", () => {
    const error = E.classify({
      status: 429,
      body: { error: { code: 429, message: "Rate limit exceeded: free-models-per-min. ", metadata: { headers: { "X-RateLimit-Limit": "20", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1763712240000" } } } },
      headers: { "retry-after": "7" }
    })
    assert.strictEqual(error._tag, "RateLimitError")
    assert.deepStrictEqual(error.rateLimit, { limit: 20, remaining: 0, resetAt: 1763712240000 })
    assert.strictEqual(error.retryAfter !== undefined ? Duration.toMillis(error.retryAfter) : -1, 7000)
  })

  it("402 in-flight budget with a retry hint is retryable; plain 402 is not", () => {
    const inflight = E.classify({
      status: 402,
      body: { error: { code: 402, message: "in flight", metadata: { limit_source: "openrouter_in_flight_budget" } } },
      headers: { "retry-after": "3" }
    })
    assert.strictEqual(inflight._tag, "InsufficientCreditsError")
    assert.isTrue(inflight.isRetryable)
    const plain = E.classify({ status: 402, body: { error: { code: 402, message: "no money" } }, headers: { "retry-after": "3" } })
    assert.isFalse(plain.isRetryable)
  })

  it("503 availability retry_after becomes retryAfter", () => {
    const error = E.classify({
      status: 503,
      body: { error: { message: "Retry after 15 seconds.", error_type: "provider_overloaded", availability: { code: "temporarily_unavailable", retryable: true, retry_after: 15 } } }
    })
    assert.strictEqual(error._tag, "NoProviderAvailableError")
    assert.strictEqual(error.retryAfter !== undefined ? Duration.toSeconds(error.retryAfter) : -1, 15)
    assert.isTrue(error.isRetryable)
  })

  it("x-should-retry overrides the status rule", () => {
    assert.isFalse(E.classify({ status: 503, body: { error: { message: "x" } }, headers: { "x-should-retry": "false" } }).isRetryable)
    assert.isTrue(E.classify({ status: 400, body: { error: { message: "x" } }, headers: { "x-should-retry": "true" } }).isRetryable)
  })
})

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-21T10:00:00Z")
  it("retry-after-ms wins over retry-after", () => {
    const d = E.parseRetryAfter({ "retry-after-ms": "1500.5", "retry-after": "9" }, now)
    assert.strictEqual(d !== undefined ? Duration.toMillis(d) : -1, 1500.5)
  })
  it("seconds, decimals", () => {
    const d = E.parseRetryAfter({ "Retry-After": "2.5" }, now)
    assert.strictEqual(d !== undefined ? Duration.toMillis(d) : -1, 2500)
  })
  it("HTTP-date in the future and in the past (clamped to 0)", () => {
    const future = E.parseRetryAfter({ "retry-after": "Sat, 21 Nov 2026 10:00:30 GMT" }, now)
    assert.strictEqual(future !== undefined ? Duration.toMillis(future) : -1, 30_000)
    const past = E.parseRetryAfter({ "retry-after": "Sat, 21 Nov 2026 09:00:00 GMT" }, now)
    assert.strictEqual(past !== undefined ? Duration.toMillis(past) : -1, 0)
  })
  it("garbage is ignored", () => {
    assert.isUndefined(E.parseRetryAfter({ "retry-after": "soon" }, now))
    assert.isUndefined(E.parseRetryAfter({}, now))
  })
})

describe("secrets never appear in errors", () => {
  const key = "sk-or-v1-0123456789abcdef0123456789abcdef"
  it.effect("message, toString, JSON and encoded forms are scrubbed", () =>
    Effect.gen(function*() {
      registerSecret(key)
      const error = E.classify({
        status: 401,
        body: { error: { code: 401, message: `Invalid key ${key}`, metadata: { raw: `Bearer ${key}`, authorization: key } } }
      })
      for (const text of [error.message, String(error), JSON.stringify(error), JSON.stringify(yield* Schema.encode(E.AuthenticationError)(error as E.AuthenticationError))]) {
        assert.notInclude(text, key)
        assert.notInclude(text, "0123456789abcdef0123")
      }
    }))
  it("unregistered sk-or keys are scrubbed by pattern", () => {
    const error = E.classify({ status: 400, body: { error: { message: "bad key sk-or-v1-zzzzzzzzzzzzzzzz" } } })
    assert.notInclude(error.message, "zzzzzzzzzzzz")
  })
})

describe("withAttempts", () => {
  it("keeps class, message, fields and getters", () => {
    const error = E.classify({ status: 429, body: { error: { code: 429, message: "slow down" } }, headers: { "retry-after": "2" } })
    const log = [{ model: "a/b", attempt: 1, outcome: "RateLimitError", status: 429, durationMs: 3, waitMs: 0, mayBeBilled: false }]
    const copy = E.withAttempts(error, log)
    assert.strictEqual(copy._tag, "RateLimitError")
    assert.instanceOf(copy, E.RateLimitError)
    assert.strictEqual(copy.message, "slow down")
    assert.strictEqual(copy.status, 429)
    assert.isTrue(copy.isRetryable)
    assert.deepStrictEqual(copy.attempts, log)
    assert.isUndefined(error.attempts)
    assert.include(JSON.stringify(copy), "RateLimitError")
  })
})
