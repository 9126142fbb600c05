import { createHmac } from 'node:crypto'
import { CredentialFormatError, type ExchangeDefinition } from '@signet/core'
import { describe, expect, it } from 'vitest'
import * as kit from '../src/kit/index'

it('default: the kit surface', () => {
  expect(Object.keys(kit).sort()).toMatchInlineSnapshot(`
    [
      "MAX_BODY_CHARS",
      "answerJson",
      "answerObject",
      "asyncSign",
      "canTrade",
      "checkIntent",
      "checkPassphrases",
      "checkSignOptions",
      "createHmacKey",
      "decodeForm",
      "decodeQuery",
      "describeReceived",
      "describeRequestLine",
      "describeType",
      "describeWithRules",
      "emulationFromExamples",
      "encodeComponent",
      "encodedQuery",
      "endpointWeights",
      "formatScalar",
      "hasDotSegment",
      "hash",
      "hashBytes",
      "hmac",
      "hmacKeyRing",
      "hmacSigningKey",
      "hmacVariants",
      "joinParams",
      "jsonAnswer",
      "jsonAnswers",
      "jsonRequestParts",
      "jsonVerifier",
      "keyEnvironmentOf",
      "missingHeader",
      "newOrderFrom",
      "noWebSocketAuth",
      "normalizeParams",
      "notJsonAnswer",
      "orderFrom",
      "parseJson",
      "parseJsonObject",
      "parseRawRequest",
      "percentEncode",
      "pythonJson",
      "queryForms",
      "readAnswer",
      "readServerTime",
      "receiveRequest",
      "refuseWindowMs",
      "requestParams",
      "retryAfterMs",
      "revealCredential",
      "safeEqual",
      "sampleTimes",
      "secretWithNewline",
      "serializeJsonBody",
      "serverTimeRoute",
      "servesPath",
      "signAsymmetric",
      "sortedKeys",
      "summarizeBody",
      "symbolAssets",
      "testKeyFor",
      "toExchangeError",
      "toPublicKey",
      "variantInputs",
      "verifyAsymmetric",
    ]
  `)
})

describe('decodeQuery', () => {
  it('behavior: decodes valid UTF-8 runs, keeps "+" and undecodable runs as received', () => {
    expect(kit.decodeQuery('a=x%20y%2Bz+w&b=%E4%B8%AD&c=%FF%41&d=%zz')).toBe('a=x y+z+w&b=中&c=%FF%41&d=%zz')
  })
})

describe('pythonJson', () => {
  it('behavior: Python json.dumps separators, nested', () => {
    expect(kit.pythonJson({ a: 1, b: [true, null, 'x'], c: { d: '中' } })).toBe(
      '{"a": 1, "b": [true, null, "x"], "c": {"d": "中"}}',
    )
  })
})

describe('queryForms', () => {
  it('behavior: raw, encoded, plus-for-space and sorted, in the intent order', () => {
    const { raw, encoded, plus, sorted, sortedEncoded } = kit.queryForms({ b: 'x y', a: 'é&' })
    expect({ raw, encoded, plus, sorted, sortedEncoded }).toEqual({
      raw: 'b=x y&a=é&',
      encoded: 'b=x%20y&a=%C3%A9%26',
      plus: 'b=x+y&a=%C3%A9%26',
      sorted: 'a=é&&b=x y',
      sortedEncoded: 'a=%C3%A9%26&b=x%20y',
    })
  })
})

describe('hmacVariants', () => {
  it('behavior: signs each candidate (node:crypto agrees), keeps the first of equal signatures, skips empty keys', () => {
    const variants = kit.hmacVariants(
      [
        { id: 'correct', description: 'c', signedText: 'abc' },
        { id: 'same-again', description: 's', signedText: 'abc' },
        { id: 'base64', description: 'b', signedText: 'abc', encoding: 'base64' },
        { id: 'empty-key', description: 'e', signedText: 'abc', key: '' },
        { id: 'sha512', description: 'x', signedText: 'abc', algorithm: 'sha512' },
      ],
      { secret: 'k', algorithm: 'sha256', encoding: 'hex' },
    )
    expect(variants.map((v) => v.id)).toEqual(['correct', 'base64', 'sha512'])
    expect(variants[0]!.signature).toBe(createHmac('sha256', 'k').update('abc').digest('hex'))
    expect(variants[1]!.signature).toBe(createHmac('sha256', 'k').update('abc').digest('base64'))
    expect(variants[2]!.signature).toBe(createHmac('sha512', 'k').update('abc').digest('hex'))
  })
})

describe('hmacKeyRing and canTrade', () => {
  it('behavior: keeps keys of the verifier environment that have a secret; trade is allowed by default', () => {
    const keys = kit.hmacKeyRing({
      now: () => 0,
      environment: 'demo',
      keys: [
        { apiKey: 'live-key', secret: 's' },
        { apiKey: 'demo-key', secret: 's', environment: 'demo', permissions: ['read'] },
        { apiKey: 'no-secret', environment: 'demo' },
      ],
    })
    expect([...keys.keys()]).toEqual(['demo-key'])
    expect(kit.canTrade(keys.get('demo-key')!.record)).toBe(false)
    expect(kit.canTrade({ apiKey: 'x' })).toBe(true)
  })
})

describe('jsonAnswers', () => {
  const answers = kit.jsonAnswers({
    errors: { E1: { status: 401, message: 'bad sign' } },
    error: (code, msg) => ({ code, msg }),
    serverTime: (t) => ({ t }),
    ok: (data) => ({ code: 0, data }),
    generic: {
      'not-found': [404, 'NF', 'Not found'],
      'duplicate-order': [200, 'DUP', 'Dup'],
      'order-not-found': [200, 'ONF', 'No order'],
      internal: [500, 'INT', 'Internal'],
    },
  })

  it('behavior: a refusal carries the table status and message, or the given message', () => {
    expect(answers.reject('E1', 'invalid-signature')).toEqual({
      ok: false,
      kind: 'invalid-signature',
      code: 'E1',
      response: {
        status: 401,
        headers: { 'Content-Type': 'application/json' },
        body: '{"code":"E1","msg":"bad sign"}',
      },
    })
    expect(answers.reject('E1', 'invalid-signature', 'other').response.body).toBe(
      '{"code":"E1","msg":"other"}',
    )
  })

  it('behavior: respond answers in the exchange shapes', () => {
    expect(answers.respond.serverTime(5).body).toBe('{"t":5}')
    expect(answers.respond.ok([1]).body).toBe('{"code":0,"data":[1]}')
    expect(answers.respond.error('order-not-found')).toMatchObject({
      status: 200,
      body: '{"code":"ONF","msg":"No order"}',
    })
  })

  it('error: a code missing from the table is a programming error', () => {
    expect(() => answers.reject('E2', 'other')).toThrow('E2 is not in the error table')
  })
})

describe('testKeyFor', () => {
  const definition = (needsPassphrase: boolean) =>
    ({
      id: 'toy',
      createSigner: (c: { passphrase?: unknown }) => {
        if (needsPassphrase && c.passphrase === undefined)
          throw new CredentialFormatError('passphrase', 'is missing')
        return {}
      },
    }) as unknown as ExchangeDefinition

  it('default: an HMAC secret, the same in the credentials and the verifier key, listed as a secret', () => {
    const key = kit.testKeyFor(definition(false))
    expect(key.credentials.secret).toMatch(/^[0-9A-F]{32}$/)
    expect(key.verifierKey).toEqual({ apiKey: key.credentials.apiKey, secret: key.credentials.secret })
    expect(key.secrets).toEqual([key.credentials.secret])
  })

  it("behavior: adds a passphrase when the signer asks for one, and the verification's own testKey wins", () => {
    const key = kit.testKeyFor(definition(true))
    expect(key.verifierKey.passphrase).toBe(key.credentials.passphrase)
    expect(key.secrets).toContain(key.credentials.passphrase)
    const own = { credentials: { apiKey: 'a' }, verifierKey: { apiKey: 'a' }, secrets: [] }
    expect(kit.testKeyFor(definition(false), { testKey: () => own })).toBe(own)
  })
})

describe('receiveRequest', () => {
  it('behavior: parts, params from query and JSON body, the path looked up, and the success result', () => {
    const received = kit.receiveRequest(
      { method: 'POST', url: '/api/order?a=1', headers: { 'X-Key': 'k' }, body: '{"b":"2"}' },
      ['/api/order'],
    )
    expect(received).toMatchObject({
      path: '/api/order',
      query: 'a=1',
      headers: { 'x-key': 'k' },
      served: true,
    })
    expect(received.params).toEqual({ a: '1', b: '2' })
    expect(received.accept('k')).toEqual({
      ok: true,
      apiKey: 'k',
      method: 'POST',
      path: '/api/order',
      params: { a: '1', b: '2' },
    })
    expect(
      kit.receiveRequest({ method: 'GET', url: '/other', headers: {}, body: '' }, ['/api/order']).served,
    ).toBe(false)
  })
})

describe('symbolAssets', () => {
  it('behavior: splits at the separator or before a known quote; anything else is no symbol', () => {
    expect(kit.symbolAssets('BTC-USDT', { separator: '-' })).toEqual(['BTC', 'USDT'])
    expect(kit.symbolAssets('ETHBTC', { quotes: ['USDT', 'BTC'] })).toEqual(['ETH', 'BTC'])
    for (const bad of ['BTC-USDT-SWAP', 'btc-usdt', '-USDT', 'BTC-'])
      expect(kit.symbolAssets(bad, { separator: '-' }), bad).toBeUndefined()
    for (const bad of ['USDT', 'BTCEUR', 'btcusdt', 'BTC_USDT'])
      expect(kit.symbolAssets(bad, { quotes: ['USDT'] }), bad).toBeUndefined()
  })
})

describe('jsonRequestParts', () => {
  it('behavior: a percent-encoded query on the URL, compact JSON with its content type, and the unsigned request', () => {
    const parts = kit.jsonRequestParts(
      { method: 'POST', path: '/o', params: { n: 'a b&中' }, body: { x: 1 }, security: 'none' },
      { exchange: 'Toy' },
    )
    expect(parts).toMatchObject({
      url: '/o?n=a%20b%26%E4%B8%AD',
      body: '{"x":1}',
      contentType: { 'Content-Type': 'application/json' },
      unsigned: {
        method: 'POST',
        url: '/o?n=a%20b%26%E4%B8%AD',
        headers: { 'Content-Type': 'application/json' },
        body: '{"x":1}',
      },
    })
    expect(parts.entries).toEqual([['n', 'a b&中']])
    expect(
      kit.jsonRequestParts({ method: 'GET', path: '/a', security: 'signed' }, { exchange: 'Toy' }),
    ).toMatchObject({ url: '/a', body: undefined, contentType: {} })
  })

  it('error: a bad intent is refused before anything is built', () => {
    expect(() =>
      kit.jsonRequestParts({ method: 'get' as 'GET', path: '/a', security: 'signed' }, { exchange: 'Toy' }),
    ).toThrow('method')
  })
})
