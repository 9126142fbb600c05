import type { KeyObject } from 'node:crypto'
import { hexToBytes } from '@noble/hashes/utils.js'
import { CredentialFormatError, isSecret, revealSecret, type Secret } from '@signet/core'
import { addressOf, isValidPrivateKey } from './_ecdsa'

const HEX_KEY = /^(?:0x)?[0-9a-fA-F]{64}$/
const ADDRESS = /^0x[0-9a-fA-F]{40}$/
const opts = { exchange: 'hyperliquid' }

/** A wallet key read from credentials: the 32 key bytes and the lower-case address they sign as. @internal */
export type WalletKey = { key: Uint8Array; address: string }

/**
 * Reads a secp256k1 private key: 64 hex digits (with or without `0x`), 32 bytes, a `Secret` of the hex, or a
 * secp256k1 `KeyObject`; never trims or guesses, and never puts the value in an error.
 * @internal
 */
export function parseWalletKey(
  value: string | Uint8Array | KeyObject | Secret | undefined,
  field: string,
): WalletKey {
  if (value === undefined) throw new CredentialFormatError(field, 'is missing (the wallet private key)', opts)
  let key: Uint8Array
  if (typeof value === 'string' || isSecret(value)) {
    const text = typeof value === 'string' ? value : revealSecret(value)
    if (!HEX_KEY.test(text))
      throw new CredentialFormatError(
        field,
        `expected 64 hex digits with or without 0x, got length=${text.length}${/\s/.test(text) ? ' with whitespace' : ''}`,
        {
          ...opts,
          hint: 'Use the 32-byte private key of the wallet (or API wallet) that signs, as exported.',
        },
      )
    key = hexToBytes(text.replace(/^0x/, ''))
  } else if (value instanceof Uint8Array) {
    if (value.length !== 32)
      throw new CredentialFormatError(field, `expected 32 bytes, got ${value.length}`, opts)
    key = Uint8Array.from(value)
  } else {
    const jwk = keyObjectJwk(value)
    if (jwk?.crv !== 'secp256k1' || typeof jwk.d !== 'string')
      throw new CredentialFormatError(field, 'expected a secp256k1 private KeyObject', opts)
    key = Uint8Array.from(Buffer.from(jwk.d, 'base64url'))
  }
  if (!isValidPrivateKey(key))
    throw new CredentialFormatError(field, 'is not a valid secp256k1 private key', opts)
  return { key, address: addressOf(key) }
}

/** Reads an optional address credential, lower-cased (spec hyperliquid.md §4.4). @internal */
export function parseAddress(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined
  if (!ADDRESS.test(value)) throw new CredentialFormatError(field, 'expected 0x and 40 hex digits', opts)
  return value.toLowerCase()
}

function keyObjectJwk(value: KeyObject): { crv?: string; d?: string } | undefined {
  try {
    return value.type === 'private'
      ? (value.export({ format: 'jwk' }) as { crv?: string; d?: string })
      : undefined
  } catch {
    return undefined
  }
}
