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

/**
 * Parameter names: letters first (integer-like names would reorder in a JS object). ccxt gate.ts treats `query`
 * specially and rewrites `%2C` to `,` when a `currencies` param is present (ccxt#25570), so those two are left out.
 */
export const paramName = fc
  .stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,11}$/)
  .filter((n) => n !== 'query' && n !== 'currencies')

/** Flat params as [name, value] pairs with unique names. */
export const paramEntries = (exclude: readonly string[] = []) =>
  fc.uniqueArray(fc.tuple(paramName, paramValue(exclude)), { selector: ([name]) => name, maxLength: 6 })

/** Credentials of a made-up key (Gate keys are 32 hex characters, secrets 64). */
export const credentials = fc.record({
  apiKey: fc.stringMatching(/^[a-f0-9]{32}$/),
  secret: fc.stringMatching(/^[A-Za-z0-9]{8,64}$/),
})

/** The ccxt api type (the first path segment after /api/v4) and the rest of the path. */
export const typeAndTail = fc.tuple(
  // futures/delivery POSTs and subAccounts/withdrawals take other ccxt code paths; these types share one.
  fc.constantFrom('spot', 'margin', 'wallet', 'unified'),
  fc
    .array(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), { minLength: 1, maxLength: 3 })
    .map((s) => s.join('/')),
)

/** Epoch ms, any millisecond (Gate truncates to seconds). */
export const timestamp = fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 })
