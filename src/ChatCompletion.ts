/**
 * The non-streaming `POST /chat/completions` response body, as it really arrives (API doc §4).
 *
 * All structs are tolerant (unknown keys are kept on the decoded value), all enums are open
 * (unknown members decode as strings), and optional fields are faithful (absent stays absent,
 * `null` stays `null`).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { JsonObject, OpenString, openLiteral, optionalNullable, tolerant } from "./internal/schema.js"
import { Usage } from "./Usage.js"

/**
 * Normalized finish reason. Open: providers may add others (e.g. `"pause_turn"`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const FinishReason = openLiteral("stop", "length", "tool_calls", "content_filter", "error")

/**
 * @since 0.1.0
 * @category models
 */
export type FinishReason = typeof FinishReason.Type

/**
 * The `error_type` values the spec lists (`ApiErrorType`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const apiErrorTypes = [
  "context_length_exceeded",
  "max_tokens_exceeded",
  "token_limit_exceeded",
  "string_too_long",
  "authentication",
  "permission_denied",
  "payment_required",
  "rate_limit_exceeded",
  "provider_overloaded",
  "provider_unavailable",
  "invalid_request",
  "invalid_prompt",
  "not_found",
  "precondition_failed",
  "payload_too_large",
  "unprocessable",
  "content_policy_violation",
  "refusal",
  "invalid_image",
  "image_too_large",
  "image_too_small",
  "unsupported_image_format",
  "image_not_found",
  "image_download_failed",
  "server",
  "timeout",
  "unmapped"
] as const

/**
 * The typed error codes OpenRouter puts in `error.metadata.error_type` (open set).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApiErrorType = openLiteral(...apiErrorTypes)

/**
 * @since 0.1.0
 * @category models
 */
export type ApiErrorType = typeof ApiErrorType.Type

/**
 * `error.metadata` of an inline (choice-level or mid-stream) error.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ErrorMetadata = tolerant(
  Schema.Struct({
    error_type: optionalNullable(ApiErrorType),
    provider_code: optionalNullable(Schema.String),
    provider_name: optionalNullable(Schema.String),
    /** Legacy: raw upstream error, a string (often stringified JSON) or an object. */
    raw: Schema.optional(Schema.Unknown)
  }),
  { identifier: "ErrorMetadata" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ErrorMetadata = typeof ErrorMetadata.Type

/**
 * An error object carried inside a 200: `choices[i].error` or a stream chunk's top-level `error`.
 * `code` is a number per the spec but a string in some docs examples, so both are accepted.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InlineError = tolerant(
  Schema.Struct({
    code: optionalNullable(Schema.Union(Schema.Number, Schema.String)),
    message: optionalNullable(Schema.String),
    metadata: optionalNullable(ErrorMetadata)
  }),
  { identifier: "InlineError" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type InlineError = typeof InlineError.Type

/**
 * `function` of a tool call.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolCallFunction = tolerant(
  Schema.Struct({
    name: Schema.String,
    /** The arguments as a JSON **string** (not parsed here). */
    arguments: Schema.String
  }),
  { identifier: "ToolCallFunction" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ToolCallFunction = typeof ToolCallFunction.Type

/**
 * A complete tool call of an assistant message. Also used when echoing the assistant message
 * back in a request.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolCall = tolerant(
  Schema.Struct({
    id: Schema.String,
    type: openLiteral("function"),
    function: ToolCallFunction,
    /** Some providers include the stream index on non-streaming tool calls too. */
    index: Schema.optional(Schema.Number)
  }),
  { identifier: "ToolCall" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ToolCall = typeof ToolCall.Type

/**
 * Known `reasoning_details[].type` values (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetailType = openLiteral(
  "reasoning.text",
  "reasoning.summary",
  "reasoning.encrypted",
  "reasoning.server_tool_call"
)

/**
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetailType = typeof ReasoningDetailType.Type

/**
 * Known `reasoning_details[].format` values (open).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningFormat = openLiteral(
  "unknown",
  "openai-responses-v1",
  "azure-openai-responses-v1",
  "bedrock-openai-responses-v1",
  "bedrock-xai-responses-v1",
  "xai-responses-v1",
  "meta-responses-v1",
  "anthropic-claude-v1",
  "google-gemini-v1"
)

/**
 * @since 0.1.0
 * @category models
 */
export type ReasoningFormat = typeof ReasoningFormat.Type

/**
 * One typed reasoning block (`message.reasoning_details[]`, `delta.reasoning_details[]`).
 *
 * Modelled as a single open struct rather than a closed union, so that a block of a type nobody
 * knows yet (e.g. `"reasoning.future"`) decodes and survives unchanged — these blocks must be
 * echoed back byte for byte on the next turn. The payload fields of every known variant are
 * declared optional:
 * - `reasoning.text`: `text`, `signature`
 * - `reasoning.summary`: `summary`
 * - `reasoning.encrypted`: `data`
 * - `reasoning.server_tool_call`: `tool_name`, `arguments`, `result`, `tool_call_id`
 * - all: `id`, `format`, `index`
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningDetail = tolerant(
  Schema.Struct({
    type: ReasoningDetailType,
    text: optionalNullable(Schema.String),
    signature: optionalNullable(Schema.String),
    summary: optionalNullable(Schema.String),
    data: optionalNullable(Schema.String),
    id: optionalNullable(Schema.String),
    format: optionalNullable(ReasoningFormat),
    index: optionalNullable(Schema.Number),
    tool_name: optionalNullable(Schema.String),
    arguments: optionalNullable(Schema.String),
    result: optionalNullable(Schema.String),
    tool_call_id: optionalNullable(Schema.String)
  }),
  { identifier: "ReasoningDetail" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ReasoningDetail = typeof ReasoningDetail.Type

/**
 * `url_citation` payload of a web-search annotation (OpenRouter adds `content`; some providers
 * omit `title` or the indices).
 *
 * @since 0.1.0
 * @category schemas
 */
export const UrlCitation = tolerant(
  Schema.Struct({
    url: optionalNullable(Schema.String),
    title: optionalNullable(Schema.String),
    content: optionalNullable(Schema.String),
    start_index: optionalNullable(Schema.Number),
    end_index: optionalNullable(Schema.Number)
  }),
  { identifier: "UrlCitation" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type UrlCitation = typeof UrlCitation.Type

/**
 * `file` payload of a file-parser annotation (send it back to skip re-parsing the same PDF).
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileAnnotationFile = tolerant(
  Schema.Struct({
    hash: optionalNullable(Schema.String),
    name: optionalNullable(Schema.String),
    content: optionalNullable(
      Schema.Array(
        tolerant(
          Schema.Struct({
            type: OpenString,
            text: optionalNullable(Schema.String)
          })
        )
      )
    )
  }),
  { identifier: "FileAnnotationFile" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type FileAnnotationFile = typeof FileAnnotationFile.Type

/**
 * Message annotation (open): `{type: "url_citation", url_citation}`, `{type: "file", file}`, the
 * older `{type: "file_annotation", file_annotation}`, or anything newer (kept as is).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Annotation = tolerant(
  Schema.Struct({
    type: openLiteral("url_citation", "file", "file_annotation"),
    url_citation: optionalNullable(UrlCitation),
    file: optionalNullable(FileAnnotationFile),
    file_annotation: optionalNullable(
      tolerant(
        Schema.Struct({
          file_id: optionalNullable(Schema.String),
          quote: optionalNullable(Schema.String)
        })
      )
    )
  }),
  { identifier: "Annotation" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Annotation = typeof Annotation.Type

/**
 * A generated image (`message.images[]`), usually a `data:image/png;base64,…` URL.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageOutput = tolerant(
  Schema.Struct({
    type: Schema.optional(openLiteral("image_url")),
    image_url: tolerant(Schema.Struct({ url: Schema.String })),
    index: Schema.optional(Schema.Number)
  }),
  { identifier: "ImageOutput" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ImageOutput = typeof ImageOutput.Type

/**
 * Audio output (`message.audio`, `delta.audio`): `data` is base64 (a chunk of it when streaming).
 *
 * @since 0.1.0
 * @category schemas
 */
export const AudioOutput = tolerant(
  Schema.Struct({
    id: optionalNullable(Schema.String),
    data: optionalNullable(Schema.String),
    expires_at: optionalNullable(Schema.Number),
    transcript: optionalNullable(Schema.String),
    format: optionalNullable(Schema.String)
  }),
  { identifier: "AudioOutput" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type AudioOutput = typeof AudioOutput.Type

/**
 * One alternative in `top_logprobs`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TopLogprob = tolerant(
  Schema.Struct({
    token: Schema.String,
    logprob: Schema.Number,
    bytes: optionalNullable(Schema.Array(Schema.Number))
  }),
  { identifier: "TopLogprob" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type TopLogprob = typeof TopLogprob.Type

/**
 * Log probability of one token.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TokenLogprob = tolerant(
  Schema.Struct({
    token: Schema.String,
    logprob: Schema.Number,
    bytes: optionalNullable(Schema.Array(Schema.Number)),
    top_logprobs: optionalNullable(Schema.Array(TopLogprob))
  }),
  { identifier: "TokenLogprob" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type TokenLogprob = typeof TokenLogprob.Type

/**
 * `choices[i].logprobs`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Logprobs = tolerant(
  Schema.Struct({
    content: optionalNullable(Schema.Array(TokenLogprob)),
    refusal: optionalNullable(Schema.Array(TokenLogprob))
  }),
  { identifier: "Logprobs" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Logprobs = typeof Logprobs.Type

/**
 * The assistant message of a choice.
 *
 * `content` is `string | null` (what every provider returns on this endpoint).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseMessage = tolerant(
  Schema.Struct({
    role: openLiteral("assistant"),
    /** Usually a string; the spec also allows an array of content parts (kept verbatim). */
    content: optionalNullable(Schema.Union(Schema.String, Schema.Array(JsonObject))),
    refusal: optionalNullable(Schema.String),
    reasoning: optionalNullable(Schema.String),
    reasoning_details: optionalNullable(Schema.Array(ReasoningDetail)),
    tool_calls: optionalNullable(Schema.Array(ToolCall)),
    annotations: optionalNullable(Schema.Array(Annotation)),
    images: optionalNullable(Schema.Array(ImageOutput)),
    audio: optionalNullable(AudioOutput)
  }),
  { identifier: "ResponseMessage" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ResponseMessage = typeof ResponseMessage.Type

/**
 * One choice of a completion.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Choice = tolerant(
  Schema.Struct({
    index: Schema.Number,
    message: ResponseMessage,
    finish_reason: optionalNullable(FinishReason),
    /** The provider's raw reason (`end_turn`, `tool_use`, `STOP`, …). Not in the spec. */
    native_finish_reason: optionalNullable(Schema.String),
    logprobs: optionalNullable(Logprobs),
    /** Present when the upstream failed after processing began (`finish_reason: "error"`). */
    error: optionalNullable(InlineError)
  }),
  { identifier: "Choice" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type Choice = typeof Choice.Type

/**
 * Service tier values (open). The response echoes the tier actually used.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServiceTier = openLiteral("auto", "default", "fast", "flex", "priority", "scale")

/**
 * @since 0.1.0
 * @category models
 */
export type ServiceTier = typeof ServiceTier.Type

/**
 * `openrouter_metadata` (opt-in via `X-OpenRouter-Metadata: enabled`). Additive; every field is
 * optional and nullable and unknown keys are kept.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpenRouterMetadata = tolerant(
  Schema.Struct({
    requested: optionalNullable(Schema.String),
    strategy: optionalNullable(
      openLiteral("direct", "auto", "free", "latest", "alias", "fallback", "pareto", "bodybuilder", "fusion")
    ),
    region: optionalNullable(Schema.String),
    summary: optionalNullable(Schema.String),
    attempt: optionalNullable(Schema.Number),
    is_byok: optionalNullable(Schema.Boolean),
    endpoints: optionalNullable(
      tolerant(
        Schema.Struct({
          total: optionalNullable(Schema.Number),
          available: optionalNullable(
            Schema.Array(
              tolerant(
                Schema.Struct({
                  provider: optionalNullable(Schema.String),
                  model: optionalNullable(Schema.String),
                  selected: optionalNullable(Schema.Boolean)
                })
              )
            )
          )
        })
      )
    ),
    params: optionalNullable(JsonObject),
    attempts: optionalNullable(
      Schema.Array(
        tolerant(
          Schema.Struct({
            provider: optionalNullable(Schema.String),
            model: optionalNullable(Schema.String),
            status: optionalNullable(Schema.Number)
          })
        )
      )
    ),
    pipeline: optionalNullable(
      Schema.Array(
        tolerant(
          Schema.Struct({
            type: optionalNullable(
              openLiteral("guardrail", "plugin", "server_tools", "response_healing", "context_compression")
            ),
            name: optionalNullable(Schema.String),
            summary: optionalNullable(Schema.String),
            data: Schema.optional(Schema.Unknown),
            cost_usd: optionalNullable(Schema.Number),
            guardrail_id: optionalNullable(Schema.String),
            guardrail_scope: optionalNullable(Schema.String)
          })
        )
      )
    )
  }),
  { identifier: "OpenRouterMetadata" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type OpenRouterMetadata = typeof OpenRouterMetadata.Type

/**
 * The JSON body of a successful non-streaming chat completion.
 *
 * Required: `id`, `object`, `created`, `model`, `choices` (set by OpenRouter itself on every
 * response). A 200 may instead carry an error envelope (`{error, user_id}`) — check for a
 * top-level `error` before decoding with this schema.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatCompletion = tolerant(
  Schema.Struct({
    id: Schema.String,
    object: openLiteral("chat.completion"),
    created: Schema.Number,
    /** The model that actually served (after fallbacks/aliases/routers). */
    model: Schema.String,
    /** Provider display name (e.g. `"OpenAI"`). Not in the spec; present in real traffic. */
    provider: optionalNullable(Schema.String),
    system_fingerprint: optionalNullable(Schema.String),
    service_tier: optionalNullable(ServiceTier),
    choices: Schema.Array(Choice),
    usage: optionalNullable(Usage),
    openrouter_metadata: optionalNullable(OpenRouterMetadata)
  }),
  { identifier: "ChatCompletion" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ChatCompletion = typeof ChatCompletion.Type
