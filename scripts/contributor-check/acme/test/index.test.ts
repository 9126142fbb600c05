import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "acme",
      "acmeErrors",
      "acmeHosts",
      "classifyAcmeError",
      "createAcmeSigner",
    ]
  `)
})
