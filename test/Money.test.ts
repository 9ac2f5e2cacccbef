import { assert, describe, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import * as Money from "../src/Money.js"

/** Independent reference: decimal string → pico-USD with BigInt only (no exponent support needed). */
const refPicos = (decimal: string): bigint => {
  const [int = "0", frac = ""] = decimal.split(".")
  return BigInt(int) * 10n ** 12n + BigInt((frac + "0".repeat(12)).slice(0, 12))
}

describe("Money", () => {
  it.effect("parses decimal strings and numbers exactly to pico-USD", () =>
    Effect.sync(() => {
      assert.deepStrictEqual(Money.parseUsd("0.0000025"), Option.some(2_500_000n))
      assert.deepStrictEqual(Money.parseUsd("0.00003"), Option.some(30_000_000n))
      assert.deepStrictEqual(Money.parseUsd("0"), Option.some(0n))
      assert.deepStrictEqual(Money.parseUsd("1"), Option.some(1_000_000_000_000n))
      assert.deepStrictEqual(Money.parseUsd(" 12.5 "), Option.some(12_500_000_000_000n))
      assert.deepStrictEqual(Money.parseUsd(".5"), Option.some(500_000_000_000n))
      assert.deepStrictEqual(Money.parseUsd("-1"), Option.some(-1_000_000_000_000n))
      // numbers go through their shortest decimal form: no binary float error
      assert.deepStrictEqual(Money.parseUsd(0.00435825), Option.some(4_358_250_000n))
      assert.deepStrictEqual(Money.parseUsd(0.007637029), Option.some(7_637_029_000n))
      assert.deepStrictEqual(Money.parseUsd(4.25e-6), Option.some(4_250_000n))
      assert.deepStrictEqual(Money.parseUsd(1e-7), Option.some(100_000n))
      assert.deepStrictEqual(Money.parseUsd("1.5E-10"), Option.some(150n))
      assert.deepStrictEqual(Money.parseUsd(0.1 + 0.2), Option.some(300_000_000_000n)) // 0.30000000000000004 → rounds at 12 places
      assert.deepStrictEqual(Money.parseUsd(1e21), Option.some(10n ** 33n))
      // powers of ten past the precomputed ones (10^40), both ways; leading zeros
      assert.deepStrictEqual(Money.parseUsd("1e30"), Option.some(10n ** 42n))
      assert.deepStrictEqual(Money.parseUsd("5e-45"), Option.some(0n))
      assert.deepStrictEqual(Money.parseUsd("6e-13"), Option.some(1n))
      assert.deepStrictEqual(Money.parseUsd("0007.50"), Option.some(7_500_000_000_000n))
    }))

  it.effect("rounds half-up (away from zero) past the 12th decimal", () =>
    Effect.sync(() => {
      assert.deepStrictEqual(Money.parseUsd("0.0000000000005"), Option.some(1n))
      assert.deepStrictEqual(Money.parseUsd("0.0000000000004999"), Option.some(0n))
      assert.deepStrictEqual(Money.parseUsd("-0.0000000000005"), Option.some(-1n))
    }))

  it.effect("rejects non-decimals", () =>
    Effect.sync(() => {
      for (const bad of ["", ".", "abc", "1.2.3", "1e", "0x10", "--1", "1,5"]) {
        assert.isTrue(Option.isNone(Money.parseUsd(bad)), bad)
      }
      assert.isTrue(Option.isNone(Money.parseUsd(Number.NaN)))
      assert.isTrue(Option.isNone(Money.parseUsd(Number.POSITIVE_INFINITY)))
      assert.throws(() => Money.usdToMicros("abc"), RangeError)
    }))

  it.effect("usdToMicros rounds half-up from the decimal string", () =>
    Effect.sync(() => {
      assert.strictEqual(Money.usdToMicros(0.00000315), 3) // 3.15 micro-USD
      assert.strictEqual(Money.usdToMicros(0.0000035), 4) // 3.5 → 4
      assert.strictEqual(Money.usdToMicros("0.0000034999"), 3)
      assert.strictEqual(Money.usdToMicros(0.00435825), 4358)
      assert.strictEqual(Money.usdToMicros(0.0000005), 1)
      assert.strictEqual(Money.usdToMicros(-0.0000005), -1)
      assert.strictEqual(Money.usdToMicros(1), 1_000_000)
      assert.strictEqual(Money.usdToMicros("0.99"), 990_000)
      // a float product that drifts: 0.07 * 3 = 0.21000000000000002
      assert.strictEqual(Money.usdToMicros(0.07 * 3), 210_000)
    }))

  it.effect("picos ↔ micros and formatting", () =>
    Effect.sync(() => {
      assert.strictEqual(Money.picosToMicros(4_358_250_000n), 4358)
      assert.strictEqual(Money.picosToMicros(4_358_500_000n), 4359)
      assert.strictEqual(Money.picosToMicrosCeil(4_358_000_001n), 4359)
      assert.strictEqual(Money.picosToMicrosCeil(4_358_000_000n), 4358)
      assert.strictEqual(Money.microsToPicos(12), 12_000_000n)
      assert.strictEqual(Money.microsToPicos(1.5), 1_500_000n)
      assert.strictEqual(Money.picosToUsdString(4_358_250_000n), "0.00435825")
      assert.strictEqual(Money.picosToUsdString(1_000_000_000_000n), "1")
      assert.strictEqual(Money.picosToUsdString(-2_500_000n), "-0.0000025")
      assert.strictEqual(Money.formatUsd(4_358_250_000n), "$0.004358")
      assert.strictEqual(Money.formatUsd(4_358_500_000n, 6), "$0.004359")
      assert.strictEqual(Money.formatUsd(1_234_567_890_000n, 2), "$1.23")
      assert.strictEqual(Money.formatUsd(0n), "$0.000000")
    }))

  it.effect("priceToPicosPerToken", () =>
    Effect.sync(() => {
      assert.deepStrictEqual(Money.priceToPicosPerToken("0.0000025"), Option.some(2_500_000n))
      assert.deepStrictEqual(Money.priceToPicosPerToken("0.000000075"), Option.some(75_000n))
      assert.deepStrictEqual(Money.priceToPicosPerToken("0.00000000015"), Option.some(150n))
      assert.deepStrictEqual(Money.priceToPicosPerToken("-1"), Option.some(-1_000_000_000_000n))
      assert.isTrue(Option.isNone(Money.priceToPicosPerToken("n/a")))
    }))

  it.effect("sums of 1,000 tiny costs are exact (checked against BigInt arithmetic)", () =>
    Effect.sync(() => {
      // deterministic pseudo-random costs with 6–10 decimals, like usage.cost values
      let seed = 42
      const next = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        return seed
      }
      const costs: Array<string> = []
      for (let i = 0; i < 1000; i++) {
        const digits = 6 + (next() % 5)
        const value = next() % 10 ** Math.min(digits, 9)
        costs.push(`0.${String(value).padStart(digits, "0")}`)
      }
      const expected = costs.reduce((acc, c) => acc + refPicos(c), 0n)
      const fromStrings = costs.reduce((acc, c) => acc + Money.usdToPicos(c), 0n)
      const fromNumbers = costs.reduce((acc, c) => acc + Money.usdToPicos(Number(c)), 0n)
      assert.strictEqual(fromStrings, expected)
      assert.strictEqual(fromNumbers, expected)
      assert.strictEqual(Money.picosToMicros(expected), Number((expected + 500_000n) / 1_000_000n))

      // per-token prices: 1,000 requests × tokens × price, exact
      const price = Money.usdToPicos("0.00000315")
      let total = 0n
      let reference = 0n
      for (let i = 1; i <= 1000; i++) {
        total += BigInt(i) * price
        reference += BigInt(i) * 3_150_000n
      }
      assert.strictEqual(total, reference)
      assert.strictEqual(Money.picosToUsdString(total), "1.576575")
    }))
})
