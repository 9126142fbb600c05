import { type KeyObject, sign, verify } from 'node:crypto'
import type { CoinbaseAlgorithm } from './_parseKey'

/** The JOSE header Coinbase expects (spec coinbase.md §2). @internal */
export type CoinbaseJwtHeader = { alg: CoinbaseAlgorithm; kid: string; typ: 'JWT'; nonce: string }

/** The claims Coinbase checks; `uri` only on REST tokens (spec coinbase.md §2, §6). @internal */
export type CoinbaseJwtClaims = { iss: string; sub: string; nbf: number; exp: number; uri?: string }

/**
 * Issuers Coinbase accepts: `cdp`, and the pre-CDP `coinbase-cloud` ccxt 4.5.84 still writes for ES256 keys (spec
 * coinbase.md §9). @internal
 */
export const ACCEPTED_ISSUERS: ReadonlySet<string> = new Set(['cdp', 'coinbase-cloud'])

/** A token split into its parts; `signingInput` is the exact `header.payload` text received. @internal */
export type DecodedJwt = {
  header: Record<string, unknown>
  claims: Record<string, unknown>
  headerText: string
  claimsText: string
  signingInput: string
  signature: Buffer
}

// ES256 in JOSE form is r ‖ s, 32 bytes each (RFC 7518 §3.4), never the DER SEQUENCE OpenSSL writes by default.
const dsaEncoding = 'ieee-p1363'
const B64URL = /^[A-Za-z0-9_-]*$/

/** base64url (RFC 7515 §2: no padding) of UTF-8 JSON. @internal */
export function encodeSegment(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')
}

/** Signs `header.payload`: ES256 as raw r ‖ s, EdDSA as pure Ed25519 (RFC 8037), base64url. @internal */
export function signJws(algorithm: CoinbaseAlgorithm, key: KeyObject, signingInput: string): string {
  const data = Buffer.from(signingInput, 'ascii')
  const signature = algorithm === 'ES256' ? sign('sha256', data, { key, dsaEncoding }) : sign(null, data, key)
  return signature.toString('base64url')
}

/** Builds and signs a compact JWS. @internal */
export function buildJwt(
  header: CoinbaseJwtHeader,
  claims: CoinbaseJwtClaims,
  key: KeyObject,
  encoding: 'jose' | 'der' = 'jose',
): string {
  const signingInput = `${encodeSegment(header)}.${encodeSegment(claims)}`
  if (encoding === 'der') {
    // Only for signet explain: the DER form node:crypto and OpenSSL write when no encoding is asked for.
    const der = sign('sha256', Buffer.from(signingInput, 'ascii'), key).toString('base64url')
    return `${signingInput}.${der}`
  }
  return `${signingInput}.${signJws(header.alg, key, signingInput)}`
}

/**
 * Splits a compact JWS strictly: three canonical base64url segments, JSON objects in the first two; undefined
 * otherwise. The signature stays bytes over exactly the received `header.payload` text. @internal
 */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [h, p, s] = parts as [string, string, string]
  const bytes: Buffer[] = []
  for (const part of [h, p, s]) {
    if (part === '' || !B64URL.test(part)) return undefined
    const decoded = Buffer.from(part, 'base64url')
    // Non-canonical text (set padding bits) decodes to the same bytes as the canonical one: refuse it.
    if (decoded.toString('base64url') !== part) return undefined
    bytes.push(decoded)
  }
  const headerText = bytes[0]!.toString('utf8')
  const claimsText = bytes[1]!.toString('utf8')
  const header = parseObject(headerText)
  const claims = parseObject(claimsText)
  if (!header || !claims) return undefined
  return { header, claims, headerText, claimsText, signingInput: `${h}.${p}`, signature: bytes[2]! }
}

/** Verifies a decoded token's signature with `algorithm` in JOSE form (or DER, for explain). @internal */
export function verifyJws(
  algorithm: CoinbaseAlgorithm,
  publicKey: KeyObject,
  jwt: DecodedJwt,
  encoding: 'jose' | 'der' = 'jose',
): boolean {
  const data = Buffer.from(jwt.signingInput, 'ascii')
  try {
    if (algorithm === 'EdDSA')
      return jwt.signature.length === 64 && verify(null, data, publicKey, jwt.signature)
    if (encoding === 'jose' && jwt.signature.length !== 64) return false
    return verify(
      'sha256',
      data,
      { key: publicKey, dsaEncoding: encoding === 'jose' ? dsaEncoding : 'der' },
      jwt.signature,
    )
  } catch {
    return false
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
