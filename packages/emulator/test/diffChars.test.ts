import { describe, expect, it } from 'vitest'
import { diffChars, firstDifference } from '../src/diffChars'
import { visible } from '../src/visible'

describe('diffChars', () => {
  it('default: an insertion, a deletion and a replacement (hand-derived)', () => {
    expect(diffChars('a b', 'a%20b')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: ' ' },
      { op: 'insert', text: '%20' },
      { op: 'equal', text: 'b' },
    ])
    expect(diffChars('{"a":1}', '{"a": 1}')).toEqual([
      { op: 'equal', text: '{"a":' },
      { op: 'insert', text: ' ' },
      { op: 'equal', text: '1}' },
    ])
    expect(diffChars('b=2&a=1', 'a=1&b=2').map((p) => p.op)).toContain('delete')
    expect(diffChars('same', 'same')).toEqual([{ op: 'equal', text: 'same' }])
  })

  it('behavior: joining the equal and delete parts gives the first text, equal and insert the second', () => {
    const pairs = [
      ['symbol=BTC&qty=0.10&ts=1', 'qty=0.1&symbol=BTC&ts=1000'],
      ['é€𝄞x', 'e€𝄞y'],
      ['', 'abc'],
      ['abc', ''],
    ] as const
    for (const [a, b] of pairs) {
      const parts = diffChars(a, b)
      expect(
        parts
          .filter((p) => p.op !== 'insert')
          .map((p) => p.text)
          .join(''),
      ).toBe(a)
      expect(
        parts
          .filter((p) => p.op !== 'delete')
          .map((p) => p.text)
          .join(''),
      ).toBe(b)
    }
  })

  it('behavior: hidden characters are shown, and the first difference is counted in code points', () => {
    expect(visible('a\nb\tc\u200bd')).toBe('a\\nb\\tc\\u{200b}d')
    expect(firstDifference('𝄞a', '𝄞b')).toBe(1)
    expect(firstDifference('x', 'x')).toBeUndefined()
  })
})
