import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "classifyGateioError",
      "createGateioSigner",
      "createGateioWsAuth",
      "describeGateioIntent",
      "gateio",
      "gateioErrors",
      "gateioHosts",
      "gateioRateLimits",
    ]
  `)
})
