import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "binance",
      "binanceErrors",
      "binanceHosts",
      "binanceRateLimits",
      "binanceServerTimeFromResponse",
      "binanceSignatureVariants",
      "binanceStreamHosts",
      "binanceStringToSign",
      "classifyBinanceError",
      "createBinanceSigner",
      "createBinanceVerifier",
      "describeBinanceIntent",
      "parseBinanceServerTime",
    ]
  `)
})
