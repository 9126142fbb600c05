import fc from 'fast-check'

const hexDigits = [...'0123456789abcdefABCDEF']
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...hexDigits), minLength: length, maxLength: length })

/** Addresses in any letter case (Hyperliquid hashes them lower-cased). */
export const addressArb = hex(40).map((h) => `0x${h}`)
/** Client order ids in any letter case. */
export const cloidArb = hex(32).map((h) => `0x${h}`)

/**
 * Decimal strings as bots write them: leading zeros, trailing zeros, integers up to 20 digits, at most 8
 * significant decimals (more would round, which Signet refuses; see signer.errors.test.ts).
 */
export const decimalArb = fc
  .tuple(
    fc.oneof(
      fc.nat({ max: 9 }).map(String),
      fc.nat().map(String),
      fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
    ),
    fc.nat({ max: 2 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 8 }),
    fc.nat({ max: 3 }),
  )
  .map(([int, lead, frac, trail]) => {
    const f = frac + '0'.repeat(frac === '' ? 0 : trail)
    return `${'0'.repeat(lead)}${int}${f === '' ? '' : `.${f}`}`
  })

/** ms nonces in [2^40, 2^44): where ccxt's nonce encoding is right (see oracle.test.ts). */
export const nonceArb = fc.integer({ min: 1_100_000_000_000, max: 17_000_000_000_000 })

const orderTypeArb = fc.oneof(
  fc.constantFrom('Alo', 'Ioc', 'Gtc').map((tif) => ({ limit: { tif } })),
  fc
    .record({ isMarket: fc.boolean(), triggerPx: decimalArb, tpsl: fc.constantFrom('tp', 'sl') })
    .map((trigger) => ({ trigger })),
)

/** One order wire `{ a, b, p, s, r, t, c? }` with awkward values. */
export const orderWireArb = fc
  .record({
    a: fc.oneof(
      fc.nat({ max: 300 }),
      fc.integer({ min: 10_000, max: 10_500 }),
      fc.integer({ min: 100_000, max: 190_000 }),
    ),
    b: fc.boolean(),
    p: decimalArb,
    s: decimalArb,
    r: fc.boolean(),
    t: orderTypeArb,
    c: fc.option(cloidArb, { nil: undefined }),
  })
  .map(({ c, ...rest }) => (c === undefined ? rest : { ...rest, c }))

/** An `order` action: 1–3 orders, any grouping, optional builder. */
export const orderActionArb = fc
  .record({
    orders: fc.array(orderWireArb, { minLength: 1, maxLength: 3 }),
    grouping: fc.constantFrom('na', 'normalTpsl', 'positionTpsl'),
    builder: fc.option(fc.record({ b: addressArb, f: fc.nat({ max: 1000 }) }), { nil: undefined }),
  })
  .map(({ builder, ...rest }) => ({ type: 'order', ...rest, ...(builder ? { builder } : {}) }))

/** `cancel` (asset, order id) and `cancelByCloid` (asset, cloid) actions with 1–3 entries. */
export const cancelActionArb = fc.oneof(
  fc
    .array(fc.record({ a: fc.nat({ max: 200_000 }), o: fc.nat({ max: Number.MAX_SAFE_INTEGER }) }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((cancels) => ({ type: 'cancel', cancels })),
  fc
    .array(fc.record({ asset: fc.nat({ max: 200_000 }), cloid: cloidArb }), { minLength: 1, maxLength: 3 })
    .map((cancels) => ({ type: 'cancelByCloid', cancels })),
)

/** A secp256k1 key generated for the run (a scalar below the curve order). */
export const privateKeyArb = hex(64)
  .map((h) => h.toLowerCase())
  .filter(
    (h) =>
      /[1-9a-f]/.test(h) &&
      BigInt(`0x${h}`) < 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
  )
  .map((h) => `0x${h}`)

/** Everything besides the action: key, nonce, chain, vault, expiry (up to a day after the nonce). */
export const contextArb = fc
  .record({
    privateKey: privateKeyArb,
    nonce: nonceArb,
    testnet: fc.boolean(),
    vaultAddress: fc.option(addressArb, { nil: undefined }),
    expiresIn: fc.option(fc.nat({ max: 86_400_000 }), { nil: undefined }),
  })
  .map(({ expiresIn, ...ctx }) => ({
    ...ctx,
    expiresAfter: expiresIn === undefined ? undefined : ctx.nonce + expiresIn,
  }))
