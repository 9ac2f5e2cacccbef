/**
 * Issue 10, item 5: every error says which kind of failure it is (a typed, open `kind`), the whole
 * error body (with the top-level `openrouter_metadata`) stays reachable, and a context-length
 * message gives all its numbers.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import * as OpenRouter from "../src/OpenRouter.js"
import * as E from "../src/OpenRouterError.js"
import * as OpenRouterTest from "../src/OpenRouterTest.js"
import { fixture, fixtureIndex, userMessage } from "./helpers.js"

/** OpenRouter's documented guardrail block (OpenAPI spec, chat 403 example `guardrail-blocked`). */
const guardrailBody = {
  error: {
    code: 403,
    message: "Request blocked: prompt injection patterns detected",
    metadata: { patterns: ["ignore all previous instructions"] }
  },
  openrouter_metadata: {
    attempt: 1,
    endpoints: { available: [{ model: "openai/gpt-4o", provider: "OpenAI", selected: false }], total: 1 },
    is_byok: false,
    pipeline: [{
      data: { action: "blocked", detected: true, engines: ["regex"], patterns: ["ignore all previous instructions"] },
      guardrail_id: "grd_abc123",
      guardrail_scope: "api-key",
      name: "regex_pi_detection",
      summary: "Blocked: prompt injection detected (1 pattern matched)",
      type: "guardrail"
    }],
    region: "iad",
    requested: "openai/gpt-4o",
    strategy: "direct",
    summary: "available=1"
  }
}

/** "No allowed providers" 404 as OpenRouter sends it (quoted in public issues). */
const noAllowedProvidersBody = {
  error: {
    message: "No allowed providers are available for the selected model.",
    code: 404,
    metadata: { available_providers: ["z-ai"], requested_providers: ["anthropic"] }
  }
}

describe("every error from OpenRouter has a kind", () => {
  it("shared error fixtures: the kind the fixture index names, else the status's kind", () => {
    const expected: Record<string, string> = {
      "errors/400-context-length-exceeded.json": "context_length_exceeded",
      "errors/401-openapi-example.json": "authentication",
      "errors/402-insufficient-credits.json": "payment_required",
      "errors/403-moderation-flagged.json": "moderation",
      "errors/429-upstream-rate-limited.json": "rate_limit_exceeded",
      "errors/502-provider-error-openapi.json": "provider_unavailable",
      "errors/503-openapi-example.json": "provider_overloaded"
    }
    const entries = fixtureIndex.filter((f) => f.file.startsWith("errors/"))
    assert.strictEqual(entries.length, Object.keys(expected).length)
    for (const entry of entries) {
      const f = fixture(entry.file)
      const error = E.classify({ status: f.response.status, body: f.response.body, headers: f.response.headers })
      assert.strictEqual(error.kind, expected[entry.file], entry.file)
      const indexKind = entry.expect["kind"]
      if (typeof indexKind === "string") assert.strictEqual(error.kind, indexKind, entry.file)
      // the whole body stays reachable (user_id included)
      assert.deepStrictEqual(error.body, f.response.body, entry.file)
    }
  })

  it("a guardrail block is kind guardrail, and openrouter_metadata (dropped before) is kept", () => {
    const error = E.classify({ status: 403, body: guardrailBody })
    assert.strictEqual(error._tag, "PermissionDeniedError")
    assert.strictEqual(error.kind, "guardrail")
    assert.deepStrictEqual(error.openrouterMetadata, guardrailBody.openrouter_metadata)
    assert.deepStrictEqual(error.body, guardrailBody)
    assert.deepStrictEqual(error.metadata, guardrailBody.error.metadata)
  })

  it("a guardrail stage in openrouter_metadata decides even without the 'Request blocked' wording", () => {
    const body = { ...guardrailBody, error: { code: 403, message: "Forbidden" } }
    assert.strictEqual(E.classify({ status: 403, body }).kind, "guardrail")
    // the message alone (no metadata header) is enough too
    assert.strictEqual(E.classify({ status: 403, body: { error: guardrailBody.error } }).kind, "guardrail")
    // while a management-key refusal is a plain permission_denied
    const mgmt = E.classify({ status: 403, body: { error: { code: 403, message: "Only management keys can perform this operation" } } })
    assert.strictEqual(mgmt.kind, "permission_denied")
  })

  it("no allowed providers / no endpoints / not a valid model id are told apart", () => {
    const noAllowed = E.classify({ status: 404, body: noAllowedProvidersBody })
    assert.strictEqual(noAllowed._tag, "ModelNotFoundError")
    assert.strictEqual(noAllowed.kind, "no_allowed_providers")
    assert.deepStrictEqual(noAllowed.metadata?.["available_providers"], ["z-ai"])

    const noEndpoints = E.classify({
      status: 404,
      body: {
        error: {
          message:
            "No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing",
          code: 404
        }
      }
    })
    assert.strictEqual(noEndpoints._tag, "ModelNotFoundError")
    assert.strictEqual(noEndpoints.kind, "no_endpoints")

    const invalidModel = E.classify({
      status: 400,
      body: { error: { message: "claude-sonnet-4-6 is not a valid model ID", code: 400 }, user_id: "user_x" }
    })
    assert.strictEqual(invalidModel._tag, "ModelNotFoundError")
    assert.strictEqual(invalidModel.kind, "model_not_found")
  })

  it("availability codes are the kind: model_deprecated, no_endpoints, region_restricted", () => {
    const availability = (code: string, status: number) =>
      E.classify({
        status,
        body: {
          error: {
            message: "…",
            error_type: "not_found",
            http_status: status,
            availability: { code, retryable: false, requested_models: ["a/b"] }
          }
        }
      })
    const deprecated = availability("model_deprecated", 404)
    assert.strictEqual(deprecated._tag, "ModelNotFoundError")
    assert.strictEqual(deprecated.kind, "model_deprecated")
    assert.strictEqual(availability("no_endpoints", 404).kind, "no_endpoints")
    assert.strictEqual(availability("region_restricted", 403).kind, "region_restricted")
  })

  it("moderation and content-policy kinds", () => {
    const flagged = E.classify({
      status: 403,
      body: { error: { code: 403, message: "x requires moderation on Y. Your input was flagged for \"misc\".", metadata: { reasons: ["misc"], flagged_input: "hi" } } }
    })
    assert.strictEqual(flagged._tag, "ContentPolicyError")
    assert.strictEqual(flagged.kind, "moderation")
    const policy = E.classify({
      status: 400,
      body: { error: { code: 400, message: "refused", metadata: { error_type: "content_policy_violation" } } }
    })
    assert.strictEqual(policy._tag, "ContentPolicyError")
    assert.strictEqual(policy.kind, "content_policy_violation")
    assert.strictEqual(E.contentFilter({}).kind, "content_filter")
  })

  it("an unknown error_type or availability code is kept as the kind (open)", () => {
    const unknownType = E.classify({
      status: 400,
      body: { error: { code: 400, message: "new", metadata: { error_type: "brand_new_failure" } } }
    })
    assert.strictEqual(unknownType.kind, "brand_new_failure")
    const unknownAvailability = E.classify({
      status: 404,
      body: { error: { message: "gone", availability: { code: "moved_to_the_moon", retryable: false } } }
    })
    assert.strictEqual(unknownAvailability.kind, "moved_to_the_moon")
    // and it survives encode / decode
    const encoded = Schema.encodeSync(E.InvalidRequestError)(new E.InvalidRequestError({ message: "m", kind: "brand_new_failure" }))
    assert.strictEqual(Schema.decodeSync(E.InvalidRequestError)(encoded).kind, "brand_new_failure")
  })

  it("a mid-stream error chunk keeps the whole chunk as the body", () => {
    const chunk = {
      id: "gen-1",
      object: "chat.completion.chunk",
      error: { code: 502, message: "Provider disconnected unexpectedly", metadata: { error_type: "provider_unavailable", provider_code: "upstream_connection_reset" } },
      choices: [{ index: 0, delta: { content: "" }, finish_reason: "error" }]
    }
    const error = E.classify({ status: 200, body: chunk })
    assert.strictEqual(error.kind, "provider_unavailable")
    assert.deepStrictEqual(error.body, chunk)
  })

  it("every status without a code gets the status's kind", () => {
    const cases: ReadonlyArray<readonly [number, string]> = [
      [400, "invalid_request"],
      [401, "authentication"],
      [402, "payment_required"],
      [403, "permission_denied"],
      [404, "not_found"],
      [408, "timeout"],
      [413, "payload_too_large"],
      [422, "unprocessable"],
      [429, "rate_limit_exceeded"],
      [500, "server"],
      [502, "provider_unavailable"],
      [503, "provider_overloaded"],
      [504, "timeout"],
      [524, "timeout"],
      [529, "provider_overloaded"]
    ]
    for (const [status, kind] of cases) {
      const error = E.classify({ status, body: { error: { code: status, message: "something" } } })
      // TimeoutError keeps its own `kind` (which limit fired): a 408 is `server`
      assert.strictEqual(error.kind, status === 408 ? "server" : kind, String(status))
    }
  })

  it("secrets in the kept body are scrubbed", () => {
    const error = E.classify({
      status: 401,
      body: { error: { code: 401, message: "bad" }, echo: "Bearer sk-or-v1-0123456789abcdef0123456789" }
    })
    assert.notInclude(JSON.stringify(error.body), "sk-or-v1-0123456789abcdef")
  })

  it.effect("through the client: a 403 guardrail block arrives with its kind and openrouter_metadata", () =>
    Effect.gen(function*() {
      const client = yield* OpenRouter.OpenRouter
      const result = yield* Effect.either(client.chat({ model: "openai/gpt-4o", messages: userMessage() }, { wire: "json" }))
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result) && result.left._tag === "PermissionDeniedError") {
        assert.strictEqual(result.left.kind, "guardrail")
        assert.deepStrictEqual(result.left.openrouterMetadata?.["pipeline"], guardrailBody.openrouter_metadata.pipeline)
      } else assert.fail(`expected PermissionDeniedError, got ${Either.isLeft(result) ? result.left._tag : "success"}`)
    }).pipe(Effect.provide(OpenRouterTest.layer([OpenRouterTest.json(guardrailBody, { status: 403 })]))))
})

describe("every local error has a kind", () => {
  it("fixed kinds, and the class defaults when built directly", () => {
    assert.strictEqual(new E.TransportError({ message: "x", sent: false }).kind, "transport")
    assert.strictEqual(new E.MalformedResponseError({ message: "x", excerpt: "" }).kind, "malformed_response")
    assert.strictEqual(new E.CircuitOpenError({ message: "x", key: "m", state: "open" }).kind, "circuit_open")
    assert.strictEqual(new E.RateLimitExceededError({ message: "x", key: "m", limit: "rpm" }).kind, "client_rate_limit")
    assert.strictEqual(new E.BulkheadFullError({ message: "x", maxConcurrent: 1, maxQueue: 0 }).kind, "bulkhead_full")
    assert.strictEqual(
      new E.BudgetExceededError({ message: "x", scope: "s", limitMicros: 1, spentMicros: 1, reservedMicros: 0 }).kind,
      "budget_exceeded"
    )
    assert.strictEqual(new E.AllCandidatesFailedError({ message: "x", failures: [] }).kind, "all_candidates_failed")
    assert.strictEqual(new E.ConfigError({ message: "x" }).kind, "config")
    assert.strictEqual(new E.TimeoutError({ message: "x", kind: "idle" }).kind, "idle")
    assert.strictEqual(new E.ContextLengthError({ message: "x" }).kind, "context_length_exceeded")
    assert.strictEqual(new E.InvalidRequestError({ message: "x" }).kind, "invalid_request")
    assert.strictEqual(new E.ModelNotFoundError({ message: "x" }).kind, "model_not_found")
  })
})

describe("ContextLengthError carries every number of the message", () => {
  const parse = (message: string, status = 400) => {
    const error = E.classify({ status, body: { error: { code: status, message } } })
    assert.strictEqual(error._tag, "ContextLengthError", message)
    assert.strictEqual(error.kind, "context_length_exceeded", message)
    return error._tag === "ContextLengthError"
      ? {
        maxContext: error.maxContext,
        requestedTokens: error.requestedTokens,
        textInputTokens: error.textInputTokens,
        toolInputTokens: error.toolInputTokens,
        outputTokens: error.outputTokens
      }
      : undefined
  }

  it("the shared fixture: maximum context, requested, text input and output", () => {
    const entry = fixtureIndex.find((f) => f.file === "errors/400-context-length-exceeded.json")
    const limits = entry?.expect["parsedLimits"] as
      | { maxContext: number; requested: number; textInput: number; output: number }
      | undefined
    assert.isDefined(limits)
    const f = fixture("errors/400-context-length-exceeded.json")
    const error = E.classify({ status: f.response.status, body: f.response.body })
    if (error._tag !== "ContextLengthError" || limits === undefined) return assert.fail(error._tag)
    assert.strictEqual(error.maxContext, limits.maxContext)
    assert.strictEqual(error.requestedTokens, limits.requested)
    assert.strictEqual(error.textInputTokens, limits.textInput)
    assert.strictEqual(error.outputTokens, limits.output)
    assert.isUndefined(error.toolInputTokens)
  })

  it("OpenRouter's current wording, with tool input", () => {
    assert.deepStrictEqual(
      parse(
        "This endpoint's maximum context length is 131072 tokens. However, you requested about 150211 tokens (140000 of text input, 8000 of tool input, 2211 in the output). Please reduce the length of either one, or use the context-compression plugin to compress your prompt automatically."
      ),
      { maxContext: 131072, requestedTokens: 150211, textInputTokens: 140000, toolInputTokens: 8000, outputTokens: 2211 }
    )
  })

  it("OpenAI's wordings (messages / functions / completion)", () => {
    assert.deepStrictEqual(
      parse(
        "This model's maximum context length is 8192 tokens. However, you requested 8245 tokens (7245 in the messages, 1000 in the completion). Please reduce the length of the messages or completion."
      ),
      { maxContext: 8192, requestedTokens: 8245, textInputTokens: 7245, toolInputTokens: undefined, outputTokens: 1000 }
    )
    assert.deepStrictEqual(
      parse(
        "This model's maximum context length is 16385 tokens. However, your messages resulted in 17000 tokens (16000 in the messages, 1000 in the functions). Please reduce the length of the messages or functions."
      ),
      { maxContext: 16385, requestedTokens: 17000, textInputTokens: 16000, toolInputTokens: 1000, outputTokens: undefined }
    )
  })

  it("Anthropic's and Gemini's wordings", () => {
    assert.deepStrictEqual(
      parse("input length and `max_tokens` exceed context limit: 198000 + 8192 > 200000, decrease input length or `max_tokens` and try again"),
      { maxContext: 200000, requestedTokens: 206192, textInputTokens: 198000, toolInputTokens: undefined, outputTokens: 8192 }
    )
    assert.deepStrictEqual(parse("prompt is too long: 210000 tokens > 200000 maximum"), {
      maxContext: 200000,
      requestedTokens: 210000,
      textInputTokens: undefined,
      toolInputTokens: undefined,
      outputTokens: undefined
    })
    assert.deepStrictEqual(
      parse("The input token count (1200000) exceeds the maximum number of tokens allowed (1048576)."),
      { maxContext: 1048576, requestedTokens: 1200000, textInputTokens: undefined, toolInputTokens: undefined, outputTokens: undefined }
    )
  })

  it("a wording without numbers leaves every number absent", () => {
    assert.deepStrictEqual(parse("context_length_exceeded"), {
      maxContext: undefined,
      requestedTokens: undefined,
      textInputTokens: undefined,
      toolInputTokens: undefined,
      outputTokens: undefined
    })
  })
})
