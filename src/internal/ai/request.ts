/**
 * `@effect/ai`'s provider options as this client's chat request fields: the prompt as chat
 * messages, the toolkit as function tools with a tool choice, and the response format.
 *
 * @internal
 */
import type * as LanguageModel from "@effect/ai/LanguageModel"
import type * as Prompt from "@effect/ai/Prompt"
import * as Tool from "@effect/ai/Tool"
import * as Encoding from "effect/Encoding"
import * as JSONSchema from "effect/JSONSchema"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { ReasoningDetail } from "../../ChatCompletion.js"
import type * as ChatRequest from "../../ChatRequest.js"

// -----------------------------------------------------------------------------
// prompt → messages
// -----------------------------------------------------------------------------

const ReasoningDetails = Schema.Array(ReasoningDetail)

const openrouterOptions = (options: unknown): Record<string, unknown> | undefined => {
  if (typeof options !== "object" || options === null) return undefined
  const value: unknown = (options as Record<string, unknown>)["openrouter"]
  return typeof value === "object" && value !== null ? value as Record<string, unknown> : undefined
}

const fileUrl = (part: Prompt.FilePart): string => {
  const data = part.data
  if (data instanceof URL) return data.href
  if (typeof data === "string") {
    return /^(https?:|data:)/.test(data) ? data : `data:${part.mediaType};base64,${data}`
  }
  return `data:${part.mediaType};base64,${Encoding.encodeBase64(data)}`
}

const filePart = (part: Prompt.FilePart): ChatRequest.ContentPart =>
  part.mediaType.startsWith("image/")
    ? { type: "image_url", image_url: { url: fileUrl(part) } }
    : { type: "file", file: { filename: part.fileName ?? "file", file_data: fileUrl(part) } }

const toolContent = (result: unknown): string => typeof result === "string" ? result : JSON.stringify(result)

/** `@effect/ai`'s prompt as chat messages. @internal */
export const toMessages = (prompt: Prompt.Prompt): Array<ChatRequest.Message> => {
  const messages: Array<ChatRequest.Message> = []
  for (const message of prompt.content) {
    switch (message.role) {
      case "system": {
        messages.push({ role: "system", content: message.content })
        break
      }
      case "user": {
        const parts = message.content
        const first = parts[0]
        if (parts.length === 1 && first?.type === "text") {
          messages.push({ role: "user", content: first.text })
        } else {
          messages.push({
            role: "user",
            content: parts.map((p): ChatRequest.ContentPart =>
              p.type === "text" ? { type: "text", text: p.text } : filePart(p)
            )
          })
        }
        break
      }
      case "assistant": {
        let text = ""
        let reasoning = ""
        const details: Array<ReasoningDetail> = []
        const toolCalls: Array<{ id: string; type: "function"; function: { name: string; arguments: string } }> = []
        for (const part of message.content) {
          switch (part.type) {
            case "text":
              text += part.text
              break
            case "reasoning": {
              reasoning += part.text
              const raw = openrouterOptions(part.options)?.["reasoningDetails"]
              const decoded = Schema.decodeUnknownOption(ReasoningDetails)(raw)
              if (Option.isSome(decoded)) details.push(...decoded.value)
              break
            }
            case "tool-call":
              if (!part.providerExecuted) {
                toolCalls.push({
                  id: part.id,
                  type: "function",
                  function: { name: part.name, arguments: JSON.stringify(part.params ?? {}) }
                })
              }
              break
            default:
              // files and provider-executed tool results have no chat-message form
              break
          }
        }
        messages.push({
          role: "assistant",
          content: text.length > 0 || toolCalls.length === 0 ? text : null,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
          ...(reasoning.length > 0 ? { reasoning } : {}),
          ...(details.length > 0 ? { reasoning_details: details } : {})
        })
        break
      }
      case "tool": {
        for (const part of message.content) {
          messages.push({ role: "tool", tool_call_id: part.id, content: toolContent(part.result) })
        }
        break
      }
    }
  }
  return messages
}

// -----------------------------------------------------------------------------
// tools, tool choice, response format
// -----------------------------------------------------------------------------

type ToolsAndChoice = Pick<ChatRequest.ChatRequest, "tools" | "tool_choice">

/** The toolkit as function tools and a tool choice. @internal */
export const toTools = (options: LanguageModel.ProviderOptions): ToolsAndChoice => {
  let tools = options.tools.filter((tool) => !Tool.isProviderDefined(tool))
  if (tools.length === 0 || options.toolChoice === "none") {
    return tools.length === 0 ? {} : { tool_choice: "none", tools: tools.map(toolDefinition) }
  }
  const choice = options.toolChoice
  let tool_choice: ChatRequest.ToolChoice = "auto"
  if (choice === "required") tool_choice = "required"
  else if (typeof choice === "object" && "tool" in choice) {
    tool_choice = { type: "function", function: { name: choice.tool } }
  } else if (typeof choice === "object" && "oneOf" in choice) {
    const allowed = new Set<string>(choice.oneOf)
    tools = tools.filter((tool) => allowed.has(tool.name))
    tool_choice = choice.mode === "required" ? "required" : "auto"
  }
  return { tools: tools.map(toolDefinition), tool_choice }
}

/** A JSON Schema object as the request's `Record<string, unknown>`. */
const jsonObject = (schema: object): Record<string, unknown> => Object.fromEntries(Object.entries(schema))

const toolDefinition = (tool: Tool.Any): ChatRequest.FunctionTool => ({
  type: "function",
  function: {
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    parameters: jsonObject(Tool.getJsonSchemaFromSchemaAst(tool.parametersSchema.ast))
  }
})

/** `generateObject`'s response format as `json_schema`. @internal */
export const toResponseFormat = (options: LanguageModel.ProviderOptions): Pick<ChatRequest.ChatRequest, "response_format"> =>
  options.responseFormat.type === "json"
    ? {
      response_format: {
        type: "json_schema",
        json_schema: {
          name: options.responseFormat.objectName,
          schema: jsonObject(JSONSchema.make(options.responseFormat.schema)),
          strict: true
        }
      }
    }
    : {}
