import { describe, expect, it } from 'vitest'
import { sortedKeys } from '../src/kit/index'

describe('sortedKeys', () => {
  it('default: sorts the keys of every object, nested and inside arrays; arrays keep their order', () => {
    expect(JSON.stringify(sortedKeys({ b: [{ z: 1, y: 2 }, 3], a: { d: null, c: 'x' } }))).toBe(
      '{"a":{"c":"x","d":null},"b":[{"y":2,"z":1},3]}',
    )
  })

  it('behavior: scalars pass through, and a "__proto__" key stays an own property', () => {
    expect(sortedKeys('x')).toBe('x')
    const parsed = JSON.parse('{"b":1,"__proto__":{"polluted":true}}')
    const sorted = sortedKeys(parsed) as Record<string, unknown>
    expect(Object.keys(sorted)).toEqual(['__proto__', 'b'])
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
  })
})
