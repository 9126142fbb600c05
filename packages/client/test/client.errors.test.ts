import { inspect } from 'node:util'
import { localClock } from '@signet/core'
import { describe, expect, it } from 'vitest'
import { createClient } from '../src/createClient'
import { fixtures } from './exchanges'

type Canned = { status: number; body: string; headers?: Record<string, string> }
const json = (status: number, body: unknown, headers?: Record<string, string>): Canned => ({
  status,
  body: JSON.stringify(body),
  headers,
})

// Each exchange's real error answers (spec binance.md §6, bybit.md §6, okx.md §6), one per error class.
const answers: Record<string, [string, Canned][]> = {
  binance: [
    [
      'TimestampOutOfWindowError',
      json(400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' }),
    ],
    ['InvalidSignatureError', json(400, { code: -1022, msg: 'Signature for this request is not valid.' })],
    ['InvalidApiKeyError', json(401, { code: -2014, msg: 'API-key format invalid.' })],
    [
      'RateLimitError',
      json(
        429,
        { code: -1003, msg: 'Too many requests; current limit is 6000 request weight per 1 MINUTE.' },
        { 'retry-after': '7' },
      ),
    ],
  ],
  bybit: [
    [
      'TimestampOutOfWindowError',
      json(200, {
        retCode: 10002,
        retMsg:
          'invalid request, please check your server timestamp or recv_window param. req_timestamp[1706972576658],server_timestamp[1706972587026],recv_window[5000]',
        result: {},
        retExtInfo: {},
        time: 1706972587026,
      }),
    ],
    [
      'InvalidSignatureError',
      json(200, {
        retCode: 10004,
        retMsg: 'Error sign, please check your signature generation algorithm.',
        result: {},
        retExtInfo: {},
        time: 1,
      }),
    ],
    [
      'InvalidApiKeyError',
      json(200, { retCode: 10003, retMsg: 'API key is invalid.', result: {}, retExtInfo: {}, time: 1 }),
    ],
    [
      'PermissionError',
      json(200, {
        retCode: 10005,
        retMsg: 'Permission denied, please check your API key permissions.',
        result: {},
        retExtInfo: {},
        time: 1,
      }),
    ],
    [
      'IpNotAllowedError',
      json(200, {
        retCode: 10010,
        retMsg: "Unmatched IP, please check your API key's bound IP addresses.",
        result: {},
        retExtInfo: {},
        time: 1,
      }),
    ],
    [
      'RateLimitError',
      json(429, { retCode: 10006, retMsg: 'Too many visits!', result: {}, retExtInfo: {}, time: 1 }),
    ],
  ],
  okx: [
    ['TimestampOutOfWindowError', json(401, { code: '50102', msg: 'Timestamp request expired', data: [] })],
    ['InvalidSignatureError', json(401, { code: '50113', msg: 'Invalid Sign', data: [] })],
    ['InvalidApiKeyError', json(401, { code: '50111', msg: 'Invalid OK-ACCESS-KEY', data: [] })],
    [
      'PassphraseError',
      json(401, { code: '50105', msg: 'Request header "OK-ACCESS-PASSPHRASE" incorrect.', data: [] }),
    ],
    [
      'PermissionError',
      json(200, {
        code: '50120',
        msg: "This API key doesn't have permission to use this function",
        data: [],
      }),
    ],
    [
      'IpNotAllowedError',
      json(401, {
        code: '50110',
        msg: "Your IP 1.2.3.4 is not included in your API key's IP whitelist.",
        data: [],
      }),
    ],
    [
      'RateLimitError',
      json(429, {
        code: '50011',
        msg: 'Rate limit reached. Please refer to API documentation and throttle requests accordingly.',
        data: [],
      }),
    ],
  ],
  // spec kucoin.md and the kucoin package's error table; the wire form is {"code":"…","msg":"…"}.
  kucoin: [
    ['TimestampOutOfWindowError', json(400, { code: '400002', msg: 'Invalid KC-API-TIMESTAMP' })],
    ['InvalidSignatureError', json(401, { code: '400005', msg: 'Invalid KC-API-SIGN' })],
    ['InvalidApiKeyError', json(401, { code: '400003', msg: 'KC-API-KEY not exists' })],
    ['PassphraseError', json(401, { code: '400004', msg: 'Invalid KC-API-PASSPHRASE' })],
    [
      'PermissionError',
      json(403, {
        code: '400007',
        msg: 'Access Denied -- Your api key does not have sufficient permissions to access the URI',
      }),
    ],
    [
      'IpNotAllowedError',
      json(403, { code: '400006', msg: 'The requested ip address is not in the api whitelist' }),
    ],
    ['RateLimitError', json(429, { code: '429000', msg: 'Too Many Requests' })],
  ],
  // spec gateio.md: non-2xx with {"label":…,"message":…}.
  gateio: [
    [
      'TimestampOutOfWindowError',
      json(401, {
        label: 'REQUEST_EXPIRED',
        message: 'gap between request Timestamp and server time exceeds 60',
      }),
    ],
    ['InvalidSignatureError', json(401, { label: 'INVALID_SIGNATURE', message: 'Signature mismatch' })],
    ['InvalidApiKeyError', json(401, { label: 'INVALID_KEY', message: 'Invalid key provided' })],
    ['PermissionError', json(403, { label: 'FORBIDDEN', message: 'API key has no permission' })],
    ['IpNotAllowedError', json(403, { label: 'IP_FORBIDDEN', message: 'Request IP not in whitelist' })],
    ['RateLimitError', json(429, { label: 'TOO_MANY_REQUESTS', message: 'Request rate limit exceeded' })],
  ],
}

// Canned real answers where we have them; client.exchanges.test.ts covers every registered exchange's answers
// through its own verifier on the emulator.
describe.each(fixtures.filter((f) => answers[f.exchange.id]))(
  'error classes through the client: $exchange.id',
  (f) => {
    it.each(answers[f.exchange.id]!)(
      'error: %s with its code, hint, and no secret, passphrase or signature',
      async (name, canned) => {
        const signatures: string[] = []
        const fetch = async (input: string | URL | Request, init?: RequestInit) => {
          const request = new Request(input, init)
          for (const [k, v] of request.headers) if (/sign/i.test(k)) signatures.push(v)
          const sig = new URL(request.url).searchParams.get('signature')
          if (sig) signatures.push(sig)
          return new Response(canned.body, {
            status: canned.status,
            headers: { 'content-type': 'application/json', ...canned.headers },
          })
        }
        const client = createClient({
          exchange: f.exchange,
          signer: f.exchange.createSigner(f.credentials),
          clock: localClock(),
          fetch,
          baseUrl: 'https://exchange.invalid',
        })
        const error: any = await client.request(f.emulation.examples.account).catch((e: unknown) => e)
        expect(error.name).toBe(name)
        expect(error.code).toBeDefined()
        expect(error.exchange).toBe(f.exchange.id)
        expect(error.hint, 'every class carries a hint').toBeTruthy()
        expect(error.request).toContain(f.emulation.examples.account.path)
        if (name === 'RateLimitError' && canned.headers?.['retry-after'])
          expect(error.retryAfterMs).toBe(7000)
        expect(signatures.length).toBeGreaterThan(0)
        const printed = `${error.message}\n${inspect(error, { depth: 5 })}\n${JSON.stringify(error)}\n${inspect(error.cause)}`
        for (const s of [...f.secrets, ...signatures]) expect(printed).not.toContain(s)
      },
    )
  },
)
