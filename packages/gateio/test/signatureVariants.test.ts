import { createHash, createHmac } from 'node:crypto'
import type { RequestIntent } from '@signet/core'
import { runSignatureVariantsSuite } from '@signet/core/testing'
import { describe, expect, it } from 'vitest'
import { gateioSignatureVariants } from '../src/diagnose/index'
import { gateioEmulation } from '../src/emulate/index'

const credentials = { apiKey: 'variants-key', secret: 'variants-secret-1234' }
const T = 1_700_000_000_123
// Params that need encoding, out of order, and a body: every variant differs here.
const intent: RequestIntent = {
  method: 'POST',
  path: '/api/v4/spot/orders',
  params: { currency_pair: 'BTC_USDT', account: 'a,b' },
  body: { text: 't-1', amount: '1' },
  security: 'signed',
}

runSignatureVariantsSuite(gateioEmulation, {
  intent,
  ids: [
    'correct',
    'encoded-query',
    'sorted-params',
    'query-question-mark',
    'path-without-prefix',
    'raw-body',
    'json-spacing',
    'timestamp-milliseconds',
    'method-lowercase',
    'base64-output',
    'hmac-sha256',
    'secret-trailing-newline',
  ],
  extractSignature: (request) => request.headers.SIGN!,
  timestamp: T,
})

describe('gateioSignatureVariants', () => {
  it('behavior: the texts and signatures follow each described mistake, by hand', () => {
    const v = Object.fromEntries(
      gateioSignatureVariants({ credentials, intent, timestamp: T }).map((x) => [x.id, x]),
    )
    const sha = (s: string) => createHash('sha512').update(s).digest('hex')
    const body = '{"text":"t-1","amount":"1"}'
    expect(v.correct!.signedText).toBe(
      ['POST', '/api/v4/spot/orders', 'currency_pair=BTC_USDT&account=a,b', sha(body), '1700000000'].join(
        '\n',
      ),
    )
    expect(v['encoded-query']!.signedText.split('\n')[2]).toBe('currency_pair=BTC_USDT&account=a%2Cb')
    expect(v['path-without-prefix']!.signedText.split('\n')[1]).toBe('/spot/orders')
    expect(v['raw-body']!.signedText.split('\n')[3]).toBe(body)
    expect(v['timestamp-milliseconds']!.signedText.endsWith('\n1700000000123')).toBe(true)
    expect(v['hmac-sha256']!.signature).toBe(
      createHmac('sha256', credentials.secret).update(v.correct!.signedText).digest('hex'),
    )
    expect(v['base64-output']!.signature).toBe(
      createHmac('sha512', credentials.secret).update(v.correct!.signedText).digest('base64'),
    )
  })
})
