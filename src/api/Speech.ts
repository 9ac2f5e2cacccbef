/**
 * The `TTS` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * Reference audio input object
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechInputReferenceAudioInput = tolerant(Schema.Struct({
  data: Schema.String,
  format: Schema.optional(Schema.String)
}))

/**
 * The type of {@link SpeechInputReferenceAudioInput}.
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechInputReferenceAudioInput = typeof SpeechInputReferenceAudioInput.Type

/**
 * Reference audio input for stateless voice cloning
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechInputReferenceAudio = tolerant(Schema.Struct({
  input_audio: SpeechInputReferenceAudioInput,
  type: Schema.Literal("input_audio")
}))

/**
 * The type of {@link SpeechInputReferenceAudio}.
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechInputReferenceAudio = typeof SpeechInputReferenceAudio.Type

/**
 * Transcript of the accompanying reference audio
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechInputReferenceText = tolerant(Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("text")
}))

/**
 * The type of {@link SpeechInputReferenceText}.
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechInputReferenceText = typeof SpeechInputReferenceText.Type

/**
 * Reference content part for stateless voice cloning
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechInputReference = Schema.Union(
  SpeechInputReferenceAudio,
  SpeechInputReferenceText,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link SpeechInputReference}.
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechInputReference = typeof SpeechInputReference.Type

/**
 * Text-to-speech request input
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechRequest = tolerant(Schema.Struct({
  input: Schema.String,
  input_references: Schema.optional(Schema.Array(SpeechInputReference)),
  model: Schema.String,
  provider: Schema.optional(tolerant(Schema.Struct({
    options: Schema.optional(ProviderOptions)
  }))),
  response_format: Schema.optional(openLiteral("mp3", "pcm")),
  speed: Schema.optional(Schema.Number),
  voice: Schema.optional(Schema.String)
}))

/**
 * The type of {@link SpeechRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechRequest = typeof SpeechRequest.Type

/**
 * Create speech: `POST /audio/speech`.
 * Metered: budget, meter and ledger apply.
 *
 * @since 0.1.0
 * @category operations
 */
export const createSpeech = Operation.make(
  {
    id: "createAudioSpeech",
    tag: "TTS",
    method: "POST",
    path: "/audio/speech",
    body: "json",
    response: "bytes",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Create speech"
  },
  Schema.Struct({
    body: SpeechRequest
  }),
  Schema.Uint8ArrayFromSelf
)
