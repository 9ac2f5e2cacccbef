/**
 * Exact pricing of catalogue models (pico-USD) and the capability predicates behind
 * `ModelRegistry.list`.
 *
 * @internal
 */
import * as Option from "effect/Option"
import type { Model } from "../Model.js"
import { parseUsd } from "../Money.js"

/** A price string that is a non-negative decimal, in pico-USD; `undefined` otherwise. @internal */
export const priceOrUndefined = (price: string | null | undefined): bigint | undefined => {
  if (price === undefined || price === null) return undefined
  const parsed = parseUsd(price)
  return Option.isSome(parsed) && parsed.value >= 0n ? parsed.value : undefined
}

/** @internal */
export const supportedParameters = (model: Model): ReadonlyArray<string> => model.supported_parameters ?? []

/** @internal */
export const inputModalities = (model: Model): ReadonlyArray<string> => {
  const declared = model.architecture?.input_modalities
  if (declared !== undefined && declared !== null) return declared
  const modality = model.architecture?.modality
  return typeof modality === "string" ? (modality.split("->")[0] ?? "").split("+") : []
}

/** @internal */
export const outputModalities = (model: Model): ReadonlyArray<string> => {
  const declared = model.architecture?.output_modalities
  if (declared !== undefined && declared !== null) return declared
  const modality = model.architecture?.modality
  return typeof modality === "string" ? (modality.split("->")[1] ?? "").split("+") : []
}

/**
 * Context window: the model's (the largest any of its providers offers, so a request that fits
 * can be routed somewhere), else the top provider's. @internal
 */
export const contextLength = (model: Model): number | undefined =>
  model.context_length ?? model.top_provider?.context_length ?? undefined
