import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "classifyHyperliquidError",
      "clientOrderIdOf",
      "cloidOf",
      "createHyperliquidSigner",
      "describeHyperliquidIntent",
      "hyperliquid",
      "hyperliquidErrors",
      "hyperliquidHosts",
      "hyperliquidRateLimits",
      "toHyperliquidDecimal",
    ]
  `)
})

it('default: the emulate entry', async () => {
  expect(Object.keys(await import('../src/emulate/index')).sort()).toEqual([
    'hyperliquidEmulation',
    'hyperliquidExamples',
  ])
})
