/**
 * The transport as the pipeline sees it: every response's HTTP status is noted in the running
 * attempt's record (so the attempts log says 200 only for an attempt that got a 200).
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Transport from "../Transport.js"
import type { AttemptResponse } from "./types.js"

/**
 * The running attempt's {@link AttemptResponse}, set by `attempt` when it starts (and left set
 * after it: its record is copied into the attempts log when the attempt ends, so a later write is
 * never read; the next attempt sets its own).
 */
export const currentAttemptResponse = FiberRef.unsafeMake<AttemptResponse | undefined>(undefined)

const noteStatus = (status: number): Effect.Effect<void> =>
  Effect.map(FiberRef.get(currentAttemptResponse), (cell) => {
    if (cell !== undefined) cell.status = status
  })

/**
 * The transport, noting the status of every response it hands back in the running attempt's
 * record (so the attempts log says 200 only for an attempt that got a 200).
 */
export const observingTransport = (transport: Transport.Service): Transport.Service => ({
  ...transport,
  // (Not observed: the first attempt that uses it notes the status itself, `streamOpen.ts`.)
  sendIn: undefined,
  send: (request) => Effect.tap(transport.send(request), (response) => noteStatus(response.status)),
  json: (request, schema) => Effect.tap(transport.json(request, schema), (r) => noteStatus(r.response.status))
})
