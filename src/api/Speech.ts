/**
 * The `TTS` operations of OpenRouter's API and their schemas (generated from the official spec).
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
 * Reference audio input object
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechInputReferenceAudioInput = {
  readonly data: string
  readonly format?: string | undefined
}

/**
 * The schema of {@link SpeechInputReferenceAudioInput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechInputReferenceAudioInput: Schema.Schema<SpeechInputReferenceAudioInput> = S.Struct({
  data: S.String,
  format: S.optional(S.String)
})

/**
 * Reference audio input for stateless voice cloning
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechInputReferenceAudio = {
  readonly input_audio: SpeechInputReferenceAudioInput
  readonly type: "input_audio"
}

/**
 * The schema of {@link SpeechInputReferenceAudio}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechInputReferenceAudio: Schema.Schema<SpeechInputReferenceAudio> = S.Struct({
  input_audio: SpeechInputReferenceAudioInput,
  type: S.Literal("input_audio")
})

/**
 * Transcript of the accompanying reference audio
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechInputReferenceText = {
  readonly text: string
  readonly type: "text"
}

/**
 * The schema of {@link SpeechInputReferenceText}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechInputReferenceText: Schema.Schema<SpeechInputReferenceText> = S.Struct({
  text: S.String,
  type: S.Literal("text")
})

/**
 * Reference content part for stateless voice cloning
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechInputReference = SpeechInputReferenceAudio | SpeechInputReferenceText | { readonly type?: string | undefined }

/**
 * The schema of {@link SpeechInputReference}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechInputReference: Schema.Schema<SpeechInputReference> = S.Union(
  SpeechInputReferenceAudio,
  SpeechInputReferenceText,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * Text-to-speech request input
 *
 * @since 0.1.0
 * @category models
 */
export type SpeechRequest = {
  readonly input: string
  readonly input_references?: ReadonlyArray<SpeechInputReference> | undefined
  readonly model: string
  readonly provider?: {
    readonly options?: ProviderOptions | undefined
  } | undefined
  readonly response_format?: "mp3" | "pcm" | (string & {}) | undefined
  readonly speed?: number | undefined
  readonly voice?: string | undefined
}

/**
 * The schema of {@link SpeechRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechRequest: Schema.Schema<SpeechRequest> = S.Struct({
  input: S.String,
  input_references: S.optional(S.Array(SpeechInputReference)),
  model: S.String,
  provider: S.optional(S.Struct({
    options: S.optional(ProviderOptions)
  })),
  response_format: S.optional(S.openLiteral("mp3", "pcm")),
  speed: S.optional(S.Number),
  voice: S.optional(S.String)
})

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
