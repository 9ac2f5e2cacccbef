#!/usr/bin/env node
/**
 * The `effect-openrouter` command line: `effect-openrouter usage` prints spend and tokens from the
 * usage ledger.
 *
 *   npx effect-openrouter usage --since 7d --by model
 *   npx effect-openrouter usage --since 2026-12-01 --by tenant --csv > tenants.csv
 *   npx effect-openrouter usage --pg postgres://postgres@127.0.0.1/app --by day --json
 *
 * In this repository: `npx tsx src/cli.ts usage …` (or `npm run usage -- …`).
 *
 * @since 0.1.0
 */
import { run } from "./internal/ledger/cli.js"

run(process.argv.slice(2), process).then((code) => {
  process.exitCode = code
})
