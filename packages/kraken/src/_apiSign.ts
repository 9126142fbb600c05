import type { KeyObject } from 'node:crypto'
import { type DigestEncoding, type HmacAlgorithm, hashBytes, hmac } from '@signet/core/kit'

/** The parts a Kraken signature covers; variants change one of them. @internal */
export type ApiSignParts = {
  /** URI path starting at `/0/private` (spec kraken.md §2). */
  path: string
  /** The text hashed with SHA-256: nonce followed by the POST data. */
  hashed: string
  algorithm?: HmacAlgorithm | undefined
  encoding?: DigestEncoding | undefined
}

const utf8 = new TextEncoder()

/**
 * `API-Sign` = base64(HMAC-SHA512(base64decode(secret), path ‖ SHA256(nonce ‖ POST data))), the digest in raw
 * bytes (spec kraken.md §2). @internal
 */
export function krakenApiSign(key: KeyObject, parts: ApiSignParts): string {
  const path = utf8.encode(parts.path)
  const digest = hashBytes('sha256', parts.hashed)
  const message = new Uint8Array(path.length + digest.length)
  message.set(path)
  message.set(digest, path.length)
  return hmac(parts.algorithm ?? 'sha512', key, message, parts.encoding ?? 'base64')
}
