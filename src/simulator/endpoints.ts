/**
 * The Simulator's providers (`GET /providers`) and per-model endpoints
 * (`GET /models/{author}/{slug}/endpoints`): every catalogue model is served by two providers —
 * `Simulator` at the catalogue's list prices and full limits, and `SimBudget` (`sim-budget/fp8`)
 * at half the prices, half the context and output, without tools or structured outputs.
 *
 * @internal
 */
import { PROVIDER } from "./answer.js"
import { catalogue, formatDecimal, parseDecimal, type SimModel } from "./catalog.js"

/** The budget provider: its name and routing tag. @internal */
export const BUDGET_PROVIDER = "SimBudget"

/** @internal */
export const BUDGET_TAG = "sim-budget/fp8"

const half = (price: string): string => formatDecimal(parseDecimal(price) / 2n)

const BUDGET_DROPS = new Set(["tools", "tool_choice", "parallel_tool_calls", "response_format", "structured_outputs"])

const endpointOf = (m: SimModel, budget: boolean): Record<string, unknown> => ({
  name: `${budget ? BUDGET_PROVIDER : PROVIDER} | ${m.id}`,
  model_id: m.id,
  model_name: m.name,
  context_length: budget ? Math.floor(m.contextLength / 2) : m.contextLength,
  max_completion_tokens: m.maxCompletionTokens === 0
    ? null
    : budget
    ? Math.floor(m.maxCompletionTokens / 2)
    : m.maxCompletionTokens,
  max_prompt_tokens: null,
  pricing: {
    prompt: budget ? half(m.pricing.prompt) : m.pricing.prompt,
    completion: budget ? half(m.pricing.completion) : m.pricing.completion,
    request: m.pricing.request,
    image: "0",
    ...(m.pricing.internal_reasoning !== undefined
      ? { internal_reasoning: budget ? half(m.pricing.internal_reasoning) : m.pricing.internal_reasoning }
      : {}),
    discount: 0
  },
  provider_name: budget ? BUDGET_PROVIDER : PROVIDER,
  tag: budget ? BUDGET_TAG : "simulator",
  quantization: budget ? "fp8" : "fp16",
  status: 0,
  supported_parameters: budget ? m.supportedParameters.filter((p) => !BUDGET_DROPS.has(p)) : [...m.supportedParameters],
  supports_implicit_caching: !budget,
  uptime_last_5m: budget ? 97.5 : 100,
  uptime_last_30m: budget ? 98.2 : 99.9,
  uptime_last_1d: budget ? 98.9 : 99.95,
  latency_last_30m: budget ? { p50: 640, p75: 820, p90: 1100, p99: 2400 } : { p50: 210, p75: 260, p90: 340, p99: 700 },
  throughput_last_30m: budget ? { p50: 38, p75: 31, p90: 24, p99: 12 } : { p50: 95, p75: 80, p90: 66, p99: 40 }
})

/** The `GET /models/{author}/{slug}/endpoints` body of a model id, `undefined` when not in the catalogue. @internal */
export const endpointsBody = (id: string): Record<string, unknown> | undefined => {
  const m = catalogue.find((model) => model.id === id)
  if (m === undefined) return undefined
  return {
    data: {
      id: m.id,
      name: m.name,
      created: m.created,
      description: m.description,
      architecture: {
        modality: `${m.inputModalities.join("+")}->${m.outputModalities.join("+")}`,
        input_modalities: [...m.inputModalities],
        output_modalities: [...m.outputModalities],
        tokenizer: m.tokenizer,
        instruct_type: null
      },
      endpoints: [endpointOf(m, false), endpointOf(m, true)]
    }
  }
}

/** The `GET /providers` body. @internal */
export const providersBody: Record<string, unknown> = {
  data: [
    {
      name: PROVIDER,
      slug: "simulator",
      privacy_policy_url: "https://example.invalid/simulator/privacy",
      terms_of_service_url: null,
      status_page_url: null,
      headquarters: "US",
      datacenters: ["US"]
    },
    {
      name: BUDGET_PROVIDER,
      slug: "sim-budget",
      privacy_policy_url: null,
      terms_of_service_url: null,
      status_page_url: null,
      headquarters: "IE",
      datacenters: ["IE", "DE"]
    }
  ]
}
