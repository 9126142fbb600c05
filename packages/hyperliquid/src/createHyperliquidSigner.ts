import type { KeyObject } from 'node:crypto'
import {
  CredentialFormatError,
  type Credentials,
  InvalidParameterError,
  type LocalSigner,
  type Secret,
  type SignOptions,
  signingTime,
} from '@signet/core'
import {
  asyncSign,
  checkPassphrases,
  checkSignOptions,
  describeRequestLine,
  joinParams,
  keyEnvironmentOf,
  normalizeParams,
  noWebSocketAuth,
  percentEncode,
  refuseWindowMs,
  serializeJsonBody,
} from '@signet/core/kit'
import { parseAddress, parseWalletKey } from './_credentials'
import { signDigest } from './_ecdsa'
import { type HyperliquidEnvironment as Chain, exchangeBody, prepareAction } from './_prepareAction'
import { readExchangeBody, readNonce, userSignedDefaults } from './_readExchangeBody'

/** The chain a Hyperliquid key signs for: `mainnet` (source `a`) or `testnet` (source `b`). */
export type HyperliquidKeyEnvironment = Chain

/** @deprecated Use `HyperliquidKeyEnvironment`: the client's `environment` picks hosts, this is the key's chain. */
export type HyperliquidEnvironment = Chain

/** Parameters of `createHyperliquidSigner`: a wallet or API (agent) wallet key. */
export type CreateHyperliquidSignerParameters = {
  /** The signing wallet's private key: 64 hex digits (with or without `0x`), 32 bytes, a `Secret` or a KeyObject. */
  privateKey?: string | Uint8Array | KeyObject | Secret | undefined
  /** Alias of `privateKey`, for tools that pass every credential as `secret`. */
  secret?: string | Secret | undefined
  /** The signing address; an address given here must match `privateKey` (other text is ignored). @default the address of `privateKey` */
  apiKey?: string | undefined
  /** The master account an API wallet acts for (what `/info` reads are about). @default the signing address */
  account?: string | undefined
  /** Vault or sub-account every L1 action trades for, unless the body names one. @default none */
  vaultAddress?: string | undefined
  /** The chain the key signs for: `live`/`mainnet` (source `a`, chain `Mainnet`) or `testnet` (source `b`). @default 'mainnet' */
  keyEnvironment?: string | undefined
  /** @deprecated Use `keyEnvironment`: the client's `environment` picks hosts, this is the chain the key signs for. */
  environment?: string | undefined
  /** Clock used when `sign` gets neither `nonce` nor `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/**
 * Options of `signer.sign`: the runtime's `nonce`; the nonce window is fixed (spec hyperliquid.md §6), so `windowMs`
 * is refused (a deadline for an L1 action is the body's `expiresAfter`).
 */
export type HyperliquidSignOptions = SignOptions

/**
 * A Hyperliquid signer: the core contract plus the addresses it signs for; `signWebSocketAuth` rejects with
 * `UnsupportedError` (Hyperliquid has no WebSocket login).
 */
export type HyperliquidSigner = LocalSigner<HyperliquidSignOptions, 'hyperliquid', never> & {
  /** The lower-case address that signs (also `apiKey`). */
  readonly address: string
  /** The lower-case master account. */
  readonly account: string
  readonly vaultAddress: string | undefined
  /** The chain the key signs for. */
  readonly keyEnvironment: HyperliquidKeyEnvironment
  signWebSocketAuth(options?: unknown): Promise<never>
}

/**
 * Creates a Hyperliquid signer: L1 actions are signed as the phantom agent over the msgpack action hash, user-signed
 * actions in the HyperliquidSignTransaction domain; the nonce comes from `SignOptions.nonce`.
 *
 * @example
 * const signer = createHyperliquidSigner({ privateKey: agentKey, account: '0x…', keyEnvironment: 'testnet' })
 * const request = await signer.sign(
 *   { method: 'POST', path: '/exchange', body: { action: { type: 'scheduleCancel' } }, security: 'signed' },
 *   { nonce: 1_700_000_000_000n },
 * )
 */
export function createHyperliquidSigner(credentials: CreateHyperliquidSignerParameters): HyperliquidSigner {
  const { key, address } = parseWalletKey(
    credentials.privateKey ?? credentials.secret,
    credentials.privateKey === undefined && credentials.secret !== undefined ? 'secret' : 'privateKey',
  )
  // Hyperliquid has no API key (spec hyperliquid.md §1): an address given as apiKey must be the signer's; other text
  // (a tool's placeholder, a label) names nothing and is ignored.
  const named = credentials.apiKey
  if (named !== undefined && /^0x[0-9a-fA-F]{40}$/.test(named) && named.toLowerCase() !== address)
    throw new CredentialFormatError('apiKey', `is not the address of the private key (that is ${address})`, {
      exchange: 'hyperliquid',
      hint: 'On Hyperliquid the API key is the signing wallet address; leave apiKey out to use it.',
    })
  // spec hyperliquid.md §1: a wallet key has neither an account passphrase nor a PEM one; either is refused by name.
  checkPassphrases(credentials as Partial<Credentials>, {
    exchange: 'hyperliquid',
    account: false,
    privateKey: false,
  })
  const environment = parseEnvironment(keyEnvironmentOf(credentials, 'hyperliquid') as string | undefined)
  const account = parseAddress(credentials.account, 'account') ?? address
  const vaultAddress = parseAddress(credentials.vaultAddress, 'vaultAddress')
  const now = credentials.now ?? Date.now
  // Core's clock/signer contract: `now` is a function returning epoch ms; a number is refused by name.
  signingTime(now)

  const signSync: HyperliquidSigner['signSync'] = (intent, signOptions) => {
    const options = checkSignOptions(signOptions)
    // spec hyperliquid.md §6: the nonce window is the exchange's, not the caller's.
    refuseWindowMs(options.windowMs, {
      exchange: 'hyperliquid',
      reason: 'Hyperliquid checks the nonce against a window it fixes (spec hyperliquid.md §6)',
      hint: 'Nothing was sent: remove windowMs; for a deadline on an L1 action put expiresAfter (epoch ms) in the body.',
    })
    if (typeof intent?.method !== 'string' || typeof intent.path !== 'string') {
      throw new InvalidParameterError(
        'intent',
        'a method and a path as strings (POST /info, POST /exchange)',
        describeRequestLine(intent),
        {
          exchange: 'hyperliquid',
          hint: 'Hyperliquid takes POST /info for reads and POST /exchange for actions.',
        },
      )
    }
    const headers = { 'content-type': 'application/json' }
    // spec hyperliquid.md §1: Hyperliquid reads no query; params given anyway travel as one, outside the signature.
    const query = joinParams(normalizeParams(intent.params), percentEncode)
    const url = query ? `${intent.path}?${query}` : intent.path
    if (intent.security !== 'signed') {
      // spec hyperliquid.md §1: /info reads are unsigned JSON POSTs.
      const body = intent.body === undefined ? undefined : serializeJsonBody(intent.body)
      return { method: intent.method, url, headers, body }
    }
    if (intent.method !== 'POST' || intent.path !== '/exchange')
      throw new InvalidParameterError(
        'intent',
        'POST /exchange with a JSON body',
        describeRequestLine(intent),
        {
          exchange: 'hyperliquid',
          hint: 'Every signed Hyperliquid action is a POST to /exchange.',
        },
      )
    const body = readExchangeBody(intent.body)
    // spec hyperliquid.md §6: the nonce is epoch ms from the runtime's NonceSource; a bare timestamp also works.
    const given = options.nonce ?? options.timestamp
    const explicit = given === undefined ? undefined : readNonce(given, 'nonce')
    const fallback = () => BigInt(now())
    const defaults = userSignedDefaults(body.action, environment, explicit, fallback)
    const nonce = defaults.nonce ?? explicit ?? fallback()
    const prepared = prepareAction(defaults.action, {
      environment,
      nonce,
      vaultAddress: defaults.userSigned ? body.vaultAddress : (body.vaultAddress ?? vaultAddress),
      expiresAfter: body.expiresAfter,
      mode: 'client',
    })
    return {
      method: 'POST',
      url,
      headers,
      body: exchangeBody(prepared, signDigest(key, prepared.digest)),
    }
  }

  const signer: HyperliquidSigner = {
    type: 'local',
    exchange: 'hyperliquid',
    keyType: 'secp256k1',
    apiKey: address,
    address,
    account,
    vaultAddress,
    keyEnvironment: environment,
    sign: asyncSign(signSync),
    signSync,
    // Hyperliquid has no WebSocket login: user channels name the address, and a WebSocket `post` carries the same
    // signed action as POST /exchange.
    signWebSocketAuth: noWebSocketAuth(
      'hyperliquid',
      'Hyperliquid has no WebSocket login: subscriptions name the user address, and signed actions travel inside a post message',
      "Subscribe with the user's address; to act over the WebSocket, sign the action with signer.sign and send its body as a post request.",
    ),
  }
  return Object.freeze(signer)
}

/** Reads the environment credential: `live`/`mainnet` or `testnet`. @internal */
export function parseEnvironment(value: string | undefined): HyperliquidKeyEnvironment {
  if (value === undefined || value === 'live' || value === 'mainnet') return 'mainnet'
  if (value === 'testnet') return 'testnet'
  throw new CredentialFormatError(
    'keyEnvironment',
    `expected "mainnet" (or "live") or "testnet", got "${value}"`,
    {
      exchange: 'hyperliquid',
    },
  )
}
