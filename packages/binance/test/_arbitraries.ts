import fc from 'fast-check'

// Characters that break signatures in the wild (spec binance.md §10): URL delimiters, the `!*'()` set that
// encodeURIComponent and RFC 3986 disagree on, spaces, non-ASCII and astral characters.
const SPECIALS = [
  '@',
  ':',
  ',',
  '/',
  '+',
  '=',
  '&',
  '%',
  ' ',
  '!',
  '*',
  "'",
  '(',
  ')',
  '~',
  '-',
  '_',
  '.',
  '?',
  '#',
  '"',
  '[',
  ']',
  '{',
  '}',
  '\\',
  '\t',
  '１',
  '币',
  '安',
  'é',
  '😀',
  'a',
  'Z',
  '0',
  '9',
]
const RESERVED = new Set(['timestamp', 'recvWindow', 'signature', 'apiKey'])

/** Decimal strings as exchanges want them, trailing zeros kept (`0.01000000`). */
export const decimalString = fc
  .tuple(fc.nat({ max: 10_000_000 }), fc.nat({ max: 99_999_999 }), fc.nat({ max: 8 }))
  .map(([i, f, d]) => (d === 0 ? String(i) : `${i}.${String(f).padStart(8, '0').slice(0, d)}`))

/** Param text: specials, any Unicode, decimals, long values and empty strings. */
export const valueText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIALS), maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 2, arbitrary: decimalString },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 400 }) },
  { weight: 1, arbitrary: fc.constant('') },
)

/** Any flat param value Signet accepts. */
export const paramValue = fc.oneof(
  { weight: 8, arbitrary: valueText },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
)

/** Binance-style param names (ASCII letters/digits, never integer-like, so object order is insertion order). */
export const paramName = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,11}$/).filter((n) => !RESERVED.has(n))

/** Ordered flat params. */
export const params = (maxLength = 8) =>
  fc
    .uniqueArray(fc.tuple(paramName, paramValue), { selector: ([n]) => n, maxLength })
    .map((pairs) => Object.fromEntries(pairs) as Record<string, string | number | boolean>)

export const timestamp = fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 })
export const recvWindow = fc.integer({ min: 1, max: 60_000 })
export const method = fc.constantFrom('GET' as const, 'POST' as const, 'PUT' as const, 'DELETE' as const)
