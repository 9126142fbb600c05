import { createHmac } from 'node:crypto'
import { createSecret } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { hmacVariants, secretWithNewline, variantInputs } from '../src/kit/index'

describe('variantInputs', () => {
  it('default: credentials revealed, the query in its forms, the body compact and Python-spaced', () => {
    const intent = {
      method: 'POST',
      path: '/api/order',
      params: { b: 'x y', a: 'a,b' },
      body: { size: '1', tags: ['p', 'q'] },
      security: 'signed',
    } as const
    const inputs = variantInputs({
      credentials: { apiKey: 'k', secret: createSecret('s3cret'), passphrase: 'pass' },
      intent,
      timestamp: 1_700_000_000_123,
    })
    expect(inputs).toMatchObject({
      intent,
      timestamp: 1_700_000_000_123,
      secret: 's3cret',
      passphrase: 'pass',
      raw: 'b=x y&a=a,b',
      encoded: 'b=x%20y&a=a%2Cb',
      plus: 'b=x+y&a=a%2Cb',
      sorted: 'a=a,b&b=x y',
      body: '{"size":"1","tags":["p","q"]}',
      pythonBody: '{"size": "1", "tags": ["p", "q"]}',
    })
  })

  it('behavior: no params, body or passphrase give empty texts', () => {
    const inputs = variantInputs({
      credentials: { apiKey: 'k', secret: 's' },
      intent: { method: 'GET', path: '/x', security: 'signed' },
      timestamp: 0,
    })
    expect([inputs.raw, inputs.body, inputs.pythonBody, inputs.passphrase]).toEqual(['', '', '', ''])
  })
})

describe('secretWithNewline', () => {
  it('default: signs the same text with the secret plus "\\n", a distinct signature', () => {
    const candidate = secretWithNewline('text', 's3cret')
    expect(candidate).toMatchObject({ id: 'secret-trailing-newline', signedText: 'text' })
    expect(candidate.description).toMatch(/^[A-Z].*\.$/)
    const [correct, newline] = hmacVariants(
      [{ id: 'correct', description: 'Right.', signedText: 'text' }, candidate],
      { secret: 's3cret', algorithm: 'sha256', encoding: 'hex' },
    )
    expect(newline!.signature).toBe(createHmac('sha256', 's3cret\n').update('text').digest('hex'))
    expect(newline!.signature).not.toBe(correct!.signature)
  })
})
