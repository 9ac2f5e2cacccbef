/**
 * `npx tsx scripts/generate.ts --verify`: proves the interfaces the generator writes agree with the
 * schemas it writes. The generated modules are copied to a scratch directory where
 * src/api/internal.ts is replaced by constructors typed like Effect Schema's own (`Struct` is
 * `tolerant(Schema.Struct(fields))` with its inferred type, and so on); tsc then checks every
 * `export const X: Schema.Schema<X> = S.Struct(...)` for real. Slow (about a minute of tsc): run
 * it when the generator changes, not in the test suite.
 */
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const PRECISE = `import * as Schema from "effect/Schema"
import { JsonObject as JsonRecord, openLiteral as open, tolerant } from "../internal/schema.js"

export const String = Schema.String
export const Number = Schema.Number
export const Boolean = Schema.Boolean
export const Unknown = Schema.Unknown
export const Null = Schema.Null
export const Blob = Schema.instanceOf(globalThis.Blob)
export const JsonObject = JsonRecord
export const optional = Schema.optional
export const Struct = <F extends Schema.Struct.Fields>(fields: F) => tolerant(Schema.Struct(fields))
export const Array = Schema.Array
export const NullOr = Schema.NullOr
export const Union = Schema.Union
export const Record = <V extends Schema.Schema.All>(value: V) => Schema.Record({ key: Schema.String, value })
export const Literal = Schema.Literal
export const openLiteral = open
export const NumberEnum = <const N extends readonly [number, ...Array<number>]>(...values: N) =>
  Schema.Union(Schema.Literal(...values), Schema.Number)
`

export const verify = (root: string): void => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "effect-openrouter-api-verify-"))
  const copy = (relative: string) => {
    const target = path.join(dir, relative)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(root, relative), target)
  }
  for (const file of fs.readdirSync(path.join(root, "src", "api"))) copy(path.join("src", "api", file))
  for (const file of ["src/api.ts", "src/Operation.ts", "src/internal/schema.ts"]) copy(file)
  fs.writeFileSync(path.join(dir, "src", "api", "internal.ts"), PRECISE)
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"))
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }))
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: path.join(root, "tsconfig.json"),
      compilerOptions: { noEmit: true, noUnusedLocals: false, types: [] },
      include: [],
      files: ["src/api.ts"]
    })
  )
  try {
    execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", path.join(dir, "tsconfig.json")], { stdio: "inherit" })
    console.log("verify: every generated interface agrees with its schema")
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
