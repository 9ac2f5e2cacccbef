/**
 * Video generation: a job (`POST /videos`), its state polled (`GET /videos/{jobId}`) as a
 * `Stream` of states ending in the finished one, and the content downloaded
 * (`GET /videos/{jobId}/content`, bytes).
 *
 * ```ts
 * const last = yield* openrouter.generateVideo({ model: "google/veo-3", prompt: "a red kite" }).pipe(
 *   Stream.tap((job) => Console.log(job.status)),
 *   Stream.runLast
 * )
 * ```
 *
 * Polling sleeps on the Effect `Clock` (`TestClock` drives it in tests). The cost arrives with
 * the finished state (`usage.cost`): it is settled into the budget and recorded by the meter once,
 * when the poll stream sees it (the submission itself reports no cost).
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as VideosApi from "./api/Videos.js"
import { type Amount, amountFromUsd } from "./Money.js"
import * as Operation from "./Operation.js"
import { InvalidRequestError, type OpenRouterError, TimeoutError } from "./OpenRouterError.js"
import type { Call } from "./Rerank.js"

// =============================================================================
// Wire schemas and operations (generated from the spec: `effect-openrouter/api`)
// =============================================================================

/**
 * `POST /videos` body (the generated `Api.Videos.VideoGenerationRequest`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoRequest = VideosApi.VideoGenerationRequest

/**
 * @since 0.1.0
 * @category models
 */
export type VideoRequest = VideosApi.VideoGenerationRequest

/**
 * A video job as `POST /videos` and `GET /videos/{jobId}` answer it (the generated
 * `Api.Videos.VideoGenerationResponse`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoJob = VideosApi.VideoGenerationResponse

/**
 * @since 0.1.0
 * @category models
 */
export type VideoJob = VideosApi.VideoGenerationResponse

/**
 * A job's status (open: unknown values kept).
 *
 * @since 0.1.0
 * @category models
 */
export type VideoStatus = VideoJob["status"]

/**
 * `POST /videos`: submits a job. Not metered itself, unlike the generated
 * `Api.Videos.createVideo`: the job's cost arrives with its finished state and is settled then
 * (see the module notes), so the submission is not counted as a call of unknown cost.
 *
 * @since 0.1.0
 * @category operations
 */
export const createVideos: Operation.Operation<{ readonly body: VideoRequest }, VideoJob> = Operation.make(
  { ...VideosApi.createVideo, metered: false },
  Schema.Struct({ body: VideosApi.VideoGenerationRequest }),
  VideosApi.VideoGenerationResponse
)

/**
 * `GET /videos/{jobId}` (the generated operation).
 *
 * @since 0.1.0
 * @category operations
 */
export const getVideos: Operation.Operation<{ readonly path: { readonly jobId: string } }, VideoJob> = VideosApi.getVideo

/**
 * `GET /videos/{jobId}/content`: the video's bytes, `index` picks one of several outputs (the
 * generated operation).
 *
 * @since 0.1.0
 * @category operations
 */
export const videoContent: Operation.Operation<
  {
    readonly path: { readonly jobId: string }
    readonly query?: { readonly index?: number | null | undefined } | undefined
  },
  Uint8Array
> = VideosApi.getVideoContent

// =============================================================================
// Domain values
// =============================================================================

/**
 * Whether a status is final (`completed`, `failed`, `cancelled`, `expired`).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isFinished = (status: VideoStatus): boolean =>
  status === "completed" || status === "failed" || status === "cancelled" || status === "expired"

/**
 * The cost a job reports (`usage.cost`), exact.
 *
 * @since 0.1.0
 * @category getters
 */
export const costOf = (job: VideoJob): Amount | undefined => amountFromUsd(job.usage?.cost)

const modelOf = (job: VideoJob): string | undefined => {
  const model = "model" in job ? job.model : undefined
  return typeof model === "string" ? model : undefined
}

/**
 * How a job is polled.
 *
 * @since 0.1.0
 * @category models
 */
export interface PollOptions {
  /** Pause between two polls. Default 5 seconds. */
  readonly interval?: Duration.DurationInput | undefined
  /** Give up (`TimeoutError`, kind `deadline`) when the job is not finished after this long. Default 30 minutes. */
  readonly timeout?: Duration.DurationInput | undefined
  /** Every polled state, or only changes of `status` (default). */
  readonly emit?: "changes" | "every" | undefined
}

/**
 * What the video APIs are built from: the generic call, and the late settlement of a cost.
 *
 * @since 0.1.0
 * @category models
 */
export interface Calls {
  readonly call: Call
  readonly settleReported: (reported: {
    readonly model: string
    readonly costUsd: number
    readonly generationId?: string | undefined
  }) => Effect.Effect<void>
}

/**
 * The video APIs over a generic call.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (calls: Calls) => {
  const submit = (request: VideoRequest): Effect.Effect<VideoJob, OpenRouterError> =>
    calls.call(createVideos, { body: request })

  const status = (jobId: string): Effect.Effect<VideoJob, OpenRouterError> =>
    calls.call(getVideos, { path: { jobId } })

  /** Settles a finished job's cost once (the model is the one it was submitted with, when known). */
  const settle = (job: VideoJob, model: string | undefined) => {
    const cost = job.usage?.cost
    return typeof cost === "number" && isFinished(job.status)
      ? calls.settleReported({
        model: model ?? modelOf(job) ?? "video",
        costUsd: cost,
        generationId: job.generation_id ?? job.id
      })
      : Effect.void
  }

  const pollFrom = (
    first: VideoJob | undefined,
    jobId: string,
    model: string | undefined,
    options: PollOptions = {}
  ): Stream.Stream<VideoJob, OpenRouterError> => {
    if (jobId.trim() === "") {
      return Stream.fail(new InvalidRequestError({ message: "video job id is empty", field: "jobId" }))
    }
    const interval = Duration.decode(options.interval ?? "5 seconds")
    const timeout = Duration.decode(options.timeout ?? "30 minutes")
    // Poll until a finished state; each poll after `interval`.
    const polls: Stream.Stream<VideoJob, OpenRouterError> = Stream.paginateEffect(
      first,
      (previous): Effect.Effect<readonly [VideoJob, Option.Option<VideoJob | undefined>], OpenRouterError> =>
        Effect.gen(function*() {
          if (previous !== undefined) yield* Effect.sleep(interval)
          const job = yield* status(jobId)
          return [job, isFinished(job.status) ? Option.none() : Option.some(job)] as const
        })
    )
    const states = first === undefined ? polls : Stream.concat(Stream.succeed(first), polls)
    const emitted = options.emit === "every"
      ? states
      : Stream.changesWith(states, (a, b) => a.status === b.status)
    return emitted.pipe(
      Stream.tap((job) => settle(job, model)),
      Stream.timeoutFail(
        () =>
          new TimeoutError({
            message: `video job ${jobId} not finished after ${Duration.format(timeout)}`,
            kind: "deadline",
            ...(model !== undefined ? { model } : {})
          }),
        timeout
      )
    )
  }

  return {
    /** `POST /videos`: the job as submitted. */
    submit,
    /** `GET /videos/{jobId}`: the job's current state. */
    status,
    /** The job's states, polled every `interval`, ending with the finished one. */
    poll: (jobId: string, options?: PollOptions & { readonly model?: string | undefined }) =>
      pollFrom(undefined, jobId, options?.model, options),
    /** Submits and polls: the submitted state, then every change, ending with the finished one. */
    generate: (request: VideoRequest, options?: PollOptions): Stream.Stream<VideoJob, OpenRouterError> =>
      Stream.unwrap(
        Effect.map(submit(request), (job) =>
          isFinished(job.status)
            ? Stream.succeed(job).pipe(Stream.tap((j) => settle(j, request.model)))
            : pollFrom(job, job.id, request.model, options))
      ),
    /** `GET /videos/{jobId}/content`: the bytes of the video (`index` for one of several). */
    content: (jobId: string, index?: number): Effect.Effect<Uint8Array, OpenRouterError> =>
      calls.call(videoContent, { path: { jobId }, ...(index !== undefined ? { query: { index } } : {}) })
  }
}

/**
 * The video APIs (see {@link make}).
 *
 * @since 0.1.0
 * @category models
 */
export type Api = ReturnType<typeof make>
