import { InvalidParameterError } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { encodedQuery } from '../src/kit/index'
import { thrown } from '../src/testing/index'

describe('encodedQuery', () => {
  it('default: RFC 3986 percent-encoding in the intent order, on the path', () => {
    expect(encodedQuery('/api/x', { z: 'a b,c', a: "!'()*~", n: 1.5, skip: undefined })).toEqual({
      entries: [
        ['z', 'a b,c'],
        ['a', "!'()*~"],
        ['n', '1.5'],
      ],
      query: 'z=a%20b%2Cc&a=%21%27%28%29%2A~&n=1.5',
      url: '/api/x?z=a%20b%2Cc&a=%21%27%28%29%2A~&n=1.5',
    })
  })

  it('behavior: no params is the path alone', () => {
    expect(encodedQuery('/api/x', undefined)).toEqual({ entries: [], query: '', url: '/api/x' })
    expect(encodedQuery('/api/x', {}).url).toBe('/api/x')
  })

  it('error: a nested value is refused by name', () => {
    const error = thrown(() => encodedQuery('/api/x', { nested: { b: 1 } } as never))
    expect(error).toBeInstanceOf(InvalidParameterError)
    expect(error.message).toContain('nested')
  })
})
