/**
 * Exact pricing of catalogue models (pico-USD) and the capability predicates behind
 * `ModelRegistry.list`. The definitions live with the wire `Model` (src/Model.ts), where the
 * domain `ModelInfo` uses them too; these are the names the registry modules import.
 *
 * @internal
 */
export {
  contextLengthOf as contextLength,
  inputModalitiesOf as inputModalities,
  outputModalitiesOf as outputModalities,
  supportedParametersOf as supportedParameters,
  unitPricePicos as priceOrUndefined
} from "../Model.js"
