import { describe, expect, it } from 'vitest'
import { describeReceived, describeRequestLine } from '../src/kit/index'

describe('describeReceived', () => {
  it('behavior: names a received value without a conversion that could throw', () => {
    expect(describeReceived('PATCH')).toBe('PATCH')
    expect(describeReceived('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`)
    expect(describeReceived(12.5)).toBe('12.5')
    expect(describeReceived(10n)).toBe('10')
    expect(describeReceived(undefined)).toBe('undefined')
    expect(describeReceived(null)).toBe('null')
    expect(describeReceived({ toString: 0 })).toBe('an object')
    expect(describeReceived(Object.create(null))).toBe('an object')
    expect(describeReceived(Symbol('s'))).toBe('a symbol')
    const hostile = {
      toString() {
        throw new Error('boom')
      },
    }
    expect(describeReceived(hostile)).toBe('an object')
  })
})

describe('describeRequestLine', () => {
  it("behavior: names an intent's method and path, whatever they are, without converting them", () => {
    expect(describeRequestLine({ method: 'GET', path: '/api/v3/account' })).toBe('GET /api/v3/account')
    expect(describeRequestLine({ method: { toString: 0 }, path: Symbol('p') })).toBe('an object a symbol')
    expect(describeRequestLine(undefined)).toBe('undefined undefined')
    expect(describeRequestLine(null)).toBe('undefined undefined')
  })
})
