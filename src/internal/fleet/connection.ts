/**
 * The fleet's connection as a service: the options of the Redis connection, the `FleetRedis` tag
 * every shared store reads its connection and key prefix from, and the layer that opens it
 * (`effect-openrouter/fleet` re-exports them). The connection itself is `redis.ts`.
 *
 * @internal
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { Redis, RedisOptions } from "ioredis"
import { randomBytes } from "node:crypto"
import * as Conn from "./redis.js"

/**
 * How to reach Redis and how long to wait for it.
 *
 * @since 0.1.0
 * @category options
 */
export interface RedisConfig {
  /** A `redis://` URL, ioredis options, or an ioredis client you own (it is not closed with the layer). */
  readonly redis: string | RedisOptions | Redis
  /** Prefix of every key, so several applications share one Redis. Default `"openrouter:"`. */
  readonly prefix?: string | undefined
  /** Longest wait for one Redis command; past it the policy falls back. Default 250 ms. */
  readonly commandTimeout?: Duration.DurationInput | undefined
  /** Longest wait for the first connection when the layer is built. Default 2 s. */
  readonly connectTimeout?: Duration.DurationInput | undefined
  /** After a command timed out, skip Redis (use the fallback at once) for this long. Default 1 s. */
  readonly retryInterval?: Duration.DurationInput | undefined
}

/**
 * The shared connection (one per {@link layerRedis}).
 *
 * @since 0.1.0
 * @category services
 */
export interface Connection {
  readonly prefix: string
  /** The ioredis client. */
  readonly client: Redis
  /** Whether commands currently go to Redis (connected, not backing off after a timeout). */
  readonly healthy: Effect.Effect<boolean>
  /** @internal */
  readonly connection: Conn.Connection
}

/**
 * @since 0.1.0
 * @category services
 */
export class FleetRedis extends Context.Tag("effect-openrouter/fleet/FleetRedis")<FleetRedis, Connection>() {}

/**
 * Opens the connection for the layer's lifetime. Building it never fails: when Redis is not
 * reachable within `connectTimeout`, the layer is built anyway and the policies use their
 * fallbacks until Redis answers.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerRedis = (config: RedisConfig): Layer.Layer<FleetRedis> =>
  Layer.scoped(
    FleetRedis,
    Effect.map(
      Conn.connect({
        redis: config.redis,
        commandTimeout: config.commandTimeout ?? Duration.millis(250),
        connectTimeout: config.connectTimeout ?? Duration.seconds(2),
        retryInterval: config.retryInterval ?? Duration.seconds(1)
      }),
      (connection): Connection => ({
        prefix: config.prefix ?? "openrouter:",
        client: connection.client,
        healthy: connection.healthy,
        connection
      })
    )
  )

/** A random id for this process, the prefix of its reservation and request ids. @internal */
export const processId = (): string => randomBytes(6).toString("hex")
