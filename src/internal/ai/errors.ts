/**
 * This client's typed failures as `@effect/ai` `AiError`s, the typed error kept as the `cause`.
 *
 * @internal
 */
import * as AiError from "@effect/ai/AiError"
import type { OpenRouterError } from "../../OpenRouterError.js"

/**
 * `MalformedResponseError` → `MalformedOutput`; `InvalidRequestError`, `ContextLengthError`,
 * `ConfigError` → `MalformedInput`; every other tag → `UnknownError`. The description starts with
 * the original tag.
 *
 * @internal
 */
export const toAiErrorOf = (module: string, method: string) => (error: OpenRouterError): AiError.AiError => {
  const fields = { module, method, description: `${error._tag}: ${error.message}`, cause: error }
  switch (error._tag) {
    case "MalformedResponseError":
      return new AiError.MalformedOutput(fields)
    case "InvalidRequestError":
    case "ContextLengthError":
    case "ConfigError":
      return new AiError.MalformedInput(fields)
    default:
      return new AiError.UnknownError(fields)
  }
}
