/**
 * Exact money arithmetic for costs and prices.
 *
 * OpenRouter reports costs as JSON numbers in USD (`usage.cost: 0.00435825`) and prices as
 * decimal strings in USD per unit (`pricing.prompt: "0.0000025"`). Adding those as floats drifts
 * (`0.1 + 0.2 !== 0.3`), and rounding each one to micro-USD before adding loses up to half a
 * micro-USD per request. So this module:
 *
 * - parses the **decimal string** form of a value (for a number: its shortest round-trip string,
 *   `String(x)`, which is exactly what the JSON carried, e.g. `4.25e-6` → `"0.00000425"`),
 * - keeps amounts internally as **pico-USD** (`bigint`, 1 USD = 10^12 pico-USD): every per-token
 *   price OpenRouter publishes (down to 10^-12 USD) and every reported cost is an exact integer
 *   there, so sums of any number of them are exact,
 * - exposes **micro-USD** (`number`, 1 USD = 10^6 micro-USD) at the edges, rounded **half-up**
 *   (half away from zero for negative values) and only once, on the final amount.
 *
 * Digits beyond 10^-12 USD (never seen in practice) are rounded half-up to the nearest pico-USD.
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"

/**
 * Pico-USD per USD (10^12).
 *
 * @since 0.1.0
 * @category constants
 */
export const PICOS_PER_USD = 1_000_000_000_000n

/**
 * Pico-USD per micro-USD (10^6).
 *
 * @since 0.1.0
 * @category constants
 */
export const PICOS_PER_MICRO = 1_000_000n

/**
 * Micro-USD per USD (10^6).
 *
 * @since 0.1.0
 * @category constants
 */
export const MICROS_PER_USD = 1_000_000

const PICO_DIGITS = 12
/** Powers of ten up to 10^40 made once (a cost is parsed several times per call). */
const POW10: ReadonlyArray<bigint> = Array.from({ length: 41 }, (_, i) => 10n ** BigInt(i))
const pow10 = (n: number): bigint => POW10[n] ?? 10n ** BigInt(n)
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/**
 * The decimal string a value stands for: strings are trimmed, numbers use their shortest
 * round-trip representation (`String(x)`). `undefined` for `NaN` / `±Infinity`.
 *
 * @since 0.1.0
 * @category conversions
 */
export const decimalString = (value: number | string): string | undefined => {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined
  return value.trim()
}

/**
 * Parses a USD amount (decimal string or number, exponent notation allowed) to exact pico-USD.
 * Digits past the 12th decimal are rounded half-up (half away from zero). `None` when the input
 * is not a finite decimal number.
 *
 * @example
 * parseUsd("0.0000025") // Some(2_500_000n)
 * parseUsd(0.00435825) // Some(4_358_250_000n)
 *
 * @since 0.1.0
 * @category conversions
 */
export const parseUsd = (value: number | string): Option.Option<bigint> => {
  const text = decimalString(value)
  if (text === undefined) return Option.none()
  const match = DECIMAL.exec(text)
  if (match === null) return Option.none()
  const sign = match[1] === "-" ? -1n : 1n
  const intPart = match[2] ?? ""
  const fracPart = match[3] ?? ""
  if (intPart === "" && fracPart === "") return Option.none()
  const exponent = match[4] === undefined ? 0 : Number(match[4])
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return Option.none()
  // value = 0.<digits> shifted: digits × 10^(exponent - fracPart.length)
  const digits = BigInt(intPart + fracPart)
  const shift = exponent - fracPart.length + PICO_DIGITS
  let picos: bigint
  if (shift >= 0) {
    picos = digits * pow10(shift)
  } else {
    const divisor = pow10(-shift)
    const quotient = digits / divisor
    const remainder = digits % divisor
    picos = remainder * 2n >= divisor ? quotient + 1n : quotient
  }
  return Option.some(sign * picos)
}

/**
 * Like {@link parseUsd} but throws a `RangeError` on input that is not a finite decimal number.
 * Use it for trusted values (configuration constants, numbers already validated by a schema).
 *
 * @since 0.1.0
 * @category conversions
 */
export const usdToPicos = (value: number | string): bigint => {
  const parsed = parseUsd(value)
  if (Option.isNone(parsed)) throw new RangeError(`not a finite decimal USD amount: ${String(value)}`)
  return parsed.value
}

const divRoundHalfUp = (value: bigint, divisor: bigint): bigint => {
  const negative = value < 0n
  const abs = negative ? -value : value
  const quotient = abs / divisor
  const rounded = (abs % divisor) * 2n >= divisor ? quotient + 1n : quotient
  return negative ? -rounded : rounded
}

const divCeil = (value: bigint, divisor: bigint): bigint => {
  const quotient = value / divisor
  return value % divisor > 0n ? quotient + 1n : quotient
}

/**
 * Pico-USD to micro-USD, rounded half-up (half away from zero).
 *
 * @since 0.1.0
 * @category conversions
 */
export const picosToMicros = (picos: bigint): number => Number(divRoundHalfUp(picos, PICOS_PER_MICRO))

/**
 * Pico-USD to micro-USD, rounded up (towards +∞). Used for estimates that feed a budget, where
 * rounding down could admit a request that does not fit.
 *
 * @since 0.1.0
 * @category conversions
 */
export const picosToMicrosCeil = (picos: bigint): number => Number(divCeil(picos, PICOS_PER_MICRO))

/**
 * Integer micro-USD to pico-USD (exact). A non-integer input is first rounded half-up to a whole
 * pico-USD through its decimal string, so `1.5` micro-USD is `1_500_000n` pico-USD.
 *
 * @since 0.1.0
 * @category conversions
 */
export const microsToPicos = (micros: number): bigint =>
  Number.isSafeInteger(micros) ? BigInt(micros) * PICOS_PER_MICRO : divRoundHalfUp(usdToPicos(micros), PICOS_PER_MICRO)

/**
 * A USD amount (decimal string or number) to exact integer micro-USD, rounded half-up (half away
 * from zero) from its decimal string form: `0.00000315` → `3` (3.15 micro-USD),
 * `0.0000035` → `4`, `0.00435825` → `4358`. Throws a `RangeError` on input that is not a finite
 * decimal number (use {@link parseUsd} for untrusted input).
 *
 * Rounding happens once here; to add many amounts exactly, add their pico-USD
 * ({@link usdToPicos}) and convert the total.
 *
 * @since 0.1.0
 * @category conversions
 */
export const usdToMicros = (value: number | string): number => picosToMicros(usdToPicos(value))

/**
 * A per-token (or per-unit) price string of the models catalogue to exact pico-USD per token.
 * `None` when the string is not a decimal number. Negative values (router sentinels such as
 * `"-1"`) are returned as they are: callers treat them as "no price".
 *
 * @example
 * priceToPicosPerToken("0.0000025") // Some(2_500_000n)
 * priceToPicosPerToken("0") // Some(0n)
 *
 * @since 0.1.0
 * @category conversions
 */
export const priceToPicosPerToken = (price: string): Option.Option<bigint> => parseUsd(price)

/**
 * Exact decimal string of a pico-USD amount in USD, without trailing zeros
 * (`4_358_250_000n` → `"0.00435825"`).
 *
 * @since 0.1.0
 * @category formatting
 */
export const picosToUsdString = (picos: bigint): string => {
  const negative = picos < 0n
  const abs = negative ? -picos : picos
  const whole = abs / PICOS_PER_USD
  const frac = (abs % PICOS_PER_USD).toString().padStart(PICO_DIGITS, "0").replace(/0+$/, "")
  return `${negative ? "-" : ""}${whole.toString()}${frac === "" ? "" : `.${frac}`}`
}

/**
 * A pico-USD amount as a display string in dollars with `decimals` places (rounded half-up),
 * e.g. `formatUsd(4_358_250_000n)` → `"$0.004358"`.
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatUsd = (picos: bigint, decimals = 6): string => {
  const places = Math.max(0, Math.min(PICO_DIGITS, Math.trunc(decimals)))
  const scaled = divRoundHalfUp(picos, 10n ** BigInt(PICO_DIGITS - places))
  const negative = scaled < 0n
  const abs = negative ? -scaled : scaled
  const unit = 10n ** BigInt(places)
  const whole = (abs / unit).toString()
  const frac = places === 0 ? "" : `.${(abs % unit).toString().padStart(places, "0")}`
  return `${negative ? "-" : ""}$${whole}${frac}`
}

/**
 * Micro-USD as a floating-point USD number, for display only.
 *
 * @since 0.1.0
 * @category formatting
 */
export const microsToUsd = (micros: number): number => micros / MICROS_PER_USD

/**
 * An exact USD amount: `picos` is the value (pico-USD, 10^-12 USD, exact), `micros` the same
 * amount in micro-USD rounded half-up once (for display and budgets). The domain values of the
 * account, model and generation endpoints carry money as `Amount`s.
 *
 * @since 0.2.0
 * @category models
 */
export interface Amount {
  /** Exact pico-USD. */
  readonly picos: bigint
  /** `picos` in micro-USD, rounded half-up (half away from zero). */
  readonly micros: number
}

/**
 * An {@link Amount} from exact pico-USD.
 *
 * @since 0.2.0
 * @category constructors
 */
export const amount = (picos: bigint): Amount => ({ picos, micros: picosToMicros(picos) })

/**
 * An {@link Amount} from a USD value as OpenRouter sends it (number or decimal string), exact;
 * `undefined` for `null`, `undefined` or a value that is not a finite decimal number.
 *
 * @example
 * amountFromUsd(25.5) // { picos: 25_500_000_000_000n, micros: 25_500_000 }
 *
 * @since 0.2.0
 * @category constructors
 */
export const amountFromUsd = (value: number | string | null | undefined): Amount | undefined => {
  if (value === null || value === undefined) return undefined
  const parsed = parseUsd(value)
  return Option.isSome(parsed) ? amount(parsed.value) : undefined
}
