/**
 * Speech and transcription.
 *
 * - `speech` (`POST /audio/speech`): the audio as a `Stream<Uint8Array>`, bytes as they arrive.
 *   Retried (per the `RetryPolicy`) until the first byte, never after; metered once when the
 *   stream ends (OpenRouter puts no cost in the body: the meter entry carries the generation id,
 *   for `CostMeter.reconcile`).
 * - `transcription` (`POST /audio/transcriptions`): audio in — base64 in a JSON body, or the
 *   file in a multipart body (`upload: "multipart"`) — text out, with segments, words and the
 *   reported cost (`usage.cost` settles the budget and lands in the meter).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as SpeechApi from "./api/Speech.js"
import * as SttApi from "./api/Transcriptions.js"
import { openLiteral } from "./internal/schema.js"
import { type Amount, amountFromUsd } from "./Money.js"
import * as Operation from "./Operation.js"
import type { OpenRouterError } from "./OpenRouterError.js"
import type { Call, CallOptions } from "./Rerank.js"

// =============================================================================
// Speech
// =============================================================================

/**
 * `POST /audio/speech` body (the generated `Api.Speech.SpeechRequest`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpeechRequest = SpeechApi.SpeechRequest

/**
 * @since 0.1.0
 * @category models
 */
export type SpeechRequest = SpeechApi.SpeechRequest

/**
 * `POST /audio/speech`: answers with audio bytes; metered, not idempotent (the generated operation).
 *
 * @since 0.1.0
 * @category operations
 */
export const createSpeech: Operation.Operation<{ readonly body: SpeechRequest }, Uint8Array> = SpeechApi.createSpeech

// =============================================================================
// Transcription
// =============================================================================

/**
 * `POST /audio/transcriptions` JSON body (the generated `Api.Transcriptions.STTRequest`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const TranscriptionRequest = SttApi.STTRequest

/**
 * @since 0.1.0
 * @category models
 */
export type TranscriptionRequest = SttApi.STTRequest

/**
 * `POST /audio/transcriptions` multipart body: the audio as a file (the spec's multipart form;
 * the generated table sends JSON).
 *
 * @since 0.1.0
 * @category schemas
 */
export const TranscriptionUpload = Schema.Struct({
  model: Schema.NonEmptyString,
  file: Schema.instanceOf(Blob),
  language: Schema.optional(Schema.String),
  response_format: Schema.optional(openLiteral("json", "verbose_json")),
  temperature: Schema.optional(Schema.String)
})

/**
 * @since 0.1.0
 * @category models
 */
export type TranscriptionUpload = typeof TranscriptionUpload.Type

/**
 * `POST /audio/transcriptions` response (the generated `Api.Transcriptions.STTResponse`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const TranscriptionResponse = SttApi.STTResponse

/**
 * @since 0.1.0
 * @category models
 */
export type TranscriptionResponse = SttApi.STTResponse

const transcriptionMeta: Operation.Meta = {
  id: "createAudioTranscriptions",
  tag: "Audio",
  method: "POST",
  path: "/audio/transcriptions",
  body: "json",
  response: "json",
  key: "inference",
  metered: true,
  idempotent: false,
  summary: "Create transcription"
}

/**
 * `POST /audio/transcriptions` with a JSON body (base64 audio): metered (the generated operation).
 *
 * @since 0.1.0
 * @category operations
 */
export const createTranscription: Operation.Operation<{ readonly body: TranscriptionRequest }, TranscriptionResponse> =
  SttApi.createTranscription

/**
 * `POST /audio/transcriptions` with a multipart body (the audio file): metered.
 *
 * @since 0.1.0
 * @category operations
 */
export const createTranscriptionUpload: Operation.Operation<
  { readonly body: TranscriptionUpload },
  TranscriptionResponse
> = Operation.make(
  { ...transcriptionMeta, body: "multipart" },
  Schema.Struct({ body: TranscriptionUpload }),
  TranscriptionResponse
)

// =============================================================================
// Domain values
// =============================================================================

/**
 * A transcription request as the client takes it: the audio as bytes (or a `Blob`) and its
 * format; sent as base64 JSON (default) or as a multipart file upload.
 *
 * @since 0.1.0
 * @category models
 */
export interface Transcribe {
  readonly model: string
  readonly audio: Uint8Array | Blob
  /** `wav`, `mp3`, `flac`, `ogg`, `webm`, `m4a`… */
  readonly format: string
  readonly language?: string | undefined
  readonly temperature?: number | undefined
  readonly responseFormat?: "json" | "verbose_json" | undefined
  /** How the audio travels. Default `json` (base64). */
  readonly upload?: "json" | "multipart" | undefined
}

/**
 * What `OpenRouter.transcription` returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface TranscriptionResult {
  readonly text: string
  readonly language: string | undefined
  /** Seconds of audio. */
  readonly duration: number | undefined
  readonly segments: ReadonlyArray<SttApi.STTSegment>
  readonly words: ReadonlyArray<SttApi.STTWord>
  /** `usage.cost`, exact; `undefined` when not reported. */
  readonly cost: Amount | undefined
  readonly raw: TranscriptionResponse
}

/**
 * The domain value of a transcription response.
 *
 * @since 0.1.0
 * @category constructors
 */
export const transcriptionResult = (response: TranscriptionResponse): TranscriptionResult => ({
  text: response.text,
  language: response.language ?? undefined,
  duration: response.duration ?? response.usage?.seconds ?? undefined,
  segments: response.segments ?? [],
  words: response.words ?? [],
  cost: amountFromUsd(response.usage?.cost),
  raw: response
})

/**
 * Encodes bytes as standard base64, on every runtime.
 *
 * @since 0.1.0
 * @category utils
 */
export const encodeBase64 = (bytes: Uint8Array): string => {
  let binary = ""
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

const MIME: Readonly<Record<string, string>> = {
  wav: "audio/wav",
  mp3: "audio/mpeg",
  flac: "audio/flac",
  ogg: "audio/ogg",
  webm: "audio/webm",
  m4a: "audio/mp4"
}

/**
 * The byte wire and the generic call `speech` and `transcription` are built on.
 *
 * @since 0.1.0
 * @category models
 */
export interface Calls {
  readonly call: Call
  readonly bytesStream: <In, Out>(
    operation: Operation.Operation<In, Out>,
    input: In,
    options?: CallOptions
  ) => Stream.Stream<Uint8Array, OpenRouterError>
}

/**
 * `speech` over the byte wire.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeSpeech =
  (calls: Calls) => (request: SpeechRequest, options?: CallOptions): Stream.Stream<Uint8Array, OpenRouterError> =>
    calls.bytesStream(createSpeech, { body: request }, options)

/**
 * `transcription` over the generic call.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeTranscription =
  (calls: Calls) => (request: Transcribe, options?: CallOptions): Effect.Effect<TranscriptionResult, OpenRouterError> => {
    const common = {
      model: request.model,
      ...(request.language !== undefined ? { language: request.language } : {}),
      ...(request.responseFormat !== undefined ? { response_format: request.responseFormat } : {})
    }
    if (request.upload === "multipart") {
      // A named file (`audio.wav`): providers read the format from the file name.
      const part: BlobPart = request.audio instanceof Blob ? request.audio : new Uint8Array(request.audio)
      const file = new File([part], `audio.${request.format}`, {
        type: request.audio instanceof Blob && request.audio.type !== ""
          ? request.audio.type
          : MIME[request.format] ?? "application/octet-stream"
      })
      return Effect.map(
        calls.call(createTranscriptionUpload, {
          body: {
            ...common,
            file,
            ...(request.temperature !== undefined ? { temperature: String(request.temperature) } : {})
          }
        }, options),
        transcriptionResult
      )
    }
    const bytes = request.audio instanceof Blob
      ? Effect.promise(() => request.audio instanceof Blob ? request.audio.arrayBuffer() : Promise.resolve(new ArrayBuffer(0)))
        .pipe(Effect.map((b) => new Uint8Array(b)))
      : Effect.succeed(request.audio)
    return Effect.flatMap(bytes, (audio) =>
      Effect.map(
        calls.call(createTranscription, {
          body: {
            ...common,
            input_audio: { data: encodeBase64(audio), format: request.format },
            ...(request.temperature !== undefined ? { temperature: request.temperature } : {})
          }
        }, options),
        transcriptionResult
      ))
  }
