/**
 * The `Video Generation` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import * as Operation from "../Operation.js"
import * as S from "./internal.js"
import { ContentPartImage, ProviderOptions } from "./common.js"

/**
 * `ContentPartAudio` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartAudio = {
  readonly audio_url: {
    readonly url: string
  }
  readonly type: "audio_url"
}

/**
 * The schema of {@link ContentPartAudio}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartAudio: Schema.Schema<ContentPartAudio> = S.Struct({
  audio_url: S.Struct({
    url: S.String
  }),
  type: S.Literal("audio_url")
})

/**
 * `ContentPartVideo` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartVideo = {
  readonly type: "video_url"
  readonly video_url: {
    readonly url: string
  }
}

/**
 * The schema of {@link ContentPartVideo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartVideo: Schema.Schema<ContentPartVideo> = S.Struct({
  type: S.Literal("video_url"),
  video_url: S.Struct({
    url: S.String
  })
})

/**
 * `FrameImage` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type FrameImage = {
  readonly image_url: {
    readonly url: string
  }
  readonly type: "image_url"
  readonly frame_type: "first_frame" | "last_frame" | (string & {})
}

/**
 * The schema of {@link FrameImage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FrameImage: Schema.Schema<FrameImage> = S.Struct({
  image_url: S.Struct({
    url: S.String
  }),
  type: S.Literal("image_url"),
  frame_type: S.openLiteral("first_frame", "last_frame")
})

/**
 * A reference asset used to guide video generation.
 *
 * @since 0.1.0
 * @category models
 */
export type InputReference = ContentPartImage | ContentPartAudio | ContentPartVideo | { readonly type?: string | undefined }

/**
 * The schema of {@link InputReference}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputReference: Schema.Schema<InputReference> = S.Union(
  ContentPartImage,
  ContentPartAudio,
  ContentPartVideo,
  S.Struct({ type: S.optional(S.String) })
)

/**
 * `VideoGenerationRequest` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoGenerationRequest = {
  readonly aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "21:9" | "9:21" | (string & {}) | undefined
  readonly callback_url?: string | undefined
  readonly creativity?: number | undefined
  readonly duration?: number | undefined
  readonly frame_images?: ReadonlyArray<FrameImage> | undefined
  readonly generate_audio?: boolean | undefined
  readonly input_references?: ReadonlyArray<InputReference> | undefined
  readonly model: string
  readonly prompt?: string | undefined
  readonly provider?: {
    readonly options?: ProviderOptions | undefined
  } | undefined
  readonly resolution?: "480p" | "720p" | "768p" | "1080p" | "1K" | "2K" | "4K" | (string & {}) | undefined
  readonly seed?: number | undefined
  readonly size?: string | undefined
  readonly upscale_factor?: number | undefined
}

/**
 * The schema of {@link VideoGenerationRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoGenerationRequest: Schema.Schema<VideoGenerationRequest> = S.Struct({
  aspect_ratio: S.optional(S.openLiteral("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21")),
  callback_url: S.optional(S.String),
  creativity: S.optional(S.Number),
  duration: S.optional(S.Number),
  frame_images: S.optional(S.Array(FrameImage)),
  generate_audio: S.optional(S.Boolean),
  input_references: S.optional(S.Array(InputReference)),
  model: S.String,
  prompt: S.optional(S.String),
  provider: S.optional(S.Struct({
    options: S.optional(ProviderOptions)
  })),
  resolution: S.optional(S.openLiteral("480p", "720p", "768p", "1080p", "1K", "2K", "4K")),
  seed: S.optional(S.Number),
  size: S.optional(S.String),
  upscale_factor: S.optional(S.Number)
})

/**
 * Usage and cost information for the video generation.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoGenerationUsage = {
  readonly cost?: number | null | undefined
  readonly is_byok?: boolean | undefined
}

/**
 * The schema of {@link VideoGenerationUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoGenerationUsage: Schema.Schema<VideoGenerationUsage> = S.Struct({
  cost: S.optional(S.NullOr(S.Number)),
  is_byok: S.optional(S.Boolean)
})

/**
 * `VideoGenerationResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoGenerationResponse = {
  readonly error?: string | undefined
  readonly generation_id?: string | undefined
  readonly id: string
  readonly polling_url: string
  readonly status: "pending" | "in_progress" | "completed" | "failed" | "cancelled" | "expired" | (string & {})
  readonly unsigned_urls?: ReadonlyArray<string> | undefined
  readonly usage?: VideoGenerationUsage | undefined
}

/**
 * The schema of {@link VideoGenerationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoGenerationResponse: Schema.Schema<VideoGenerationResponse> = S.Struct({
  error: S.optional(S.String),
  generation_id: S.optional(S.String),
  id: S.String,
  polling_url: S.String,
  status: S.openLiteral("pending", "in_progress", "completed", "failed", "cancelled", "expired"),
  unsigned_urls: S.optional(S.Array(S.String)),
  usage: S.optional(VideoGenerationUsage)
})

/**
 * `VideoModel` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoModel = {
  readonly allowed_passthrough_parameters: ReadonlyArray<string>
  readonly canonical_slug: string
  readonly created: number
  readonly creativity?: ReadonlyArray<number> | null | undefined
  readonly description?: string | undefined
  readonly generate_audio?: boolean | null | undefined
  readonly hugging_face_id?: string | null | undefined
  readonly id: string
  readonly name: string
  readonly pricing_skus?: { readonly [x: string]: string } | null | undefined
  readonly seed?: boolean | null | undefined
  readonly supported_aspect_ratios?: ReadonlyArray<"16:9" | "9:16" | "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "21:9" | "9:21" | (string & {})> | null | undefined
  readonly supported_durations?: ReadonlyArray<number> | null | undefined
  readonly supported_frame_images?: ReadonlyArray<"first_frame" | "last_frame" | (string & {})> | null | undefined
  readonly supported_resolutions?: ReadonlyArray<"480p" | "720p" | "768p" | "1080p" | "1K" | "2K" | "4K" | (string & {})> | null | undefined
  readonly supported_sizes?: ReadonlyArray<"480x480" | "480x640" | "480x720" | "480x854" | "480x1120" | "560x752" | "640x480" | "640x640" | "720x480" | "720x720" | "720x960" | "720x1080" | "720x1280" | "720x1680" | "752x560" | "768x768" | "768x1024" | "768x1152" | "768x1366" | "768x1792" | "834x1112" | "854x480" | "960x720" | "960x960" | "992x432" | "1024x768" | "1080x720" | "1080x1080" | "1080x1440" | "1080x1620" | "1080x1920" | "1080x2520" | "1112x834" | "1120x480" | "1152x768" | "1280x720" | "1366x768" | "1440x1080" | "1440x1440" | "1440x1920" | "1440x2160" | "1440x2560" | "1440x3360" | "1470x630" | "1620x1080" | "1680x720" | "1792x768" | "1920x1080" | "1920x1440" | "2160x1440" | "2160x2160" | "2160x2880" | "2160x3240" | "2160x3840" | "2160x5040" | "2520x1080" | "2560x1440" | "2880x2160" | "3240x2160" | "3360x1440" | "3840x2160" | "5040x2160" | (string & {})> | null | undefined
  readonly upscale_factor?: {
    readonly max?: number | null | undefined
    readonly min?: number | null | undefined
  } | null | undefined
}

/**
 * The schema of {@link VideoModel}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoModel: Schema.Schema<VideoModel> = S.Struct({
  allowed_passthrough_parameters: S.Array(S.String),
  canonical_slug: S.String,
  created: S.Number,
  creativity: S.optional(S.NullOr(S.Array(S.Number))),
  description: S.optional(S.String),
  generate_audio: S.optional(S.NullOr(S.Boolean)),
  hugging_face_id: S.optional(S.NullOr(S.String)),
  id: S.String,
  name: S.String,
  pricing_skus: S.optional(S.NullOr(S.Record(S.String))),
  seed: S.optional(S.NullOr(S.Boolean)),
  supported_aspect_ratios: S.optional(S.NullOr(S.Array(S.openLiteral("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21")))),
  supported_durations: S.optional(S.NullOr(S.Array(S.Number))),
  supported_frame_images: S.optional(S.NullOr(S.Array(S.openLiteral("first_frame", "last_frame")))),
  supported_resolutions: S.optional(S.NullOr(S.Array(S.openLiteral("480p", "720p", "768p", "1080p", "1K", "2K", "4K")))),
  supported_sizes: S.optional(S.NullOr(S.Array(S.openLiteral("480x480", "480x640", "480x720", "480x854", "480x1120", "560x752", "640x480", "640x640", "720x480", "720x720", "720x960", "720x1080", "720x1280", "720x1680", "752x560", "768x768", "768x1024", "768x1152", "768x1366", "768x1792", "834x1112", "854x480", "960x720", "960x960", "992x432", "1024x768", "1080x720", "1080x1080", "1080x1440", "1080x1620", "1080x1920", "1080x2520", "1112x834", "1120x480", "1152x768", "1280x720", "1366x768", "1440x1080", "1440x1440", "1440x1920", "1440x2160", "1440x2560", "1440x3360", "1470x630", "1620x1080", "1680x720", "1792x768", "1920x1080", "1920x1440", "2160x1440", "2160x2160", "2160x2880", "2160x3240", "2160x3840", "2160x5040", "2520x1080", "2560x1440", "2880x2160", "3240x2160", "3360x1440", "3840x2160", "5040x2160")))),
  upscale_factor: S.optional(S.NullOr(S.Struct({
    max: S.optional(S.NullOr(S.Number)),
    min: S.optional(S.NullOr(S.Number))
  })))
})

/**
 * `VideoModelsListResponse` in the spec.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoModelsListResponse = {
  readonly data: ReadonlyArray<VideoModel>
}

/**
 * The schema of {@link VideoModelsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoModelsListResponse: Schema.Schema<VideoModelsListResponse> = S.Struct({
  data: S.Array(VideoModel)
})

/**
 * Submit a video generation request: `POST /videos`.
 * Metered: budget, meter and ledger apply.
 *
 * @since 0.1.0
 * @category operations
 */
export const createVideo = Operation.make(
  {
    id: "createVideos",
    tag: "Video Generation",
    method: "POST",
    path: "/videos",
    body: "json",
    response: "json",
    key: "inference",
    metered: true,
    idempotent: false,
    summary: "Submit a video generation request"
  },
  Schema.Struct({
    body: VideoGenerationRequest
  }),
  VideoGenerationResponse
)

/**
 * Poll video generation status: `GET /videos/{jobId}`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getVideo = Operation.make(
  {
    id: "getVideos",
    tag: "Video Generation",
    method: "GET",
    path: "/videos/{jobId}",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Poll video generation status"
  },
  Schema.Struct({
    path: Schema.Struct({
      jobId: Schema.String
    })
  }),
  VideoGenerationResponse
)

/**
 * Download generated video content: `GET /videos/{jobId}/content`.
 *
 * @since 0.1.0
 * @category operations
 */
export const getVideoContent = Operation.make(
  {
    id: "listVideosContent",
    tag: "Video Generation",
    method: "GET",
    path: "/videos/{jobId}/content",
    body: "none",
    response: "bytes",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "Download generated video content"
  },
  Schema.Struct({
    path: Schema.Struct({
      jobId: Schema.String
    }),
    query: Schema.optional(Schema.Struct({
      index: Schema.optional(Schema.NullOr(Schema.Number))
    }))
  }),
  Schema.Uint8ArrayFromSelf
)

/**
 * List all video generation models: `GET /videos/models`.
 *
 * @since 0.1.0
 * @category operations
 */
export const listVideoModels = Operation.make(
  {
    id: "listVideosModels",
    tag: "Video Generation",
    method: "GET",
    path: "/videos/models",
    body: "none",
    response: "json",
    key: "inference",
    metered: false,
    idempotent: true,
    summary: "List all video generation models"
  },
  Schema.Struct({}),
  VideoModelsListResponse
)
