import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as nodeSign,
} from 'node:crypto'
import { createSecret, InvalidParameterError } from '@signet/core'
import { describe, expect, it, vi } from 'vitest'
import { createBinanceSigner } from '../src/index'
import { createBinanceVerifier } from '../src/verify/index'
import { DOC_API_KEY, DOC_SECRET, ED25519_RFC8032_PEM, RSA_TEST_ONLY_PEM, urlBase64 } from './vectors'

// Published doc keys (spec binance.md §9), so nothing on the wire needs redacting in these snapshots.
const signer = createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET })
const T = 1_700_000_000_000
const hmacHex = (text: string) => createHmac('sha256', DOC_SECRET).update(text, 'utf8').digest('hex')

describe('createBinanceSigner', () => {
  it('default: a signed GET carries params, timestamp and signature in the query string and the key header', async () => {
    const signed = await signer.sign(
      { method: 'GET', path: '/api/v3/openOrders', params: { symbol: 'BTCUSDT' }, security: 'signed' },
      { timestamp: T },
    )
    // Hand-derived payload (spec §2): params in order, then timestamp; no recvWindow unless asked for.
    expect(signed.url).toBe(
      `/api/v3/openOrders?symbol=BTCUSDT&timestamp=${T}&signature=${hmacHex(`symbol=BTCUSDT&timestamp=${T}`)}`,
    )
    expect(signed).toMatchInlineSnapshot(`
      {
        "headers": {
          "X-MBX-APIKEY": "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
        },
        "method": "GET",
        "url": "/api/v3/openOrders?symbol=BTCUSDT&timestamp=1700000000000&signature=a3569fd59e817dd9dad22a7a370950ff1919b709029f22a6963b3f0f7a822cbe",
      }
    `)
  })

  it('args: form puts params, recvWindow, timestamp and signature in the body with the form Content-Type', async () => {
    const signed = await signer.sign(
      {
        method: 'POST',
        path: '/api/v3/order',
        form: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.00100000' },
        security: 'signed',
      },
      { timestamp: T, windowMs: 3000 },
    )
    const text = `symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.00100000&recvWindow=3000&timestamp=${T}`
    expect(signed.body).toBe(`${text}&signature=${hmacHex(text)}`)
    expect(signed).toMatchInlineSnapshot(`
      {
        "body": "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.00100000&recvWindow=3000&timestamp=1700000000000&signature=504f5679e14e6a1bdbe9e744c78ae0ed1566f37f51bb534689b8a71571960109",
        "headers": {
          "Content-Type": "application/x-www-form-urlencoded",
          "X-MBX-APIKEY": "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
        },
        "method": "POST",
        "url": "/api/v3/order",
      }
    `)
  })

  it("args: security 'api-key' adds only the key header; 'none' adds nothing", async () => {
    const intent = { method: 'GET', path: '/api/v3/userDataStream', params: { a: 'x y' } } as const
    expect(await signer.sign({ ...intent, security: 'api-key' }, { timestamp: T })).toMatchInlineSnapshot(`
      {
        "headers": {
          "X-MBX-APIKEY": "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
        },
        "method": "GET",
        "url": "/api/v3/userDataStream?a=x%20y",
      }
    `)
    expect(await signer.sign({ ...intent, security: 'none' }, { timestamp: T })).toMatchInlineSnapshot(`
      {
        "headers": {},
        "method": "GET",
        "url": "/api/v3/userDataStream?a=x%20y",
      }
    `)
    expect(await signer.sign({ method: 'GET', path: '/api/v3/time', security: 'none' })).toEqual({
      method: 'GET',
      url: '/api/v3/time',
      headers: {},
    })
    const form = await signer.sign({ method: 'POST', path: '/api/v3/x', form: { a: '1' }, security: 'none' })
    expect(form).toEqual({
      method: 'POST',
      url: '/api/v3/x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    })
  })

  it('args: windowMs is written as recvWindow, with up to three decimals (spec §4, since 2025-08-28)', () => {
    const s = (o: object) =>
      signer.signSync!({ method: 'GET', path: '/api/v3/account', security: 'signed' }, { timestamp: T, ...o })
        .url
    expect(s({ windowMs: 6000.346 })).toContain(`?recvWindow=6000.346&timestamp=${T}&`)
    expect(s({ windowMs: 60000 })).toContain('?recvWindow=60000&')
  })

  it("args: timeUnit 'us' writes a 16-digit microsecond timestamp (spot, spec §4)", () => {
    const url = signer.signSync!(
      { method: 'GET', path: '/api/v3/account', security: 'signed' },
      { timestamp: T + 0.123, timeUnit: 'us' },
    ).url
    expect(url).toContain('?timestamp=1700000000000123&')
  })

  it("args: responseTimeUnit 'us' asks for microsecond responses with X-MBX-TIME-UNIT (spec §3)", () => {
    const signed = signer.signSync!(
      { method: 'GET', path: '/api/v3/account', security: 'signed' },
      { timestamp: T, responseTimeUnit: 'us' },
    )
    expect(signed.headers).toEqual({ 'X-MBX-APIKEY': DOC_API_KEY, 'X-MBX-TIME-UNIT': 'MICROSECOND' })
  })

  it('behavior: timestamp and window come from the options only, written recvWindow then timestamp (BN-1 order)', () => {
    const url = signer.signSync!(
      { method: 'GET', path: '/api/v3/account', params: { omitZeroBalances: true }, security: 'signed' },
      { timestamp: T, windowMs: 5000 },
    ).url
    expect(url).toBe(
      `/api/v3/account?omitZeroBalances=true&recvWindow=5000&timestamp=${T}&signature=${hmacHex(`omitZeroBalances=true&recvWindow=5000&timestamp=${T}`)}`,
    )
    for (const params of [{ timestamp: T }, { recvWindow: 5000 }]) {
      expect(() =>
        signer.signSync!(
          { method: 'GET', path: '/api/v3/account', params, security: 'signed' },
          { timestamp: T },
        ),
      ).toThrow(InvalidParameterError)
    }
  })

  it('behavior: without a timestamp option the creation-time `now` is used, else Date.now', () => {
    const withNow = createBinanceSigner({ apiKey: DOC_API_KEY, secret: DOC_SECRET, now: () => T + 5 })
    expect(withNow.signSync!({ method: 'GET', path: '/api/v3/account', security: 'signed' }).url).toContain(
      `timestamp=${T + 5}&`,
    )
    const spy = vi.spyOn(Date, 'now').mockReturnValue(T + 7)
    expect(signer.signSync!({ method: 'GET', path: '/api/v3/account', security: 'signed' }).url).toContain(
      `timestamp=${T + 7}&`,
    )
    spy.mockRestore()
  })

  it("behavior: ! * ' ( ) are percent-encoded (RFC 3986) so fetch sends the signed bytes unchanged (spec §2, §10.2)", () => {
    const signed = signer.signSync!(
      {
        method: 'GET',
        path: '/api/v3/order',
        params: { origClientOrderId: "x!*'()y", note: 'a b+c@d/e=f&g%h' },
        security: 'signed',
      },
      { timestamp: T },
    )
    const text = `origClientOrderId=x%21%2A%27%28%29y&note=a%20b%2Bc%40d%2Fe%3Df%26g%25h&timestamp=${T}`
    expect(signed.url).toBe(`/api/v3/order?${text}&signature=${hmacHex(text)}`)
    // WHATWG URL parsing (fetch) rewrites ' to %27 in a query: the strict form is the only one it leaves alone.
    expect(new URL(`https://api.binance.com${signed.url}`).href).toBe(`https://api.binance.com${signed.url}`)
    // The verifier hashes received bytes, so a client that leaves !*'() raw (encodeURIComponent, the official
    // connector over axios) and signs that is accepted too: the choice only has to be the same for both.
    const verifier = createBinanceVerifier({
      keys: [{ apiKey: DOC_API_KEY, secret: DOC_SECRET }],
      now: () => T,
    })
    const rfc = text.replace(/%(21|2A|27|28|29)/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
    expect(
      verifier.verify({
        method: 'GET',
        url: `/api/v3/order?${rfc}&signature=${hmacHex(rfc)}`,
        headers: signed.headers,
        body: '',
      }).ok,
    ).toBe(true)
    expect(verifier.verify({ ...signed, body: '' }).ok).toBe(true)
  })

  it('behavior: the same key as PKCS#1 and as PKCS#8 gives the same RSA signature (PKCS#1 accepted, spec §1)', () => {
    const pkcs1 = createPrivateKey(RSA_TEST_ONLY_PEM).export({ type: 'pkcs1', format: 'pem' }).toString()
    expect(pkcs1).toContain('BEGIN RSA PRIVATE KEY')
    const intent = { method: 'GET', path: '/api/v3/account', security: 'signed' } as const
    const a = createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: RSA_TEST_ONLY_PEM }).signSync!(intent, {
      timestamp: T,
    })
    const b = createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: pkcs1 }).signSync!(intent, {
      timestamp: T,
    })
    expect(b).toEqual(a)
    const expected = nodeSign(
      'sha256',
      Buffer.from(`timestamp=${T}`),
      createPrivateKey(RSA_TEST_ONLY_PEM),
    ).toString('base64')
    expect(a.url).toBe(`/api/v3/account?timestamp=${T}&signature=${urlBase64(expected)}`)
  })

  it('behavior: an encrypted PKCS#8 PEM is opened with privateKeyPassphrase; the signer reports its key type', () => {
    const { privateKey } = generateKeyPairSync('ed25519')
    const encrypted = privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pem-pass' })
      .toString()
    const s = createBinanceSigner({
      apiKey: DOC_API_KEY,
      privateKey: encrypted,
      privateKeyPassphrase: createSecret('pem-pass'),
    })
    expect(s).toMatchObject({ type: 'local', exchange: 'binance', keyType: 'ed25519', apiKey: DOC_API_KEY })
    const signed = s.signSync!(
      { method: 'GET', path: '/api/v3/account', security: 'signed' },
      { timestamp: T },
    )
    const verifier = createBinanceVerifier({
      keys: [{ apiKey: DOC_API_KEY, publicKey: createPublicKey(privateKey) }],
      now: () => T,
    })
    expect(verifier.verify({ ...signed, body: '' }).ok).toBe(true)
    expect(createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: ED25519_RFC8032_PEM }).keyType).toBe(
      'ed25519',
    )
    expect(createBinanceSigner({ apiKey: DOC_API_KEY, privateKey: RSA_TEST_ONLY_PEM }).keyType).toBe('rsa')
    expect(createBinanceSigner({ apiKey: DOC_API_KEY, secret: createSecret(DOC_SECRET) }).keyType).toBe(
      'hmac',
    )
  })

  it('behavior: the signer is a frozen plain object and signSync gives the bytes sign gives', async () => {
    expect(Object.isFrozen(signer)).toBe(true)
    const intent = {
      method: 'DELETE',
      path: '/api/v3/order',
      params: { symbol: 'BTCUSDT', orderId: 1 },
      security: 'signed',
    } as const
    expect(signer.signSync!(intent, { timestamp: T })).toEqual(await signer.sign(intent, { timestamp: T }))
  })
})
