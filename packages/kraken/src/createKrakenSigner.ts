import {
  CredentialFormatError,
  type Credentials,
  checkIntent,
  createHmacKey,
  InvalidParameterError,
  isSecret,
  joinParams,
  normalizeParams,
  parseHmacSecret,
  percentEncode,
  type RequestIntent,
  revealSecret,
  type Secret,
  type SignedRequest,
  type Signer,
  type SignOptions,
} from '@signet/core'
import { krakenApiSign } from './_apiSign'
import { formatNonce } from './_nonce'
import { krakenPostData } from './_postData'
import { parseKrakenSecret } from './_secret'

/** Credentials of a Kraken Spot API key. */
export type KrakenCredentials = Credentials & {
  /** The key's API two-factor password (`otp`), or a function giving the current one-time code. */
  otp?: string | Secret | (() => string) | undefined
  /** Clock used when `sign` gets neither `nonce` nor `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/**
 * Creates a Kraken Spot REST signer: `API-Key` and `API-Sign` over the path and SHA-256 of nonce + POST data, with
 * `nonce` (from `SignOptions.nonce`, else the ms timestamp) written first in the body; the key is decoded once.
 *
 * @example
 * const signer = createKrakenSigner({ apiKey, secret })
 * const request = await signer.sign({ method: 'POST', path: '/0/private/Balance', security: 'signed' }, { nonce: 1616492376594n })
 */
export function createKrakenSigner(credentials: KrakenCredentials): Signer<SignOptions, 'kraken'> {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new CredentialFormatError('credentials', 'expected an object with apiKey and secret', {
      exchange: 'kraken',
    })
  }
  const { apiKey, privateKey, passphrase, otp, now = Date.now } = credentials
  parseHmacSecret(apiKey, { field: 'apiKey', exchange: 'kraken' })
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

  const signSync = (intent: RequestIntent, options: SignOptions = {}): SignedRequest => {
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

  const signer: Signer<SignOptions, 'kraken'> = {
    type: 'local',
    exchange: 'kraken',
    keyType: 'hmac',
    apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  }
  return Object.freeze(signer)
}
