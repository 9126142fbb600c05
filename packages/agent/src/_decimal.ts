/** A non-negative decimal as an integer count of 10^-scale units, for exact comparisons. @internal */
export type Decimal = { units: bigint; scale: number }

const DECIMAL = /^(\d{1,30})(?:\.(\d{1,18}))?$/

/**
 * Parses plain decimal text (`0.001`, `50000`): no sign, exponent, spaces, `+`, or more than 18 decimals — an
 * exchange may read `1e3` or ` 1` differently from a policy, so anything else is refused. @internal
 */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL.exec(text)
  if (!m) return undefined
  const fraction = m[2] ?? ''
  return { units: BigInt(m[1]! + fraction), scale: fraction.length }
}

/** a × b, exactly. @internal */
export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale }
}

/** Compares a and b exactly: negative, zero or positive. @internal */
export function compare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale)
  const x = a.units * 10n ** BigInt(scale - a.scale)
  const y = b.units * 10n ** BigInt(scale - b.scale)
  return x < y ? -1 : x > y ? 1 : 0
}

/** The decimal as text, for audit lines. @internal */
export function formatDecimal(d: Decimal): string {
  const s = d.units.toString().padStart(d.scale + 1, '0')
  return d.scale === 0 ? s : `${s.slice(0, -d.scale)}.${s.slice(-d.scale)}`.replace(/\.?0+$/, '')
}
