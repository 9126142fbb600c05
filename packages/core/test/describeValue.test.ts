import { describe, expect, it } from 'vitest'
import { describeValue } from '../src/kit/index'

describe('describeValue', () => {
  it('behavior: names a received value without a conversion that could throw', () => {
    expect(describeValue('PATCH')).toBe('PATCH')
    expect(describeValue('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`)
    expect(describeValue(12.5)).toBe('12.5')
    expect(describeValue(10n)).toBe('10')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(null)).toBe('null')
    expect(describeValue({ toString: 0 })).toBe('an object')
    expect(describeValue(Object.create(null))).toBe('an object')
    expect(describeValue(Symbol('s'))).toBe('a symbol')
    const hostile = {
      toString() {
        throw new Error('boom')
      },
    }
    expect(describeValue(hostile)).toBe('an object')
  })
})
