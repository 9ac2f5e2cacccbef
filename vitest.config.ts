import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"

// vitest's default is cores − 1 workers: on a 2-core machine the test files ran one at a time.
const workers = Math.max(2, availableParallelism() - 1)

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/setup.ts"],
    // No test should come near this: a test above 5 s belongs in bench/ (see docs/benchmarks.md).
    testTimeout: 10_000,
    hookTimeout: 10_000,
    pool: "forks",
    // One module graph per worker, not per file: re-importing effect and the library for each of
    // the ~80 files was most of the suite's time (per-file isolation: ~360 s with coverage on a
    // busy 2-core machine; shared: under half of that). Test files must not leave module-level
    // state behind: test/setup.ts undoes the one known leak (@effect/vitest's `layer` rebinding
    // the shared `it.effect`), and every file builds its own layers, servers and meters.
    isolate: false,
    maxWorkers: workers,
    // As many from the start: with `isolate: false` and fewer minimum than maximum workers, the
    // pool ends idle workers between files, which vitest 3.2 can report as an unhandled
    // "Terminating worker thread" rejection that fails the run (seen with 3 workers, minimum 1).
    minWorkers: workers,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
      // a coverage report even when a test fails, so a red run still says what it covered
      reportOnFailure: true,
      thresholds: { lines: 90, branches: 87 }
    }
  }
})
