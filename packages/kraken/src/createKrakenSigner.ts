import {
  CredentialFormatError,
  type Credentials,
  InvalidParameterError,
  isSecret,
  type LocalSigner,
  parseHmacSecret,
  revealSecret,
  type Secret,
  type SignedRequest,
  type SignOptions,
  signingTime,
} from '@signet/core'
import {
  asyncSign,
  checkIntent,
  checkPassphrases,
  checkSignOptions,
  createHmacKey,
  joinParams,
  normalizeParams,
  noWebSocketAuth,
  percentEncode,
  refuseWindowMs,
} from '@signet/core/kit'
import { krakenApiSign } from './_apiSign'
import { formatNonce } from './_nonce'
import { krakenPostData } from './_postData'
import { parseKrakenSecret } from './_secret'

/** Parameters of `createKrakenSigner`: a Kraken Spot API key, its secret and optional API 2FA password. */
export type CreateKrakenSignerParameters = Credentials & {
  /** The key's API two-factor password (`otp`), or a function giving the current one-time code. */
  otp?: string | Secret | (() => string) | undefined
  /** Clock used when `sign` gets neither `nonce` nor `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** Options of `signer.sign`: the runtime's `nonce`; Kraken has no timestamp window, so `windowMs` is refused. */
export type KrakenSignOptions = SignOptions

/**
 * A Kraken signer: the core `Signer`; `signWebSocketAuth` rejects with `UnsupportedError`, as private WebSocket
 * channels take a token from the signed REST request GetWebSocketsToken (`krakenWebSocketsToken`, spec kraken.md §8).
 */
export type KrakenSigner = LocalSigner<KrakenSignOptions, 'kraken', never> & {
  signWebSocketAuth(options?: unknown): Promise<never>
}

/**
 * Creates a Kraken Spot REST signer: `API-Key` and `API-Sign` over the path and SHA-256 of nonce + POST data, with
 * `nonce` (from `SignOptions.nonce`, else the ms timestamp) written first in the body; the key is decoded once.
 *
 * @example
 * const signer = createKrakenSigner({ apiKey, secret })
 * const request = await signer.sign({ method: 'POST', path: '/0/private/Balance', security: 'signed' }, { nonce: 1616492376594n })
 */
export function createKrakenSigner(credentials: CreateKrakenSignerParameters): KrakenSigner {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new CredentialFormatError('credentials', 'expected an object with apiKey and secret', {
      exchange: 'kraken',
    })
  }
  const { apiKey, privateKey, passphrase, otp, now = Date.now } = credentials
  parseHmacSecret(apiKey, { field: 'apiKey', exchange: 'kraken' })
  // Core's clock/signer contract: `now` is a function returning epoch ms; a number is refused by name.
  signingTime(now)
  if (credentials.privateKeyPassphrase !== undefined) {
    checkPassphrases(credentials, { exchange: 'kraken', account: false, privateKey: false })
  }
  if (privateKey !== undefined || (passphrase !== undefined && passphrase !== '')) {
    throw new CredentialFormatError(
      privateKey !== undefined ? 'privateKey' : 'passphrase',
      'is not used by Kraken Spot keys',
      {
        exchange: 'kraken',
        hint: 'Pass the private key Kraken shows as `secret`, and an API 2FA password as `otp`.',
      },
    )
  }
  if (credentials.secret === undefined) {
    throw new CredentialFormatError('secret', 'is missing', { exchange: 'kraken' })
  }
  // spec kraken.md §2: the HMAC key is the base64-decoded private key.
  const key = createHmacKey(parseKrakenSecret(credentials.secret), 'base64')
  const otpText = (): string | undefined => {
    if (otp === undefined) return undefined
    const value = typeof otp === 'function' ? otp() : isSecret(otp) ? revealSecret(otp) : otp
    parseHmacSecret(value, { field: 'otp', exchange: 'kraken' })
    return value
  }

  // The return type is written out: the unsigned and signed branches have different header literals.
  const signSync: KrakenSigner['signSync'] = (intent, given): SignedRequest => {
    const options = checkSignOptions(given)
    // spec kraken.md §3: freshness is a nonce per key, with no timestamp window to choose.
    refuseWindowMs(options.windowMs, {
      exchange: 'kraken',
      reason:
        'Kraken keeps requests fresh with an increasing nonce and has no timestamp window (spec kraken.md §3)',
    })
    checkIntent(intent, { exchange: 'Kraken', form: true, json: true })
    if (intent.security === 'none') {
      const query = joinParams(normalizeParams(intent.params), percentEncode)
      return { method: intent.method, url: query ? `${intent.path}?${query}` : intent.path, headers: {} }
    }
    // spec kraken.md §3: private endpoints are POST with the nonce in the POST data.
    if (intent.method !== 'POST') {
      throw new InvalidParameterError('method', 'POST for a private Kraken endpoint', intent.method, {
        exchange: 'kraken',
      })
    }
    const nonce = formatNonce(options.nonce, Math.floor(options.timestamp ?? now()))
    const { body, contentType } = krakenPostData(intent, nonce, otpText())
    return {
      method: 'POST',
      url: intent.path,
      headers: {
        'API-Key': apiKey,
        'API-Sign': krakenApiSign(key, { path: intent.path, hashed: nonce + body }),
        'Content-Type': contentType,
      },
      body,
    }
  }

  const signer: KrakenSigner = {
    type: 'local',
    exchange: 'kraken',
    keyType: 'hmac',
    apiKey,
    sign: asyncSign(signSync),
    signSync,
    // spec kraken.md §8: the WebSocket token comes from a signed REST request, not a login signed by the key.
    signWebSocketAuth: noWebSocketAuth(
      'kraken',
      'Kraken private WebSocket channels take a token from the signed REST request GetWebSocketsToken, not a signed login',
      'Send krakenWebSocketsToken.intent with the client and read the token with krakenWebSocketsToken.parse.',
    ),
  }
  return Object.freeze(signer)
}
