import { describe, expect, it } from 'vitest'
import { jsonVerifier } from '../src/kit/index'

const answers = {
  exchange: 'acme',
  errors: { NF: { status: 404, message: 'Not found' }, BAD: { status: 401, message: 'bad key' } },
  error: (code: string, msg: string) => ({ code, msg }),
  serverTime: (t: number) => ({ t }),
  ok: (data: unknown) => ({ data }),
  generic: {
    'not-found': [404, 'NF', 'Not found'],
    'duplicate-order': [200, 'DUP', 'Dup'],
    'order-not-found': [200, 'ONF', 'No order'],
    internal: [500, 'INT', 'Internal'],
  },
} as const
const verifier = (paths?: string[]) =>
  jsonVerifier(
    { keys: [], now: () => 0, paths },
    {
      ...answers,
      check: (received, reject) =>
        received.headers['x-key'] === 'k' ? received.accept('k') : reject('BAD', 'invalid-api-key'),
    },
  )
const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers, body: '' })

describe('jsonVerifier', () => {
  it('default: a signed request on a served path goes to check, which accepts or refuses with the table', () => {
    expect(verifier().verify(get('/api/a?x=1', { 'X-Key': 'k' }))).toEqual({
      ok: true,
      apiKey: 'k',
      method: 'GET',
      path: '/api/a',
      params: { x: '1' },
    })
    expect(verifier().verify(get('/api/a'))).toMatchObject({
      ok: false,
      code: 'BAD',
      kind: 'invalid-api-key',
      response: { status: 401, body: '{"code":"BAD","msg":"bad key"}' },
    })
  })

  it("behavior: a path it does not serve is the exchange's not-found, before any check", () => {
    expect(verifier(['/api/a']).verify(get('/api/b', { 'X-Key': 'k' }))).toMatchObject({
      ok: false,
      code: 'NF',
      kind: 'not-found',
      response: { status: 404 },
    })
  })

  it('behavior: an unsigned request is accepted without check; respond speaks the exchange shapes', () => {
    expect(verifier().verify(get('/api/a'), 'none')).toMatchObject({ ok: true, apiKey: '' })
    const v = verifier()
    expect(v.exchange).toBe('acme')
    expect(Object.isFrozen(v)).toBe(true)
    expect(v.respond.serverTime(5).body).toBe('{"t":5}')
    expect(v.respond.error('duplicate-order')).toMatchObject({
      status: 200,
      body: '{"code":"DUP","msg":"Dup"}',
    })
  })
})
