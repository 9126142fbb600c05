import {
  CredentialFormatError,
  type Credentials,
  checkSignOptions,
  createHmacKey,
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

/** Credentials of a KuCoin API key. */
export type KucoinCredentials = Credentials & {
  /** The key version KuCoin API Management shows; versions 2 and 3 send the passphrase signed. @default '2' */
  keyVersion?: '2' | '3' | 2 | 3 | undefined
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/**
 * Creates a KuCoin signer: HMAC-SHA256 in base64 over timestamp + METHOD + path?query + body, with the
 * passphrase signed for key versions 2 and 3; keys are prepared once.
 *
 * @example
 * const signer = createKucoinSigner({ apiKey, secret, passphrase })
 * const request = await signer.sign({ method: 'GET', path: '/api/v1/accounts', params: { currency: 'USDT' }, security: 'signed' })
 */
export function createKucoinSigner(credentials: KucoinCredentials): Signer<SignOptions, 'kucoin'> {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new CredentialFormatError('credentials', 'expected an object with apiKey, secret and passphrase', {
      exchange: 'kucoin',
    })
  }
  const { privateKey, environment } = credentials
  // The API key is not a secret, but it suffers the same copy-and-paste damage; checked, then revealed once so
  // the KC-API-KEY header carries the key itself (a Secret would print as "[redacted]").
  const apiKey = revealSecret(parseHmacSecret(credentials.apiKey, { field: 'apiKey', exchange: 'kucoin' }))
  // Core's clock/signer contract: `now` is a function (e.g. clock.now); the per-call timestamp wins.
  const time = signingTime(credentials.now)
  if (privateKey !== undefined) {
    throw new CredentialFormatError('privateKey', 'is not supported: KuCoin API keys use an HMAC secret', {
      exchange: 'kucoin',
      hint: 'Pass the secret KuCoin issued as `secret`.',
    })
  }
  if (credentials.secret === undefined) {
    throw new CredentialFormatError('secret', 'is missing', { exchange: 'kucoin' })
  }
  if (credentials.passphrase === undefined) {
    throw new CredentialFormatError('passphrase', 'is missing', {
      exchange: 'kucoin',
      hint: 'Pass the passphrase you chose when you created the key.',
    })
  }
  if (environment !== undefined && environment !== 'live') {
    throw new CredentialFormatError(
      'environment',
      `is ${JSON.stringify(environment)}, but KuCoin has only "live"`,
      {
        exchange: 'kucoin',
      },
    )
  }
  const keyVersion = String(credentials.keyVersion ?? '2')
  if (keyVersion !== '2' && keyVersion !== '3') {
    throw new CredentialFormatError(
      'keyVersion',
      `must be "2" or "3", received ${JSON.stringify(keyVersion)}`,
      {
        exchange: 'kucoin',
        hint: 'KuCoin retired version 1 keys in 2021: create a new key.',
      },
    )
  }
  const key = createHmacKey(parseHmacSecret(credentials.secret, { exchange: 'kucoin' }))
  const passphrase = parseHmacSecret(credentials.passphrase, { field: 'passphrase', exchange: 'kucoin' })
  // spec kucoin.md: for key version >= 2 the header is base64(HMAC-SHA256(secret, passphrase)).
  const signedPassphrase = hmac('sha256', key, revealSecret(passphrase), 'base64')

  const signSync = (intent: RequestIntent, given?: SignOptions): SignedRequest => {
    const options = checkSignOptions(given)
    const { entries, url, body, contentType, unsigned } = jsonRequestParts(intent, { exchange: 'KuCoin' })
    if (intent.security === 'none') return unsigned
    // The wire query is percent-encoded; KuCoin decodes it before checking, so the signed text is the raw
    // `name=value` join (KuCoin docs-new/authentication: "content that has not been URL-encoded").
    const signedQuery = joinParams(entries)
    const timestamp = String(time(options.timestamp))
    const endpoint = signedQuery === '' ? intent.path : `${intent.path}?${signedQuery}`
    // spec kucoin.md: prehash = timestamp + METHOD + endpoint + body, HMAC-SHA256, base64.
    const signature = hmac('sha256', key, `${timestamp}${intent.method}${endpoint}${body ?? ''}`, 'base64')
    return {
      method: intent.method,
      url,
      headers: {
        'KC-API-KEY': apiKey,
        'KC-API-SIGN': signature,
        'KC-API-TIMESTAMP': timestamp,
        'KC-API-PASSPHRASE': signedPassphrase,
        'KC-API-KEY-VERSION': keyVersion,
        ...contentType,
      },
      body,
    }
  }

  const signer: Signer<SignOptions, 'kucoin'> = {
    type: 'local',
    exchange: 'kucoin',
    keyType: 'hmac',
    apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  }
  return Object.freeze(signer)
}
