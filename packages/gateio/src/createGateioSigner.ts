import {
  CredentialFormatError,
  type Credentials,
  checkSignOptions,
  createHmacKey,
  hash,
  hmac,
  joinParams,
  parseHmacSecret,
  type RequestIntent,
  revealSecret,
  type SignedRequest,
  type Signer,
  type SignOptions,
  signingTime,
} from '@signet/core'
import { jsonRequestParts } from '@signet/core/kit'

/** Credentials of a Gate.io APIv4 key. */
export type GateioCredentials = Credentials & {
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

const environments = new Set(['live', 'testnet'])

/**
 * Creates a Gate.io APIv4 signer: HMAC-SHA512 in hex over METHOD, path, unencoded query, SHA-512 of the body and
 * the timestamp in seconds, one per line; the key is prepared once.
 *
 * @example
 * const signer = createGateioSigner({ apiKey, secret })
 * const request = await signer.sign({ method: 'GET', path: '/api/v4/spot/accounts', params: { currency: 'USDT' }, security: 'signed' })
 */
export function createGateioSigner(credentials: GateioCredentials): Signer<SignOptions, 'gateio'> {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new CredentialFormatError('credentials', 'expected an object with apiKey and secret', {
      exchange: 'gateio',
    })
  }
  const { privateKey, passphrase, environment } = credentials
  // The API key is not a secret, but it suffers the same copy-and-paste damage; checked, then revealed once so
  // the KEY header carries the key itself (a Secret would print as "[redacted]").
  const apiKey = revealSecret(parseHmacSecret(credentials.apiKey, { field: 'apiKey', exchange: 'gateio' }))
  // Core's clock/signer contract: `now` is a function (e.g. clock.now); the per-call timestamp wins.
  const time = signingTime(credentials.now)
  if (privateKey !== undefined) {
    throw new CredentialFormatError('privateKey', 'is not supported: Gate.io APIv4 keys use an HMAC secret', {
      exchange: 'gateio',
      hint: 'Pass the secret Gate issued as `secret`.',
    })
  }
  if (passphrase !== undefined && passphrase !== '') {
    throw new CredentialFormatError('passphrase', 'is not used by Gate.io APIv4 keys', {
      exchange: 'gateio',
      hint: 'Remove the passphrase: Gate signs with the key and secret only.',
    })
  }
  if (credentials.secret === undefined) {
    throw new CredentialFormatError('secret', 'is missing', { exchange: 'gateio' })
  }
  if (environment !== undefined && !environments.has(environment)) {
    throw new CredentialFormatError(
      'environment',
      `must be "live" or "testnet", received ${JSON.stringify(environment)}`,
      {
        exchange: 'gateio',
      },
    )
  }
  const key = createHmacKey(parseHmacSecret(credentials.secret, { exchange: 'gateio' }))

  const signSync = (intent: RequestIntent, given?: SignOptions): SignedRequest => {
    const options = checkSignOptions(given)
    // spec gateio.md: APIv4 also uses PATCH (spot order amendment, PATCH /spot/orders/{order_id}).
    // The wire query is percent-encoded (RFC 3986, as ccxt sends it); the signed query is the same pairs
    // "not URL-encoded, same order as in the URL" (spec gateio.md §2; commas broke signatures when an SDK
    // signed the encoded form: sieblyio/gateio-api#83).
    const { entries, url, body, contentType, unsigned } = jsonRequestParts(intent, {
      exchange: 'Gate.io',
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
    })
    if (intent.security === 'none') return unsigned
    // spec gateio.md: Timestamp is Unix seconds; the ms timestamp is truncated, never rounded up.
    const timestamp = String(time(options.timestamp, 'timestamp', 1000) / 1000)
    const signedText = [
      intent.method,
      intent.path,
      joinParams(entries),
      hash('sha512', body ?? '', 'hex'),
      timestamp,
    ].join('\n')
    return {
      method: intent.method,
      url,
      headers: {
        KEY: apiKey,
        Timestamp: timestamp,
        SIGN: hmac('sha512', key, signedText, 'hex'),
        ...contentType,
      },
      body,
    }
  }

  const signer: Signer<SignOptions, 'gateio'> = {
    type: 'local',
    exchange: 'gateio',
    keyType: 'hmac',
    apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  }
  return Object.freeze(signer)
}
