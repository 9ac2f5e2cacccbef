/**
 * Model identifiers: `author/slug[:variant]`, `~author/family-latest`, routers such as
 * `openrouter/auto`. A leading `openrouter/` in front of a full id is stripped; variants
 * (`:nitro`, `:floor`, `:online`, `:free`, `:thinking`, `:exacto`, …) pass through.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { InvalidRequestError } from "./OpenRouterError.js"

const MODEL_ID = /^~?[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._/-]*(?::[A-Za-z0-9._-]+)*$/

/**
 * Normalizes a model id, or gives the `InvalidRequestError` naming what is wrong (no effect: for
 * checks that run synchronously).
 *
 * @since 0.1.0
 * @category constructors
 */
export const normalizeEither = (id: unknown, field = "model"): Either.Either<string, InvalidRequestError> => {
  if (typeof id !== "string") {
    return Either.left(new InvalidRequestError({ message: `${field} must be a string, got ${typeof id}`, field }))
  }
  const trimmed = id.trim()
  if (trimmed === "") {
    return Either.left(new InvalidRequestError({ message: `${field} is empty`, field }))
  }
  const stripped = trimmed.startsWith("openrouter/") && trimmed.slice("openrouter/".length).includes("/")
    ? trimmed.slice("openrouter/".length)
    : trimmed
  if (!MODEL_ID.test(stripped)) {
    return Either.left(
      new InvalidRequestError({
        message: `${field} ${
          JSON.stringify(id)
        } is not a model id: expected "author/slug" with an optional ":variant" (e.g. "openai/gpt-4o-mini:nitro")`,
        field
      })
    )
  }
  return Either.right(stripped)
}

/**
 * Normalizes a model id, or fails with `InvalidRequestError` naming what is wrong.
 *
 * @since 0.1.0
 * @category constructors
 */
export const normalize = (id: unknown, field = "model"): Effect.Effect<string, InvalidRequestError> => {
  const result = normalizeEither(id, field)
  return Either.isRight(result) ? Effect.succeed(result.right) : Effect.fail(result.left)
}

/**
 * The id without its variant suffix (`openai/gpt-4o:online` → `openai/gpt-4o`).
 *
 * @since 0.1.0
 * @category utils
 */
export const base = (id: string): string => {
  const slash = id.indexOf("/")
  const colon = id.indexOf(":", slash)
  return colon === -1 ? id : id.slice(0, colon)
}

/**
 * The variant suffixes (`["online"]` for `openai/gpt-4o:online`).
 *
 * @since 0.1.0
 * @category utils
 */
export const variants = (id: string): ReadonlyArray<string> => {
  const slash = id.indexOf("/")
  const colon = id.indexOf(":", slash)
  return colon === -1 ? [] : id.slice(colon + 1).split(":")
}
