import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "BYBIT_WEBSOCKET_AUTH_WINDOW_MS",
      "bybit",
      "bybitErrors",
      "bybitHosts",
      "bybitRateLimits",
      "bybitServerTimeFromResponse",
      "bybitWsAuthText",
      "bybitWsTradeHeader",
      "classifyBybitError",
      "createBybitSigner",
      "describeBybitIntent",
      "parseBybitServerTime",
    ]
  `)
})
