/**
 * Image generation (`POST /images`): a prompt in, images out as base64 (with their media type,
 * a `data:` URL and the decoded bytes), through the client's pipeline and metered
 * (`usage.cost` settles the budget and lands in the meter). Image-capable chat models are
 * reached through `chat` with `modalities: ["image", "text"]`, not here.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Api from "./api/Images.js"
import { type Amount, amountFromUsd } from "./Money.js"
import type * as Operation from "./Operation.js"
import type { OpenRouterError } from "./OpenRouterError.js"
import type { Call, CallOptions } from "./Rerank.js"

// =============================================================================
// Wire schemas and the operation (generated from the spec: `effect-openrouter/api`)
// =============================================================================

/**
 * `POST /images` body (the generated `Api.Images.ImageGenerationRequest`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageRequest = Api.ImageGenerationRequest

/**
 * @since 0.1.0
 * @category models
 */
export type ImageRequest = Api.ImageGenerationRequest

/**
 * `POST /images` response (the generated `Api.Images.ImageGenerationResponse`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageResponse = Api.ImageGenerationResponse

/**
 * @since 0.1.0
 * @category models
 */
export type ImageResponse = Api.ImageGenerationResponse

/**
 * `POST /images`: metered, not idempotent (the generated operation).
 *
 * @since 0.1.0
 * @category operations
 */
export const createImages: Operation.Operation<{ readonly body: ImageRequest }, ImageResponse> = Api.createImage

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
