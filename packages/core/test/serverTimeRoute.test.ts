import { describe, expect, it } from 'vitest'
import { serverTimeRoute } from '../src/kit/index'

const answer = (ms: number) => ({ status: 200, headers: {}, body: JSON.stringify({ t: Math.floor(ms) }) })
const request = { params: {}, pathParams: {}, serverTime: 1_700_000_000_123.7 }

describe('serverTimeRoute', () => {
  it("default: a GET time route that reads nothing and answers the clock in the exchange's shape", () => {
    const route = serverTimeRoute('/api/time', answer)
    expect(route).toMatchObject({ action: 'time', method: 'GET', path: '/api/time' })
    expect('book' in route).toBe(false)
    expect(route.read(request)).toEqual({})
    expect(route.action === 'time' && route.answer(1_700_000_000_123.7, request).body).toBe(
      '{"t":1700000000123}',
    )
  })

  it('args: a book keeps the route on its ledger', () => {
    expect(serverTimeRoute('/fapi/v1/time', answer, 'usdm').book).toBe('usdm')
  })
})
