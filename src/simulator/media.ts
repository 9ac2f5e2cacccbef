/**
 * The Simulator's media operations, deterministic and priced (each answer's `usage.cost` is
 * added to the key's usage):
 *
 * - `POST /rerank`: scores from word overlap with the query (ties broken by a hash), best first;
 * - `POST /images`: a 1×1 PNG whose colour is derived from the prompt, as `b64_json`;
 * - `POST /videos` + `GET /videos/{jobId}` + `GET /videos/{jobId}/content`: a job that goes
 *   `pending` → `in_progress` → `completed` over Simulator time (one step per poll, or per second
 *   of the server's `Clock`, whichever is further), with its cost on the finished state;
 *   `…video-fail…` models end `failed`;
 * - `POST /audio/speech`: deterministic bytes from the text, sent in several chunks, with
 *   `X-Generation-Id`;
 * - `POST /audio/transcriptions`: JSON (base64 audio) or multipart (the file), a deterministic
 *   text naming the audio's size, format and hash.
 *
 * Also the providers and per-model endpoints (`./endpoints.ts`).
 *
 * Media models are `sim/…` ids (`sim/rerank`, `sim/image`, `sim/video`, `sim/tts`, `sim/stt`;
 * every `sim/…` id is served, so the scenarios apply: `sim/rate-limited`, `sim/flaky-503`, …).
 *
 * @internal
 */
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import { deflateSync } from "node:zlib"
import { isRecord, PROVIDER, sha256 } from "./answer.js"
import { parseDecimal, toNumber } from "./catalog.js"
import { endpointsBody, providersBody } from "./endpoints.js"
import { type Headers, type LoggedRequest, type Preflight, type ReadPost, recordHeaders } from "./kit.js"
import { badRequest, type ErrorAnswer, type Scenario, scenarioOf } from "./scenario.js"

// =============================================================================
// Prices (USD, exact decimals)
// =============================================================================

/** Per search unit (100 documents). */
const RERANK_PER_SEARCH = "0.002"
/** Per image. */
const IMAGE_EACH = "0.04"
/** Per second of video. */
const VIDEO_PER_SECOND = "0.1"
/** Per character of speech input. */
const SPEECH_PER_CHAR = "0.000015"
/** Per second of transcribed audio. */
const TRANSCRIPTION_PER_SECOND = "0.0001"

// =============================================================================
// What the Simulator gives this module
// =============================================================================

/** The Simulator's shared request handling, handed to the media routes. @internal */
export interface Deps {
  readonly readPost: ReadPost
  readonly preflight: Preflight
  readonly log: (entry: LoggedRequest) => Effect.Effect<void>
  /** Adds a cost (units of 1e-18 USD) to the key's usage. */
  readonly addUsage: (units: bigint) => void
}

const json = (status: number, body: unknown, headers: Readonly<Record<string, string>> = {}) =>
  HttpServerResponse.unsafeJson(body, { status, headers })

const answer = (error: ErrorAnswer) => json(error.status, error.body, error.headers)

const units = (usd: string, times: number | bigint = 1): bigint => parseDecimal(usd) * BigInt(times)

const API_PREFIX = "/api/v1"

// =============================================================================
// Deterministic content
// =============================================================================

const words = (text: string): Set<string> =>
  new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2))

/** Relevance of a document to a query: word overlap, plus a small hash term so ties are stable. */
const relevance = (query: string, document: string): number => {
  const q = words(query)
  const d = words(document)
  let shared = 0
  for (const w of q) if (d.has(w)) shared++
  const overlap = q.size === 0 ? 0 : shared / q.size
  const jitter = parseInt(sha256(`${query}\u0000${document}`).slice(0, 4), 16) / 0xffff / 100
  return Math.round((0.05 + 0.9 * overlap + jitter) * 1e6) / 1e6
}

const documentText = (doc: unknown): string =>
  typeof doc === "string" ? doc : isRecord(doc) && typeof doc["text"] === "string" ? doc["text"] : ""

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const pngChunk = (type: string, data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  const typed = new Uint8Array(4 + data.length)
  typed.set(new TextEncoder().encode(type), 0)
  typed.set(data, 4)
  out.set(typed, 4)
  view.setUint32(8 + data.length, crc32(typed))
  return out
}

/** A 1×1 RGB PNG of the colour `rgb`. @internal */
export const tinyPng = (rgb: readonly [number, number, number]): Uint8Array => {
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, 1)
  view.setUint32(4, 1)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  const raw = new Uint8Array([0, rgb[0], rgb[1], rgb[2]]) // filter byte + one pixel
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", new Uint8Array(deflateSync(raw))),
    pngChunk("IEND", new Uint8Array(0))
  ]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.length
  }
  return out
}

const colourOf = (text: string): readonly [number, number, number] => {
  const h = sha256(text)
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)]
}

/** Deterministic speech bytes: 32 bytes per input character, from a hash chain. @internal */
export const speechBytes = (input: string, voice: string, format: string): Uint8Array => {
  const length = Math.min(256 * 1024, Math.max(64, input.length * 32))
  const out = new Uint8Array(length)
  let seed = sha256(`${format}|${voice}|${input}`)
  for (let offset = 0; offset < length; offset += 32) {
    for (let i = 0; i < 32 && offset + i < length; i++) out[offset + i] = parseInt(seed.slice(i * 2, i * 2 + 2), 16)
    seed = sha256(seed)
  }
  if (format === "mp3") out.set([0x49, 0x44, 0x33], 0) // "ID3"
  return out
}

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64")

/** Breaks the connection once what was written has left (a real timer: the Simulator's own I/O). */
const dropConnection = (response: { readonly socket: { destroy: () => void; readonly writableLength: number } | null }) =>
  Effect.async<void>((resume) => {
    const tick = (tries: number) => {
      const socket = response.socket
      if (socket === null) return resume(Effect.void)
      if (socket.writableLength > 0 && tries < 100) {
        setTimeout(() => tick(tries + 1), 5)
        return
      }
      setTimeout(() => {
        socket.destroy()
        resume(Effect.void)
      }, 10)
    }
    tick(0)
  })

// =============================================================================
// Routes
// =============================================================================

interface VideoJob {
  readonly id: string
  readonly model: string
  readonly seconds: number
  readonly createdAt: number
  readonly fails: boolean
  polls: number
}

/** The media routes over the Simulator's shared handling. @internal */
export const routes = (deps: Deps) => {
  const videos = new Map<string, VideoJob>()
  // Every answer its own id (as OpenRouter's): the content is deterministic, the id is not reused.
  let served = 0
  const nextId = (prefix: string, seed: string) => `${prefix}-${sha256(`${seed}|${served++}`).slice(0, 20)}`

  /** A POST with a JSON body: logged, the key and the scenario checked. */
  const post = (
    kind: string,
    handle: (
      body: Record<string, unknown>,
      model: string,
      scenario: Scenario | undefined
    ) => Effect.Effect<HttpServerResponse.HttpServerResponse, never, HttpServerRequest.HttpServerRequest>
  ) =>
    Effect.gen(function*() {
      const { body, headers, model, refused, scenario } = yield* deps.readPost
      if (refused !== undefined) return refused
      if (body === undefined || model === undefined) return answer(badRequest(`${kind}: model is required`))
      const failure = yield* deps.preflight(scenario, model, headers, { text: "", body: undefined }, model)
      if (failure !== undefined) return answer(failure)
      return yield* handle(body, model, scenario)
    })

  /** A GET: logged, the key and the scenario checked; the handler gets the path's segments. */
  const getRoute = (
    handle: (segments: ReadonlyArray<string>, query: Readonly<Record<string, string>>) => Effect.Effect<HttpServerResponse.HttpServerResponse>
  ) =>
    Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const url = new URL(request.url, "http://127.0.0.1")
      const query: Record<string, string> = {}
      url.searchParams.forEach((v, k) => {
        query[k] = v
      })
      const headers: Headers = request.headers
      const path = url.pathname.slice(API_PREFIX.length)
      const scenario = scenarioOf(undefined, headers)
      yield* deps.log({
        method: request.method,
        path,
        query,
        headers: recordHeaders(headers),
        body: undefined,
        model: undefined,
        scenario: scenario?.label
      })
      const failure = yield* deps.preflight(scenario, undefined, headers, { text: "", body: undefined }, path)
      if (failure !== undefined) return answer(failure)
      return yield* handle(path.split("/").slice(1).map(decodeURIComponent), query)
    })
  const getVideo = (handle: (jobId: string) => Effect.Effect<HttpServerResponse.HttpServerResponse>) =>
    getRoute((segments) => handle(segments[1] ?? ""))

  const endpoints = getRoute((segments) =>
    Effect.sync(() => {
      const id = `${segments[1] ?? ""}/${segments[2] ?? ""}`
      const body = endpointsBody(id)
      return body === undefined
        ? json(404, { error: { code: 404, message: `No endpoints found for ${id}` } })
        : json(200, body)
    })
  )

  const providers = getRoute(() => Effect.succeed(json(200, providersBody)))

  const rerank = post("rerank", (body, model) =>
    Effect.sync(() => {
      const query = body["query"]
      const documents = body["documents"]
      if (typeof query !== "string" || !Array.isArray(documents) || documents.length === 0) {
        return answer(badRequest("rerank: query and a non-empty documents array are required"))
      }
      const topN = body["top_n"]
      if (topN !== undefined && (typeof topN !== "number" || topN < 1 || topN > documents.length)) {
        return answer(badRequest(`rerank: top_n must be between 1 and ${documents.length}`))
      }
      const scored = documents
        .map((doc, index) => ({ index, relevance_score: relevance(query, documentText(doc)), document: isRecord(doc) ? doc : { text: doc } }))
        .sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index)
        .slice(0, typeof topN === "number" ? topN : documents.length)
      const searchUnits = Math.ceil(documents.length / 100)
      const cost = units(RERANK_PER_SEARCH, searchUnits)
      deps.addUsage(cost)
      const tokens = words(query).size + documents.reduce((n: number, d) => n + words(documentText(d)).size, 0)
      return json(200, {
        id: nextId("gen-rerank", JSON.stringify([model, query, documents])),
        model,
        provider: PROVIDER,
        results: scored,
        usage: { search_units: searchUnits, total_tokens: tokens, cost: toNumber(cost) }
      })
    }))

  const images = post("images", (body, model) =>
    Effect.sync(() => {
      const prompt = body["prompt"]
      if (typeof prompt !== "string" || prompt.trim() === "") return answer(badRequest("images: prompt is required"))
      const n = typeof body["n"] === "number" ? Math.max(1, Math.min(4, Math.floor(body["n"]))) : 1
      const data = Array.from({ length: n }, (_, i) => ({
        b64_json: toBase64(tinyPng(colourOf(`${model}|${prompt}|${i}`))),
        media_type: "image/png"
      }))
      const cost = units(IMAGE_EACH, n)
      deps.addUsage(cost)
      return json(200, {
        id: nextId("gen-img", `${model}|${prompt}|${n}`),
        model,
        provider: PROVIDER,
        created: 1767225600,
        data,
        usage: {
          prompt_tokens: words(prompt).size,
          completion_tokens: 0,
          total_tokens: words(prompt).size,
          cost: toNumber(cost),
          is_byok: false
        }
      })
    }))

  const videoState = (job: VideoJob, now: number) => {
    const step = Math.max(job.polls, Math.floor((now - job.createdAt) / 1000))
    const status = step === 0 ? "pending" : step < 3 ? "in_progress" : job.fails ? "failed" : "completed"
    const cost = units(VIDEO_PER_SECOND, job.seconds)
    return {
      id: job.id,
      polling_url: `${API_PREFIX}/videos/${job.id}`,
      status,
      generation_id: `gen-video-${job.id.slice(4)}`,
      ...(status === "completed"
        ? { unsigned_urls: [`${API_PREFIX}/videos/${job.id}/content?index=0`], usage: { cost: toNumber(cost), is_byok: false } }
        : {}),
      ...(status === "failed" ? { error: "the simulated provider failed to render the video" } : {})
    }
  }

  const createVideo = post("videos", (body, model) =>
    Effect.gen(function*() {
      const prompt = typeof body["prompt"] === "string" ? body["prompt"] : ""
      const seconds = typeof body["duration"] === "number" ? Math.max(1, Math.min(20, Math.floor(body["duration"]))) : 4
      const now = yield* Clock.currentTimeMillis
      const id = nextId("vid", `${model}|${prompt}|${seconds}`)
      const job: VideoJob = { id, model, seconds, createdAt: now, fails: model.includes("video-fail"), polls: 0 }
      videos.set(id, job)
      return json(202, videoState(job, now))
    }))

  const pollVideo = getVideo((jobId) =>
    Effect.gen(function*() {
      const job = videos.get(jobId)
      if (job === undefined) return json(404, { error: { code: 404, message: `Video job ${jobId} not found` } })
      const before = videoState(job, yield* Clock.currentTimeMillis).status
      if (before !== "completed" && before !== "failed") job.polls++
      const now = yield* Clock.currentTimeMillis
      const state = videoState(job, now)
      // The cost is billed once, when the job is first seen finished.
      if (state.status === "completed" && before !== "completed") deps.addUsage(units(VIDEO_PER_SECOND, job.seconds))
      return json(200, state)
    }))

  const videoContent = getVideo((jobId) =>
    Effect.gen(function*() {
      const job = videos.get(jobId)
      if (job === undefined) return json(404, { error: { code: 404, message: `Video job ${jobId} not found` } })
      if (videoState(job, yield* Clock.currentTimeMillis).status !== "completed") {
        return answer(badRequest(`video job ${jobId} is not completed`))
      }
      // A deterministic stand-in for an MP4: an `ftyp` box and hash bytes.
      const bytes = speechBytes(`${job.model}|${job.id}`, "video", "mp4")
      bytes.set([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70], 0)
      return HttpServerResponse.uint8Array(bytes, { status: 200, contentType: "video/mp4" })
    }))

  const speech = post("audio/speech", (body, model, scenario) =>
    Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const input = body["input"]
      if (typeof input !== "string" || input === "") return answer(badRequest("audio/speech: input is required"))
      const voice = typeof body["voice"] === "string" ? body["voice"] : "alloy"
      const format = body["response_format"] === "pcm" ? "pcm" : "mp3"
      const bytes = speechBytes(input, voice, format)
      deps.addUsage(units(SPEECH_PER_CHAR, input.length))
      const chunks: Array<Uint8Array> = []
      for (let i = 0; i < bytes.length; i += 1024) chunks.push(bytes.subarray(i, i + 1024))
      // `sim/drop-after-N`: the connection breaks after N chunks.
      const dropAfter = scenario?.name === "drop-after" ? (scenario.param ?? 1) : undefined
      const body$ = dropAfter === undefined
        ? Stream.fromIterable(chunks)
        : Stream.concat(
          Stream.fromIterable(chunks.slice(0, dropAfter)),
          Stream.drain(Stream.fromEffect(dropConnection(NodeHttpServerRequest.toServerResponse(request))))
        ).pipe(Stream.concat(Stream.never))
      return HttpServerResponse.stream(
        body$.pipe(Stream.tap(() => Effect.yieldNow())),
        {
          status: 200,
          contentType: format === "pcm" ? "audio/pcm" : "audio/mpeg",
          headers: { "x-generation-id": nextId("gen-tts", `${model}|${voice}|${input}`) }
        }
      )
    }))

  const transcriptionBody = (model: string, audio: Uint8Array, format: string, language: string | undefined) => {
    const seconds = Math.max(1, Math.round(audio.length / 16000))
    const cost = units(TRANSCRIPTION_PER_SECOND, seconds)
    deps.addUsage(cost)
    const text = `Simulated transcription of ${audio.length} bytes of ${format} audio (${sha256(toBase64(audio)).slice(0, 8)}).`
    const parts = text.split(" ")
    const per = seconds / parts.length
    return {
      text,
      language: language ?? "en",
      duration: seconds,
      segments: [{ id: 0, start: 0, end: seconds, text }],
      words: parts.map((word, i) => ({ word, start: Math.round(i * per * 1000) / 1000, end: Math.round((i + 1) * per * 1000) / 1000 })),
      usage: { seconds, cost: toNumber(cost), input_tokens: 0, output_tokens: parts.length, total_tokens: parts.length },
      model
    }
  }

  const transcriptionJson = post("audio/transcriptions", (body, model) =>
    Effect.sync(() => {
      const input = body["input_audio"]
      if (
        !isRecord(input) || typeof input["data"] !== "string" || input["data"] === "" ||
        typeof input["format"] !== "string" || input["format"] === ""
      ) {
        return answer(badRequest("audio/transcriptions: input_audio { data, format } is required"))
      }
      const audio = new Uint8Array(Buffer.from(input["data"], "base64"))
      const language = typeof body["language"] === "string" ? body["language"] : undefined
      return json(200, transcriptionBody(model, audio, input["format"], language))
    }))

  const transcriptionMultipart = Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const headers: Headers = request.headers
    const url = new URL(request.url, "http://127.0.0.1")
    const buffer = Either.getOrElse(yield* Effect.either(request.arrayBuffer), () => new ArrayBuffer(0))
    const form = yield* Effect.either(
      Effect.tryPromise(() => new Response(buffer, { headers: { "content-type": headers["content-type"] ?? "" } }).formData())
    )
    const fields: Record<string, unknown> = {}
    let file: { readonly name: string; readonly bytes: Uint8Array } | undefined
    if (Either.isRight(form)) {
      for (const [k, v] of form.right.entries()) {
        if (typeof v === "string") fields[k] = v
        else {
          const bytes = new Uint8Array(yield* Effect.promise(() => v.arrayBuffer()))
          file = { name: v.name, bytes }
          fields[k] = { file: v.name, size: bytes.length }
        }
      }
    }
    const model = typeof fields["model"] === "string" ? fields["model"] : undefined
    const scenario = scenarioOf(model, headers)
    yield* deps.log({
      method: request.method,
      path: url.pathname.slice(API_PREFIX.length),
      query: {},
      headers: recordHeaders(headers),
      body: fields,
      model,
      scenario: scenario?.label
    })
    const failure = yield* deps.preflight(scenario, model, headers, { text: "", body: undefined }, model ?? "transcriptions")
    if (failure !== undefined) return answer(failure)
    if (model === undefined || file === undefined || file.bytes.length === 0) {
      return answer(badRequest("audio/transcriptions: model and file are required"))
    }
    const format = file.name.includes(".") ? file.name.slice(file.name.lastIndexOf(".") + 1) : "wav"
    const language = typeof fields["language"] === "string" ? fields["language"] : undefined
    return json(200, transcriptionBody(model, file.bytes, format, language))
  })

  const transcription = Effect.flatMap(
    HttpServerRequest.HttpServerRequest,
    (request) =>
      (request.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data")
        ? transcriptionMultipart
        : transcriptionJson
  )

  return { rerank, images, createVideo, pollVideo, videoContent, speech, transcription, endpoints, providers }
}

/** The media and endpoints routes, for `HttpRouter.concat` in the Simulator's router. @internal */
export const router = (deps: Deps) => {
  const r = routes(deps)
  return HttpRouter.empty.pipe(
    HttpRouter.get(`${API_PREFIX}/models/:author/:slug/endpoints`, r.endpoints),
    HttpRouter.get(`${API_PREFIX}/providers`, r.providers),
    HttpRouter.post(`${API_PREFIX}/rerank`, r.rerank),
    HttpRouter.post(`${API_PREFIX}/images`, r.images),
    HttpRouter.post(`${API_PREFIX}/videos`, r.createVideo),
    HttpRouter.get(`${API_PREFIX}/videos/:jobId`, r.pollVideo),
    HttpRouter.get(`${API_PREFIX}/videos/:jobId/content`, r.videoContent),
    HttpRouter.post(`${API_PREFIX}/audio/speech`, r.speech),
    HttpRouter.post(`${API_PREFIX}/audio/transcriptions`, r.transcription)
  )
}
