// hasDotSegment skips splitting a path with neither '.' nor '%': it must answer exactly as the segment-by-segment check.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasDotSegment } from '../src/request/hasDotSegment'

const bySegment = (path: string) =>
  path.split('/').some((segment) => ['.', '..'].includes(segment.replace(/%2e/gi, '.')))

describe('hasDotSegment', () => {
  it('property: answers as the segment-by-segment check for paths of /, ., %2e, %2E, % and letters', () => {
    const part = fc.constantFrom('/', '.', '..', '%2e', '%2E', '%', '2', 'e', 'a', 'v5')
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const path = `/${parts.join('')}`
        expect(hasDotSegment(path)).toBe(bySegment(path))
      }),
      { numRuns: 3000 },
    )
  })

  it.each([
    ['/v5/order/create', false],
    ['/api/v5/%2e%2e/x', true],
    ['/a/./b', true],
    ['/a/.b/c', false],
  ])('behavior: %s has a dot segment: %s', (path, expected) => {
    expect(hasDotSegment(path)).toBe(expected)
  })
})
