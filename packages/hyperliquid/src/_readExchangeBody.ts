import { InvalidParameterError, type JsonBody } from '@signet/core'
import type { HyperliquidEnvironment } from './_prepareAction'
import { userSignedActions } from './_schema'

const ADDRESS = /^0x[0-9a-fA-F]{40}$/
const MAX_U64 = (1n << 64n) - 1n
const opts = { exchange: 'hyperliquid' }

/** The parts of a signed intent's body: the action, and the optional vault and expiry. @internal */
export type ExchangeBodyParts = {
  action: unknown
  vaultAddress: string | undefined
  expiresAfter: bigint | undefined
}

/**
 * Reads `{ action, vaultAddress?, expiresAfter? }` from a signed intent's body; the signer writes `nonce` and
 * `signature` itself (spec hyperliquid.md §1).
 * @internal
 */
export function readExchangeBody(body: JsonBody | undefined): ExchangeBodyParts {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new InvalidParameterError(
      'body',
      'an object { action, vaultAddress?, expiresAfter? }',
      describe(body),
      {
        ...opts,
        hint: 'Give the action as an object so Signet can hash it; JSON text cannot be checked.',
      },
    )
  const record = body as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (record[key] !== undefined && !['action', 'vaultAddress', 'expiresAfter'].includes(key))
      throw new InvalidParameterError(
        `body.${key}`,
        'only action, vaultAddress and expiresAfter',
        `"${key}"`,
        {
          ...opts,
          hint: 'The signer writes nonce and signature; pass the nonce as SignOptions.nonce.',
        },
      )
  }
  if (record.action === undefined)
    throw new InvalidParameterError('body.action', 'an action object', 'nothing', opts)
  const vault = record.vaultAddress
  if (vault !== undefined && (typeof vault !== 'string' || !ADDRESS.test(vault)))
    throw new InvalidParameterError(
      'body.vaultAddress',
      'an address (0x and 40 hex digits)',
      describe(vault),
      opts,
    )
  return {
    action: record.action,
    vaultAddress: typeof vault === 'string' ? vault.toLowerCase() : undefined,
    expiresAfter:
      record.expiresAfter === undefined ? undefined : readNonce(record.expiresAfter, 'body.expiresAfter'),
  }
}

/** Reads a u64 (nonce, expiresAfter): a bigint, a safe integer, or decimal digits. @internal */
export function readNonce(value: unknown, field: string): bigint {
  let n: bigint | undefined
  if (typeof value === 'bigint') n = value
  else if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value)
  else if (typeof value === 'string' && /^\d{1,20}$/.test(value)) n = BigInt(value)
  if (n === undefined || n < 0n || n > MAX_U64)
    throw new InvalidParameterError(field, 'an unsigned 64-bit integer (epoch ms)', describe(value), opts)
  return n
}

/** A user-signed action with its defaults filled in, and the nonce it carries. @internal */
export type UserSignedDefaults = { action: unknown; userSigned: boolean; nonce: bigint | undefined }

/**
 * Fills what the SDKs fill on a user-signed action (spec hyperliquid.md §3): `signatureChainId` `0x66eee`,
 * `hyperliquidChain` from the environment, and the nonce member (`time` or `nonce`) from the request nonce.
 * @internal
 */
export function userSignedDefaults(
  action: unknown,
  environment: HyperliquidEnvironment,
  explicitNonce: bigint | undefined,
  fallbackNonce: () => bigint,
): UserSignedDefaults {
  const record =
    typeof action === 'object' && action !== null && !Array.isArray(action)
      ? (action as Record<string, unknown>)
      : undefined
  const spec = record ? userSignedActions[String(record.type)] : undefined
  if (!record || !spec) return { action, userSigned: false, nonce: undefined }
  const chain = environment === 'mainnet' ? 'Mainnet' : 'Testnet'
  if (record.hyperliquidChain !== undefined && record.hyperliquidChain !== chain)
    throw new InvalidParameterError(
      'action.hyperliquidChain',
      `"${chain}" (the signer's environment)`,
      describe(record.hyperliquidChain),
      {
        ...opts,
        hint: 'Create the signer with the environment the action is for; a testnet signature never recovers on mainnet.',
      },
    )
  const carried = record[spec.nonceField]
  const nonce =
    carried === undefined
      ? (explicitNonce ?? fallbackNonce())
      : readNonce(carried, `action.${spec.nonceField}`)
  if (explicitNonce !== undefined && nonce !== explicitNonce)
    throw new InvalidParameterError(
      `action.${spec.nonceField}`,
      `the request nonce ${explicitNonce}`,
      String(nonce),
      {
        ...opts,
        hint: `A user-signed action's ${spec.nonceField} is its nonce; leave it out to take the request nonce.`,
      },
    )
  const filled: Record<string, unknown> = {
    type: record.type,
    signatureChainId: record.signatureChainId ?? '0x66eee',
    hyperliquidChain: chain,
  }
  for (const [k, v] of Object.entries(record)) if (!(k in filled)) filled[k] = v
  filled[spec.nonceField] = Number(nonce)
  return { action: filled, userSigned: true, nonce }
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 60 ? `a string of ${value.length} characters` : JSON.stringify(value)
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`
}
