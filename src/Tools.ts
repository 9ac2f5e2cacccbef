/**
 * Client-side tools (function calling): typed tool definitions whose parameters are a `Schema`,
 * their wire form, typed decoding of the model's tool calls, a bounded tool loop, and tool-call
 * events over a chat stream.
 *
 * Tool arguments are never guessed: malformed JSON, arguments that do not match the schema and
 * calls to unknown tools fail with `ToolArgumentsError` (an empty arguments string is read as
 * `{}` and then decoded, so a tool with required parameters still fails).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { dual } from "effect/Function"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { ToolCall } from "./ChatCompletion.js"
import { type FunctionTool, Message, type ToolChoice, type ToolMessage } from "./ChatRequest.js"
import type { ChatResult } from "./ChatResult.js"
import type { ChatStreamEvent } from "./ChatStream.js"
import * as OpenRouter from "./OpenRouter.js"
import { InvalidRequestError, type OpenRouterError } from "./OpenRouterError.js"
import * as Reasoning from "./Reasoning.js"
import * as Structured from "./Structured.js"

// =============================================================================
// Tool
// =============================================================================

/** A function type that is bivariant in its argument, so tools of any arguments fit `Any`. */
type Handler<A, Out, E, R> = { bivariant(args: A): Effect.Effect<Out, E, R> }["bivariant"]

/**
 * A tool: a name, a description, the `Schema` of its arguments and, optionally, the handler that
 * runs it (tools without a handler can still be sent, decoded and streamed; `runLoop` returns
 * their calls as `pending`).
 *
 * @since 0.1.0
 * @category models
 */
export interface Tool<Name extends string, S extends Schema.Schema.Any, Out = unknown, E = never, R = never> {
  readonly _tag: "Tool"
  readonly name: Name
  readonly description: string
  readonly parameters: S
  /** `function.strict`: ask the provider to enforce the schema (strict-mode JSON Schema is sent). */
  readonly strict: boolean | undefined
  readonly handler: Handler<Schema.Schema.Type<S>, Out, E, R> | undefined
}

/**
 * Any tool.
 *
 * @since 0.1.0
 * @category models
 */
export type Any = Tool<string, Schema.Schema.Any, unknown, unknown, unknown>

/**
 * The decoded arguments of a tool.
 *
 * @since 0.1.0
 * @category type-level
 */
export type Args<T extends Any> = Schema.Schema.Type<T["parameters"]>

/**
 * The error type of a tool's handler.
 *
 * @since 0.1.0
 * @category type-level
 */
export type HandlerError<T extends Any> = T extends Tool<string, Schema.Schema.Any, unknown, infer E, unknown> ? E
  : never

/**
 * The requirements of a tool's handler.
 *
 * @since 0.1.0
 * @category type-level
 */
export type HandlerContext<T extends Any> = T extends Tool<string, Schema.Schema.Any, unknown, unknown, infer R> ? R
  : never

/**
 * The requirements of decoding a tool's arguments.
 *
 * @since 0.1.0
 * @category type-level
 */
export type ParametersContext<T extends Any> = Schema.Schema.Context<T["parameters"]>

/**
 * A decoded tool call: a discriminated union on `name` over the given tools.
 *
 * @since 0.1.0
 * @category models
 */
export type Call<T extends Any> = T extends Any ? {
    readonly id: string
    readonly name: T["name"]
    readonly args: Args<T>
    /** The wire tool call, as received. */
    readonly call: ToolCall
  }
  : never

/**
 * Defines a tool.
 *
 * @example
 * ```ts
 * const weather = Tools.make("get_weather", {
 *   description: "Current weather of a city",
 *   parameters: Schema.Struct({ city: Schema.String }),
 *   handler: ({ city }) => Effect.succeed({ city, celsius: 21 })
 * })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <const Name extends string, S extends Schema.Schema.Any, Out = never, E = never, R = never>(
  name: Name,
  options: {
    readonly description: string
    readonly parameters: S
    readonly strict?: boolean | undefined
    readonly handler?: ((args: Schema.Schema.Type<S>) => Effect.Effect<Out, E, R>) | undefined
  }
): Tool<Name, S, Out, E, R> => ({
  _tag: "Tool",
  name,
  description: options.description,
  parameters: options.parameters,
  strict: options.strict,
  handler: options.handler
})

const NAME = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Checks tool names (`[A-Za-z0-9_-]`, ≤ 64 characters, unique).
 *
 * @since 0.1.0
 * @category utils
 */
export const validate = (tools: ReadonlyArray<Any>): Either.Either<void, InvalidRequestError> => {
  const seen = new Set<string>()
  for (const [i, tool] of tools.entries()) {
    if (!NAME.test(tool.name)) {
      return Either.left(
        new InvalidRequestError({
          message: `Invalid tool name "${tool.name}": use 1 to 64 characters among A-Z a-z 0-9 _ -`,
          field: `tools[${i}].function.name`
        })
      )
    }
    if (seen.has(tool.name)) {
      return Either.left(
        new InvalidRequestError({ message: `Duplicate tool name "${tool.name}"`, field: `tools[${i}].function.name` })
      )
    }
    seen.add(tool.name)
  }
  return Either.void
}

const derivedCache = new WeakMap<Schema.Schema.Any, Structured.DerivedJsonSchema | undefined>()

const derivedOf = (tool: Any): Structured.DerivedJsonSchema | undefined => {
  if (derivedCache.has(tool.parameters)) return derivedCache.get(tool.parameters)
  let derived: Structured.DerivedJsonSchema | undefined
  try {
    derived = Structured.deriveJsonSchema(tool.parameters, { strict: tool.strict === true })
  } catch {
    derived = undefined
  }
  derivedCache.set(tool.parameters, derived)
  return derived
}

/**
 * The wire `tools` of a request: `{ type: "function", function: { name, description,
 * parameters (JSON Schema of the parameters' encoded side), strict? } }`. Throws (a defect) for
 * parameters without a JSON Schema representation.
 *
 * @since 0.1.0
 * @category conversions
 */
export const toWire = (tools: ReadonlyArray<Any>): Array<FunctionTool> =>
  tools.map((tool) => {
    const derived = derivedOf(tool) ?? Structured.deriveJsonSchema(tool.parameters, { strict: tool.strict === true })
    return {
      type: "function",
      function: {
        name: tool.name,
        description: tool.description,
        parameters: derived.schema,
        ...(tool.strict !== undefined ? { strict: tool.strict && derived.strict } : {})
      }
    }
  })

// =============================================================================
// Errors
// =============================================================================

/**
 * The arguments of a tool call could not be used: `invalid_json` (not parseable),
 * `schema_mismatch` (does not decode with the tool's parameters) or `unknown_tool` (no tool of
 * that name was offered).
 *
 * @since 0.1.0
 * @category errors
 */
export class ToolArgumentsError extends Schema.TaggedError<ToolArgumentsError>()("ToolArgumentsError", {
  message: Schema.String,
  kind: Schema.Literal("invalid_json", "schema_mismatch", "unknown_tool"),
  toolName: Schema.String,
  callId: Schema.String,
  /** The `arguments` string as received. */
  rawArguments: Schema.String,
  issues: Schema.String
}) {}

/**
 * The tool loop reached `maxSteps` model calls and the model still asked for tools. Carries the
 * transcript (ending with the assistant message that asked) to inspect or resume.
 *
 * @since 0.1.0
 * @category errors
 */
export class ToolLoopLimitError extends Schema.TaggedError<ToolLoopLimitError>()("ToolLoopLimitError", {
  message: Schema.String,
  maxSteps: Schema.Number,
  /** Every message of the conversation so far. */
  messages: Schema.Array(Message),
  /** The tool calls of the last reply (not run). */
  pendingToolCalls: Schema.Array(ToolCall)
}) {}

// =============================================================================
// Decoding
// =============================================================================

const decodeArguments = (
  tool: Any | undefined,
  call: ToolCall
): Effect.Effect<unknown, ToolArgumentsError, unknown> => {
  const raw = call.function.arguments
  const fail = (kind: ToolArgumentsError["kind"], issues: string) =>
    new ToolArgumentsError({
      message: `Tool call ${call.id} to "${call.function.name}": ${
        kind === "unknown_tool" ? "unknown tool" : kind === "invalid_json" ? "arguments are not valid JSON" : "arguments do not match the schema"
      } (${issues.split("\n")[0] ?? ""})`,
      kind,
      toolName: call.function.name,
      callId: call.id,
      rawArguments: raw,
      issues
    })
  if (tool === undefined) return Effect.fail(fail("unknown_tool", `No tool named "${call.function.name}" was offered`))
  let json: unknown
  try {
    json = JSON.parse(raw.trim().length === 0 ? "{}" : raw) as unknown
  } catch (e) {
    return Effect.fail(fail("invalid_json", e instanceof Error ? e.message : String(e)))
  }
  const derived = derivedOf(tool)
  const value = derived === undefined ? json : Structured.normalizeNulls(derived.source, json)
  return Schema.decodeUnknown(tool.parameters, { errors: "all" })(value).pipe(
    Effect.mapError((e) => fail("schema_mismatch", Structured.formatIssues(e)))
  )
}

const decodeOne = <T extends Any>(
  tools: ReadonlyArray<T>,
  call: ToolCall
): Effect.Effect<Call<T>, ToolArgumentsError, ParametersContext<T>> =>
  decodeArguments(tools.find((t) => t.name === call.function.name), call).pipe(
    Effect.map((args) => ({ id: call.id, name: call.function.name, args, call }) as Call<T>)
  ) as Effect.Effect<Call<T>, ToolArgumentsError, ParametersContext<T>>

/**
 * Decodes the tool calls of a result against the tools offered, in order. Fails with
 * `ToolArgumentsError` on the first call that cannot be decoded.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeCalls = <const Tools extends ReadonlyArray<Any>>(
  result: { readonly toolCalls: ReadonlyArray<ToolCall> },
  tools: Tools
): Effect.Effect<Array<Call<Tools[number]>>, ToolArgumentsError, ParametersContext<Tools[number]>> =>
  Effect.forEach(result.toolCalls, (call) => decodeOne<Tools[number]>(tools, call))

// =============================================================================
// Loop
// =============================================================================

/**
 * Options of {@link runLoop}.
 *
 * @since 0.1.0
 * @category models
 */
export interface LoopOptions {
  /** The most model calls the loop makes (≥ 1). */
  readonly maxSteps: number
  /** How many tool calls of one reply run at once (default 1: in order). */
  readonly concurrency?: number | "unbounded" | undefined
  /**
   * `tool_choice`. A forcing choice (`"required"` or a named function) is sent on the first step
   * only, later steps send `"auto"` (forcing every step would never end); `"auto"` and `"none"`
   * are sent on every step.
   */
  readonly toolChoice?: ToolChoice | undefined
  /** `parallel_tool_calls`, sent on every step. */
  readonly parallelToolCalls?: boolean | undefined
  /** Per-call options of every `chat` call. */
  readonly call?: OpenRouter.CallOptions | undefined
}

/**
 * One step of the loop: a model call and the tool calls it asked for, with their outputs.
 *
 * @since 0.1.0
 * @category models
 */
export interface Step<T extends Any> {
  readonly result: ChatResult
  readonly calls: ReadonlyArray<{ readonly call: Call<T>; readonly output: unknown }>
}

/**
 * What {@link runLoop} returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface LoopResult<T extends Any> {
  /** The last reply: the final answer, or the reply whose calls are `pending`. */
  readonly result: ChatResult
  /** The whole conversation: the request's messages, then every assistant and tool message. */
  readonly messages: ReadonlyArray<Message>
  readonly steps: ReadonlyArray<Step<T>>
  /**
   * Calls to tools without a handler in the last reply. When non-empty the loop stopped there:
   * append one `tool` message per pending call (see {@link toolMessage}) and continue.
   */
  readonly pending: ReadonlyArray<Call<T>>
}

/**
 * The `tool` message answering a call: `content` is the JSON of `output`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const toolMessage = (callId: string, output: unknown): ToolMessage => ({
  role: "tool",
  tool_call_id: callId,
  content: JSON.stringify(output) ?? "null"
})

const isForcing = (choice: ToolChoice | undefined): boolean =>
  choice !== undefined && choice !== "auto" && choice !== "none"

/**
 * Runs the tool loop: `chat`; when the reply calls tools, decode the calls, run their handlers
 * (`concurrency` at a time), append the assistant message (content, `tool_calls`, `reasoning` and
 * `reasoning_details` exactly as received) and one `tool` message per call, and call again —
 * until a reply without tool calls. Fails with `ToolLoopLimitError` when the model still calls
 * tools after `maxSteps` calls, with `ToolArgumentsError` for undecodable calls, and with the
 * handlers' own errors. Tools the request already lists (e.g. server tools) are kept.
 *
 * @since 0.1.0
 * @category loop
 */
export const runLoop = <const Tools extends ReadonlyArray<Any>>(
  request: OpenRouter.ChatRequestInput,
  tools: Tools,
  options: LoopOptions
): Effect.Effect<
  LoopResult<Tools[number]>,
  OpenRouterError | ToolArgumentsError | ToolLoopLimitError | HandlerError<Tools[number]>,
  OpenRouter.OpenRouter | ParametersContext<Tools[number]> | HandlerContext<Tools[number]>
> => {
  type T = Tools[number]
  const loop: Effect.Effect<
    LoopResult<T>,
    OpenRouterError | ToolArgumentsError | ToolLoopLimitError | unknown,
    unknown
  > = Effect.gen(function*() {
    yield* validate(tools)
    if (!Number.isInteger(options.maxSteps) || options.maxSteps < 1) {
      return yield* new InvalidRequestError({ message: "maxSteps must be an integer ≥ 1", field: "maxSteps" })
    }
    const client = yield* OpenRouter.OpenRouter
    const wireTools = [...(request.tools ?? []), ...toWire(tools)]
    const messages: Array<Message> = [...request.messages]
    const steps: Array<Step<T>> = []
    for (let step = 1;; step++) {
      const choice = options.toolChoice === undefined
        ? undefined
        : step > 1 && isForcing(options.toolChoice)
        ? "auto"
        : options.toolChoice
      const result = yield* client.chat(
        {
          ...request,
          messages: [...messages],
          tools: wireTools,
          ...(choice !== undefined ? { tool_choice: choice } : {}),
          ...(options.parallelToolCalls !== undefined ? { parallel_tool_calls: options.parallelToolCalls } : {})
        },
        options.call
      )
      if (result.toolCalls.length === 0) {
        messages.push(Reasoning.assistantMessage(result))
        steps.push({ result, calls: [] })
        return { result, messages, steps, pending: [] }
      }
      if (step >= options.maxSteps) {
        messages.push(Reasoning.assistantMessage(result))
        return yield* new ToolLoopLimitError({
          message: `The model still called tools after ${options.maxSteps} step(s)`,
          maxSteps: options.maxSteps,
          messages,
          pendingToolCalls: result.toolCalls
        })
      }
      const calls = yield* decodeCalls(result, tools)
      messages.push(Reasoning.assistantMessage(result))
      const pending: Array<Call<T>> = []
      const outputs = yield* Effect.forEach(
        calls,
        (call) => {
          const handler = tools.find((t) => t.name === call.name)?.handler
          if (handler === undefined) {
            pending.push(call)
            return Effect.succeed(undefined)
          }
          return Effect.map(handler(call.args), (output) => ({ call, output }))
        },
        { concurrency: options.concurrency ?? 1 }
      )
      const ran: Array<{ readonly call: Call<T>; readonly output: unknown }> = []
      for (const o of outputs) {
        if (o === undefined) continue
        ran.push(o)
        messages.push(toolMessage(o.call.id, o.output))
      }
      steps.push({ result, calls: ran })
      if (pending.length > 0) return { result, messages, steps, pending }
    }
  })
  return loop as Effect.Effect<
    LoopResult<T>,
    OpenRouterError | ToolArgumentsError | ToolLoopLimitError | HandlerError<T>,
    OpenRouter.OpenRouter | ParametersContext<T> | HandlerContext<T>
  >
}

// =============================================================================
// Streaming
// =============================================================================

/**
 * A tool call began (its name is known).
 *
 * @since 0.1.0
 * @category events
 */
export interface ToolCallStart {
  readonly _tag: "ToolCallStart"
  readonly index: number
  readonly id: string | undefined
  readonly name: string
}

/**
 * A fragment of a call's arguments; `arguments` is everything received so far.
 *
 * @since 0.1.0
 * @category events
 */
export interface ToolCallArgumentsDelta {
  readonly _tag: "ToolCallArgumentsDelta"
  readonly index: number
  readonly id: string | undefined
  readonly name: string
  readonly delta: string
  readonly arguments: string
}

/**
 * A call is complete (the choice finished) and its arguments decoded.
 *
 * @since 0.1.0
 * @category events
 */
export interface ToolCallEnd<T extends Any> {
  readonly _tag: "ToolCallEnd"
  readonly index: number
  readonly call: Call<T>
}

/**
 * @since 0.1.0
 * @category events
 */
export type ToolStreamEvent<T extends Any> = ToolCallStart | ToolCallArgumentsDelta | ToolCallEnd<T>

interface Pending {
  readonly index: number
  id: string | undefined
  name: string | undefined
  arguments: string
  started: boolean
  buffered: string
}

/**
 * Tool-call events of a chat stream: `ToolCallStart` (index, id, name), `ToolCallArgumentsDelta`
 * for each fragment, and `ToolCallEnd` with the decoded arguments once the choice finishes (at
 * `Finish`, or at `Done` if no finish was seen). Other events are dropped. Fails with
 * `ToolArgumentsError` when a finished call cannot be decoded.
 *
 * @since 0.1.0
 * @category streaming
 */
export const streamToolEvents: {
  <const Tools extends ReadonlyArray<Any>>(
    tools: Tools
  ): <E, R>(
    self: Stream.Stream<ChatStreamEvent, E, R>
  ) => Stream.Stream<ToolStreamEvent<Tools[number]>, E | ToolArgumentsError, R | ParametersContext<Tools[number]>>
  <E, R, const Tools extends ReadonlyArray<Any>>(
    self: Stream.Stream<ChatStreamEvent, E, R>,
    tools: Tools
  ): Stream.Stream<ToolStreamEvent<Tools[number]>, E | ToolArgumentsError, R | ParametersContext<Tools[number]>>
} = dual(
  2,
  <E, R, const Tools extends ReadonlyArray<Any>>(
    self: Stream.Stream<ChatStreamEvent, E, R>,
    tools: Tools
  ): Stream.Stream<ToolStreamEvent<Tools[number]>, E | ToolArgumentsError, R | ParametersContext<Tools[number]>> =>
    Stream.suspend(() => {
      type T = Tools[number]
      const calls = new Map<number, Pending>()
      let ended = false
      const finish = (): Effect.Effect<ReadonlyArray<ToolStreamEvent<T>>, ToolArgumentsError, ParametersContext<T>> => {
        if (ended) return Effect.succeed([])
        ended = true
        const ordered = [...calls.values()].sort((a, b) => a.index - b.index)
        return Effect.forEach(ordered, (p) =>
          Effect.map(
            decodeOne<T>(tools, {
              id: p.id ?? "",
              type: "function",
              function: { name: p.name ?? "", arguments: p.arguments }
            }),
            (call): ToolStreamEvent<T> => ({ _tag: "ToolCallEnd", index: p.index, call })
          ))
      }
      return self.pipe(
        Stream.mapEffect((event): Effect.Effect<ReadonlyArray<ToolStreamEvent<T>>, ToolArgumentsError, ParametersContext<T>> => {
          if (event._tag === "ToolCallDelta") {
            let p = calls.get(event.index)
            if (p === undefined) {
              p = { index: event.index, id: undefined, name: undefined, arguments: "", started: false, buffered: "" }
              calls.set(event.index, p)
            }
            p.id ??= event.id
            p.name ??= event.name
            p.arguments += event.argumentsDelta
            const out: Array<ToolStreamEvent<T>> = []
            if (!p.started) {
              if (p.name === undefined) {
                p.buffered += event.argumentsDelta
                return Effect.succeed(out)
              }
              p.started = true
              out.push({ _tag: "ToolCallStart", index: p.index, id: p.id, name: p.name })
              const delta = p.buffered + event.argumentsDelta
              p.buffered = ""
              if (delta.length > 0) {
                out.push({
                  _tag: "ToolCallArgumentsDelta",
                  index: p.index,
                  id: p.id,
                  name: p.name,
                  delta,
                  arguments: p.arguments
                })
              }
              return Effect.succeed(out)
            }
            if (event.argumentsDelta.length > 0 && p.name !== undefined) {
              out.push({
                _tag: "ToolCallArgumentsDelta",
                index: p.index,
                id: p.id,
                name: p.name,
                delta: event.argumentsDelta,
                arguments: p.arguments
              })
            }
            return Effect.succeed(out)
          }
          if (event._tag === "Finish" || event._tag === "Done") return finish()
          return Effect.succeed([])
        }),
        Stream.mapConcat((events) => events)
      )
    })
)
