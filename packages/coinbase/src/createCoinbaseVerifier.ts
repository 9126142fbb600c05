import type { KeyObject } from 'node:crypto'
import {
  CredentialFormatError,
  type RawRequest,
  type SecurityLevel,
  type Verifier,
  type VerifierOptions,
  type VerifyResult,
} from '@signet/core'
import { receiveRequest, toPublicKey } from '@signet/core/kit'
import { ACCEPTED_ISSUERS, decodeJwt, verifyJws } from './_jwt'
import type { CoinbaseAlgorithm } from './_parseKey'
import { errorResponse, jsonResponse, serverTimeResponse, unauthorized } from './_responses'
import { checkHost, coinbaseUri, DEFAULT_HOST } from './_uri'
import { COINBASE_TOKEN_LIFETIME_S } from './coinbaseFreshness'
import { type CoinbaseUnauthorizedCause, coinbaseUnauthorizedCauses } from './errors'

/** Options of `createCoinbaseVerifier`. */
export type CoinbaseVerifierOptions = VerifierOptions & {
  /** Host the `uri` claim must name (the server's own name, no scheme). @default 'api.coinbase.com' */
  host?: string | undefined
}

/** A verify result that also says which JWT check failed (Coinbase's own 401 does not). */
export type CoinbaseVerifyResult = VerifyResult & { cause?: CoinbaseUnauthorizedCause | undefined }

/** The outcome of checking a WebSocket `subscribe` JWT; `response` is the message Coinbase would send. */
export type CoinbaseWsTokenResult =
  | { ok: true; apiKey: string }
  | { ok: false; cause: CoinbaseUnauthorizedCause; response: string }

/** Coinbase's server-side checks for REST requests and WebSocket subscriptions. */
export type CoinbaseVerifier = Verifier & {
  verify(request: RawRequest, security?: SecurityLevel): CoinbaseVerifyResult
  /** Checks the `jwt` of a WebSocket `subscribe` message like the user channel does (spec coinbase.md §6). */
  verifyWsToken(token: string): CoinbaseWsTokenResult
}

type Check = { ok: true; apiKey: string } | { ok: false; cause: CoinbaseUnauthorizedCause }
type StoredKey = { algorithm: CoinbaseAlgorithm; publicKey: KeyObject; permissions: readonly string[] }

// Order placement, cancellation and edits need the Trade permission (spec coinbase.md §8).
const TRADE_PATHS = /^\/api\/v3\/brokerage\/orders(?:\/batch_cancel|\/edit|\/close_position)?$/
// A CDP JWT is a few hundred characters; anything far longer is refused before it is decoded (untrusted input).
const MAX_TOKEN_CHARS = 8192

/**
 * Creates a verifier that checks requests the way Coinbase does: the Bearer JWT's signature over exactly the
 * received `header.payload`, the key, issuer, `nbf`/`exp` against its clock, and `uri` against the request; every
 * failure is Coinbase's bare 401, a missing scope its 403.
 *
 * @example
 * const verifier = createCoinbaseVerifier({ keys: [{ apiKey, publicKey: signer.publicKeyPem }], now: () => Date.now() })
 */
export function createCoinbaseVerifier(options: CoinbaseVerifierOptions): CoinbaseVerifier {
  const host = checkHost(options.host ?? DEFAULT_HOST)
  const keys = new Map<string, StoredKey>()
  for (const key of options.keys) {
    if (key.publicKey === undefined) continue
    const publicKey = toPublicKey(key.publicKey)
    const type = publicKey.asymmetricKeyType
    const curve = publicKey.asymmetricKeyDetails?.namedCurve
    if (type !== 'ed25519' && !(type === 'ec' && curve === 'prime256v1')) {
      throw new CredentialFormatError('publicKey', 'is not an EC P-256 or Ed25519 public key', {
        exchange: 'coinbase',
        hint: 'Store the SPKI public key of the CDP key (signer.publicKeyPem).',
      })
    }
    keys.set(key.apiKey, {
      algorithm: type === 'ed25519' ? 'EdDSA' : 'ES256',
      publicKey,
      permissions: key.permissions ?? ['read', 'trade'],
    })
  }

  function checkToken(token: string, uri: string | undefined): Check {
    const fail = (cause: CoinbaseUnauthorizedCause): Check => ({ ok: false, cause })
    const jwt = token.length <= MAX_TOKEN_CHARS ? decodeJwt(token) : undefined
    if (!jwt) return fail('malformed-token')
    const { header, claims } = jwt
    const kid = header.kid
    const key = typeof kid === 'string' ? keys.get(kid) : undefined
    if (!key || typeof kid !== 'string') return fail('unknown-key')
    if (header.alg !== key.algorithm) return fail('wrong-algorithm')
    // The signature is checked over the received text, before any claim is trusted (spec coinbase.md §7).
    if (!verifyJws(key.algorithm, key.publicKey, jwt)) return fail('bad-signature')
    if (claims.sub !== kid) return fail('subject-mismatch')
    if (typeof claims.iss !== 'string' || !ACCEPTED_ISSUERS.has(claims.iss)) return fail('wrong-issuer')
    const { nbf, exp } = claims
    if (!Number.isSafeInteger(nbf) || !Number.isSafeInteger(exp)) return fail('malformed-token')
    if ((exp as number) - (nbf as number) > COINBASE_TOKEN_LIFETIME_S) return fail('lifetime-too-long')
    // spec coinbase.md §4: valid while nbf <= now < exp, in whole seconds, no leeway assumed.
    const second = Math.floor(options.now() / 1000)
    if (second < (nbf as number)) return fail('not-yet-valid')
    if (second >= (exp as number)) return fail('expired')
    if (uri !== undefined && !namesUri(claims, uri)) return fail('uri-mismatch')
    return { ok: true, apiKey: kid }
  }

  const verify: CoinbaseVerifier['verify'] = (request, security = 'signed') => {
    const r = receiveRequest(request, options.paths)
    if (!r.served) {
      return { ok: false, kind: 'not-found', code: 'NOT_FOUND', response: errorResponse('NOT_FOUND') }
    }
    if (security === 'none') return r.accept('')
    const bearer = /^Bearer ([^\s]+)$/i.exec(r.headers.authorization ?? '')
    const check: Check = bearer
      ? checkToken(bearer[1]!, coinbaseUri(r.method, host, r.path))
      : { ok: false, cause: 'missing-token' }
    if (!check.ok) {
      const { kind } = coinbaseUnauthorizedCauses[check.cause]
      return { ok: false, kind, code: 401, cause: check.cause, response: unauthorized() }
    }
    const key = keys.get(check.apiKey)!
    if (r.method === 'POST' && TRADE_PATHS.test(r.path) && !key.permissions.includes('trade')) {
      return {
        ok: false,
        kind: 'permission',
        code: 'PERMISSION_DENIED',
        response: errorResponse('PERMISSION_DENIED'),
      }
    }
    return r.accept(check.apiKey)
  }

  function verifyWsToken(token: string): CoinbaseWsTokenResult {
    const check =
      typeof token === 'string'
        ? checkToken(token, undefined)
        : ({ ok: false, cause: 'missing-token' } as const)
    if (check.ok) return check
    // spec coinbase.md §6: the feed answers an error message and sends no user data.
    return {
      ok: false,
      cause: check.cause,
      response: JSON.stringify({ type: 'error', message: 'authentication failure' }),
    }
  }

  return Object.freeze({
    exchange: 'coinbase',
    verify,
    verifyWsToken,
    respond: Object.freeze({
      serverTime: serverTimeResponse,
      ok: (data: unknown) => jsonResponse(200, data),
      error(kind: 'not-found' | 'duplicate-order' | 'order-not-found' | 'internal', message?: string) {
        switch (kind) {
          case 'not-found':
            return errorResponse('NOT_FOUND', message)
          case 'duplicate-order':
            // Order failures are HTTP 200 with success: false (spec coinbase.md §8).
            return jsonResponse(200, {
              success: false,
              failure_reason: 'UNKNOWN_FAILURE_REASON',
              order_id: '',
              error_response: {
                error: 'INVALID_ARGUMENT',
                message: message ?? 'duplicate client_order_id',
                error_details: message ?? 'duplicate client_order_id',
              },
            })
          case 'order-not-found':
            return jsonResponse(200, {
              results: [{ success: false, failure_reason: 'UNKNOWN_CANCEL_ORDER', order_id: '' }],
            })
          default:
            return errorResponse('INTERNAL', message)
        }
      },
    }),
  })
}

/** REST tokens carry `uri` (Advanced Trade samples) or `uris: [uri]` (CDP SDK); either must name this request. */
function namesUri(claims: Record<string, unknown>, uri: string): boolean {
  if (claims.uri !== undefined) return claims.uri === uri
  return Array.isArray(claims.uris) && claims.uris.length === 1 && claims.uris[0] === uri
}
