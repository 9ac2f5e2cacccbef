/**
 * The call pipeline (docs/architecture.md, "The order of a call"): every stage of a call, composed here and
 * only here, in the order a call walks through them. Each stage is a module of its own with one
 * job; a stage whose policy is not provided does nothing.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import type { ChatResult } from "../ChatResult.js"
import type { EmbeddingsRequest } from "../Embeddings.js"
import { InvalidRequestError, type OpenRouterError } from "../OpenRouterError.js"
import { checkBudget } from "./admit.js"
import { attempt } from "./attempt.js"
import * as Breaker from "./breaker.js"
import { embeddings } from "./embeddings.js"
import { overCandidates } from "./fallback.js"
import { chatJson } from "./jsonWire.js"
import { mediaCalls } from "./bytes.js"
import { sseCalls } from "./responses.js"
import { callOperation, type OperationOptions } from "./operation.js"
import * as LedgerStage from "./ledger.js"
import { observingTransport } from "./observe.js"
import { preCheckFor } from "./preCheck.js"
import * as Queues from "./queues.js"
import { reserve } from "./reserve.js"
import { perCandidate } from "./retry.js"
import { chatFold, chatStream } from "./streamWire.js"
import { withAttemptTimeout } from "./timeouts.js"
import type { CallOptions, ChatOptions, ChatRequestInput, Deps, Env, Run } from "./types.js"
import type * as Operation from "../Operation.js"

/**
 * `chat`, `chatStream` and `embeddings` over the given transport and policies.
 *
 * A call, outermost first:
 *
 * 1. the wire (`jsonWire` / `streamWire` / `embeddings`): request validation into the call's
 *    context (`context`, `validate`), the ledger's pending row (`ledger`), the request span, the
 *    overall deadline, and on the way out the meter, the ledger settlement and telemetry
 *    (`finish`); then `run`:
 * 2. the cheap budget check before anything is sent (`admit`);
 * 3. the fallback plan over candidate models (`fallback`);
 * 4. per candidate: the registry pre-checks (`preCheck`), then retry (`retry`);
 * 5. per attempt (`attempt`): breaker admission, rate limit, bulkhead, budget reservation, the
 *    attempt timeout, and the send — the transport (`observe`) and decoding, whose outcome is
 *    classified (`classify`) for the breaker, the retry and the fallback.
 *
 * A JSON call whose policies all answer from memory makes its first attempt in one step
 * (`fusedAttempt`, called by `jsonWire`) and enters `run` only when that attempt failed.
 *
 * @internal
 */
export const makeChatCalls = (deps: Deps) => {
  // steps 2–9 of the call, docs/architecture.md: what every call runs between its wire and the transport.
  const run: Run = (ctx, send, made) => {
    // A first attempt already made (`fusedAttempt`) stands for the first on its model, once.
    const madeFirst = (model: string, n: number): boolean => {
      if (made === undefined || n !== 1 || model !== made.model) return false
      made = undefined
      return true
    }
    const error = made?.error
    return Effect.zipRight(
      checkBudget(env, ctx), // the cheap budget check, before anything is sent
      overCandidates(ctx, (model) => // the fallback plan
        Effect.zipRight(
          preCheckFor(env, ctx, model), // registry checks for this candidate
          perCandidate(ctx, model, (n, waitMs) => // retry
            error !== undefined && madeFirst(model, n)
              ? Effect.fail(error)
              : attempt(env, ctx, model, n, waitMs, ({ answered, permit, scope }) => // breaker admission
              Effect.gen(function*() {
                yield* Queues.acquire(ctx, model) // rate limit, bulkhead
                const reservation = yield* reserve(env, ctx, model, scope, answered) // budget reservation
                yield* Breaker.startProbe(permit)
                const value = yield* withAttemptTimeout(ctx, model, send(model)) // attempt timeout, transport
                return { value, reservation }
              })))
        )).pipe(
          Effect.map(({ model, value }) => ({ value: value.value, reservation: value.reservation, model }))
        )
    )
  }
  const env: Env = {
    ...deps,
    transport: observingTransport(deps.transport),
    unobserved: deps.transport,
    ledger: LedgerStage.make(deps.policies.ledger),
    run
  }

  const chat = (request: ChatRequestInput, options?: ChatOptions): Effect.Effect<ChatResult, OpenRouterError> =>
    (options?.wire ?? "stream") === "json"
      ? options?.onEvent !== undefined
        ? Effect.fail(
          new InvalidRequestError({ message: "onEvent needs the stream wire (not wire: \"json\")", field: "onEvent" })
        )
        : env.ledger.tagged(options?.tags, chatJson(env, request, options))
      : chatFold(env, request, options) // the stream wire (its default)

  return {
    chat,
    chatStream: (request: ChatRequestInput, options?: CallOptions) => chatStream(env, request, options),
    embeddings: (request: EmbeddingsRequest) => embeddings(env, request),
    call: <In, Out>(op: Operation.Operation<In, Out>, input: In, options?: OperationOptions) =>
      callOperation(env, op, input, options),
    media: mediaCalls(env),
    sse: sseCalls(env)
  }
}
