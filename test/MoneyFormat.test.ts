/**
 * Amounts at the edges of parsing and display: huge exponents, negative amounts (refunds,
 * corrections), whole-dollar display.
 */
import { assert, describe, it } from "@effect/vitest"
import { Option } from "effect"
import * as Money from "../src/Money.js"

describe("parseUsd refuses exponents it cannot represent", () => {
  it("an exponent beyond ±400 is None, not a giant or zero amount", () => {
    assert.isTrue(Option.isNone(Money.parseUsd("1e401")))
    assert.isTrue(Option.isNone(Money.parseUsd("1e-401")))
    assert.deepStrictEqual(Money.parseUsd("1e-12"), Option.some(1n))
  })
})

describe("formatUsd", () => {
  it("negative amounts keep their sign in front of the dollar sign, rounded half away from zero", () => {
    assert.strictEqual(Money.formatUsd(-4_358_250_000n), "-$0.004358")
    assert.strictEqual(Money.formatUsd(-500_000n), "-$0.000001")
  })

  it("0 decimals shows whole dollars (rounded half-up), no decimal point", () => {
    assert.strictEqual(Money.formatUsd(1_500_000_000_000n, 0), "$2")
    assert.strictEqual(Money.formatUsd(1_499_999_999_999n, 0), "$1")
    assert.strictEqual(Money.formatUsd(-1_500_000_000_000n, 0), "-$2")
  })
})
