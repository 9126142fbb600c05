/**
 * The error `fn` throws; fails the test when it throws nothing.
 *
 * @example
 * expect(thrown(() => createSigner({ apiKey, secret: '' })).message).toContain('secret')
 */
export function thrown(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a throw')
}
