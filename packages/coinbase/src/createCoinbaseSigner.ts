import { randomBytes as nodeRandomBytes } from 'node:crypto'
import {
  type Credentials,
  checkTimestamp,
  InvalidParameterError,
  type LocalSigner,
  type RequestIntent,
  type SignedRequest,
  type SignOptions,
  type WebSocketAuthOptions,
} from '@signet/core'
import {
  asyncSign,
  checkIntent,
  checkSignOptions,
  joinParams,
  normalizeParams,
  percentEncode,
  refuseWindowMs,
  serializeJsonBody,
} from '@signet/core/kit'
import { checkCoinbaseCredentials } from './_credentials'
import { buildJwt, type CoinbaseJwtClaims } from './_jwt'
import type { CoinbaseAlgorithm } from './_parseKey'
import { checkHost, coinbaseUri, DEFAULT_HOST } from './_uri'
import { COINBASE_TOKEN_LIFETIME_S } from './coinbaseFreshness'

/** Parameters of `createCoinbaseSigner`. */
export type CreateCoinbaseSignerParameters = Pick<Credentials, 'apiKey' | 'privateKey'> &
  Partial<
    Pick<Credentials, 'secret' | 'passphrase' | 'privateKeyPassphrase' | 'keyEnvironment' | 'environment'>
  > & {
    /** Host the `uri` claim names (no scheme). @default 'api.coinbase.com' */
    host?: string | undefined
    /** Server-aligned clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
    now?: (() => number) | undefined
    /** Source of the header's random nonce (16 bytes per token); tests inject a fixed one. @default crypto.randomBytes */
    randomBytes?: ((size: number) => Uint8Array) | undefined
  }

/** Options of `signer.sign`: a token lives a fixed 120 s (spec coinbase.md §4), so `windowMs` is refused. */
export type CoinbaseSignOptions = SignOptions

/** Options of `signer.signWebSocketAuth`: the token's timestamp (`nbf` is its whole second); no `windowMs`. */
export type CoinbaseWebSocketAuthOptions = WebSocketAuthOptions

/** The authentication of a WebSocket `subscribe` message: spread it into the message (spec coinbase.md §6). */
export type CoinbaseWebSocketAuth = {
  /** A JWT with the REST claims without `uri`. */
  jwt: string
}

/** A Coinbase signer: the core `Signer` plus the WebSocket token and the public key to register. */
export type CoinbaseSigner = LocalSigner<CoinbaseSignOptions, 'coinbase', CoinbaseWebSocketAuth> & {
  /** `ES256` for P-256 keys, `EdDSA` for Ed25519 keys. */
  readonly algorithm: CoinbaseAlgorithm
  /** SPKI PEM of the key's public half (what a verifier or the emulator stores). */
  readonly publicKeyPem: string
  /** `{ jwt }` for the WebSocket `subscribe` message: the REST claims without `uri` (spec coinbase.md §6). */
  signWebSocketAuth(options?: CoinbaseWebSocketAuthOptions): Promise<CoinbaseWebSocketAuth>
}

const WINDOW_REFUSAL = {
  exchange: 'coinbase',
  reason: 'a Coinbase JWT is valid a fixed 120 s after its nbf (spec coinbase.md §4)',
}

/**
 * Creates a Coinbase Advanced Trade signer: a fresh JWT per request (ES256 in JOSE r‖s form, or EdDSA) with
 * `nbf` from the runtime's server-aligned timestamp and a `uri` claim naming method, host and path; keys are
 * parsed once, by structure.
 *
 * @example
 * const signer = createCoinbaseSigner({ apiKey: 'organizations/…/apiKeys/…', privateKey: pem })
 * const request = await signer.sign({ method: 'GET', path: '/api/v3/brokerage/accounts', security: 'signed' })
 * ws.send(JSON.stringify({ type: 'subscribe', channel: 'user', product_ids: ['BTC-USD'], ...(await signer.signWebSocketAuth()) }))
 */
export function createCoinbaseSigner(parameters: CreateCoinbaseSignerParameters): CoinbaseSigner {
  const { apiKey, key } = checkCoinbaseCredentials(parameters ?? {})
  const host = checkHost(parameters.host ?? DEFAULT_HOST)
  const now = parameters.now ?? Date.now
  const random = parameters.randomBytes ?? nodeRandomBytes
  if (typeof now !== 'function')
    throw new InvalidParameterError('now', 'a function returning epoch ms', typeof now)
  if (typeof random !== 'function') {
    throw new InvalidParameterError('randomBytes', 'a function returning random bytes', typeof random)
  }

  const token = (timestamp: number | undefined, uri: string | undefined): string => {
    // spec coinbase.md §2, §4: nbf is the whole second of the server-aligned timestamp, exp = nbf + 120.
    const nbf = Math.floor(checkTimestamp(timestamp ?? now()) / 1000)
    const claims: CoinbaseJwtClaims = { iss: 'cdp', sub: apiKey, nbf, exp: nbf + COINBASE_TOKEN_LIFETIME_S }
    if (uri !== undefined) claims.uri = uri
    const nonce = Buffer.from(random(16)).toString('hex')
    return buildJwt({ alg: key.algorithm, kid: apiKey, typ: 'JWT', nonce }, claims, key.privateKey)
  }

  function signSync(intent: RequestIntent, given?: CoinbaseSignOptions): SignedRequest {
    const options = checkSignOptions(given)
    refuseWindowMs(options.windowMs, WINDOW_REFUSAL)
    checkIntent(intent, { exchange: 'Coinbase' })
    // Sent percent-encoded (RFC 3986), so fetch never re-encodes it; the query is not part of the uri claim
    // (spec coinbase.md §2, §7).
    const query = joinParams(normalizeParams(intent.params), percentEncode)
    const url = query === '' ? intent.path : `${intent.path}?${query}`
    const body = intent.body === undefined ? undefined : serializeJsonBody(intent.body)
    const headers: Record<string, string> = {}
    // Coinbase has no key-only level: every private endpoint takes the JWT (spec coinbase.md §2).
    if (intent.security !== 'none') {
      headers.Authorization = `Bearer ${token(options.timestamp, coinbaseUri(intent.method, host, intent.path))}`
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    return body === undefined
      ? { method: intent.method, url, headers }
      : { method: intent.method, url, headers, body }
  }

  const signWebSocketAuth = async (given?: CoinbaseWebSocketAuthOptions): Promise<CoinbaseWebSocketAuth> => {
    const options = checkSignOptions(given)
    refuseWindowMs(options.windowMs, WINDOW_REFUSAL)
    return { jwt: token(options.timestamp, undefined) }
  }

  return Object.freeze({
    type: 'local',
    exchange: 'coinbase',
    keyType: key.algorithm === 'ES256' ? ('p256' as const) : ('ed25519' as const),
    apiKey,
    algorithm: key.algorithm,
    publicKeyPem: key.publicKeyPem,
    sign: asyncSign(signSync),
    signSync,
    signWebSocketAuth,
  } satisfies CoinbaseSigner)
}
