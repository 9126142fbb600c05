import { expect, it } from 'vitest'

it('default: the entry point surface is locked', async () => {
  expect(Object.keys(await import('../src/index')).sort()).toMatchInlineSnapshot(`
    [
      "createClient",
      "createFreshness",
      "createTransportFetch",
    ]
  `)
})
