import type { RawRequest, SignedRequest } from '@signet/core'
import { tamperAt } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { okxExamples } from '../src/emulate/index'
import { createOkxSigner, okx } from '../src/index'
import { createOkxVerifier } from '../src/verify/index'

const T = 1_700_000_000_000
const live = {
  apiKey: '11111111-2222-4333-8444-555555555555',
  secret: '5F4E3D2C1B0A99887766554433221100',
  passphrase: 'Live-Pass-1',
}
const demo = {
  apiKey: 'dddddddd-2222-4333-8444-555555555555',
  secret: '00112233445566778899AABBCCDDEEFF',
  passphrase: 'Demo-Pass-1',
}
const readOnly = {
  apiKey: 'rrrrrrrr-2222-4333-8444-555555555555'.replace(/r/g, 'a'),
  secret: 'AABBCCDDEEFF00112233445566778899',
  passphrase: 'Read-Pass-1',
}
const keys = [live, { ...demo, environment: 'demo' }, { ...readOnly, permissions: ['read'] as const }]
const verifier = (now = T, environment?: string) => createOkxVerifier({ keys, now: () => now, environment })
const raw = (r: SignedRequest): RawRequest => ({
  method: r.method,
  url: r.url,
  headers: r.headers,
  body: r.body ?? '',
})
const balance = {
  method: 'GET',
  path: '/api/v5/account/balance',
  params: { ccy: 'BTC' },
  security: 'signed',
} as const
const liveSigner = createOkxSigner(live)
const demoSigner = createOkxSigner({ ...demo, keyEnvironment: 'demo' })
const signed = (timestamp = T) => liveSigner.signSync!(balance, { timestamp })
const withHeader = (r: SignedRequest, name: string, value: string | undefined) => ({
  ...raw(r),
  headers: { ...r.headers, [name]: value },
})
const failure = (result: ReturnType<ReturnType<typeof verifier>['verify']>) => {
  if (result.ok) throw new Error('expected a rejection')
  return {
    kind: result.kind,
    code: result.code,
    status: result.response.status,
    body: JSON.parse(result.response.body),
  }
}

describe('createOkxVerifier', () => {
  it('default: accepts a signed request and reports its params', () => {
    expect(verifier().verify(raw(signed()))).toEqual({
      ok: true,
      apiKey: live.apiKey,
      method: 'GET',
      path: '/api/v5/account/balance',
      params: { ccy: 'BTC' },
    })
  })

  it('error: missing headers answer 50103 / 50106 / 50107 / 50104 with HTTP 401 (spec okx.md §6)', () => {
    const cases = [
      ['OK-ACCESS-KEY', '50103'],
      ['OK-ACCESS-SIGN', '50106'],
      ['OK-ACCESS-TIMESTAMP', '50107'],
      ['OK-ACCESS-PASSPHRASE', '50104'],
    ] as const
    for (const [header, code] of cases) {
      const result = failure(verifier().verify(withHeader(signed(), header, undefined)))
      expect(result, header).toMatchObject({ code, status: 401, body: { code, data: [] } })
    }
  })

  it('error: a timestamp that is not ISO UTC with ms answers 50112 (spec okx.md §3, §4)', () => {
    for (const ts of [
      '2023-11-14T22:13:20Z',
      '2023-11-14T22:13:20.000',
      '2023-11-14T22:13:20.000+00:00',
      '1700000000000',
      '2023-02-30T22:13:20.000Z',
    ]) {
      expect(failure(verifier().verify(withHeader(signed(), 'OK-ACCESS-TIMESTAMP', ts))), ts).toMatchObject({
        kind: 'timestamp',
        code: '50112',
        status: 401,
        body: { code: '50112', msg: 'Invalid OK-ACCESS-TIMESTAMP.', data: [] },
      })
    }
  })

  it('behavior: the window is 30 s either way, edges included (spec okx.md §4)', () => {
    expect(verifier().verify(raw(signed(T - 30_000))).ok).toBe(true)
    expect(verifier().verify(raw(signed(T + 30_000))).ok).toBe(true)
    for (const ts of [T - 30_001, T + 30_001]) {
      // The live text has no trailing period (https://github.com/ccxt/ccxt/issues/24005).
      expect(failure(verifier().verify(raw(signed(ts))))).toEqual({
        kind: 'timestamp',
        code: '50102',
        status: 401,
        body: { code: '50102', msg: 'Timestamp request expired', data: [] },
      })
    }
  })

  it('error: unknown keys answer 50119 (HTTP 200) when UUID-shaped, else 50111', () => {
    const stranger = createOkxSigner({ ...live, apiKey: '99999999-2222-4333-8444-555555555555' }).signSync!(
      balance,
      { timestamp: T },
    )
    expect(failure(verifier().verify(raw(stranger)))).toMatchObject({
      kind: 'invalid-api-key',
      code: '50119',
      status: 200,
    })
    const malformed = createOkxSigner({ ...live, apiKey: 'not-a-key' }).signSync!(balance, { timestamp: T })
    // Live body: {"msg":"Invalid OK-ACCESS-KEY","code":"50111"} (https://github.com/pyted/okx/issues/1).
    expect(failure(verifier().verify(raw(malformed)))).toMatchObject({
      code: '50111',
      status: 401,
      body: { msg: 'Invalid OK-ACCESS-KEY' },
    })
  })

  it('error: a wrong passphrase answers 50105', () => {
    const wrong = createOkxSigner({ ...live, passphrase: 'Live-Pass-2' }).signSync!(balance, { timestamp: T })
    expect(failure(verifier().verify(raw(wrong)))).toEqual({
      kind: 'passphrase',
      code: '50105',
      status: 401,
      body: { code: '50105', msg: 'Request header OK-ACCESS-PASSPHRASE incorrect.', data: [] },
    })
  })

  it('error: a live key on demo and a demo key on live answer 50101 (spec okx.md §10.3)', () => {
    const liveAsDemo = createOkxSigner({ ...live, keyEnvironment: 'demo' }).signSync!(balance, {
      timestamp: T,
    })
    const demoAsLive = createOkxSigner(demo).signSync!(balance, { timestamp: T })
    const expected = {
      kind: 'invalid-api-key',
      code: '50101',
      status: 401,
      body: { code: '50101', msg: 'APIKey does not match current environment.', data: [] },
    }
    expect(failure(verifier().verify(raw(liveAsDemo)))).toEqual(expected)
    expect(failure(verifier().verify(raw(demoAsLive)))).toEqual(expected)
    // A demo-only server also refuses live keys that leave the header out.
    expect(failure(verifier(T, 'demo').verify(raw(signed())))).toEqual(expected)
    expect(verifier(T, 'demo').verify(raw(demoSigner.signSync!(balance, { timestamp: T })))).toMatchObject({
      ok: true,
      apiKey: demo.apiKey,
    })
    expect(verifier(T, 'live').verify(raw(demoSigner.signSync!(balance, { timestamp: T })))).toMatchObject({
      ok: true,
    })
  })

  it('error: a changed body, query or timestamp answers 50113 "Invalid Sign"', () => {
    const post = liveSigner.signSync!(okxExamples.placeOrder('abc1'), { timestamp: T })
    const cases = [
      { ...raw(post), body: post.body!.replace('0.001', '0.002') },
      { ...raw(signed()), url: '/api/v5/account/balance?ccy=ETH' },
      withHeader(signed(), 'OK-ACCESS-TIMESTAMP', '2023-11-14T22:13:20.001Z'),
      { ...raw(post), body: JSON.stringify(JSON.parse(post.body!), null, 1) },
    ]
    for (const request of cases) {
      // Live text "Invalid Sign" (https://github.com/knowm/XChange/issues/4946).
      expect(failure(verifier().verify(request))).toEqual({
        kind: 'invalid-signature',
        code: '50113',
        status: 401,
        body: { code: '50113', msg: 'Invalid Sign', data: [] },
      })
    }
  })

  it('behavior: expTime is a deadline; past it the request answers 50036 (spec okx.md §4)', () => {
    const order = okxExamples.placeOrder('exp1')
    const request = raw(liveSigner.signSync!(order, { timestamp: T, expTime: T + 500 }))
    expect(request.headers.expTime).toBe(String(T + 500))
    expect(verifier(T + 500).verify(request).ok).toBe(true)
    expect(failure(verifier(T + 501).verify(request))).toMatchObject({
      kind: 'timestamp',
      code: '50036',
      status: 400,
    })
    expect(
      failure(
        verifier().verify(
          withHeader(liveSigner.signSync!(order, { timestamp: T }), 'expTime', '17000000000'),
        ),
      ),
    ).toMatchObject({
      kind: 'bad-request',
      code: '51000',
    })
  })

  it('error: a read-only key on an order endpoint answers 50120 (HTTP 200)', () => {
    const order = createOkxSigner(readOnly).signSync!(okxExamples.cancelOrder('c1'), { timestamp: T })
    expect(failure(verifier().verify(raw(order)))).toMatchObject({
      kind: 'permission',
      code: '50120',
      status: 200,
    })
    expect(verifier().verify(raw(createOkxSigner(readOnly).signSync!(balance, { timestamp: T }))).ok).toBe(
      true,
    )
  })

  it('behavior: unknown paths answer not-found when paths are given; public requests skip auth', () => {
    const v = createOkxVerifier({
      keys,
      now: () => T,
      paths: ['/api/v5/account/balance', '/api/v5/public/time'],
    })
    expect(v.verify({ method: 'GET', url: '/api/v5/account/nope', headers: {}, body: '' })).toMatchObject({
      ok: false,
      kind: 'not-found',
      response: { status: 404 },
    })
    expect(
      v.verify({ method: 'GET', url: '/api/v5/public/time', headers: {}, body: '' }, 'none'),
    ).toMatchObject({ ok: true })
  })

  it('behavior: a demo signer with expTime rejects every single-byte tamper', () => {
    const request = demoSigner.signSync!(okxExamples.placeOrder('tamper1'), {
      timestamp: T,
      expTime: T + 5000,
    })
    const v = verifier()
    expect(v.verify(raw(request)).ok).toBe(true)
    const accepted: string[] = []
    const check = (what: string, r: RawRequest) => v.verify(r).ok && accepted.push(what)
    for (let i = 0; i < request.url.length; i++)
      check(`url[${i}]`, { ...raw(request), url: tamperAt(request.url, i) })
    for (let i = 0; i < request.body!.length; i++)
      check(`body[${i}]`, { ...raw(request), body: tamperAt(request.body!, i) })
    for (const [name, value] of Object.entries(request.headers)) {
      // Neither is in the prehash (spec okx.md §2): Content-Type is not checked by the verifier (see
      // conformance.test.ts) and expTime only moves the deadline, which OKX lets anyone on the path change.
      if (name === 'Content-Type' || name === 'expTime') continue
      for (let i = 0; i < value.length; i++)
        check(`${name}[${i}]`, withHeader(request, name, tamperAt(value, i)))
    }
    expect(accepted).toEqual([])
    expect(failure(v.verify(withHeader(request, 'expTime', String(T - 1))))).toMatchObject({ code: '50036' })
  })

  it('behavior: every single-byte tamper is rejected with the code of the part it hit (spec okx.md §6)', () => {
    const request = liveSigner.signSync!(okxExamples.placeOrder('tamper2'), { timestamp: T })
    const v = createOkxVerifier({ keys, now: () => T, paths: [okxExamples.placeOrder('x').path] })
    const codes = (r: RawRequest) => {
      const result = v.verify(r)
      return result.ok ? 'accepted' : String(result.code)
    }
    const seen = (parts: Iterable<string>) => new Set(parts)
    const url = request.url
    const pathEnd = url.includes('?') ? url.indexOf('?') : url.length
    // Path: OKX routes before it authenticates, so an unknown path is "not found"; the query is in the prehash.
    const pathCodes = seen(
      Array.from({ length: pathEnd }, (_, i) => codes({ ...raw(request), url: tamperAt(url, i) })),
    )
    expect([...pathCodes].every((c) => c === '404')).toBe(true)
    const bodyCodes = seen(
      Array.from(request.body!, (_, i) => codes({ ...raw(request), body: tamperAt(request.body!, i) })),
    )
    expect(bodyCodes).toEqual(new Set(['50113']))
    const header = (name: string) =>
      seen(
        Array.from(request.headers[name]!, (_, i) =>
          codes(withHeader(request, name, tamperAt(request.headers[name]!, i))),
        ),
      )
    expect(header('OK-ACCESS-SIGN')).toEqual(new Set(['50113']))
    expect(header('OK-ACCESS-PASSPHRASE')).toEqual(new Set(['50105']))
    // An unknown key: 50119 when it still looks like an OKX key (UUID), 50111 otherwise (spec §6).
    expect([...header('OK-ACCESS-KEY')].every((c) => c === '50119' || c === '50111')).toBe(true)
    // A timestamp digit: malformed (50112), out of the 30 s window (50102), or inside it but not what was signed (50113).
    const timestampCodes = header('OK-ACCESS-TIMESTAMP')
    expect([...timestampCodes].every((c) => ['50112', '50102', '50113'].includes(c))).toBe(true)
    expect(timestampCodes.has('50113')).toBe(true)
  })

  it('default: respond builds OKX envelopes (spec okx.md §5, §6)', () => {
    const v = verifier()
    expect(v.respond.serverTime(1597026383085)).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}',
    })
    expect(JSON.parse(v.respond.ok({ ordId: '1' }).body)).toEqual({
      code: '0',
      msg: '',
      data: [{ ordId: '1' }],
    })
    expect(JSON.parse(v.respond.error('duplicate-order').body)).toMatchObject({
      code: '1',
      data: [{ sCode: '51016' }],
    })
    expect(okx.classifyError({ ...v.respond.error('order-not-found'), headers: {} })).toMatchObject({
      code: '51400',
    })
    expect(v.respond.error('internal')).toMatchObject({
      status: 500,
      body: '{"code":"50026","msg":"System error. Try again later.","data":[]}',
    })
    expect(okx.parseServerTime(v.respond.serverTime(T).body)).toBe(T)
  })
})

describe('createOkxVerifier: WebSocket login', () => {
  const login = (now: number, environment?: string) =>
    createOkxVerifier({ keys, now: () => now, environment }).verifyWsLogin
  const T_S = T / 1000

  it('default: accepts the signer login within 30 s and answers the login event', async () => {
    const message = JSON.stringify(await liveSigner.signWebSocketAuth({ timestamp: T }))
    const result = login(T + 30_000)(message)
    expect(result.ok).toBe(true)
    expect(JSON.parse(result.response)).toMatchObject({ event: 'login', code: '0', msg: '' })
    expect(login(T + 30_001)(message)).toMatchObject({ ok: false, code: '60006' })
  })

  it('error: a millisecond timestamp answers 60006 (spec okx.md §10.2)', async () => {
    const message = await liveSigner.signWebSocketAuth({ timestamp: T })
    const ms = { op: 'login', args: [{ ...message.args[0], timestamp: String(T) }] }
    expect(login(T)(ms)).toMatchObject({ ok: false, kind: 'timestamp', code: '60006' })
  })

  it('error: wrong passphrase 60024, bad sign 60007, unknown key 60032, bad timestamp 60004, demo key on live 60032', async () => {
    const arg = (await liveSigner.signWebSocketAuth({ timestamp: T })).args[0]
    const op = (patch: object) => ({ op: 'login', args: [{ ...arg, ...patch }] })
    expect(login(T)(op({ passphrase: 'x' }))).toMatchObject({ code: '60024' })
    expect(login(T)(op({ sign: tamperAt(arg.sign, 3) }))).toMatchObject({
      code: '60007',
      kind: 'invalid-signature',
    })
    expect(login(T)(op({ apiKey: '99999999-2222-4333-8444-555555555555' }))).toMatchObject({ code: '60032' })
    expect(login(T)(op({ timestamp: `${T_S}.5` }))).toMatchObject({ code: '60004' })
    expect(login(T)(await demoSigner.signWebSocketAuth({ timestamp: T }))).toMatchObject({ code: '60032' })
    expect(login(T, 'demo')(await demoSigner.signWebSocketAuth({ timestamp: T }))).toMatchObject({ ok: true })
    const failed = login(T)('not json')
    expect(failed.ok).toBe(false)
    expect(JSON.parse(failed.response)).toMatchObject({ event: 'error', code: '60009', msg: 'Login failed.' })
  })
})
