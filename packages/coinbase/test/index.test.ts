import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  // TODO(new-exchange): once the surface is final, lock it with `.toMatchInlineSnapshot()` (any change then shows
  // in review and needs a changeset).
  expect(Object.keys(await import('../src/index')).sort()).toEqual(
    [
      'coinbase',
      'coinbaseErrors',
      'coinbaseHosts',
      'coinbaseSignatureVariants',
      'coinbaseStringToSign',
      'classifyCoinbaseError',
      'createCoinbaseSigner',
      'createCoinbaseVerifier',
    ].sort(),
  )
})
