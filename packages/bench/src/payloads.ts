import { generateKeyPairSync, randomBytes } from 'node:crypto'

/** The five signing schemes measured: one typical order request per exchange and key type. */
export const SCHEMES = ['binance-hmac', 'binance-ed25519', 'binance-rsa', 'bybit-hmac', 'okx-hmac'] as const
export type Scheme = (typeof SCHEMES)[number]

/** Exchange of a scheme. */
export const exchangeOf = (scheme: Scheme) => scheme.split('-')[0] as 'binance' | 'bybit' | 'okx'

/** What each scheme signs, for the tables. */
export const SCHEME_LABELS: Record<Scheme, string> = {
  'binance-hmac': 'Binance POST /api/v3/order, HMAC-SHA256',
  'binance-ed25519': 'Binance POST /api/v3/order, Ed25519',
  'binance-rsa': 'Binance POST /api/v3/order, RSA-2048',
  'bybit-hmac': 'Bybit POST /v5/order/create, HMAC-SHA256',
  'okx-hmac': 'OKX POST /api/v5/trade/order, HMAC-SHA256',
}

/** recvWindow sent to Binance and Bybit, in ms. */
export const RECV_WINDOW = 5000

// The client order ids carry tiagosiebler's `binance` broker prefix and are given explicitly, so no library
// injects its own id (ccxt does when the id is missing, `binance` logs a warning for other prefixes): every
// library signs the same parameters.

/** Binance spot limit order (spec binance.md §2), params in wire order before recvWindow/timestamp. */
export const BINANCE_ORDER = {
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '0.01000000',
  price: '65000.00',
  newClientOrderId: 'x-U5D79M5Bbenchorder000001',
} as const

/** Bybit V5 spot limit order, sent as a JSON body (spec bybit.md §2). */
export const BYBIT_ORDER = {
  category: 'spot',
  symbol: 'BTCUSDT',
  side: 'Buy',
  orderType: 'Limit',
  qty: '0.01',
  price: '65000',
  timeInForce: 'GTC',
  orderLinkId: 'benchorder000001',
} as const

/** OKX spot limit order, sent as a JSON body (spec okx.md §2). */
export const OKX_ORDER = {
  instId: 'BTC-USDT',
  tdMode: 'cash',
  side: 'buy',
  ordType: 'limit',
  sz: '0.01',
  px: '65000',
  clOrdId: 'benchorder000001',
} as const

export const PATHS = {
  binance: '/api/v3/order',
  bybit: '/v5/order/create',
  okx: '/api/v5/trade/order',
} as const

/** Key material for one run: generated fresh, never a real key. */
export type BenchKeys = {
  binanceApiKey: string
  binanceSecret: string
  /** Binance knows each key by its own API key, so the Ed25519 and RSA keys get their own ids. */
  ed25519ApiKey: string
  rsaApiKey: string
  ed25519PrivatePem: string
  ed25519PublicPem: string
  rsaPrivatePem: string
  rsaPublicPem: string
  bybitApiKey: string
  bybitSecret: string
  okxApiKey: string
  okxSecret: string
  okxPassphrase: string
}

/** Generates throwaway keys shaped like each exchange's (64-char Binance key/secret, 18/36-char Bybit, OKX UUID + hex). */
export function generateKeys(): BenchKeys {
  const alnum = (n: number) =>
    randomBytes(n * 2)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, n)
  const ed = generateKeyPairSync('ed25519')
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = (key: { export(o: object): string | Buffer }, type: 'pkcs8' | 'spki') =>
    String(key.export({ type, format: 'pem' }))
  return {
    binanceApiKey: alnum(64),
    binanceSecret: alnum(64),
    ed25519ApiKey: alnum(64),
    rsaApiKey: alnum(64),
    ed25519PrivatePem: pem(ed.privateKey, 'pkcs8'),
    ed25519PublicPem: pem(ed.publicKey, 'spki'),
    rsaPrivatePem: pem(rsa.privateKey, 'pkcs8'),
    rsaPublicPem: pem(rsa.publicKey, 'spki'),
    bybitApiKey: alnum(18),
    bybitSecret: alnum(36),
    okxApiKey: crypto.randomUUID(),
    okxSecret: randomBytes(16).toString('hex').toUpperCase(),
    okxPassphrase: `Bench-${alnum(10)}`,
  }
}

/** The API key that goes with a scheme's key. */
export function apiKeyOf(keys: BenchKeys, scheme: Scheme): string {
  const ids: Record<Scheme, string> = {
    'binance-hmac': keys.binanceApiKey,
    'binance-ed25519': keys.ed25519ApiKey,
    'binance-rsa': keys.rsaApiKey,
    'bybit-hmac': keys.bybitApiKey,
    'okx-hmac': keys.okxApiKey,
  }
  return ids[scheme]
}
