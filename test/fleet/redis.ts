/**
 * Test helpers for fleet mode: is a real Redis reachable (127.0.0.1:6379), a unique key prefix per
 * run with cleanup, and a TCP proxy between the client and Redis that a test can cut, stall and
 * restore (the machine's Redis is shared, so it is never stopped).
 */
import { Redis } from "ioredis"
import * as net from "node:net"

export const REDIS_HOST = "127.0.0.1"
export const REDIS_PORT = 6379

const probe = (): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: REDIS_HOST, port: REDIS_PORT })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1_000, () => done(false))
    socket.once("error", () => done(false))
    socket.once("connect", () => {
      socket.write("PING\r\n")
      socket.once("data", (d) => done(d.toString().startsWith("+PONG")))
    })
  })

/**
 * Whether the tests can use Redis. Unreachable: a loud message and `false` (the suite is skipped),
 * unless `CI=true`, where it throws (the CI must have Redis).
 */
export const redisReachable = async (): Promise<boolean> => {
  const ok = await probe()
  if (ok) return true
  const message = `\n${"!".repeat(78)}\n!! Fleet tests: no Redis at ${REDIS_HOST}:${REDIS_PORT}; ` +
    `Redis-backed tests are SKIPPED.\n!! Start one (redis-server) to run them. With CI=true this is a failure.\n${
      "!".repeat(78)
    }\n`
  if (process.env["CI"] === "true") throw new Error(message)
  console.warn(message)
  return false
}

export const uniquePrefix = (name: string): string =>
  `test:fleet:${name}:${process.pid}:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}:`

/** Deletes every key under `prefix`. */
export const deleteKeys = async (prefix: string): Promise<number> => {
  const redis = new Redis({ host: REDIS_HOST, port: REDIS_PORT, lazyConnect: true, maxRetriesPerRequest: 1 })
  await redis.connect()
  let deleted = 0
  let cursor = "0"
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500)
    cursor = next
    if (keys.length > 0) deleted += await redis.del(...keys)
  } while (cursor !== "0")
  await redis.quit()
  return deleted
}

/** Counts the keys under `prefix`. */
export const countKeys = async (prefix: string): Promise<number> => {
  const redis = new Redis({ host: REDIS_HOST, port: REDIS_PORT, lazyConnect: true, maxRetriesPerRequest: 1 })
  await redis.connect()
  let count = 0
  let cursor = "0"
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500)
    cursor = next
    count += keys.length
  } while (cursor !== "0")
  await redis.quit()
  return count
}

export type ProxyMode = "pass" | "stall" | "mute" | "down"

export interface Proxy {
  readonly port: number
  readonly url: string
  /**
   * `pass`: forward; `stall`: accept and hold every byte (a partition); `mute`: forward commands but
   * hold the replies (Redis does the work, the client never hears); `down`: drop every connection
   * and refuse new ones.
   */
  readonly set: (mode: ProxyMode) => void
  readonly close: () => Promise<void>
}

/** A TCP proxy to the real Redis on a free port. */
export const startProxy = (): Promise<Proxy> =>
  new Promise((resolve, reject) => {
    let mode: ProxyMode = "pass"
    const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>()
    const held = new Map<net.Socket, Array<Buffer>>()
    const server = net.createServer((client) => {
      if (mode === "down") {
        client.destroy()
        return
      }
      const upstream = net.connect({ host: REDIS_HOST, port: REDIS_PORT })
      const pair = { client, upstream }
      pairs.add(pair)
      const forward = (from: net.Socket, to: net.Socket) => {
        from.on("data", (chunk: Buffer) => {
          if (mode === "pass" || (mode === "mute" && to === upstream)) to.write(chunk)
          else {
            const queue = held.get(to) ?? []
            queue.push(chunk)
            held.set(to, queue)
          }
        })
      }
      forward(client, upstream)
      forward(upstream, client)
      const end = () => {
        client.destroy()
        upstream.destroy()
        held.delete(client)
        held.delete(upstream)
        pairs.delete(pair)
      }
      client.on("error", end)
      upstream.on("error", end)
      client.on("close", end)
      upstream.on("close", end)
    })
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      if (address === null || typeof address === "string") return reject(new Error("no port"))
      resolve({
        port: address.port,
        url: `redis://127.0.0.1:${address.port}`,
        set: (next) => {
          mode = next
          if (next === "down") {
            for (const p of pairs) {
              p.client.destroy()
              p.upstream.destroy()
            }
            pairs.clear()
            held.clear()
          }
          if (next === "pass") {
            for (const [to, chunks] of held) for (const c of chunks) to.write(c)
            held.clear()
          }
        },
        close: () =>
          new Promise<void>((done) => {
            for (const p of pairs) {
              p.client.destroy()
              p.upstream.destroy()
            }
            server.close(() => done())
          })
      })
    })
  })
