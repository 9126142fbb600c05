import { encode } from '@msgpack/msgpack'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import type { SignatureVariant, SignatureVariantsInput } from '@signet/core'
import { sortedKeys } from '@signet/core/kit'
import { l1ActionBytes } from './_actionHash'
import { parseAddress, parseWalletKey } from './_credentials'
import { describeSigned } from './_describeSigned'
import { type AgentSource, l1Digest } from './_digest'
import { type RecoverableSignature, recoverAddress, signDigest } from './_ecdsa'
import { type PreparedAction, prepareAction } from './_prepareAction'
import { readExchangeBody, readNonce, userSignedDefaults } from './_readExchangeBody'
import { parseEnvironment } from './createHyperliquidSigner'

type Candidate = { id: string; description: string; prepared: PreparedAction; source: AgentSource }

/**
 * The known ways a Hyperliquid signature goes wrong for `intent` (`correct` first). Each variant's `signature` is
 * r ‖ s ‖ v as one 65-byte hex string (what viem's and ethers' signTypedData return; the body's `{ r, s, v }` joined),
 * and its description names the address Hyperliquid would recover from it — the one its "User or API Wallet 0x… does
 * not exist" answer names — against the signer's.
 *
 * @example
 * hyperliquidSignatureVariants({ credentials: { apiKey: '', privateKey }, intent, timestamp: 1700000000000 })[0].id // 'correct'
 */
export function hyperliquidSignatureVariants(input: SignatureVariantsInput): SignatureVariant[] {
  const { credentials, intent, timestamp } = input
  const creds = credentials as typeof credentials & { vaultAddress?: string }
  const { key, address } = parseWalletKey(credentials.privateKey ?? credentials.secret, 'privateKey')
  const environment = parseEnvironment(credentials.keyEnvironment ?? credentials.environment)
  const body = readExchangeBody(intent.body)
  const given = input.nonce === undefined ? BigInt(timestamp) : readNonce(input.nonce, 'nonce')
  const filled = userSignedDefaults(body.action, environment, given, () => given)
  const nonce = filled.nonce ?? given
  const vault = filled.userSigned
    ? undefined
    : (body.vaultAddress ?? parseAddress(creds.vaultAddress, 'vaultAddress'))
  const base = {
    environment,
    nonce,
    vaultAddress: vault,
    expiresAfter: body.expiresAfter,
    mode: 'client' as const,
  }
  const correct = prepareAction(filled.action, base)
  const source: AgentSource = environment === 'mainnet' ? 'a' : 'b'
  const list: Candidate[] = [
    { id: 'correct', description: 'Signed the way Hyperliquid verifies.', prepared: correct, source },
  ]
  const add = (id: string, description: string, prepared: PreparedAction, src: AgentSource = source) =>
    list.push({ id, description, prepared, source: src })
  const l1 = (bytes: Uint8Array, src: AgentSource = source): PreparedAction => ({
    ...correct,
    hashedBytes: bytes,
    digest: l1Digest(keccak_256(bytes), src),
  })
  const withAction = (action: unknown) => l1(l1ActionBytes({ ...base, action }))

  if (correct.kind === 'l1') {
    // spec hyperliquid.md §9: the causes the SDKs' issue trackers report, one per variant.
    const other: AgentSource = source === 'a' ? 'b' : 'a'
    add(
      other === 'b' ? 'testnet-source' : 'mainnet-source',
      `Signed the phantom agent with source "${other}" (${other === 'b' ? 'testnet' : 'mainnet'}) for a ${environment} request.`,
      l1(correct.hashedBytes!, other),
      other,
    )
    add(
      'sorted-keys',
      'Hashed the action with its keys sorted alphabetically instead of in Hyperliquid’s field order.',
      withAction(sortedKeys(correct.action)),
    )
    add(
      'trailing-zeros',
      'Hashed prices and sizes with trailing zeros (8 decimals) instead of the canonical decimal.',
      withAction(mapDecimals(correct.action, (d) => Number(d).toFixed(8))),
    )
    add(
      'float-numbers',
      'Hashed prices and sizes as msgpack floats instead of decimal strings.',
      withAction(mapDecimals(correct.action, Number)),
    )
    add(
      vault ? 'vault-missing' : 'vault-added',
      vault
        ? 'Hashed without the vault address (flag 0x00) while sending vaultAddress.'
        : 'Hashed a vault address (flag 0x01) that the request does not send.',
      l1(l1ActionBytes({ ...base, action: correct.action, vaultAddress: vault ? undefined : address })),
    )
    add(
      'no-vault-flag',
      'Hashed msgpack(action) ‖ nonce without the vault flag byte.',
      l1(concatBytes(encode(correct.action), u64(nonce))),
    )
    add(
      'nonce-seconds',
      'Hashed the nonce in seconds while sending milliseconds.',
      l1(l1ActionBytes({ ...base, action: correct.action, nonce: nonce / 1000n })),
    )
    add(
      'nonce-microseconds',
      'Hashed the nonce in microseconds while sending milliseconds.',
      l1(l1ActionBytes({ ...base, action: correct.action, nonce: nonce * 1000n })),
    )
    add(
      'nonce-little-endian',
      'Wrote the nonce as little-endian bytes instead of big-endian u64.',
      l1(swapNonce(correct.hashedBytes!, correct.action)),
    )
    if (body.expiresAfter !== undefined)
      add(
        'expires-missing',
        'Hashed without the expiresAfter suffix while sending expiresAfter.',
        l1(l1ActionBytes({ ...base, action: correct.action, expiresAfter: undefined })),
      )
    add(
      'json-instead-of-msgpack',
      'Hashed the JSON text of the action instead of its msgpack encoding.',
      l1(
        concatBytes(
          utf8ToBytes(JSON.stringify(correct.action)),
          correct.hashedBytes!.subarray(encode(correct.action).length),
        ),
      ),
    )
    add(
      'personal-sign',
      'Signed the connectionId as an eth_sign/personal_sign message instead of the EIP-712 Agent struct.',
      {
        ...correct,
        digest: keccak_256(
          concatBytes(utf8ToBytes('\x19Ethereum Signed Message:\n32'), keccak_256(correct.hashedBytes!)),
        ),
      },
    )
  } else {
    const otherEnv = environment === 'mainnet' ? 'testnet' : 'mainnet'
    const chain = otherEnv === 'mainnet' ? 'Mainnet' : 'Testnet'
    add(`${otherEnv}-chain`, `Signed hyperliquidChain "${chain}" for a ${environment} request.`, {
      ...correct,
      digest: prepareAction(
        { ...correct.action, hyperliquidChain: chain },
        { ...base, environment: otherEnv },
      ).digest,
    })
    for (const chainId of ['0xa4b1', '0x539', '0x1']) {
      if (chainId === correct.action.signatureChainId) continue
      add(
        `chain-id-${BigInt(chainId)}`,
        `Signed in the domain of chain ${BigInt(chainId)} while sending signatureChainId ${String(correct.action.signatureChainId)}.`,
        prepareAction({ ...correct.action, signatureChainId: chainId }, base),
      )
    }
  }

  const seen = new Set<string>()
  const out: SignatureVariant[] = []
  for (const c of list) {
    const digest = bytesToHex(c.prepared.digest)
    if (seen.has(digest)) continue
    seen.add(digest)
    const made = signDigest(key, c.prepared.digest)
    const recovered = recoverAddress(correct.digest, made) ?? 'no address'
    out.push({
      id: c.id,
      description:
        c.id === 'correct'
          ? `${c.description} Hyperliquid recovers ${recovered}, your signer.`
          : `${c.description} Hyperliquid would recover ${recovered} instead of ${address}.`,
      signedText: describeSigned(c.prepared, c.source),
      signature: signatureHex(made),
    })
  }
  return out
}

/** r ‖ s ‖ v as one 65-byte hex string: what viem's and ethers' signTypedData return (spec hyperliquid.md §9). */
function signatureHex({ r, s, v }: RecoverableSignature): string {
  const word = (n: bigint) => n.toString(16).padStart(64, '0')
  return `0x${word(r)}${word(s)}${v.toString(16)}`
}

const DECIMAL_KEYS = new Set(['p', 's', 'triggerPx'])

function mapDecimals(value: unknown, fn: (d: string) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapDecimals(v, fn))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      DECIMAL_KEYS.has(k) && typeof v === 'string' ? fn(v) : mapDecimals(v, fn),
    ]),
  )
}

function u64(n: bigint): Uint8Array {
  const bytes = new Uint8Array(8)
  new DataView(bytes.buffer).setBigUint64(0, n)
  return bytes
}

function swapNonce(bytes: Uint8Array, action: unknown): Uint8Array {
  const at = encode(action).length
  const copy = Uint8Array.from(bytes)
  copy.set(Uint8Array.from(bytes.subarray(at, at + 8)).reverse(), at)
  return copy
}
