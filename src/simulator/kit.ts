/**
 * What the Simulator (`src/Simulator.ts`) hands to its route modules (media, management,
 * responses, messages): the shape of a logged request, the shared POST reading and pre-flight
 * failures, and the header scrubbing every logged request goes through. Here, not in
 * `Simulator.ts`, so the route modules never import the module that imports them.
 *
 * @internal
 */
import type * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import type * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import type * as Effect from "effect/Effect"
import { isSecretHeader, redactString } from "../internal/redact.js"
import type { ErrorAnswer, Scenario } from "./scenario.js"

/** Request headers as the server sees them. */
export type Headers = Readonly<Record<string, string | undefined>>

/** A logged request (the shape of `Simulator.SimulatedRequest`). */
export interface LoggedRequest {
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
  readonly model: string | undefined
  readonly scenario: string | undefined
}

/** A POST as the Simulator read it: its JSON body, model and scenario, or the refusal already due. */
export type ReadPost = Effect.Effect<
  {
    readonly headers: Headers
    readonly request: HttpServerRequest.HttpServerRequest
    readonly body: Record<string, unknown> | undefined
    readonly model: string | undefined
    readonly scenario: Scenario | undefined
    readonly refused: HttpServerResponse.HttpServerResponse | undefined
  },
  never,
  HttpServerRequest.HttpServerRequest
>

/** The failures decided before any generation: auth and the error scenarios. */
export type Preflight = (
  scenario: Scenario | undefined,
  model: string | undefined,
  headers: Headers,
  input: { readonly text: string; readonly body: Record<string, unknown> | undefined },
  counterKey: string
) => Effect.Effect<ErrorAnswer | undefined>

/** Headers as logged: secrets replaced, every value scrubbed. */
export const recordHeaders = (headers: Headers): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined) out[k] = isSecretHeader(k) ? "<redacted>" : redactString(v)
  }
  return out
}
