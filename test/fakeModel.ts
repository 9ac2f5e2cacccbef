import type { Model } from "../src/Model.js"

/**
 * A catalogue entry for tests and benchmarks: text in and out, `max_tokens` supported, $1 / $2 per
 * million prompt / completion tokens and 100k context unless given.
 */
export const fakeModel = (
  id: string,
  options: { readonly prompt?: string; readonly completion?: string; readonly context?: number } = {}
): Model =>
  ({
    id,
    name: id,
    created: 1,
    context_length: options.context ?? 100_000,
    pricing: { prompt: options.prompt ?? "0.000001", completion: options.completion ?? "0.000002" },
    supported_parameters: ["max_tokens"],
    architecture: { input_modalities: ["text"], output_modalities: ["text"] },
    top_provider: { context_length: options.context ?? 100_000, max_completion_tokens: 4096 }
  }) as unknown as Model
