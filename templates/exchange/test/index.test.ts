import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  // TODO(new-exchange): once the surface is final, lock it with `.toMatchInlineSnapshot()` (any change then shows
  // in review and needs a changeset).
  expect(Object.keys(await import('../src/index')).sort()).toEqual(
    [
      '__name__',
      '__name__Errors',
      '__name__Hosts',
      '__name__SignatureVariants',
      '__name__StringToSign',
      'classify__Name__Error',
      'create__Name__Signer',
      'create__Name__Verifier',
    ].sort(),
  )
})
