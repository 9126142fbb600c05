import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "BYBIT_WS_AUTH_EXPIRES_IN_MS",
      "bybit",
      "bybitErrorCodes",
      "bybitHosts",
      "bybitRateLimits",
      "bybitServerTimeFromResponse",
      "bybitSignatureVariants",
      "bybitStringToSign",
      "bybitWsAuthText",
      "bybitWsTradeHeader",
      "classifyBybitError",
      "createBybitSigner",
      "createBybitVerifier",
      "describeBybitIntent",
      "parseBybitServerTime",
    ]
  `)
})
