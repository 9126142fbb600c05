// Generators shared by the oracle tests: names like Bybit's, values with unicode, the characters that break
// signatures (`@ : , / + = & %`, space, `! ' ( ) *`, `#`), empty and long strings, and decimal strings.
import { percentEncode } from '@signet/core/kit'
import fc from 'fast-check'

export const T = 1_700_000_000_000

const specials = [...'@:,/+=&% #?!\'()*"<>[]{}$;|\\^`~-_.', 'é', '€', '１', '𝄞', '\n', '\t']
const tricky = fc.string({ unit: fc.constantFrom(...specials, 'a', 'B', '7'), maxLength: 16 })

export const stringValue = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9\-_.]{1,12}$/) },
  { weight: 3, arbitrary: tricky },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(99_999), fc.nat(99_999_999))
      .map(([i, f]) => `${i}.${String(f).padStart(8, '0')}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 150, maxLength: 400 }) },
)

/** Numbers whose `String()` is exact decimal text (the core number rule). */
export const numberValue = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100),
)

export const scalar = fc.oneof(
  { weight: 6, arbitrary: stringValue },
  { weight: 2, arbitrary: numberValue },
  { weight: 1, arbitrary: fc.boolean() },
)

// Starts with a lowercase letter, as every V5 parameter does; never `recv_window`, which bybit-api treats as
// its own option.
export const paramName = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,11}$/).filter((n) => n !== 'recv_window')

export const flatParams = fc
  .uniqueArray(fc.tuple(paramName, scalar), { selector: ([k]) => k, maxLength: 8 })
  .map((entries) => Object.fromEntries(entries) as Record<string, string | number | boolean>)

type Json = string | number | boolean | null | Json[] | { [k: string]: Json }
const jsonLeaf: fc.Arbitrary<Json> = fc.oneof(scalar, fc.constant(null))
/** JSON bodies: flat fields plus arrays and one level of nested objects (batch order endpoints). */
export const jsonBody = fc
  .uniqueArray(
    fc.tuple(
      paramName,
      fc.oneof(
        { weight: 6, arbitrary: jsonLeaf },
        { weight: 1, arbitrary: fc.array(jsonLeaf, { maxLength: 4 }) },
        {
          weight: 1,
          arbitrary: fc
            .uniqueArray(fc.tuple(paramName, jsonLeaf), { selector: ([k]) => k, maxLength: 4 })
            .map((e) => Object.fromEntries(e) as Json),
        },
      ),
    ),
    { selector: ([k]) => k, maxLength: 8 },
  )
  .map((entries) => Object.fromEntries(entries) as Record<string, Json>)

/** True when RFC 3986 percent-encoding leaves every name and value as it is. */
export function allUnreserved(params: Record<string, unknown>): boolean {
  return Object.entries(params).every(
    ([k, v]) => percentEncode(k) === k && percentEncode(String(v)) === String(v),
  )
}

/** True when some value has a character encodeURIComponent leaves raw but RFC 3986 encodes. */
export function hasSubDelims(params: Record<string, unknown>): boolean {
  return Object.values(params).some((v) => /[!'()*]/.test(String(v)))
}
