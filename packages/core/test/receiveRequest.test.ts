import { describe, expect, it } from 'vitest'
import { receiveRequest } from '../src/kit/index'

describe('receiveRequest', () => {
  it('behavior: a form body is read as a form by its Content-Type, a JSON body as JSON', () => {
    const form = receiveRequest({
      method: 'POST',
      url: '/api/order?a=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'b=x+y&c=%26',
    })
    expect(form.params).toEqual({ a: '1', b: 'x y', c: '&' })
    const json = receiveRequest({
      method: 'POST',
      url: '/api/order',
      headers: { 'content-type': 'application/json' },
      body: '{"b":"x+y","n":1}',
    })
    expect(json.params).toEqual({ b: 'x+y', n: '1' })
    expect(receiveRequest({ method: 'POST', url: '/x', headers: {}, body: 'b=1' }).params).toEqual({})
  })
})
