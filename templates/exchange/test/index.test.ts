import { expect, it } from 'vitest'

it('default: the public surface', async () => {
  // TODO(new-exchange): once the surface is final, lock it with `.toMatchInlineSnapshot()` (any change then shows
  // in review and needs a changeset).
  expect(Object.keys(await import('../src/index')).sort()).toEqual(
    ['__name__', '__name__Errors', '__name__Hosts', 'classify__Name__Error', 'create__Name__Signer'].sort(),
  )
})
