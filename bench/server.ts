/**
 * The benchmark's loopback server. Runs in a child process (forked by `bench/run.ts`) so that its
 * CPU time does not show up in the client's `process.cpuUsage()`.
 *
 * `POST /b/<scenario>/api/v1/chat/completions` answers with the precomputed body of the scenario
 * (see `bodies.ts`): written in writes of `write` bytes (or one event per write), each write
 * waiting for the previous one to be handed to the kernel, `pace` ms apart, after a `hold` of
 * `hold` ms following the keepalive comment. Bodies are built once per scenario and cached.
 */
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { decodeScenario, jsonBody, type Scenario, sseEvents } from "./bodies.js"

interface Step {
  readonly delay: number
  readonly data: Buffer
}

interface Plan {
  readonly steps: ReadonlyArray<Step>
  readonly freeze: boolean
  /** Busy-wait between writes, in ms. */
  readonly gapMs: number
  readonly endDelay: number
}

const split = (bytes: Buffer, size: number): Array<Buffer> => {
  const out: Array<Buffer> = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, Math.min(bytes.length, i + size)))
  return out
}

const buildPlan = (s: Scenario): Plan => {
  const events = sseEvents(s.n).map((e) => Buffer.from(e, "utf8"))
  if (s.freeze) {
    // headers + keepalive + first content chunk, then silence until the client goes away
    return {
      steps: [{ delay: 0, data: Buffer.concat([events[0] as Buffer, events[1] as Buffer]) }],
      freeze: true,
      gapMs: 0,
      endDelay: 0
    }
  }
  const steps: Array<Step> = []
  let rest = events
  if (s.hold > 0) {
    steps.push({ delay: 0, data: events[0] as Buffer })
    rest = events.slice(1)
  }
  const pieces = s.write === 0 ? rest : split(Buffer.concat(rest), s.write)
  for (let i = 0; i < pieces.length; i++) {
    const delay = i === 0 ? s.hold : s.pace
    steps.push({ delay, data: pieces[i] as Buffer })
  }
  return { steps, freeze: false, gapMs: s.gap / 1000, endDelay: s.endDelay }
}

const plans = new Map<string, Plan>()
const planFor = (key: string, s: Scenario): Plan => {
  let plan = plans.get(key)
  if (plan === undefined) {
    plan = buildPlan(s)
    plans.set(key, plan)
  }
  return plan
}

const jsonBytes = Buffer.from(jsonBody, "utf8")

const SSE_HEADERS = {
  "content-type": "text/event-stream",
  "cache-control": "no-cache",
  "x-generation-id": "gen-1754441342-hIkMo7SMi0ZecQw3oR4d"
}

/** Connections accepted and requests served, for `GET /stats` (tells whether clients reuse connections). */
const stats = { connections: 0, requests: 0 }

const respond = (req: http.IncomingMessage, res: http.ServerResponse): void => {
  // when the request (headers and body) had fully arrived, as epoch ms with sub-ms precision
  // (same clock as the client's `performance.timeOrigin + performance.now()`)
  const receivedAt = performance.timeOrigin + performance.now()
  if (req.url === "/stats") {
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify(stats))
    return
  }
  stats.requests++
  const m = /^\/b\/([^/]+)\/api\/v1\/chat\/completions$/.exec(req.url ?? "")
  const scenario = m !== null ? decodeScenario(decodeURIComponent(m[1] as string)) : undefined
  if (m === null || scenario === undefined) {
    res.writeHead(404, { "content-type": "application/json" })
    res.end(`{"error":{"code":404,"message":"unknown scenario ${req.url}"}}`)
    return
  }
  if (scenario.kind === "json") {
    res.writeHead(200, { "content-type": "application/json", "content-length": String(jsonBytes.length) })
    res.end(jsonBytes)
    return
  }
  const plan = planFor(m[1] as string, scenario)
  res.writeHead(200, { ...SSE_HEADERS, "x-bench-received-at": String(receivedAt) })
  let closed = false
  let timer: NodeJS.Timeout | undefined
  res.on("close", () => {
    closed = true
    if (timer !== undefined) clearTimeout(timer)
  })
  let i = 0
  let lastWriteAt = 0
  const write = (): void => {
    timer = undefined
    if (closed) return
    if (plan.gapMs > 0) {
      const due = lastWriteAt + plan.gapMs
      while (performance.now() < due) {
        // busy-wait: timers cannot pace below 1 ms
      }
      lastWriteAt = performance.now()
    }
    const step = plan.steps[i++] as Step
    res.write(step.data, next)
  }
  const next = (): void => {
    if (closed) return
    if (i === plan.steps.length) {
      if (plan.freeze) return
      if (plan.endDelay > 0) timer = setTimeout(() => res.end(), plan.endDelay)
      else res.end()
      return
    }
    const delay = (plan.steps[i] as Step).delay
    if (delay > 0) timer = setTimeout(write, delay)
    else write()
  }
  next()
}

const server = http.createServer({ noDelay: true, keepAlive: true }, (req, res) => {
  req.on("data", () => {})
  req.on("end", () => respond(req, res))
})
server.on("connection", () => {
  stats.connections++
})
server.keepAliveTimeout = 120_000
server.requestTimeout = 0
server.headersTimeout = 60_000
server.maxRequestsPerSocket = 0

server.listen(0, "127.0.0.1", () => {
  const port = (server.address() as AddressInfo).port
  if (process.send !== undefined) process.send({ port })
  else console.log(`bench server on http://127.0.0.1:${port}`)
})

process.on("disconnect", () => process.exit(0))
