/**
 * Image generation (`POST /images`): a prompt in, images out as base64 (with their media type,
 * a `data:` URL and the decoded bytes), through the client's pipeline and metered
 * (`usage.cost` settles the budget and lands in the meter). Image-capable chat models are
 * reached through `chat` with `modalities: ["image", "text"]`, not here.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { openLiteral, optionalNullable, PassThrough, tolerant } from "./internal/schema.js"
import { type Amount, amountFromUsd } from "./Money.js"
import * as Operation from "./Operation.js"
import type { OpenRouterError } from "./OpenRouterError.js"
import type { Call, CallOptions } from "./Rerank.js"

// =============================================================================
// Wire schemas
// =============================================================================

/**
 * `POST /images` body. Extra keys (provider options) pass through.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageRequest = Schema.Struct(
  {
    model: Schema.NonEmptyString,
    prompt: Schema.String,
    /** Number of images. */
    n: Schema.optional(Schema.Int.pipe(Schema.positive())),
    /** e.g. `1024x1024`. */
    size: Schema.optional(Schema.String),
    aspect_ratio: Schema.optional(openLiteral("1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9")),
    resolution: Schema.optional(openLiteral("512", "1K", "2K", "4K")),
    quality: Schema.optional(openLiteral("auto", "low", "medium", "high")),
    background: Schema.optional(openLiteral("auto", "transparent", "opaque")),
    output_format: Schema.optional(openLiteral("png", "jpeg", "webp", "svg")),
    output_compression: Schema.optional(Schema.Number),
    seed: Schema.optional(Schema.Int),
    /** Reference images (`{ type: "image_url", image_url: { url } }`). */
    input_references: Schema.optional(Schema.Array(PassThrough)),
    provider: Schema.optional(PassThrough)
  },
  PassThrough
)

/**
 * @since 0.1.0
 * @category models
 */
export type ImageRequest = typeof ImageRequest.Type

/**
 * One generated image.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageData = tolerant(
  Schema.Struct({
    b64_json: Schema.String,
    media_type: optionalNullable(Schema.String),
    revised_prompt: optionalNullable(Schema.String)
  }),
  { identifier: "ImageData" }
)

/**
 * `usage` of an image generation (token counts as the provider reports them, and the cost).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageUsage = tolerant(
  Schema.Struct({
    prompt_tokens: optionalNullable(Schema.Number),
    completion_tokens: optionalNullable(Schema.Number),
    total_tokens: optionalNullable(Schema.Number),
    cost: optionalNullable(Schema.Number),
    is_byok: optionalNullable(Schema.Boolean)
  }),
  { identifier: "ImageUsage" }
)

/**
 * `POST /images` response.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageResponse = tolerant(
  Schema.Struct({
    id: Schema.optional(Schema.String),
    model: Schema.optional(Schema.String),
    provider: optionalNullable(Schema.String),
    created: Schema.Number,
    data: Schema.Array(ImageData),
    usage: optionalNullable(ImageUsage)
  }),
  { identifier: "ImageResponse" }
)

/**
 * @since 0.1.0
 * @category models
 */
export type ImageResponse = typeof ImageResponse.Type

/**
 * `POST /images`: metered, not idempotent.
 *
 * @since 0.1.0
 * @category operations
 */
export const createImages: Operation.Operation<{ readonly body: ImageRequest }, ImageResponse> = Operation.make(
  {
    id: "createImages",
    tag: "Images",
    method: "POST",
    path: "/images",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Generate an image"
  },
  Schema.Struct({ body: ImageRequest }),
  ImageResponse
)

// =============================================================================
// Domain values
// =============================================================================

/**
 * One generated image.
 *
 * @since 0.1.0
 * @category models
 */
export interface Image {
  /** `image/png`, `image/jpeg`, … (`image/png` when not reported). */
  readonly mediaType: string
  readonly base64: string
  /** `data:<mediaType>;base64,<base64>`, for an `<img src>` or a chat image part. */
  readonly dataUrl: string
  /** The decoded bytes. */
  readonly bytes: () => Uint8Array
}

/**
 * What `OpenRouter.images` returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface ImagesResult {
  readonly created: number
  readonly images: ReadonlyArray<Image>
  /** `usage.cost`, exact; `undefined` when not reported. */
  readonly cost: Amount | undefined
  readonly raw: ImageResponse
}

/**
 * Decodes base64 (standard or URL-safe alphabet) to bytes, on every runtime.
 *
 * @since 0.1.0
 * @category utils
 */
export const decodeBase64 = (base64: string): Uint8Array => {
  const clean = base64.replace(/[\s=]/g, "").replace(/-/g, "+").replace(/_/g, "/")
  const binary = atob(clean + "===".slice((clean.length + 3) % 4))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/**
 * The domain value of an image response.
 *
 * @since 0.1.0
 * @category constructors
 */
export const imagesResult = (response: ImageResponse): ImagesResult => ({
  created: response.created,
  images: response.data.map((d) => {
    const mediaType = d.media_type ?? "image/png"
    return {
      mediaType,
      base64: d.b64_json,
      dataUrl: `data:${mediaType};base64,${d.b64_json}`,
      bytes: () => decodeBase64(d.b64_json)
    }
  }),
  cost: amountFromUsd(response.usage?.cost),
  raw: response
})

/**
 * `images` over a generic call.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (call: Call) =>
(request: ImageRequest, options?: CallOptions): Effect.Effect<ImagesResult, OpenRouterError> =>
  Effect.map(call(createImages, { body: request }, options), imagesResult)
