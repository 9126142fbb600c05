import { expect, it } from 'vitest'
import { gateioSignatureVariants, gateioStringToSign } from '../src/diagnose/index'
import { createGateioVerifier } from '../src/verify/index'

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
