/**
 * The `STT` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"
import { ProviderOptions } from "./common.js"

/**
 * Base64-encoded audio to transcribe
 *
 * @since 0.1.0
 * @category models
 */
export type STTInputAudio = {
  readonly data: string
  readonly format: string
}

/**
 * The schema of {@link STTInputAudio}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTInputAudio: Schema.Schema<STTInputAudio> = S.Struct({
  data: S.String,
  format: S.String
})

/**
 * A timestamp detail level for verbose_json transcription responses.
 *
 * @since 0.1.0
 * @category models
 */
export type STTTimestampGranularity = "word" | "segment" | (string & {})

/**
 * The schema of {@link STTTimestampGranularity}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTTimestampGranularity: Schema.Schema<STTTimestampGranularity> = S.openLiteral("word", "segment")

/**
 * Speech-to-text request input.
 *
 * @since 0.1.0
 * @category models
 */
export type STTRequest = {
  readonly input_audio: STTInputAudio
  readonly language?: string | undefined
  readonly model: string
  readonly provider?: {
    readonly options?: ProviderOptions | undefined
  } | undefined
  readonly response_format?: "json" | "verbose_json" | (string & {}) | undefined
  readonly temperature?: number | undefined
  readonly timestamp_granularities?: ReadonlyArray<STTTimestampGranularity> | undefined
}

/**
 * The schema of {@link STTRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTRequest: Schema.Schema<STTRequest> = S.Struct({
  input_audio: STTInputAudio,
  language: S.optional(S.String),
  model: S.String,
  provider: S.optional(S.Struct({
    options: S.optional(ProviderOptions)
  })),
  response_format: S.optional(S.openLiteral("json", "verbose_json")),
  temperature: S.optional(S.Number),
  timestamp_granularities: S.optional(S.Array(STTTimestampGranularity))
})

/**
 * A timestamped transcript segment, returned when response_format is verbose_json
 *
 * @since 0.1.0
 * @category models
 */
export type STTSegment = {
  readonly avg_logprob?: number | undefined
  readonly compression_ratio?: number | undefined
  readonly end: number
  readonly id: number
  readonly no_speech_prob?: number | undefined
  readonly seek?: number | undefined
  readonly speaker?: number | undefined
  readonly start: number
  readonly temperature?: number | undefined
  readonly text: string
  readonly tokens?: ReadonlyArray<number> | undefined
}

/**
 * The schema of {@link STTSegment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTSegment: Schema.Schema<STTSegment> = S.Struct({
  avg_logprob: S.optional(S.Number),
  compression_ratio: S.optional(S.Number),
  end: S.Number,
  id: S.Number,
  no_speech_prob: S.optional(S.Number),
  seek: S.optional(S.Number),
  speaker: S.optional(S.Number),
  start: S.Number,
  temperature: S.optional(S.Number),
  text: S.String,
  tokens: S.optional(S.Array(S.Number))
})

/**
 * Aggregated usage statistics for the request
 *
 * @since 0.1.0
 * @category models
 */
export type STTUsage = {
  readonly cost?: number | undefined
  readonly input_tokens?: number | undefined
  readonly output_tokens?: number | undefined
  readonly seconds?: number | undefined
  readonly total_tokens?: number | undefined
}

/**
 * The schema of {@link STTUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTUsage: Schema.Schema<STTUsage> = S.Struct({
  cost: S.optional(S.Number),
  input_tokens: S.optional(S.Number),
  output_tokens: S.optional(S.Number),
  seconds: S.optional(S.Number),
  total_tokens: S.optional(S.Number)
})

/**
 * A timestamped word, returned when the provider includes word-level timestamps
 *
 * @since 0.1.0
 * @category models
 */
export type STTWord = {
  readonly end: number
  readonly speaker?: number | undefined
  readonly start: number
  readonly word: string
}

/**
 * The schema of {@link STTWord}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTWord: Schema.Schema<STTWord> = S.Struct({
  end: S.Number,
  speaker: S.optional(S.Number),
  start: S.Number,
  word: S.String
})

/**
 * STT response containing transcribed text and optional usage statistics
 *
 * @since 0.1.0
 * @category models
 */
export type STTResponse = {
  readonly duration?: number | undefined
  readonly language?: string | undefined
  readonly segments?: ReadonlyArray<STTSegment> | undefined
  readonly task?: string | undefined
  readonly text: string
  readonly usage?: STTUsage | undefined
  readonly words?: ReadonlyArray<STTWord> | undefined
}

/**
 * The schema of {@link STTResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const STTResponse: Schema.Schema<STTResponse> = S.Struct({
  duration: S.optional(S.Number),
  language: S.optional(S.String),
  segments: S.optional(S.Array(STTSegment)),
  task: S.optional(S.String),
  text: S.String,
  usage: S.optional(STTUsage),
  words: S.optional(S.Array(STTWord))
})

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
