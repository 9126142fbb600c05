import fc from 'fast-check'

const special = ['@', ':', ',', '/', '+', '=', '&', '%', ' ', '?', '#', '"', "'", '~', '*', 'é', '中', '😀']

/**
 * Parameter values users send: unicode, URL-special characters, spaces, empty, long and decimal strings, numbers
 * and booleans; `exclude` leaves characters out (ones an oracle cannot send, each with a reason at the call).
 *
 * @example
 * fc.assert(fc.property(awkwardValue(['#']), (value) => { ... }))
 */
export function awkwardValue(exclude: readonly string[] = []): fc.Arbitrary<string | number | boolean> {
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

/** Options of `awkwardParams`. */
export type AwkwardParamsOptions = {
  /** Characters left out of values. @default [] */
  exclude?: readonly string[] | undefined
  /** Names an oracle treats specially, left out. @default [] */
  reservedNames?: readonly string[] | undefined
}

/**
 * Flat params as unique `[name, value]` pairs (at most 6) with awkward values; names start with a letter, since
 * integer-like names would reorder in a JS object.
 *
 * @example
 * fc.property(awkwardParams({ reservedNames: ['version'] }), (entries) => sign(Object.fromEntries(entries)))
 */
export function awkwardParams(
  options: AwkwardParamsOptions = {},
): fc.Arbitrary<[string, string | number | boolean][]> {
  const reserved = options.reservedNames ?? []
  const name = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,11}$/).filter((n) => !reserved.includes(n))
  return fc.uniqueArray(fc.tuple(name, awkwardValue(options.exclude)), {
    selector: ([n]) => n,
    maxLength: 6,
  })
}
