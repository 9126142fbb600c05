import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "binance",
      "binanceErrors",
      "binanceHosts",
      "binanceRateLimits",
      "binanceServerTimeFromResponse",
      "binanceStreamHosts",
      "classifyBinanceError",
      "createBinanceSigner",
      "describeBinanceIntent",
      "parseBinanceServerTime",
    ]
  `)
})
