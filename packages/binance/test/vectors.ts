import { createPrivateKey } from 'node:crypto'
import type { RequestIntent } from '@signet/core'
import type { SignerVector } from '@signet/core/testing'

// Sources (spec binance.md §9, vectors recomputed by docs/spec/vectors/verify-vectors.mjs):
const SPOT_REST = 'https://github.com/binance/binance-spot-api-docs/blob/master/rest-api.md'
const SPOT_WS = 'https://github.com/binance/binance-spot-api-docs/blob/master/web-socket-api.md'
const UM = 'https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info'
const OPT = 'https://developers.binance.com/docs/derivatives/option/general-info'

/** Spot docs' published example key pair ([SPOT-REST] "SIGNED endpoint examples", HMAC). */
export const DOC_API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A'
export const DOC_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j'
/** USDⓈ-M docs' example secret ([UM] "SIGNED Endpoint Examples"); the API key is not signed, so the spot one is reused. */
export const UM_SECRET = '2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9'
/** Options docs' example secret ([OPT] "SIGNED Endpoint Examples"). */
export const OPT_SECRET = 'YtP1BudNOWZE1ag5uzCkh4hIC7qSmQOu797r5EJBFGhxBYivjj8HIX0iiiPof5yG'
/** API key of the spec's self vector BN-S2 (a made-up key, as in the WS docs' Ed25519 example). */
export const WS_ED_API_KEY = '4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO'

/** RFC 8032 §7.1 TEST 1 secret seed (public), wrapped as a PKCS#8 Ed25519 PEM. */
export const ED25519_RFC8032_PEM = createPrivateKey({
  key: Buffer.concat([
    Buffer.from('302e020100300506032b657004220420', 'hex'),
    Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'),
  ]),
  format: 'der',
  type: 'pkcs8',
})
  .export({ type: 'pkcs8', format: 'pem' })
  .toString()

/** Throwaway RSA-2048 key published with the spec (docs/spec/vectors/rsa2048-TEST-ONLY.pem); never use it for real. */
export const RSA_TEST_ONLY_PEM = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCywHxfD/zY8FeM
hlNVIAOcC0EYckxIU8bAHXek+YNNlodDCeX1nFcX7FwrMqbZo1HMel4FVAKXkdQX
l4s9dYZ7mQ37UZOvBh8CKTAvDML8Xx9XXOKUt8li/+/ePn8YYGeCkNB0/jWpDpAR
gZfoowQPlUTnkWVHcZj92jmJYs3JKfuZh1FG0u9FV+24lZrGHMK306aqnScP+0ll
p9h/oxvWvAApVHSRUbN8jGPGENid6mefH0OeNWuwjvpLUeaAJ8BjWDWcjIUK5J62
tTXHBLyacw6tCF1ZASbmp2W7NfrkWFlW1bp6lr2XnESeU1iZ4FfCJX6aeonXRgpr
U/tDABc1AgMBAAECggEABI47zTds2AGOFaaBvrBlbydpRgx5rbk23kQR/cofIs3U
jiyVKASPQqyTL8Wnc3ICXm368fNRapf8mgpSceNKJWHB9bb/Rs1m4mj20agnWwO4
moMjQiuJ7iQ8MoOQvSgN00nKCkVFTFTy7oNJQhRPgO8qtaUiueanAcc7QqlaOcd1
X8JxNjgV2vbMrivJxb+tOYq9pu65olXPi9gY9kDwuthiua7clc2FtG60OMnDI3xr
87AyJ1CvYS2j03EUFIqogcFPNbBumP2xzvVmpFYazBC/tKHVr8kthLIqjgfbdA5h
y7HiAcqGRJAfPLun3SpIlEGv5p7MZg2Bf9sGRq6i8QKBgQD18QDloCBPtNvr3FqG
f4uUvJmcIot9KOJsujAfLgVOSxpJ9y60uaM6Rg/jUWh31EIqxEVFBygephvBMe6G
J2JZS5Ov2a6NeZb/MX8r8hTHvGkXjLKG+z8tz/KL0MM7gWOD3dAfOH9Z5fKY6iGj
mvsGNLSLZ8dN/kTPqWy6sKd5BQKBgQC6EALD/KMOEJhDdux/mP8AgM6lO0LQofE4
r1qh2llBVfglOtUMuINJ0iV/RODK91KRrFmAXr/yNfAF2yL/2Deevkku+NW5HyYI
kFRVDRyJqrl+wCbjQsO6MMW/ypTaTH06npWI6mpz9zAUywJyT+o5XjFu/lPlinfk
JH2qwaS8cQKBgD3jxAIE5ZypOp6D+RPXjNyFCXLNDqUUYMZTpEB0aElnhNoQJeS8
wmKrttvRZKSi+XOhqHzSbDoqOtnHIusHhixKZIPgF5jqfCED56i7ZpdMxnVypopp
N2Dj73lXs4mJ6e0JKJJyuTl6MC5i3Mw69+h74uMh3nm1/sLzM7VXNw2xAoGAa+GC
qP5f0HTgxCU9JRKhsDn/FyDQMcXj5nkN9NB0dgSRt4xwIUsOnIvjP/LA4A4c6ufi
kSLe6mJJxCt2FJ/aSAmOx1RyHz8nP0noC9RpWo0JtqtVIOoCMH+8+OJOAnDdH1L5
4wQAKzMExtmalosthIvP38pI/MuXjkl2L77NdJECgYEAhXYM/yIlgrU0ywuj1xag
eQQEctRiFDw3fYtFqPEYhRVWnfuz4acVD4qE2A+pHhWGv9XtN0avSbGyxTrgsTeQ
VqfoShiR9kxX9v+3nlH17+pkSH7rd9JkqvKt+eJp9ikcGcWCE16bskMeqSwct8zk
QF5LYVSBjcE73xKzEp9efec=
-----END PRIVATE KEY-----
`

/** Spec §1: a base64 signature in a URL has `+ / =` percent-encoded (written out, not via encodeURIComponent). */
export const urlBase64 = (b64: string) => b64.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D')

const ORDER = {
  symbol: 'LTCBTC',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '1',
  price: '0.1',
}
const HMAC_DOC = { apiKey: DOC_API_KEY, secret: DOC_SECRET }
const signed = (
  method: RequestIntent['method'],
  path: string,
  extra: Partial<RequestIntent>,
): RequestIntent => ({
  method,
  path,
  security: 'signed',
  ...extra,
})
const S1_PARAMS = {
  symbol: 'BTCUSDT',
  side: 'SELL',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '1',
  price: '0.2',
}
// BN-S1/S3 (self vectors): the timestamp and window come from the sign options only, so the signer writes them in
// BN-1's order (recvWindow, then timestamp); signatures recomputed with node:crypto sign over the joined text.
const S1_INTENT = signed('POST', '/api/v3/order', { params: S1_PARAMS })
const S1_OPTIONS = { timestamp: 1668481559918, windowMs: 5000 }
const S1_URL =
  '/api/v3/order?symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&recvWindow=5000&timestamp=1668481559918'

/** Every reproducible REST vector of spec binance.md §9, as signer inputs and expected wire strings. */
export const restVectors: SignerVector[] = [
  {
    name: 'BN-1 HMAC',
    source: `${SPOT_REST} "SIGNED endpoint examples for POST /api/v3/order - HMAC Keys"`,
    credentials: HMAC_DOC,
    intent: signed('POST', '/api/v3/order', { params: ORDER }),
    options: { timestamp: 1499827319559, windowMs: 5000 },
    expected: {
      url: '/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
      headers: { 'X-MBX-APIKEY': DOC_API_KEY },
    },
  },
  {
    name: 'BN-2 HMAC non-ASCII symbol',
    source: `${SPOT_REST} "SIGNED endpoint examples ... HMAC Keys", non-ASCII example (percent-encoded before signing)`,
    credentials: HMAC_DOC,
    intent: signed('POST', '/api/v3/order', { params: { ...ORDER, symbol: '１２３４５６' } }),
    options: { timestamp: 1499827319559, windowMs: 5000 },
    expected: {
      url: '/api/v3/order?symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3',
    },
  },
  {
    name: 'BN-3 HMAC mixed query string + form body',
    source: `${SPOT_REST} at d6ab31a (until 2025-12-17), "Example 3: Mixed query string and request body"`,
    credentials: HMAC_DOC,
    intent: signed('POST', '/api/v3/order', {
      params: { symbol: 'LTCBTC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC' },
      form: { quantity: '1', price: '0.1' },
    }),
    options: { timestamp: 1499827319559, windowMs: 5000 },
    expected: {
      url: '/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC',
      body: 'quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77',
      headers: { 'X-MBX-APIKEY': DOC_API_KEY, 'Content-Type': 'application/x-www-form-urlencoded' },
    },
  },
  {
    name: 'BN-8 USDⓈ-M HMAC',
    source: `${UM} "SIGNED Endpoint Examples for POST /fapi/v1/order - HMAC Keys", Example 1`,
    credentials: { apiKey: DOC_API_KEY, secret: UM_SECRET },
    intent: signed('POST', '/fapi/v1/order', {
      params: {
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        quantity: '1',
        price: '9000',
        timeInForce: 'GTC',
      },
    }),
    options: { timestamp: 1591702613943, windowMs: 5000 },
    expected: {
      url: '/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943&signature=3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9',
    },
  },
  {
    // The doc's own value (f9d0ae5e…) signs "timestamp= 1591702613943" with a stray space (doc bug, spec §9);
    // the space-free payload gives this self-computed value (BN-9fix in verify-vectors.mjs).
    name: 'BN-9 USDⓈ-M HMAC mixed (doc bug fixed)',
    source: `${UM} "SIGNED Endpoint Examples", Example 3 (mixed); spec binance.md §9 BN-9fix`,
    credentials: { apiKey: DOC_API_KEY, secret: UM_SECRET },
    intent: signed('POST', '/fapi/v1/order', {
      params: { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC' },
      form: { quantity: '1', price: '9000' },
    }),
    options: { timestamp: 1591702613943, windowMs: 5000 },
    expected: {
      url: '/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC',
      body: 'quantity=1&price=9000&recvWindow=5000&timestamp=1591702613943&signature=30baaf0fab549bbeda7f5ef201898b34122da25fd23c646cac2c529aebe670a4',
    },
  },
  {
    name: 'BN-10 options HMAC mixed',
    source: `${OPT} "SIGNED Endpoint Examples for POST /eapi/v1/order", Example 3 (mixed)`,
    credentials: { apiKey: DOC_API_KEY, secret: OPT_SECRET },
    intent: signed('POST', '/eapi/v1/order', {
      params: { symbol: 'BTC-210129-40000-C', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC' },
      form: { quantity: '0.01', price: '2000' },
    }),
    options: { timestamp: 1611825601400, windowMs: 5000 },
    expected: {
      url: '/eapi/v1/order?symbol=BTC-210129-40000-C&side=BUY&type=LIMIT&timeInForce=GTC',
      body: 'quantity=0.01&price=2000&recvWindow=5000&timestamp=1611825601400&signature=fa6045c54fb02912b766442be1f66fab619217e551a4fb4f8a1ee000df914d8e',
    },
  },
  {
    // The doc prints 7c120459…a7d7, which is not reproducible from its own inputs (spec §9 BN-11 MISMATCH);
    // this is the value the documented rule gives (recomputed by verify-vectors.mjs).
    name: 'BN-11 options HMAC (doc value not reproducible)',
    source: `${OPT} "SIGNED Endpoint Examples", Examples 1/2; spec binance.md §9 BN-11`,
    credentials: { apiKey: DOC_API_KEY, secret: OPT_SECRET },
    intent: signed('POST', '/eapi/v1/order', {
      params: {
        symbol: 'BTC-210129-40000-C',
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '1',
        price: '2000',
      },
    }),
    options: { timestamp: 1611825601400, windowMs: 5000 },
    expected: {
      url: '/eapi/v1/order?symbol=BTC-210129-40000-C&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=2000&recvWindow=5000&timestamp=1611825601400&signature=7b98bedaee09e23358f57d098876f29ede7df74202f7fccf164666bd3f3f84cb',
    },
  },
  {
    name: 'BN-S1 Ed25519 (RFC 8032 TEST 1 seed)',
    source: 'spec binance.md §9 BN-S1 (self; identical via openssl pkeyutl -sign -rawin)',
    credentials: { apiKey: DOC_API_KEY, privateKey: ED25519_RFC8032_PEM },
    intent: S1_INTENT,
    options: S1_OPTIONS,
    expected: {
      url: `${S1_URL}&signature=${urlBase64('Wd1VX/ay3t5LQRzApGl5vzqb1ZyG5GU5Eic/z0PwZ66FOQJUgDxWP+pfZx+ZTINzih8peZz2GYuhISXQU/BJCQ==')}`,
    },
  },
  {
    name: 'BN-S3 RSA-2048 (throwaway test key)',
    source: 'spec binance.md §9 BN-S3 (self; cross-checked with openssl dgst -sha256 -sign)',
    credentials: { apiKey: DOC_API_KEY, privateKey: RSA_TEST_ONLY_PEM },
    intent: S1_INTENT,
    options: S1_OPTIONS,
    expected: {
      url: `${S1_URL}&signature=${urlBase64(
        'TvDBhB0u44IKsO2Z21AZ+2+jSnUbyqhPvbxn+tuOy9DgHOk2MZEj493lgqnz5vPrmCShL/bVT/XlG1mzlQwy/xi1//Eu5qOwf9D0Ieo6KZG68C3LRwQiv9+l9fW0RT+Vo5SpVyUL0dcGPUq6c9Nm0ogVm1/WgTUcMZSx2WJi8PwP8ptVW7S6LQ3h7K1Gh3YrOrASJvZ1sq5R9AeLZ2gCYppKSL6erEOEA71mX+0p9IYGhBh/kJXlWmJKl50iWV7n8UV7eVnmADXlXHtD8GMomOdR4TXycYvHkcbI+UcWC7gN4s1G54Y3+wzYBn4N2fVN9EtIz7gGIc9DU0w7b5LAcw==',
      )}`,
    },
  },
]

/** BN-2raw (spec §9, self): the signature pre-2026 clients computed over the *unencoded* BN-2 payload. */
export const BN_2_RAW_SIGNATURE = 'ca2cdfbf21d2e2958de492c7f2dd1f059dd2ed4d4459d26a5ec7928db50c8d4f'

/** A WebSocket API vector: params as sent (before apiKey/timestamp/signature are added) and the expected signature. */
export type WsVector = {
  name: string
  source: string
  params: Record<string, string | number>
  options: { timestamp: number; windowMs?: number }
  signature: string
}

const WS_ORDER = {
  symbol: 'BTCUSDT',
  side: 'SELL',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '0.01000000',
  price: '52000.00',
}

/** Spec binance.md §9 BN-4..BN-7, signed with the spot doc HMAC key through `signWebSocketParams`. */
export const wsVectors: WsVector[] = [
  {
    name: 'BN-4 WS HMAC',
    source: `${SPOT_WS} "SIGNED request example (HMAC)"`,
    params: WS_ORDER,
    options: { timestamp: 1645423376532, windowMs: 100 },
    signature: 'aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24',
  },
  {
    name: 'BN-5 WS HMAC non-ASCII, raw UTF-8',
    source: `${SPOT_WS} "SIGNED request example (HMAC)", non-ASCII example ("no percent encoding here!")`,
    params: {
      symbol: '１２３４５６',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '1.00000000',
      price: '0.10000000',
    },
    options: { timestamp: 1645423376532, windowMs: 5000 },
    signature: 'b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd',
  },
  {
    name: 'BN-6 WS HMAC with newOrderRespType (doc before 2025-12-17)',
    source: `${SPOT_WS} before 2025-12-17, "SIGNED request example (HMAC)"`,
    params: { ...WS_ORDER, newOrderRespType: 'ACK' },
    options: { timestamp: 1645423376532, windowMs: 100 },
    signature: 'cc15477742bd704c29492d96c7ead9414dfd8e0ec4a00f947bb5bb454ddbd08a',
  },
  {
    name: 'BN-7 WS session.logon payload (HMAC)',
    source: `${SPOT_WS} "Log in with API key (SIGNED)" example payload`,
    params: {},
    options: { timestamp: 1649729878532 },
    signature: '1cf54395b336b0a9727ef27d5d98987962bc47aca6e13fe978612d0adee066ed',
  },
]

/** BN-S2 (spec §9, self): Ed25519 session.logon over `apiKey=<WS_ED_API_KEY>&timestamp=1649729878532`. */
export const BN_S2 = {
  timestamp: 1649729878532,
  signature: 'NBJq5sX1RkU7ta3XDctruMgnrhyBcouMvvPIxxQSCUbVWxhp3ai6W7a0Iip/3nOwmJxkVIv6n20cekYCOa5qAg==',
}
