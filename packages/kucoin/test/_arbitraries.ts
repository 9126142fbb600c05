import fc from 'fast-check'

const special = ['@', ':', ',', '/', '+', '=', '&', '%', ' ', '?', '#', '"', "'", '~', '*', 'é', '中', '😀']

/** Parameter values users send: unicode, URL-special characters, spaces, empty, long and decimal strings. */
export const paramValue = (exclude: readonly string[] = []) => {
  const chars = special.filter((c) => !exclude.includes(c))
  const noExcluded = (s: string) => !exclude.some((c) => s.includes(c))
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 24 }).filter(noExcluded),
    fc.string({ unit: fc.constantFrom(...chars, 'a', 'Z', '0'), maxLength: 16 }),
    fc.constantFrom('', ' ', 'BTC-USDT', '0.00000001', '1.50', '20000.0').filter(noExcluded),
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '9'), minLength: 200, maxLength: 400 }),
    fc
      .tuple(fc.nat({ max: 99_999 }), fc.nat({ max: 99_999_999 }))
      .map(([i, f]) => `${i}.${String(f).padStart(8, '0')}`),
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    fc.boolean(),
  )
}

/** Parameter names: letters first (integer-like names would reorder in a JS object), never ccxt's `version`. */
export const paramName = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,11}$/).filter((n) => n !== 'version')

/** Flat params as [name, value] pairs with unique names. */
export const paramEntries = (exclude: readonly string[] = []) =>
  fc.uniqueArray(fc.tuple(paramName, paramValue(exclude)), { selector: ([name]) => name, maxLength: 6 })

/** Credentials of a made-up key. */
export const credentials = fc.record({
  apiKey: fc.stringMatching(/^[a-f0-9]{24}$/),
  secret: fc.stringMatching(/^[A-Za-z0-9-]{8,40}$/),
  passphrase: fc.stringMatching(/^[A-Za-z0-9]{7,32}$/),
})

/** Path below /api/v1/ made of segments no ccxt version map knows. */
export const pathTail = fc
  .array(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), { minLength: 1, maxLength: 3 })
  .map((segments) => `zz-${segments.join('/')}`)

export const timestamp = fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 })
