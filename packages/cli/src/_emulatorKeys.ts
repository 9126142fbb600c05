import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto'
import {
  CredentialFormatError,
  type Credentials,
  type Emulation,
  type ExchangeDefinition,
  type Signer,
  type VerifierKey,
} from '@signet/core'

/** Key types the emulator can issue. @internal */
export type EmulatorKeyType = 'hmac' | 'ed25519' | 'rsa' | 'secp256k1'

/** A key valid only on the emulator: what a bot signs with and what the emulator's verifier stores. @internal */
export type EmulatorKey = {
  type: EmulatorKeyType
  /** Text credentials, as a user would put them in environment variables. */
  credentials: { apiKey: string; secret?: string; privateKey?: string; passphrase?: string }
  verifierKey: VerifierKey
}

const FIXED_TIME = 1_700_000_000_000
const alphanumeric = (length: number) =>
  Array.from(
    randomBytes(length),
    (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'[b % 56],
  ).join('')

type KeyPair = { privateKey: string; publicKey: string }
const pairs = new Map<'ed25519' | 'rsa', KeyPair>()

/** One key pair per type and process: RSA generation takes a noticeable fraction of a second. */
function keyPair(type: 'ed25519' | 'rsa'): KeyPair {
  let pair = pairs.get(type)
  if (!pair) {
    const publicKeyEncoding = { type: 'spki', format: 'pem' } as const
    const privateKeyEncoding = { type: 'pkcs8', format: 'pem' } as const
    pair =
      type === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding, privateKeyEncoding })
        : generateKeyPairSync('ed25519', { publicKeyEncoding, privateKeyEncoding })
    pairs.set(type, pair)
  }
  return pair
}

/**
 * Issues an emulator-only key of `type` for `exchange`, or undefined when the exchange does not take that key
 * type. Whether a passphrase is needed and whether the key works are found by asking the exchange's own signer
 * and verifier (a signed account request must verify), so no exchange is special-cased here. @internal
 */
export async function issueEmulatorKey(
  exchange: Emulation,
  type: EmulatorKeyType,
): Promise<EmulatorKey | undefined> {
  const { definition } = exchange
  // An exchange whose keys are not HMAC secrets (Coinbase) makes its own, one: callers asking for the default key
  // get it, and no second key of the same type (`emulate` names key files by type).
  if (exchange.verification.testKey) return type === 'hmac' ? ownTestKey(exchange) : undefined
  // Only an exchange's own testKey makes wallet keys.
  if (type === 'secp256k1') return undefined
  const apiKey = randomUUID()
  const pair = type === 'hmac' ? undefined : keyPair(type)
  // 32 hex digits: the shape of an OKX SecretKey, and an ordinary secret everywhere else.
  const secret = type === 'hmac' ? randomBytes(16).toString('hex').toUpperCase() : undefined
  const base: EmulatorKey['credentials'] = secret
    ? { apiKey, secret }
    : { apiKey, privateKey: pair!.privateKey }
  let credentials = base
  let signer = trySigner(definition, base)
  if (signer instanceof CredentialFormatError && signer.field === 'passphrase') {
    credentials = { ...base, passphrase: `Emu${alphanumeric(13)}` }
    signer = trySigner(definition, credentials)
  }
  if (!signer || signer instanceof Error) return undefined
  const verifierKey: VerifierKey = {
    apiKey,
    ...(secret ? { secret } : { publicKey: pair!.publicKey }),
    ...(credentials.passphrase ? { passphrase: credentials.passphrase } : {}),
  }
  const result = await verifyAt(exchange, signer, verifierKey, FIXED_TIME)
  return result?.ok ? { type, credentials, verifierKey } : undefined
}

/** The exchange's own test key, when its signer takes it and its verifier accepts a request signed with it. */
async function ownTestKey(exchange: Emulation): Promise<EmulatorKey | undefined> {
  const { definition } = exchange
  const { credentials, verifierKey } = exchange.verification.testKey!()
  const text = {
    apiKey: credentials.apiKey,
    ...(typeof credentials.privateKey === 'string' ? { privateKey: credentials.privateKey } : {}),
    ...(typeof credentials.secret === 'string' ? { secret: credentials.secret } : {}),
    ...(typeof credentials.passphrase === 'string' ? { passphrase: credentials.passphrase } : {}),
  }
  const signer = trySigner(definition, text)
  if (!signer || signer instanceof Error) return undefined
  // A wallet key (Hyperliquid) keeps its own type, so it is named and filed as what it is.
  const own = ['ed25519', 'rsa', 'secp256k1'] as const
  const type = (own as readonly string[]).includes(signer.keyType)
    ? (signer.keyType as EmulatorKeyType)
    : 'hmac'
  if (type === 'hmac' && text.secret === undefined) return undefined
  const result = await verifyAt(exchange, signer, verifierKey, FIXED_TIME)
  return result?.ok ? { type, credentials: text, verifierKey } : undefined
}

/**
 * The error code the exchange answers a request whose timestamp is an hour old with (Binance -1021,
 * Bybit 10002, OKX 50102), learned from its verifier; undefined if it cannot be learned. @internal
 */
export async function timestampErrorCode(
  exchange: Emulation,
  key: EmulatorKey,
): Promise<string | number | undefined> {
  const signer = trySigner(exchange.definition, key.credentials)
  if (!signer || signer instanceof Error) return undefined
  const result = await verifyAt(exchange, signer, key.verifierKey, FIXED_TIME + 3_600_000)
  return result && !result.ok && result.kind === 'timestamp' ? result.code : undefined
}

function trySigner(definition: ExchangeDefinition, credentials: Credentials): Signer | Error | undefined {
  try {
    return definition.createSigner(credentials)
  } catch (error) {
    return error instanceof Error ? error : undefined
  }
}

async function verifyAt(exchange: Emulation, signer: Signer, key: VerifierKey, now: number) {
  try {
    const intent = exchange.examples.account
    const signed = await signer.sign(intent, { timestamp: FIXED_TIME })
    const verifier = exchange.verification.createVerifier({ keys: [key], now: () => now })
    return verifier.verify(
      { method: signed.method, url: signed.url, headers: signed.headers, body: signed.body ?? '' },
      intent.security,
    )
  } catch {
    return undefined
  }
}
