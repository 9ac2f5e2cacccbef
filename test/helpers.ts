import * as fs from "node:fs"
import * as path from "node:path"

export interface Envelope {
  readonly request: { readonly method: string; readonly path: string }
  readonly response: {
    readonly status: number
    readonly headers: Record<string, string>
    readonly body?: unknown
    readonly bodyText?: string
  }
}

export interface IndexEntry {
  readonly file: string
  readonly category: string
  readonly expect: Record<string, unknown>
}

const dir = path.join(__dirname, "fixtures")

export const fixture = (file: string): Envelope => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Envelope

export const fixtureIndex: ReadonlyArray<IndexEntry> = (JSON.parse(
  fs.readFileSync(path.join(dir, "index.json"), "utf8")
) as { readonly fixtures: ReadonlyArray<IndexEntry> }).fixtures

export const sha256 = async (text: string): Promise<string> => {
  const { createHash } = await import("node:crypto")
  return createHash("sha256").update(text, "utf8").digest("hex")
}

export const userMessage = (content = "Hello") => [{ role: "user" as const, content }]

