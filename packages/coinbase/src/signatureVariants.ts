import { randomBytes } from 'node:crypto'
import { checkTimestamp, type SignatureVariant, type SignatureVariantsInput } from '@signet/core'
import { checkIntent, encodedQuery } from '@signet/core/kit'
import { checkCoinbaseCredentials } from './_credentials'
import {
  ACCEPTED_ISSUERS,
  buildJwt,
  type CoinbaseJwtClaims,
  type CoinbaseJwtHeader,
  decodeJwt,
  verifyJws,
} from './_jwt'
import { coinbaseUri, DEFAULT_HOST } from './_uri'
import { COINBASE_TOKEN_LIFETIME_S } from './coinbaseFreshness'

/**
 * A Coinbase way of signing: `signature` is a whole sample token made that way, and `matches` recognises a user's
 * token (or `Bearer` header) by its structure and by verifying it, since ES256 signatures and the header nonce are
 * random and cannot be compared as text.
 */
export type CoinbaseSignatureVariant = SignatureVariant & { matches(token: string): boolean }

type Way = {
  id: string
  description: string
  kid: string
  uri: string
  lifetime: number
  /** `nbf` in seconds (right) or milliseconds (Date.now() written as is). */
  nbfUnit: 's' | 'ms'
  encoding: 'jose' | 'der'
}

/**
 * The correct Coinbase JWT for an intent plus the known wrong ways to build it (DER instead of JOSE signature,
 * query in `uri`, host missing, with a scheme or another product's host, lowercase method, `exp` beyond 120 s,
 * wrong `kid`); each recognises a user's token with `matches`.
 *
 * @example
 * coinbaseSignatureVariants({ credentials, intent, timestamp }).find((v) => v.matches(userToken))?.id // 'query-in-uri'
 */
export function coinbaseSignatureVariants(input: SignatureVariantsInput): CoinbaseSignatureVariant[] {
  const { apiKey, key } = checkCoinbaseCredentials(input.credentials)
  const { intent } = input
  checkIntent(intent, { exchange: 'Coinbase' })
  const ms = checkTimestamp(input.timestamp)
  const nbf = Math.floor(ms / 1000)
  const { method, path } = intent
  const host = DEFAULT_HOST
  const { query } = encodedQuery(path, intent.params)
  const uri = coinbaseUri(method, host, path)
  const base = {
    kid: apiKey,
    uri,
    lifetime: COINBASE_TOKEN_LIFETIME_S,
    nbfUnit: 's' as const,
    encoding: 'jose' as const,
  }
  const ways: Way[] = [
    {
      id: 'correct',
      description: 'kid and sub are the key name, uri is "METHOD host/path", exp = nbf + 120.',
      ...base,
    },
  ]
  if (key.algorithm === 'ES256') {
    ways.push({
      id: 'der-signature',
      description:
        'The ES256 signature is DER-encoded (what OpenSSL and node:crypto write by default) instead of JOSE raw r‖s (64 bytes).',
      ...base,
      encoding: 'der',
    })
  }
  if (query !== '') {
    ways.push({
      id: 'query-in-uri',
      description: 'The uri claim includes the query string; Coinbase signs method, host and path only.',
      ...base,
      uri: `${uri}?${query}`,
    })
  }
  ways.push(
    {
      id: 'host-missing',
      description: 'The uri claim has no host: "METHOD /path" instead of "METHOD api.coinbase.com/path".',
      ...base,
      uri: `${method} ${path}`,
    },
    {
      id: 'host-with-scheme',
      description: 'The uri claim starts the host with https:// (the full URL was used).',
      ...base,
      uri: `${method} https://${host}${path}`,
    },
    {
      id: 'cdp-host',
      description:
        'The uri claim names api.cdp.coinbase.com (the CDP SDK example host) instead of api.coinbase.com.',
      ...base,
      uri: coinbaseUri(method, 'api.cdp.coinbase.com', path),
    },
    {
      id: 'method-lowercase',
      description: 'The method in the uri claim is lowercase.',
      ...base,
      uri: coinbaseUri(method.toLowerCase(), host, path),
    },
    {
      id: 'nbf-in-milliseconds',
      description:
        'nbf and exp are epoch milliseconds (Date.now()) instead of seconds: the token is not valid yet.',
      ...base,
      nbfUnit: 'ms',
    },
    {
      id: 'exp-beyond-120s',
      description: 'exp is more than 120 s after nbf; Coinbase refuses tokens that live longer.',
      ...base,
      lifetime: 300,
    },
    {
      id: 'wrong-kid',
      description:
        'The header kid is not the key name (only the key id, or another key); it must equal sub, the full name.',
      ...base,
      kid: apiKey.includes('/apiKeys/')
        ? apiKey.slice(apiKey.lastIndexOf('/') + 1)
        : `organizations/-/apiKeys/${apiKey}`,
    },
  )

  const nonce = randomBytes(16).toString('hex')
  return ways.map((way) => {
    const header: CoinbaseJwtHeader = { alg: key.algorithm, kid: way.kid, typ: 'JWT', nonce }
    const start = way.nbfUnit === 'ms' ? ms : nbf
    const claims: CoinbaseJwtClaims = {
      iss: 'cdp',
      sub: apiKey,
      nbf: start,
      exp: start + way.lifetime,
      uri: way.uri,
    }
    return {
      id: way.id,
      description: way.description,
      signedText: `${JSON.stringify(header)}.${JSON.stringify(claims)}`,
      signature: buildJwt(header, claims, key.privateKey, way.encoding),
      matches(token: string) {
        const jwt = decodeJwt(
          String(token)
            .trim()
            .replace(/^Bearer\s+/i, ''),
        )
        if (!jwt) return false
        const { header: h, claims: c } = jwt
        const named = c.uri ?? (Array.isArray(c.uris) && c.uris.length === 1 ? c.uris[0] : undefined)
        const lifetime = Number(c.exp) - Number(c.nbf)
        const longLived = lifetime > COINBASE_TOKEN_LIFETIME_S
        return (
          h.alg === key.algorithm &&
          // wrong-kid: any kid other than the key name (the sample shows the commonest, the bare key id).
          (way.id === 'wrong-kid' ? typeof h.kid === 'string' && h.kid !== apiKey : h.kid === way.kid) &&
          c.sub === apiKey &&
          typeof c.iss === 'string' &&
          ACCEPTED_ISSUERS.has(c.iss) &&
          named === way.uri &&
          lifetime > 0 &&
          // Epoch seconds stay below 1e11 until the year 5138; milliseconds are above it since 1973.
          Number(c.nbf) >= 1e11 === (way.nbfUnit === 'ms') &&
          longLived === way.lifetime > COINBASE_TOKEN_LIFETIME_S &&
          verifyJws(key.algorithm, key.publicKey, jwt, way.encoding)
        )
      },
    }
  })
}
