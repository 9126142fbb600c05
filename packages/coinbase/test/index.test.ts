import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "COINBASE_TOKEN_LIFETIME_S",
      "classifyCoinbaseError",
      "coinbase",
      "coinbaseErrors",
      "coinbaseFreshness",
      "coinbaseHosts",
      "coinbaseRateLimits",
      "coinbaseUnauthorizedCauses",
      "createCoinbaseSigner",
      "describeCoinbaseIntent",
      "parseCoinbaseServerTime",
    ]
  `)
})
