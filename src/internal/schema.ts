/**
 * Shared building blocks for the wire schemas: tolerant structs (unknown keys survive decode and
 * encode), open literals (unknown enum members decode as plain strings) and a few JSON helpers.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import type { ParseOptions } from "effect/SchemaAST"

/**
 * Parse options that keep unknown keys on the decoded (and encoded) value.
 *
 * @since 0.1.0
 */
export const preserveUnknownKeys: ParseOptions = { onExcessProperty: "preserve" }

/**
 * Marks a struct schema as tolerant: keys it does not declare never fail a decode and are kept,
 * untouched, on the decoded value (and on the encoded value when encoding).
 *
 * Implemented with the `parseOptions` annotation `{ onExcessProperty: "preserve" }`. Effect merges
 * a schema's `parseOptions` annotation into the options used for that schema *and everything
 * below it*, and the annotation wins over options passed by the caller, so a tolerant struct stays
 * tolerant even under `{ onExcessProperty: "error" }`. Every struct in this package is wrapped so
 * each one is tolerant on its own too (e.g. decoding `Usage` directly).
 *
 * Note: the values are preserved, key *order* is not guaranteed (declared keys may be emitted
 * after unknown ones); compare decoded values structurally, not as serialized strings.
 *
 * @since 0.1.0
 */
export const tolerant = <S extends Schema.Schema.Any & { readonly fields: Schema.Struct.Fields }>(
  self: S,
  annotations?: Schema.Annotations.Schema<Schema.Schema.Type<S>>
): S => self.annotations({ ...annotations, parseOptions: preserveUnknownKeys }) as S

/**
 * `string` as a schema whose type is `string & {}`: keeps literal unions such as
 * `"stop" | (string & {})` from collapsing to `string`, so editors still suggest the known values.
 *
 * @since 0.1.0
 */
export const OpenString: Schema.Schema<string & {}> = Schema.String as unknown as Schema.Schema<string & {}>

/**
 * The type of an open enum: one of the known literals, or any other string.
 *
 * @since 0.1.0
 */
export type OpenLiteral<L extends string> = L | (string & {})

/**
 * An open enum: `Schema.Union(Schema.Literal(...literals), Schema.String)`, typed as
 * `L | (string & {})`. Unknown members decode (and encode) unchanged, never fail.
 *
 * @since 0.1.0
 */
export const openLiteral = <const L extends readonly [string, ...Array<string>]>(...literals: L) =>
  Schema.Union(Schema.Literal(...literals), OpenString)

/**
 * An optional property that may also be `null`: `Schema.optional(Schema.NullOr(self))`.
 * Decoding is faithful: an absent key stays absent, a `null` stays `null`.
 *
 * @since 0.1.0
 */
export const optionalNullable = <S extends Schema.Schema.All>(self: S) => Schema.optional(Schema.NullOr(self))

/**
 * Any JSON object (`{ [key: string]: unknown }`), kept as is (JSON Schema documents, metadata…).
 *
 * @since 0.1.0
 */
export const JsonObject = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * The type of {@link JsonObject}.
 *
 * @since 0.1.0
 */
export type JsonObject = typeof JsonObject.Type

/**
 * Index signature for struct schemas that accept arbitrary extra keys *at the type level* too
 * (request bodies with provider-specific pass-through parameters):
 * `Schema.Struct(fields, PassThrough)`.
 *
 * @since 0.1.0
 */
export const PassThrough = Schema.Record({ key: Schema.String, value: Schema.Unknown })
