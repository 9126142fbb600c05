import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "classifyKrakenError",
      "createKrakenSigner",
      "describeKrakenIntent",
      "kraken",
      "krakenErrors",
      "krakenHosts",
      "krakenRateLimits",
      "krakenWebSocketsToken",
    ]
  `)
})
