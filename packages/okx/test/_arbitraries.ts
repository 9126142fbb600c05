import fc from 'fast-check'

/** Param names: letters first so JS objects keep insertion order (integer-like keys would move to the front). */
export const nameArb = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,11}$/)

const special = [...'@:,/+=&%?#\'"!*()~[]{}|^`$;<>\\ -_.aZ09']

/** Values the brief asks for: unicode, `@ : , / + = & %`, spaces, empty, long, decimal strings, numbers, booleans. */
export const valueArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.string({ unit: fc.constantFrom(...special), maxLength: 16 }),
  fc.constant(''),
  fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 400 }),
  fc
    .tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 99_999_999 }), fc.nat({ max: 8 }))
    .map(([i, f, z]) => `${i}.${String(f).padStart(8, '0')}${'0'.repeat(z)}`),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.boolean(),
)

/** Values made only of RFC 3986 unreserved characters (what no encoder changes). */
export const plainValueArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ABCXYZabcxyz0189-_.~'), maxLength: 24 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.boolean(),
)

/** JSON numbers Signet writes exactly like JSON.stringify: finite, no exponent form. */
const jsonNumberArb = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
  .filter((n) => !String(n).includes('e'))

const jsonLeafArb = fc.oneof(valueArb, jsonNumberArb, fc.constant(null))

/** JSON bodies: flat and nested objects, and arrays of objects (batch endpoints), never empty. */
export const bodyArb = fc.oneof(
  fc.dictionary(
    nameArb,
    fc.oneof(
      jsonLeafArb,
      fc.array(jsonLeafArb, { maxLength: 3 }),
      fc.dictionary(nameArb, jsonLeafArb, { maxKeys: 3 }),
    ),
    {
      minKeys: 1,
      maxKeys: 6,
    },
  ),
  fc.array(fc.dictionary(nameArb, jsonLeafArb, { minKeys: 1, maxKeys: 4 }), { minLength: 1, maxLength: 3 }),
)

export const paramsArb = (values = valueArb) =>
  fc
    .uniqueArray(fc.tuple(nameArb, values), { selector: ([name]) => name, maxLength: 6 })
    .map((entries) => Object.fromEntries(entries) as Record<string, string | number | boolean>)

/** A v5 path below /api/v5/, avoiding ccxt's order paths where it injects a broker clOrdId. */
export const pathArb = fc
  .array(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), { minLength: 1, maxLength: 3 })
  .map((segments) => segments.join('/'))
  .filter((p) => !['trade/order', 'trade/batch-orders', 'trade/order-algo'].includes(p))

/** Epoch ms between 2017 and 2049. */
export const timestampArb = fc.integer({ min: 1_500_000_000_000, max: 2_500_000_000_000 })
