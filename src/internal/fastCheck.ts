/**
 * A plain predicate compiled once from a schema's AST, for schemas without transformations: it
 * answers `true` only for a value the schema accepts *unchanged* when decoding (or encoding) with
 * `onExcessProperty: "preserve"` — the decoded value is then the input itself, so the caller can
 * hand the input on without running the parser, which allocates an `Either` and a result object
 * per node (a ~1 KB completion cost ~50 KB of garbage and most of the transport's CPU). `false`
 * means "not sure": the caller runs the Schema parser, which decides and reports the error.
 *
 * Conservative by construction: a node kind it does not know (transformations, declarations,
 * template literals, symbols…), a struct that both lists fields and has an index signature, or a
 * struct whose own parse options could drop or reject unknown keys make the whole schema
 * unsupported (`undefined`), and the parser always runs. `test/FastCheck.test.ts` checks the
 * predicate against the parser on the fixtures and on mutated values.
 *
 * @internal
 */
import * as Option from "effect/Option"
import * as AST from "effect/SchemaAST"

/** Whether a value is accepted unchanged. */
export type Check = (u: unknown) => boolean

const cache = new WeakMap<AST.AST, Check | null>()

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** The struct keeps unknown keys as they are (no annotation, or `preserve`). */
const preservesKeys = (ast: AST.AST): boolean => {
  const options = AST.getParseOptionsAnnotation(ast)
  if (Option.isNone(options)) return true
  const { onExcessProperty, ...rest } = options.value
  return onExcessProperty === "preserve" && Object.keys(rest).every((k) => k === "errors" || k === "propertyOrder")
}

class Unsupported extends Error {}

const go = (ast: AST.AST, seen: Map<AST.AST, { check: Check | undefined }>): Check => {
  const memo = seen.get(ast)
  if (memo !== undefined) {
    // a recursive reference: resolved once the node is compiled
    return (u) => (memo.check as Check)(u)
  }
  const cell: { check: Check | undefined } = { check: undefined }
  seen.set(ast, cell)
  const check = compileNode(ast, seen)
  cell.check = check
  return check
}

const compileNode = (ast: AST.AST, seen: Map<AST.AST, { check: Check | undefined }>): Check => {
  switch (ast._tag) {
    case "StringKeyword":
      return (u) => typeof u === "string"
    case "NumberKeyword":
      return (u) => typeof u === "number"
    case "BooleanKeyword":
      return (u) => typeof u === "boolean"
    case "UnknownKeyword":
    case "AnyKeyword":
      return () => true
    case "UndefinedKeyword":
      return (u) => u === undefined
    case "TemplateLiteral": {
      const regex = AST.getTemplateLiteralRegExp(ast)
      return (u) => typeof u === "string" && regex.test(u)
    }
    case "Literal": {
      const literal = ast.literal
      return (u) => u === literal
    }
    case "Enums": {
      const values = ast.enums.map(([, v]) => v)
      return (u) => values.includes(u as string | number)
    }
    case "Union": {
      const members = ast.types.map((t) => go(t, seen))
      return (u) => {
        for (const m of members) if (m(u)) return true
        return false
      }
    }
    case "Refinement": {
      const from = go(ast.from, seen)
      return (u) => from(u) && Option.isNone(ast.filter(u, {}, ast))
    }
    case "Suspend":
      // a recursive schema: its references meet the node being compiled in `seen`
      return go(ast.f(), seen)
    case "TupleType": {
      const elements = ast.elements.map((e) => ({ check: go(e.type, seen), optional: e.isOptional }))
      if (ast.rest.length > 1) throw new Unsupported()
      const rest = ast.rest[0] !== undefined ? go(ast.rest[0].type, seen) : undefined
      return (u) => {
        if (!Array.isArray(u)) return false
        if (rest === undefined && u.length > elements.length) return false
        for (let i = 0; i < elements.length; i++) {
          const e = elements[i] as { check: Check; optional: boolean }
          if (i >= u.length) {
            if (!e.optional) return false
            continue
          }
          if (!e.check(u[i])) return false
        }
        if (rest !== undefined) for (let i = elements.length; i < u.length; i++) if (!rest(u[i])) return false
        return true
      }
    }
    case "TypeLiteral": {
      if (!preservesKeys(ast)) throw new Unsupported()
      // Fields with an index signature: only "any other key, any value" (a pass-through struct),
      // which accepts whatever the fields accept.
      const passThrough = ast.indexSignatures.length === 1 && ast.indexSignatures[0]?.parameter._tag === "StringKeyword" &&
        (ast.indexSignatures[0].type._tag === "UnknownKeyword" || ast.indexSignatures[0].type._tag === "AnyKeyword")
      if (ast.propertySignatures.length > 0 && ast.indexSignatures.length > 0 && !passThrough) throw new Unsupported()
      if (ast.indexSignatures.length > 0 && ast.propertySignatures.length === 0) {
        if (ast.indexSignatures.length > 1) throw new Unsupported()
        const signature = ast.indexSignatures[0] as AST.IndexSignature
        if (signature.parameter._tag !== "StringKeyword") throw new Unsupported()
        const value = go(signature.type, seen)
        return (u) => {
          if (!isRecord(u)) return false
          for (const key in u) if (hasOwn(u, key) && !value(u[key])) return false
          return true
        }
      }
      const fields = ast.propertySignatures.map((ps) => {
        if (typeof ps.name !== "string") throw new Unsupported()
        return { name: ps.name, optional: ps.isOptional, check: go(ps.type, seen) }
      })
      return (u) => {
        if (!isRecord(u)) return false
        for (const f of fields) {
          if (hasOwn(u, f.name)) {
            if (!f.check(u[f.name])) return false
          } else if (!f.optional) return false
        }
        return true
      }
    }
    default:
      // Transformation, Declaration, TemplateLiteral, symbols, bigint, object, void, never…
      throw new Unsupported()
  }
}

/**
 * The predicate of `ast`, compiled once (cached per AST node), or `undefined` when the schema
 * has a node this does not handle (then always run the parser).
 *
 * @internal
 */
export const fastCheck = (ast: AST.AST): Check | undefined => {
  const cached = cache.get(ast)
  if (cached !== undefined) return cached ?? undefined
  let check: Check | null
  try {
    check = go(ast, new Map())
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e
    check = null
  }
  cache.set(ast, check)
  return check ?? undefined
}
