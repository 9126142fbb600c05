// The send stage parses a signed URL only when its characters could change under the WHATWG parser: whatever it
// lets through unparsed must come out of the parser byte for byte.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isVerbatim } from '../src/_send'

const BASE = 'https://api.example.com'
const parsedUnchanged = (pathAndQuery: string) => new URL(BASE + pathAndQuery).href.endsWith(pathAndQuery)

describe('isVerbatim', () => {
  it('property: a path and query it calls verbatim is left unchanged by the WHATWG URL parser', () => {
    const char = fc.constantFrom(
      ...'aZ09-._~%!$&()*+,;=:@/?'.split(''),
      ...` '"<>\`#[]{}|\\^é\u0000\t`.split(''),
      '%2e',
      '%2E',
      '.',
      '..',
    )
    const url = fc.array(char, { maxLength: 24 }).map((parts) => `/${parts.join('')}`)
    fc.assert(
      fc.property(url, (u) => {
        if (isVerbatim(u)) expect(parsedUnchanged(u)).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })

  it.each([
    ['/api/v3/order?symbol=BTCUSDT&quantity=0.01000000&price=65000.00&signature=ab12', true],
    ['/v5/order/create', true],
    ['/api/../v3/order', false],
    ['/api/%2E%2E/order', false],
    ["/api?note='x'", false],
    ['/api?note=a b', false],
  ])('behavior: %s is verbatim: %s', (u, verbatim) => {
    expect(isVerbatim(u)).toBe(verbatim)
    if (verbatim) expect(parsedUnchanged(u)).toBe(true)
  })
})
