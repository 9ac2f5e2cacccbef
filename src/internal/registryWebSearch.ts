/**
 * The web-search part of a cost estimate: how many searches a request can make and what each
 * costs on a given catalogue model (see docs/costs.md, "Web search").
 *
 * Prices:
 * - `native` engine (the provider's own search, and every `web_search_options` search): the
 *   model's `pricing.web_search`, per search (0 when the catalogue lists none);
 * - `exa` engine: $4 per 1,000 results, `max_results` results per search (default 5, so $0.02);
 * - no engine / `auto` / any other engine: OpenRouter picks native search where the provider
 *   has it and Exa otherwise, so the larger of the two.
 *
 * Sources of searches (each counted on its own, so the estimate is an upper bound):
 * - the `web` plugin (unless `enabled: false`) or a `:online` model variant: `max_uses` searches
 *   (default 1: a plugin runs once per request);
 * - the `openrouter:web_search` server tool (and its shorthands `web_search`,
 *   `web_search_preview`, …) in `tools`: `parameters.max_uses` searches, default 1 — the model may
 *   search more often than that when no `max_uses` bounds it, which no estimate can know;
 * - `web_search_options`: one native search.
 *
 * @internal
 */
import type { Model } from "../Model.js"
import * as ModelId from "../ModelId.js"
import { priceOrUndefined } from "./registryPricing.js"

/** Exa through OpenRouter: $4 per 1,000 results = $0.004 = 4·10⁹ pico-USD per result. @internal */
export const EXA_PICOS_PER_RESULT = 4_000_000_000n

/** Results per search when `max_results` is not given (OpenRouter's default). @internal */
export const DEFAULT_MAX_RESULTS = 5

const SERVER_TOOL_TYPES: ReadonlySet<string> = new Set([
  "openrouter:web_search",
  "web_search",
  "web_search_preview",
  "web_search_preview_2025_03_11",
  "web_search_2025_08_26"
])

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === "object" && u !== null

const positiveInt = (u: unknown): number | undefined =>
  typeof u === "number" && Number.isFinite(u) && u >= 0 ? Math.ceil(u) : undefined

/** One kind of search a request asks for. @internal */
export interface SearchSource {
  readonly source: "plugin" | "server-tool" | "web_search_options"
  readonly engine: string | undefined
  readonly searches: number
  readonly resultsPerSearch: number
}

/**
 * The searches a request can make when served by `candidateId` (its `:online` variant counts as
 * the `web` plugin). @internal
 */
export const searchSources = (
  request: Readonly<Record<string, unknown>>,
  candidateId: string
): ReadonlyArray<SearchSource> => {
  const out: Array<SearchSource> = []
  const plugins = request["plugins"]
  const web = Array.isArray(plugins)
    ? plugins.find((p): p is Readonly<Record<string, unknown>> => isRecord(p) && p["id"] === "web" && p["enabled"] !== false)
    : undefined
  if (web !== undefined || ModelId.variants(candidateId).includes("online")) {
    out.push({
      source: "plugin",
      engine: typeof web?.["engine"] === "string" ? web["engine"] : undefined,
      searches: positiveInt(web?.["max_uses"]) ?? 1,
      resultsPerSearch: positiveInt(web?.["max_results"]) ?? DEFAULT_MAX_RESULTS
    })
  }
  const tools = request["tools"]
  if (Array.isArray(tools)) {
    for (const tool of tools) {
      if (!isRecord(tool) || typeof tool["type"] !== "string" || !SERVER_TOOL_TYPES.has(tool["type"])) continue
      const parameters = isRecord(tool["parameters"]) ? tool["parameters"] : {}
      out.push({
        source: "server-tool",
        engine: typeof parameters["engine"] === "string" ? parameters["engine"] : undefined,
        searches: positiveInt(parameters["max_uses"]) ?? 1,
        resultsPerSearch: positiveInt(parameters["max_results"]) ?? DEFAULT_MAX_RESULTS
      })
    }
  }
  const options = request["web_search_options"]
  if (isRecord(options)) {
    out.push({ source: "web_search_options", engine: "native", searches: 1, resultsPerSearch: 0 })
  }
  return out
}

/** The price of one search of `source` on `model`, pico-USD. @internal */
export const searchPicos = (model: Model, source: SearchSource): bigint => {
  const native = priceOrUndefined(model.pricing.web_search) ?? 0n
  const exa = EXA_PICOS_PER_RESULT * BigInt(source.resultsPerSearch)
  switch (source.engine) {
    case "native":
      return native
    case "exa":
      return exa
    default:
      return native > exa ? native : exa
  }
}

/** Web-search cost of a request on `model` served as `candidateId`, pico-USD, with the search count. @internal */
export const webSearchCost = (
  model: Model,
  request: Readonly<Record<string, unknown>>,
  candidateId: string
): { readonly searches: number; readonly picos: bigint } => {
  let searches = 0
  let picos = 0n
  for (const source of searchSources(request, candidateId)) {
    searches += source.searches
    picos += BigInt(source.searches) * searchPicos(model, source)
  }
  return { searches, picos }
}
