/**
 * The schema constructors the generated modules are written with: Effect Schema's own
 * (`Schema.Struct`, `Schema.Union`, `Schema.optional`…) with the house's tolerant rules built in —
 * every struct keeps unknown keys (`tolerant`), `openLiteral` accepts values the spec does not
 * list — each typed as a plain `Schema.Schema.AnyNoContext`. The generator writes the type of
 * every named schema out as an interface (`export const X: Schema.Schema<X> = S.Struct(...)`):
 * typing the spec's thousand nested structs through Schema's generic inference instead costs
 * about a minute of type-checking. The interface and the schema come from the same spec node,
 * `npx tsx scripts/generate.ts --verify` type-checks every pair with Schema's own typing, and
 * test/api decodes every example of the spec with them.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
import * as Schema from "effect/Schema"
import { JsonObject as JsonRecord, openLiteral as open, tolerant } from "../internal/schema.js"

/**
 * A generated schema, before it is given its interface.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export type Shape = Schema.Schema.AnyNoContext

/**
 * An optional field of a {@link Struct}: absent stays absent.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export class Optional {
  constructor(readonly shape: Shape) {}
}

const string: Shape = Schema.String
const number: Shape = Schema.Number
const boolean: Shape = Schema.Boolean
const unknown: Shape = Schema.Unknown
const nul: Shape = Schema.Null
const blob: Shape = Schema.instanceOf(Blob)
const jsonObject: Shape = JsonRecord

export {
  /** @since 0.1.0 @category constructors @internal */
  blob as Blob,
  /** @since 0.1.0 @category constructors @internal */
  boolean as Boolean,
  /** @since 0.1.0 @category constructors @internal */
  jsonObject as JsonObject,
  /** @since 0.1.0 @category constructors @internal */
  nul as Null,
  /** @since 0.1.0 @category constructors @internal */
  number as Number,
  /** @since 0.1.0 @category constructors @internal */
  string as String,
  /** @since 0.1.0 @category constructors @internal */
  unknown as Unknown
}

/**
 * `Schema.optional`: the field may be absent.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const optional = (shape: Shape): Optional => new Optional(shape)

/**
 * `tolerant(Schema.Struct(fields))`: unknown keys are kept on the decoded value.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const Struct = (fields: Readonly<Record<string, Shape | Optional>>): Shape => {
  const out: Record<string, Shape | Schema.optional<Shape>> = {}
  for (const [name, field] of Object.entries(fields)) {
    out[name] = field instanceof Optional ? Schema.optional(field.shape) : field
  }
  return tolerant(Schema.Struct(out))
}

/**
 * `Schema.Array`.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const Array = (item: Shape): Shape => Schema.Array(item)

/**
 * `Schema.NullOr`: `null` is kept apart from absent.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const NullOr = (shape: Shape): Shape => Schema.NullOr(shape)

/**
 * `Schema.Union`.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const Union = (...members: ReadonlyArray<Shape>): Shape => Schema.Union(...members)

/**
 * `Schema.Record` with string keys (`additionalProperties`).
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const Record = (value: Shape): Shape => Schema.Record({ key: Schema.String, value })

/**
 * `Schema.Literal`: a closed literal (the tag of a union member).
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const Literal = (...values: readonly [string, ...Array<string>]): Shape => Schema.Literal(...values)

/**
 * An open enum: the listed values, or every other string.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const openLiteral = (...values: readonly [string, ...Array<string>]): Shape => open(...values)

/**
 * An open numeric enum: the listed values, or every other number.
 *
 * @since 0.1.0
 * @category constructors
 * @internal
 */
export const NumberEnum = (...values: readonly [number, ...Array<number>]): Shape =>
  Schema.Union(Schema.Literal(...values), Schema.Number)
