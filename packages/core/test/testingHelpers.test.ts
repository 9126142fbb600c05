import { createHmac } from 'node:crypto'
import { CredentialFormatError, type SignatureVariant, type SignedRequest } from '@signet/core'
import { describe, expect, it } from 'vitest'
import {
  checkSignatureVariants,
  errorForAnswer,
  exchangeResponse,
  expectFieldErrors,
  expectVector,
  thrown,
} from '../src/testing/index'

const variant = (id: string, signature: string, signedText = 'text'): SignatureVariant => ({
  id,
  description: `The ${id} way.`,
  signedText,
  signature,
})
const nine = Array.from({ length: 9 }, (_, i) => variant(i === 0 ? 'correct' : `wrong-${i}`, `sig-${i}`))

describe('checkSignatureVariants', () => {
  it('default: returns the variants by id when every promise holds', () => {
    expect(Object.keys(checkSignatureVariants(nine.slice(0, 8), { minimum: 8 }))).toHaveLength(8)
    const byId = checkSignatureVariants(nine, { signature: 'sig-0', secrets: ['s3cret'] })
    expect(Object.keys(byId)).toHaveLength(9)
    expect(byId['wrong-3']?.signature).toBe('sig-3')
  })

  it('error: correct not first, not the signer signature, too few, repeated ids or signatures, a secret shown', () => {
    const fails = (variants: SignatureVariant[], options = {}) =>
      thrown(() => checkSignatureVariants(variants, options)).message
    expect(fails([...nine.slice(1), nine[0]!])).toContain('the first variant')
    expect(fails(nine, { signature: 'other' })).toContain('correct = what the signer sends')
    expect(fails(nine.slice(0, 8))).toContain('variants, correct included')
    expect(fails([...nine, variant('wrong-1', 'sig-x')])).toContain('unique ids')
    expect(fails([...nine, variant('wrong-9', 'sig-1')])).toContain('unique signatures')
    expect(fails([...nine, { ...variant('wrong-9', 'sig-9'), description: 'no sentence' }])).toContain(
      'wrong-9',
    )
    expect(fails([...nine, variant('wrong-9', 'sig-9', 'a s3cret b')], { secrets: ['s3cret'] })).toContain(
      'wrong-9 shows a secret',
    )
  })
})

describe('expectVector', () => {
  const signed: SignedRequest = {
    method: 'GET',
    url: '/api?x=1',
    headers: { 'X-SIGN': createHmac('sha256', 'k').update('x=1').digest('hex') },
  }

  it('default: passes when every given field matches, header names in any case', () => {
    expectVector(signed, {
      name: 'v',
      expected: { url: '/api?x=1', headers: { 'x-sign': signed.headers['X-SIGN']! } },
    })
  })

  it('error: names the vector and the field that differs', () => {
    expect(
      thrown(() => expectVector(signed, { name: 'doc', expected: { url: '/api?x=2' } })).message,
    ).toContain('doc url')
    expect(thrown(() => expectVector(signed, { name: 'doc', expected: { body: '{}' } })).message).toContain(
      'doc body',
    )
    expect(
      thrown(() => expectVector(signed, { name: 'doc', expected: { headers: { 'X-SIGN': 'ff' } } })).message,
    ).toContain('doc header X-SIGN')
    expect(
      thrown(() => expectVector(signed, { name: 'doc', expected: { headers: { 'X-KEY': 'k' } } })).message,
    ).toContain('doc header X-KEY')
  })
})

it('default: exchangeResponse is the answer a classifier reads', () => {
  expect(exchangeResponse(429, 'slow down', { 'retry-after': '2' })).toEqual({
    status: 429,
    headers: { 'retry-after': '2' },
    body: 'slow down',
  })
  expect(exchangeResponse(200, '{}').headers).toEqual({})
})

describe('expectFieldErrors', () => {
  const fail =
    (field: string, message = 'bad') =>
    () => {
      throw new CredentialFormatError(field, message, { exchange: 'acme' })
    }

  it('default: passes when each case throws a typed error naming its field, without the secrets', () => {
    expectFieldErrors(
      [
        ['secret', fail('secret')],
        ['apiKey', fail('apiKey')],
      ],
      {
        name: 'CredentialFormatError',
        secrets: ['s3cret'],
      },
    )
  })

  it('error: no throw, an untyped error, another field or class, or a secret shown', () => {
    const message = (run: () => unknown, options = {}) =>
      thrown(() => expectFieldErrors([['secret', run]], options)).message
    expect(message(() => 1)).toContain('expected a throw')
    expect(
      message(() => {
        throw new Error('plain')
      }),
    ).toContain('secret: a SignetError')
    expect(message(fail('apiKey'))).toContain('secret')
    expect(message(fail('secret'), { name: 'InvalidParameterError' })).toContain('InvalidParameterError')
    expect(message(fail('secret', 'is s3cret'), { secrets: ['s3cret'] })).toContain('secret shows a secret')
  })
})

describe('errorForAnswer', () => {
  const acme = {
    id: 'acme',
    classifyError: (r: { status: number }) =>
      r.status === 200
        ? undefined
        : ({ kind: 'invalid-signature', code: 'E1', message: 'bad sign', hint: 'Check the key.' } as const),
  }

  it("default: the typed error a client raises, with the exchange's code, the request and the hint", () => {
    const error = errorForAnswer(acme, exchangeResponse(401, '{}'), 'GET /api/a')
    expect(error.name).toBe('InvalidSignatureError')
    expect(error.message).toContain('bad sign')
    expect(error.message).toContain('Request: GET /api/a')
    expect(error.message).toContain('Hint: Check the key.')
  })

  it('error: an answer the classifier calls a success fails the test', () => {
    expect(thrown(() => errorForAnswer(acme, exchangeResponse(200, '{}'), 'GET /api/a')).message).toContain(
      'acme classifies the answer as an error',
    )
  })
})
