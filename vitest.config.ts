import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/setup.ts"],
    // No test should come near this: a test above 5 s belongs in bench/ (see docs/benchmarks.md).
    testTimeout: 10_000,
    hookTimeout: 10_000,
    pool: "forks",
    // vitest's default is cores − 1 workers: on a 2-core machine the test files ran one at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
