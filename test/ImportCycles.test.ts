/**
 * The data walks forward (docs/architecture.md): no module under src/ imports — directly or
 * through others, type-only imports included — a module that imports it back.
 */
import { describe, expect, it } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"

const SRC = path.resolve(__dirname, "..", "src")

const sourceFiles = (dir: string): Array<string> =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith(".ts") ? [full] : []
  })

/** Relative specifiers of every `import … from`, `export … from`, `import "…"` and `import("…")`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g

const importsOf = (file: string): Array<string> => {
  const text = fs.readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
  const out: Array<string> = []
  for (const match of text.matchAll(SPECIFIER)) {
    const spec = match[1]
    if (spec === undefined) continue
    const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, ".ts"))
    out.push(target.endsWith(".ts") ? target : `${target}.ts`)
  }
  return out
}

/** Every cycle found by a depth-first search, each as the list of files around it. */
const findCycles = (graph: ReadonlyMap<string, ReadonlyArray<string>>): Array<Array<string>> => {
  const state = new Map<string, "open" | "done">()
  const stack: Array<string> = []
  const cycles: Array<Array<string>> = []
  const visit = (node: string): void => {
    state.set(node, "open")
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      const seen = state.get(next)
      if (seen === "open") cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (seen === undefined && graph.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, "done")
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node)
  return cycles
}

describe("import graph", () => {
  it("the search finds a cycle when there is one", () => {
    const graph = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]])
    expect(findCycles(graph)).toEqual([["a", "b", "c", "a"]])
    expect(findCycles(new Map([["a", ["b"]], ["b", []]]))).toEqual([])
  })

  it("reads the imports of a real module", () => {
    const imports = importsOf(path.join(SRC, "OpenRouter.ts")).map((f) => path.relative(SRC, f))
    expect(imports).toContain("Transport.ts")
  })

  it("has no import cycle among src/ files", () => {
    const files = sourceFiles(SRC)
    expect(files.length).toBeGreaterThan(30)
    const graph = new Map(files.map((f) => [f, importsOf(f)] as const))
    for (const [file, imports] of graph) {
      for (const target of imports) {
        expect(fs.existsSync(target), `${path.relative(SRC, file)} imports a missing ${path.relative(SRC, target)}`)
          .toBe(true)
      }
    }
    const cycles = findCycles(graph).map((cycle) => cycle.map((f) => path.relative(SRC, f)).join(" → "))
    expect(cycles).toEqual([])
  })
})

describe("docs/architecture.md", () => {
  const doc = fs.readFileSync(path.resolve(SRC, "..", "docs", "architecture.md"), "utf8")
  for (const dir of ["pipeline", "simulator"]) {
    it(`names every module of src/${dir}/`, () => {
      const modules = fs.readdirSync(path.join(SRC, dir)).filter((f) => f.endsWith(".ts"))
      expect(modules.length).toBeGreaterThan(2)
      expect(modules.filter((m) => !doc.includes(`\`${m}\``))).toEqual([])
    })
  }

  it("lists the stages in the order pipeline.ts composes them", () => {
    // the stage modules `run` calls, in the order they first appear in the composition
    const composition = fs.readFileSync(path.join(SRC, "pipeline", "pipeline.ts"), "utf8")
    const run = composition.slice(composition.indexOf("const run: Run"), composition.indexOf("const env: Env"))
    const calls: Array<[string, string]> = [
      ["checkBudget(", "admit"],
      ["overCandidates(", "fallback"],
      ["preCheckFor(", "preCheck"],
      ["perCandidate(", "retry"],
      ["attempt(", "attempt"],
      ["Queues.acquire(", "queues"],
      ["reserve(", "reserve"],
      ["withAttemptTimeout(", "timeouts"]
    ]
    const inCode = calls.map(([call]) => run.indexOf(call))
    expect(inCode.every((i) => i >= 0)).toBe(true)
    expect([...inCode].sort((a, b) => a - b)).toEqual(inCode)
    const order = doc.slice(doc.indexOf("## The order of a call"))
    const inDoc = calls.map(([, stage]) => order.lastIndexOf(`(\`${stage}\``))
    expect(inDoc.every((i) => i >= 0)).toBe(true)
    expect([...inDoc].sort((a, b) => a - b)).toEqual(inDoc)
  })
})
