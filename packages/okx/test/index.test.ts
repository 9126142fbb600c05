import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "OKX_TIMESTAMP_WINDOW_MS",
      "classifyOkxError",
      "createOkxSigner",
      "describeOkxIntent",
      "okx",
      "okxErrors",
      "okxHosts",
      "okxRateLimits",
      "okxTolerance",
      "parseOkxServerTime",
    ]
  `)
})
