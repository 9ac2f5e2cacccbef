/**
 * The `STT` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { ProviderOptions } from "./common.js"

/**
 * Base64-encoded audio to transcribe
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTInputAudio = tolerant(Schema.Struct({
  data: Schema.String,
  format: Schema.String
}))

/**
 * The type of {@link STTInputAudio}.
 *
 * @since 0.1.0
 * @category models
 */
export type STTInputAudio = typeof STTInputAudio.Type

/**
 * A timestamp detail level for verbose_json transcription responses.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTTimestampGranularity = openLiteral("word", "segment")

/**
 * The type of {@link STTTimestampGranularity}.
 *
 * @since 0.1.0
 * @category models
 */
export type STTTimestampGranularity = typeof STTTimestampGranularity.Type

/**
 * Speech-to-text request input.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTRequest = tolerant(Schema.Struct({
  input_audio: STTInputAudio,
  language: Schema.optional(Schema.String),
  model: Schema.String,
  provider: Schema.optional(tolerant(Schema.Struct({
    options: Schema.optional(ProviderOptions)
  }))),
  response_format: Schema.optional(openLiteral("json", "verbose_json")),
  temperature: Schema.optional(Schema.Number),
  timestamp_granularities: Schema.optional(Schema.Array(STTTimestampGranularity))
}))

/**
 * The type of {@link STTRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type STTRequest = typeof STTRequest.Type

/**
 * A timestamped transcript segment, returned when response_format is verbose_json
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTSegment = tolerant(Schema.Struct({
  avg_logprob: Schema.optional(Schema.Number),
  compression_ratio: Schema.optional(Schema.Number),
  end: Schema.Number,
  id: Schema.Number,
  no_speech_prob: Schema.optional(Schema.Number),
  seek: Schema.optional(Schema.Number),
  speaker: Schema.optional(Schema.Number),
  start: Schema.Number,
  temperature: Schema.optional(Schema.Number),
  text: Schema.String,
  tokens: Schema.optional(Schema.Array(Schema.Number))
}))

/**
 * The type of {@link STTSegment}.
 *
 * @since 0.1.0
 * @category models
 */
export type STTSegment = typeof STTSegment.Type

/**
 * Aggregated usage statistics for the request
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTUsage = tolerant(Schema.Struct({
  cost: Schema.optional(Schema.Number),
  input_tokens: Schema.optional(Schema.Number),
  output_tokens: Schema.optional(Schema.Number),
  seconds: Schema.optional(Schema.Number),
  total_tokens: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link STTUsage}.
 *
 * @since 0.1.0
 * @category models
 */
export type STTUsage = typeof STTUsage.Type

/**
 * A timestamped word, returned when the provider includes word-level timestamps
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTWord = tolerant(Schema.Struct({
  end: Schema.Number,
  speaker: Schema.optional(Schema.Number),
  start: Schema.Number,
  word: Schema.String
}))

/**
 * The type of {@link STTWord}.
 *
 * @since 0.1.0
 * @category models
 */
export type STTWord = typeof STTWord.Type

/**
 * STT response containing transcribed text and optional usage statistics
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTResponse = tolerant(Schema.Struct({
  duration: Schema.optional(Schema.Number),
  language: Schema.optional(Schema.String),
  segments: Schema.optional(Schema.Array(STTSegment)),
  task: Schema.optional(Schema.String),
  text: Schema.String,
  usage: Schema.optional(STTUsage),
  words: Schema.optional(Schema.Array(STTWord))
}))

/**
 * The type of {@link STTResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type STTResponse = typeof STTResponse.Type

/**
 * Create transcription: `POST /audio/transcriptions`.
 * Metered: budget, meter and ledger apply.
 *
 * @since 0.1.0
 * @category operations
 */
export const createTranscription = Operation.make(
  {
    id: "createAudioTranscriptions",
    tag: "STT",
    method: "POST",
    path: "/audio/transcriptions",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Create transcription"
  },
  Schema.Struct({
    body: STTRequest
  }),
  STTResponse
)
