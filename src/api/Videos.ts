/**
 * The `Video Generation` operations of OpenRouter's API and their schemas (generated from the official spec).
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import { Schema } from "effect"
import { openLiteral, tolerant } from "../internal/schema.js"
import * as Operation from "../Operation.js"
import { ContentPartImage, ProviderOptions } from "./common.js"

/**
 * `ContentPartAudio` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartAudio = tolerant(Schema.Struct({
  audio_url: tolerant(Schema.Struct({
    url: Schema.String
  })),
  type: Schema.Literal("audio_url")
}))

/**
 * The type of {@link ContentPartAudio}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartAudio = typeof ContentPartAudio.Type

/**
 * `ContentPartVideo` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentPartVideo = tolerant(Schema.Struct({
  type: Schema.Literal("video_url"),
  video_url: tolerant(Schema.Struct({
    url: Schema.String
  }))
}))

/**
 * The type of {@link ContentPartVideo}.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentPartVideo = typeof ContentPartVideo.Type

/**
 * `FrameImage` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FrameImage = tolerant(Schema.Struct({
  ...ContentPartImage.fields,
  frame_type: openLiteral("first_frame", "last_frame")
}))

/**
 * The type of {@link FrameImage}.
 *
 * @since 0.1.0
 * @category models
 */
export type FrameImage = typeof FrameImage.Type

/**
 * A reference asset used to guide video generation.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputReference = Schema.Union(
  ContentPartImage,
  ContentPartAudio,
  ContentPartVideo,
  tolerant(Schema.Struct({ type: Schema.optional(Schema.String) }))
)

/**
 * The type of {@link InputReference}.
 *
 * @since 0.1.0
 * @category models
 */
export type InputReference = typeof InputReference.Type

/**
 * `VideoGenerationRequest` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoGenerationRequest = tolerant(Schema.Struct({
  aspect_ratio: Schema.optional(openLiteral("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21")),
  callback_url: Schema.optional(Schema.String),
  creativity: Schema.optional(Schema.Number),
  duration: Schema.optional(Schema.Number),
  frame_images: Schema.optional(Schema.Array(FrameImage)),
  generate_audio: Schema.optional(Schema.Boolean),
  input_references: Schema.optional(Schema.Array(InputReference)),
  model: Schema.String,
  prompt: Schema.optional(Schema.String),
  provider: Schema.optional(tolerant(Schema.Struct({
    options: Schema.optional(ProviderOptions)
  }))),
  resolution: Schema.optional(openLiteral("480p", "720p", "768p", "1080p", "1K", "2K", "4K")),
  seed: Schema.optional(Schema.Number),
  size: Schema.optional(Schema.String),
  upscale_factor: Schema.optional(Schema.Number)
}))

/**
 * The type of {@link VideoGenerationRequest}.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoGenerationRequest = typeof VideoGenerationRequest.Type

/**
 * Usage and cost information for the video generation.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoGenerationUsage = tolerant(Schema.Struct({
  cost: Schema.optional(Schema.NullOr(Schema.Number)),
  is_byok: Schema.optional(Schema.Boolean)
}))

/**
 * The type of {@link VideoGenerationUsage}.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoGenerationUsage = typeof VideoGenerationUsage.Type

/**
 * `VideoGenerationResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoGenerationResponse = tolerant(Schema.Struct({
  error: Schema.optional(Schema.String),
  generation_id: Schema.optional(Schema.String),
  id: Schema.String,
  polling_url: Schema.String,
  status: openLiteral("pending", "in_progress", "completed", "failed", "cancelled", "expired"),
  unsigned_urls: Schema.optional(Schema.Array(Schema.String)),
  usage: Schema.optional(VideoGenerationUsage)
}))

/**
 * The type of {@link VideoGenerationResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoGenerationResponse = typeof VideoGenerationResponse.Type

/**
 * `VideoModel` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoModel = tolerant(Schema.Struct({
  allowed_passthrough_parameters: Schema.Array(Schema.String),
  canonical_slug: Schema.String,
  created: Schema.Number,
  creativity: Schema.optional(Schema.NullOr(Schema.Array(Schema.Number))),
  description: Schema.optional(Schema.String),
  generate_audio: Schema.NullOr(Schema.Boolean),
  hugging_face_id: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  name: Schema.String,
  pricing_skus: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  seed: Schema.NullOr(Schema.Boolean),
  supported_aspect_ratios: Schema.NullOr(Schema.Array(openLiteral("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21"))),
  supported_durations: Schema.NullOr(Schema.Array(Schema.Number)),
  supported_frame_images: Schema.NullOr(Schema.Array(openLiteral("first_frame", "last_frame"))),
  supported_resolutions: Schema.NullOr(Schema.Array(openLiteral("480p", "720p", "768p", "1080p", "1K", "2K", "4K"))),
  supported_sizes: Schema.NullOr(Schema.Array(openLiteral("480x480", "480x640", "480x720", "480x854", "480x1120", "560x752", "640x480", "640x640", "720x480", "720x720", "720x960", "720x1080", "720x1280", "720x1680", "752x560", "768x768", "768x1024", "768x1152", "768x1366", "768x1792", "834x1112", "854x480", "960x720", "960x960", "992x432", "1024x768", "1080x720", "1080x1080", "1080x1440", "1080x1620", "1080x1920", "1080x2520", "1112x834", "1120x480", "1152x768", "1280x720", "1366x768", "1440x1080", "1440x1440", "1440x1920", "1440x2160", "1440x2560", "1440x3360", "1470x630", "1620x1080", "1680x720", "1792x768", "1920x1080", "1920x1440", "2160x1440", "2160x2160", "2160x2880", "2160x3240", "2160x3840", "2160x5040", "2520x1080", "2560x1440", "2880x2160", "3240x2160", "3360x1440", "3840x2160", "5040x2160"))),
  upscale_factor: Schema.optional(Schema.NullOr(tolerant(Schema.Struct({
    max: Schema.optional(Schema.NullOr(Schema.Number)),
    min: Schema.optional(Schema.NullOr(Schema.Number))
  }))))
}))

/**
 * The type of {@link VideoModel}.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoModel = typeof VideoModel.Type

/**
 * `VideoModelsListResponse` in the spec.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoModelsListResponse = tolerant(Schema.Struct({
  data: Schema.Array(VideoModel)
}))

/**
 * The type of {@link VideoModelsListResponse}.
 *
 * @since 0.1.0
 * @category models
 */
export type VideoModelsListResponse = typeof VideoModelsListResponse.Type

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
