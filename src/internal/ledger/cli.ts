/**
 * The `usage` command of the `effect-openrouter` command line (src/cli.ts is the executable).
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as fs from "node:fs"
import { parseArgs } from "node:util"
import * as Ledger from "../../ledger.js"
import type * as UsageLedger from "../../UsageLedger.js"

const GROUPS: ReadonlyArray<UsageLedger.GroupBy> = ["model", "requested_model", "provider", "day", "outcome", "user", "feature", "tenant"]

const help = `Usage: effect-openrouter usage [options]

Spend and tokens from the usage ledger, grouped.

Options:
  --since <when>     7d, 24h, 30m, 2w, or an ISO date (default 7d)
  --until <when>     same forms (default now)
  --by <group>       ${GROUPS.join(" | ")} (default model)
  --top <n>          the n largest spenders only
  --tenant <v>, --user <v>, --feature <v>
                     only calls with this tag value
  --db <file>        SQLite ledger file (default $EFFECT_OPENROUTER_LEDGER or ./.effect-openrouter/usage.db)
  --pg <url>         PostgreSQL ledger instead (default $EFFECT_OPENROUTER_LEDGER_URL when set)
  --schema <name>    PostgreSQL schema holding the ledger
  --json             JSON (amounts in integer micro-USD, exact pico-USD strings)
  --csv              CSV (amounts in integer micro-USD)
  -h, --help         this help
`

/** Where the command writes. @internal */
export interface Io {
  readonly stdout: { readonly write: (text: string) => unknown }
  readonly stderr: { readonly write: (text: string) => unknown }
  readonly env: Readonly<Record<string, string | undefined>>
}

class Exit {
  constructor(readonly code: number) {}
}

/**
 * Runs the command line; resolves with the exit code.
 *
 * @internal
 */
export const run = (argv: ReadonlyArray<string>, io: Io): Promise<number> =>
  main(argv, io).then(
    () => 0,
    (error: unknown) => {
      if (error instanceof Exit) return error.code
      io.stderr.write(`effect-openrouter: ${error instanceof Error ? error.message : String(error)}\n`)
      return 1
    }
  )

const main = async (argv: ReadonlyArray<string>, io: Io): Promise<void> => {
  const fail = (message: string, code = 2): never => {
    io.stderr.write(`effect-openrouter: ${message}\n`)
    throw new Exit(code)
  }
  const [command, ...rest] = argv
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout.write(help)
    return
  }
  if (command !== "usage") fail(`unknown command ${JSON.stringify(command)}\n\n${help}`)
  const parsed = (() => {
    try {
      return parseArgs({
        args: [...rest],
        options: {
          since: { type: "string" },
          until: { type: "string" },
          by: { type: "string" },
          top: { type: "string" },
          tenant: { type: "string" },
          user: { type: "string" },
          feature: { type: "string" },
          db: { type: "string" },
          pg: { type: "string" },
          schema: { type: "string" },
          json: { type: "boolean" },
          csv: { type: "boolean" },
          help: { type: "boolean", short: "h" }
        },
        strict: true
      })
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error))
    }
  })()
  const { values } = parsed
  if (values.help === true) {
    io.stdout.write(help)
    return
  }
  const now = Date.now()
  const since = Ledger.parseSince(values.since ?? "7d", now) ?? fail(`--since: cannot read ${JSON.stringify(values.since)}`)
  const until = values.until === undefined
    ? undefined
    : Ledger.parseSince(values.until, now) ?? fail(`--until: cannot read ${JSON.stringify(values.until)}`)
  const by = (values.by ?? "model") as UsageLedger.GroupBy
  if (!GROUPS.includes(by)) fail(`--by must be one of ${GROUPS.join(", ")}`)
  const top = values.top === undefined ? undefined : Number(values.top)
  if (top !== undefined && (!Number.isInteger(top) || top <= 0)) fail("--top must be a positive integer")
  if (values.json === true && values.csv === true) fail("--json and --csv are exclusive")

  const pgUrl = values.pg ?? (values.db === undefined ? io.env["EFFECT_OPENROUTER_LEDGER_URL"] : undefined)
  let layer: Layer.Layer<UsageLedger.UsageLedger, UsageLedger.LedgerError>
  if (pgUrl !== undefined && pgUrl !== "") {
    layer = Ledger.layerPg({ url: pgUrl, ...(values.schema !== undefined ? { schema: values.schema } : {}) })
  } else {
    const filename = values.db ?? io.env["EFFECT_OPENROUTER_LEDGER"] ?? Ledger.defaultFilename()
    // A report never creates a ledger.
    if (!fs.existsSync(filename)) fail(`no usage ledger at ${filename} (pass --db <file> or --pg <url>)`, 1)
    layer = Ledger.layerSqlite({ filename })
  }
  const rows = await Effect.runPromise(
    Effect.either(Ledger.report({
      by,
      since,
      ...(until !== undefined ? { until } : {}),
      ...(top !== undefined ? { top } : {}),
      where: { tenant: values.tenant, user: values.user, feature: values.feature }
    }).pipe(Effect.provide(layer)))
  )
  if (rows._tag === "Left") return fail(rows.left.message, 1)
  if (values.json === true) io.stdout.write(Ledger.formatJson(rows.right) + "\n")
  else if (values.csv === true) io.stdout.write(Ledger.formatCsv(rows.right))
  else {
    const range = `${new Date(since).toISOString()} .. ${until === undefined ? "now" : new Date(until).toISOString()}`
    io.stdout.write(`Usage by ${by}, ${range}\n\n${Ledger.formatTable(rows.right, by)}\n`)
  }
}
