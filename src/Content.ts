/**
 * Multimodal content: builders for the content parts of a user message (text, images, files such
 * as PDFs, audio) with local validation, the `file-parser` and web-search plugin helpers, and
 * readers for what comes back (generated images, `url_citation` annotations).
 *
 * Builders that can reject their input (`image`, `file`, `audio`) return an `Either`, which is
 * also an `Effect`: `yield*` it in `Effect.gen`, or inspect it synchronously.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as Encoding from "effect/Encoding"
import type { Annotation, ImageOutput } from "./ChatCompletion.js"
import type {
  AudioContentPart,
  CacheControl,
  ContentPart,
  FileContentPart,
  FileParserPlugin,
  ImageContentPart,
  ServerTool,
  TextContentPart,
  UserMessage,
  WebPlugin
} from "./ChatRequest.js"
import { InvalidRequestError } from "./OpenRouterError.js"

// =============================================================================
// Options shared by the builders
// =============================================================================

/**
 * Default size limit of `image`, `file` and `audio`: 20 MB (decoded bytes).
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

/**
 * Options every part builder accepts.
 *
 * @since 0.1.0
 * @category models
 */
export interface PartOptions {
  /** An explicit cache breakpoint on this part (see {@link ephemeral}). */
  readonly cacheControl?: CacheControl | undefined
}

/**
 * Options of the builders that validate their input.
 *
 * @since 0.1.0
 * @category models
 */
export interface ValidatedPartOptions extends PartOptions {
  /** Size limit in bytes (default {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number | undefined
  /** Names the part in errors (`InvalidRequestError.field`), e.g. `"messages[0].content[2]"`. */
  readonly label?: string | undefined
}

/**
 * `{ type: "ephemeral", ttl? }`: an Anthropic-style cache breakpoint.
 *
 * @since 0.1.0
 * @category constructors
 */
export const ephemeral = (ttl?: "5m" | "1h"): CacheControl => ({
  type: "ephemeral",
  ...(ttl !== undefined ? { ttl } : {})
})

const cache = (options: PartOptions | undefined) =>
  options?.cacheControl !== undefined ? { cache_control: options.cacheControl } : {}

const invalid = (label: string, message: string) =>
  new InvalidRequestError({ message: `${label}: ${message}`, field: label })

const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`

const checkSize = (label: string, size: number, options: ValidatedPartOptions | undefined) => {
  const max = options?.maxBytes ?? DEFAULT_MAX_BYTES
  return size > max
    ? Either.left(invalid(label, `${formatBytes(size)} exceeds the limit of ${formatBytes(max)}`))
    : Either.right(size)
}

/** Decoded size of a base64 payload, without decoding it. */
const base64Size = (payload: string): number => {
  const clean = payload.replace(/\s+/g, "")
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding)
}

/**
 * A parsed `data:` URL.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataUrl {
  readonly mediaType: string
  readonly base64: boolean
  readonly payload: string
}

/**
 * Parses `data:<media type>[;params][;base64],<payload>`.
 *
 * @since 0.1.0
 * @category utils
 */
export const parseDataUrl = (url: string): DataUrl | undefined => {
  const m = /^data:([^,]*?),([\s\S]*)$/i.exec(url)
  if (m === null) return undefined
  const params = (m[1] ?? "").split(";")
  const base64 = params.length > 1 && params[params.length - 1]?.toLowerCase() === "base64"
  const mediaType = (params[0] ?? "").trim().toLowerCase()
  return { mediaType: mediaType.length > 0 ? mediaType : "text/plain", base64, payload: m[2] ?? "" }
}

/**
 * `data:<mediaType>;base64,<bytes>`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const dataUrl = (bytes: Uint8Array, mediaType: string): string =>
  `data:${mediaType};base64,${Encoding.encodeBase64(bytes)}`

// =============================================================================
// Text
// =============================================================================

/**
 * `{ type: "text", text }`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const text = (value: string, options?: PartOptions): TextContentPart => ({
  type: "text",
  text: value,
  ...cache(options)
})

// =============================================================================
// Images
// =============================================================================

/**
 * Image media types accepted as input.
 *
 * @since 0.1.0
 * @category constants
 */
export const IMAGE_MEDIA_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const

/**
 * @since 0.1.0
 * @category models
 */
export type ImageMediaType = typeof IMAGE_MEDIA_TYPES[number]

const normalizeImageType = (mediaType: string): string => {
  const t = mediaType.trim().toLowerCase()
  return t === "image/jpg" || t === "image/pjpeg" ? "image/jpeg" : t
}

const isImageType = (t: string): t is ImageMediaType => (IMAGE_MEDIA_TYPES as ReadonlyArray<string>).includes(t)

const startsWith = (bytes: Uint8Array, prefix: ReadonlyArray<number>, offset = 0): boolean =>
  bytes.length >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b)

/**
 * The image type of `bytes` from its signature (PNG, JPEG, GIF, WebP), if recognised.
 *
 * @since 0.1.0
 * @category utils
 */
export const sniffImageType = (bytes: Uint8Array): ImageMediaType | undefined => {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image/gif"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"
  return undefined
}

/**
 * Image bytes to send inline. `mediaType` may be omitted when the bytes are PNG, JPEG, GIF or
 * WebP (detected from the signature).
 *
 * @since 0.1.0
 * @category models
 */
export interface ImageBytes {
  readonly bytes: Uint8Array
  readonly mediaType?: string | undefined
}

/**
 * Options of {@link image}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ImageOptions extends ValidatedPartOptions {
  /** `auto` | `low` | `high` | `original` (OpenRouter extension, falls back to `high`). */
  readonly detail?: "auto" | "low" | "high" | "original" | undefined
}

const unsupportedImage = (label: string, t: string) =>
  invalid(label, `unsupported media type "${t}"; expected one of ${IMAGE_MEDIA_TYPES.join(", ")}`)

/**
 * An image part from a URL (`https:`/`http:`, or a `data:` URL, which is validated) or from
 * bytes (sent as a base64 `data:` URL). Validates the media type (PNG, JPEG, WebP, GIF; the
 * declared type must match the bytes' signature) and the size (default limit 20 MB), failing
 * with an `InvalidRequestError` whose `field` names the part (`label`, default `"image"`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const image = (
  source: string | ImageBytes,
  options?: ImageOptions
): Either.Either<ImageContentPart, InvalidRequestError> => {
  const label = options?.label ?? "image"
  const part = (url: string): ImageContentPart => ({
    type: "image_url",
    image_url: { url, ...(options?.detail !== undefined ? { detail: options.detail } : {}) },
    ...cache(options)
  })
  if (typeof source === "string") {
    const url = source.trim()
    if (/^https?:\/\//i.test(url)) return Either.right(part(url))
    const data = parseDataUrl(url)
    if (data === undefined) return Either.left(invalid(label, "expected an http(s) URL, a data: URL or bytes"))
    const t = normalizeImageType(data.mediaType)
    if (!isImageType(t)) return Either.left(unsupportedImage(label, data.mediaType))
    if (!data.base64) return Either.left(invalid(label, "a data: URL image must be base64-encoded"))
    return Either.map(checkSize(label, base64Size(data.payload), options), () => part(url))
  }
  const sniffed = sniffImageType(source.bytes)
  const declared = source.mediaType === undefined ? undefined : normalizeImageType(source.mediaType)
  const t = declared ?? sniffed
  if (t === undefined) {
    return Either.left(invalid(label, "cannot detect the image type from its bytes; pass mediaType"))
  }
  if (!isImageType(t)) return Either.left(unsupportedImage(label, source.mediaType ?? t))
  if (sniffed !== undefined && sniffed !== t) {
    return Either.left(invalid(label, `declared media type ${t} but the bytes are ${sniffed}`))
  }
  if (source.bytes.length === 0) return Either.left(invalid(label, "the image is empty"))
  return Either.map(checkSize(label, source.bytes.length, options), () => part(dataUrl(source.bytes, t)))
}

// =============================================================================
// Files
// =============================================================================

const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  txt: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  json: "application/json",
  html: "text/html",
  htm: "text/html",
  xml: "application/xml"
}

/**
 * Input of {@link file}: a file as bytes (sent as a `data:` URL) or a URL.
 *
 * @since 0.1.0
 * @category models
 */
export interface FileInput extends ValidatedPartOptions {
  readonly filename: string
  readonly data: Uint8Array | string
  /** Required for bytes unless the filename's extension tells (`.pdf`, `.txt`, `.md`, `.csv`…). */
  readonly mediaType?: string | undefined
}

/**
 * A file part (PDFs and other documents): `{ type: "file", file: { filename, file_data } }`.
 * PDFs work on every model; pair with {@link fileParser} to choose the parsing engine.
 *
 * @since 0.1.0
 * @category constructors
 */
export const file = (input: FileInput): Either.Either<FileContentPart, InvalidRequestError> => {
  const label = input.label ?? "file"
  const part = (fileData: string): FileContentPart => ({
    type: "file",
    file: { filename: input.filename, file_data: fileData },
    ...cache(input)
  })
  const source = input.data
  if (typeof source === "string") {
    const url = source.trim()
    if (/^https?:\/\//i.test(url)) return Either.right(part(url))
    const data = parseDataUrl(url)
    if (data === undefined) return Either.left(invalid(label, "expected an http(s) URL, a data: URL or bytes"))
    const size = data.base64 ? base64Size(data.payload) : data.payload.length
    return Either.map(checkSize(label, size, input), () => part(url))
  }
  const ext = /\.([A-Za-z0-9]+)$/.exec(input.filename)?.[1]?.toLowerCase()
  const mediaType = input.mediaType ?? (ext !== undefined ? EXTENSION_TYPES[ext] : undefined)
  if (mediaType === undefined || !/^[\w.+-]+\/[\w.+-]+$/.test(mediaType)) {
    return Either.left(
      invalid(label, mediaType === undefined ? "mediaType is required for this file" : `invalid media type "${mediaType}"`)
    )
  }
  if (source.length === 0) return Either.left(invalid(label, "the file is empty"))
  return Either.map(checkSize(label, source.length, input), () => part(dataUrl(source, mediaType)))
}

/**
 * PDF engines of the `file-parser` plugin. `pdf-text` is the older name of `cloudflare-ai`.
 *
 * @since 0.1.0
 * @category models
 */
export type PdfEngine = "pdf-text" | "mistral-ocr" | "native" | "cloudflare-ai"

/**
 * The `file-parser` plugin: `{ id: "file-parser", pdf: { engine } }`. Without an engine,
 * OpenRouter reads PDFs natively when the model can, else parses them.
 *
 * @since 0.1.0
 * @category plugins
 */
export const fileParser = (options: { readonly engine?: PdfEngine | undefined } = {}): FileParserPlugin => ({
  id: "file-parser",
  ...(options.engine !== undefined ? { pdf: { engine: options.engine } } : {})
})

// =============================================================================
// Audio
// =============================================================================

/**
 * Audio input formats (base64 only; audio URLs are not accepted).
 *
 * @since 0.1.0
 * @category models
 */
export type AudioFormat = "wav" | "mp3" | "flac" | "m4a" | "ogg" | "aiff" | "aac" | "pcm16" | "pcm24"

/**
 * `{ type: "input_audio", input_audio: { data: <base64>, format } }`, with a size check.
 *
 * @since 0.1.0
 * @category constructors
 */
export const audio = (
  bytes: Uint8Array,
  format: AudioFormat,
  options?: ValidatedPartOptions
): Either.Either<AudioContentPart, InvalidRequestError> => {
  const label = options?.label ?? "audio"
  if (bytes.length === 0) return Either.left(invalid(label, "the audio is empty"))
  return Either.map(checkSize(label, bytes.length, options), () => ({
    type: "input_audio" as const,
    input_audio: { data: Encoding.encodeBase64(bytes), format },
    ...cache(options)
  }))
}

// =============================================================================
// Messages
// =============================================================================

/**
 * A user message from content parts (strings become text parts).
 *
 * @since 0.1.0
 * @category constructors
 */
export const user = (...parts: ReadonlyArray<ContentPart | string>): UserMessage => ({
  role: "user",
  content: parts.map((p) => (typeof p === "string" ? text(p) : p))
})

// =============================================================================
// Image output
// =============================================================================

/**
 * A generated image: decoded bytes for a base64 `data:` URL, else the URL as sent.
 *
 * @since 0.1.0
 * @category models
 */
export type GeneratedImage =
  | { readonly _tag: "Data"; readonly mediaType: string; readonly bytes: Uint8Array }
  | { readonly _tag: "Url"; readonly url: string }

/**
 * The images of a result (`message.images[].image_url.url`), base64 `data:` URLs decoded to
 * bytes. An image whose data URL is not valid base64 is returned as a `Url`.
 *
 * @since 0.1.0
 * @category getters
 */
export const images = (result: { readonly images: ReadonlyArray<ImageOutput> }): Array<GeneratedImage> =>
  result.images.map((img): GeneratedImage => {
    const url = img.image_url.url
    const data = parseDataUrl(url)
    if (data === undefined || !data.base64) return { _tag: "Url", url }
    const bytes = Encoding.decodeBase64(data.payload.replace(/\s+/g, ""))
    return Either.isRight(bytes) ? { _tag: "Data", mediaType: data.mediaType, bytes: bytes.right } : { _tag: "Url", url }
  })

// =============================================================================
// Web search
// =============================================================================

/**
 * Options of the web search plugin and server tool.
 *
 * @since 0.1.0
 * @category models
 */
export interface WebSearchOptions {
  readonly maxResults?: number | undefined
  readonly engine?: "native" | "exa" | "firecrawl" | "parallel" | "perplexity" | undefined
  readonly searchPrompt?: string | undefined
  readonly includeDomains?: ReadonlyArray<string> | undefined
  readonly excludeDomains?: ReadonlyArray<string> | undefined
}

const webOptions = (options: WebSearchOptions) => ({
  ...(options.engine !== undefined ? { engine: options.engine } : {}),
  ...(options.maxResults !== undefined ? { max_results: options.maxResults } : {})
})

/**
 * The `web` plugin: `{ id: "web", max_results?, engine?, … }` (deprecated upstream in favour of
 * the `openrouter:web_search` server tool, {@link webSearchTool}, but still served).
 *
 * @since 0.1.0
 * @category plugins
 */
export const webSearch = (options: WebSearchOptions = {}): WebPlugin => ({
  id: "web",
  ...webOptions(options),
  ...(options.searchPrompt !== undefined ? { search_prompt: options.searchPrompt } : {}),
  ...(options.includeDomains !== undefined ? { include_domains: options.includeDomains } : {}),
  ...(options.excludeDomains !== undefined ? { exclude_domains: options.excludeDomains } : {})
})

/**
 * The `openrouter:web_search` server tool (goes in `tools`; the model decides when to search).
 *
 * @since 0.1.0
 * @category plugins
 */
export const webSearchTool = (options: WebSearchOptions = {}): ServerTool => {
  const parameters = {
    ...webOptions(options),
    ...(options.includeDomains !== undefined ? { allowed_domains: options.includeDomains } : {}),
    ...(options.excludeDomains !== undefined ? { excluded_domains: options.excludeDomains } : {})
  }
  return { type: "openrouter:web_search", ...(Object.keys(parameters).length > 0 ? { parameters } : {}) }
}

/**
 * `model:online`: the model with web search on (idempotent).
 *
 * @since 0.1.0
 * @category utils
 */
export const online = (model: string): string => (model.endsWith(":online") ? model : `${model}:online`)

/**
 * A web citation of the answer.
 *
 * @since 0.1.0
 * @category models
 */
export interface Citation {
  readonly url: string
  readonly title: string | undefined
  /** The page excerpt OpenRouter adds. */
  readonly content: string | undefined
  readonly startIndex: number | undefined
  readonly endIndex: number | undefined
}

const opt = <A>(a: A | null | undefined): A | undefined => (a === null ? undefined : a)

/**
 * The `url_citation` annotations of a result, in order.
 *
 * @since 0.1.0
 * @category getters
 */
export const citations = (result: { readonly annotations: ReadonlyArray<Annotation> }): Array<Citation> => {
  const out: Array<Citation> = []
  for (const a of result.annotations) {
    const c = a.type === "url_citation" ? a.url_citation : undefined
    if (c === undefined || c === null || typeof c.url !== "string") continue
    out.push({
      url: c.url,
      title: opt(c.title),
      content: opt(c.content),
      startIndex: opt(c.start_index),
      endIndex: opt(c.end_index)
    })
  }
  return out
}
