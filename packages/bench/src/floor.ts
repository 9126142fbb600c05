import { createHmac, createPrivateKey, createSecretKey, type KeyObject, sign } from 'node:crypto'
import { type BenchKeys, PATHS, RECV_WINDOW, type Scheme } from './payloads'

/** A request as it goes on the wire (path + query, headers, body text), the shape every library is reduced to. */
export type WireRequest = {
  method: string
  url: string
  headers: Readonly<Record<string, string | number>>
  body?: string | undefined
}

/** Flat string params (the benchmark payloads). */
export type FlatParams = Readonly<Record<string, string>>

/** A hand-written signer of one scheme: params + epoch ms in, wire request out. */
export type FloorSigner = (params: FlatParams, timestamp: number) => WireRequest

/**
 * The floor: what a bot author writes by hand with node:crypto, keys prepared once (KeyObjects). It builds the
 * same bytes Signet sends (percent-encoded query, JSON.stringify body) and nothing else: no validation.
 */
export function createFloor(keys: BenchKeys): Record<Scheme, FloorSigner> {
  const binanceHmac = createSecretKey(Buffer.from(keys.binanceSecret, 'utf8'))
  const ed25519 = createPrivateKey(keys.ed25519PrivatePem)
  const rsa = createPrivateKey(keys.rsaPrivatePem)
  const bybitHmac = createSecretKey(Buffer.from(keys.bybitSecret, 'utf8'))
  const okxHmac = createSecretKey(Buffer.from(keys.okxSecret, 'utf8'))

  // spec binance.md §2: percent-encode each value (encodeURIComponent), sign query + body, signature last.
  const binance = (apiKey: string, signature: (payload: string) => string): FloorSigner => {
    const headers = Object.freeze({ 'X-MBX-APIKEY': apiKey })
    return (params, timestamp) => {
      let query = ''
      for (const key in params) query += `${key}=${encodeURIComponent(params[key]!)}&`
      query += `recvWindow=${RECV_WINDOW}&timestamp=${timestamp}`
      return {
        method: 'POST',
        url: `${PATHS.binance}?${query}&signature=${signature(query)}`,
        headers,
      }
    }
  }
  // spec binance.md §1: base64 signatures (Ed25519, RSA) must be percent-encoded; hex needs nothing.
  const asymmetric = (key: KeyObject, algorithm: string | null) => (payload: string) =>
    encodeURIComponent(sign(algorithm, Buffer.from(payload, 'utf8'), key).toString('base64'))

  return {
    'binance-hmac': binance(keys.binanceApiKey, (payload) =>
      createHmac('sha256', binanceHmac).update(payload).digest('hex'),
    ),
    'binance-ed25519': binance(keys.ed25519ApiKey, asymmetric(ed25519, null)),
    'binance-rsa': binance(keys.rsaApiKey, asymmetric(rsa, 'sha256')),
    // spec bybit.md §2: timestamp + apiKey + recvWindow + JSON body, lowercase hex.
    'bybit-hmac': (params, timestamp) => {
      const body = JSON.stringify(params)
      const ts = String(timestamp)
      const signature = createHmac('sha256', bybitHmac)
        .update(`${ts}${keys.bybitApiKey}${RECV_WINDOW}${body}`)
        .digest('hex')
      return {
        method: 'POST',
        url: PATHS.bybit,
        headers: {
          'X-BAPI-API-KEY': keys.bybitApiKey,
          'X-BAPI-TIMESTAMP': ts,
          'X-BAPI-SIGN': signature,
          'X-BAPI-RECV-WINDOW': String(RECV_WINDOW),
          'Content-Type': 'application/json',
        },
        body,
      }
    },
    // spec okx.md §2: ISO timestamp + METHOD + path + JSON body, base64.
    'okx-hmac': (params, timestamp) => {
      const body = JSON.stringify(params)
      const ts = new Date(timestamp).toISOString()
      const signature = createHmac('sha256', okxHmac).update(`${ts}POST${PATHS.okx}${body}`).digest('base64')
      return {
        method: 'POST',
        url: PATHS.okx,
        headers: {
          'OK-ACCESS-KEY': keys.okxApiKey,
          'OK-ACCESS-SIGN': signature,
          'OK-ACCESS-TIMESTAMP': ts,
          'OK-ACCESS-PASSPHRASE': keys.okxPassphrase,
          'Content-Type': 'application/json',
        },
        body,
      }
    },
  }
}
