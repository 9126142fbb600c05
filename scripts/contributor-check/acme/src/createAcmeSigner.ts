import {
  type Credentials,
  checkTimestamp,
  parseHmacSecret,
  type RequestIntent,
  revealSecret,
  type SignedRequest,
  type Signer,
  type SignOptions,
} from '@signet/core'
import { hmac, hmacSigningKey, jsonRequestParts } from '@signet/core/kit'

/** Credentials of an Acme API key. */
export type AcmeCredentials = Credentials & {
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/**
 * Creates an Acme signer: HMAC-SHA256 in base64 over timestamp + METHOD + path?query + body; keys are prepared once.
 *
 * @example
 * const signer = createAcmeSigner({ apiKey, secret, passphrase })
 * const request = await signer.sign({ method: 'GET', path: '/api/v1/account', security: 'signed' })
 */
export function createAcmeSigner(credentials: AcmeCredentials): Signer {
  // RULES.md: an HMAC secret and an account passphrase, sent as is.
  const { apiKey, key } = hmacSigningKey(credentials, {
    exchange: 'acme',
    keys: 'Acme API keys',
    hint: 'Pass the secret Acme issued as `secret`.',
    passphrase: true,
  })
  const passphrase = revealSecret(
    parseHmacSecret(credentials.passphrase!, { field: 'passphrase', exchange: 'acme' }),
  )
  const now = credentials.now ?? Date.now

  const signSync = (intent: RequestIntent, options: SignOptions = {}): SignedRequest => {
    // RULES.md: the query is signed exactly as sent, RFC 3986 percent-encoded; the body is the compact JSON sent.
    const { url, body, contentType, unsigned } = jsonRequestParts(intent, { exchange: 'Acme' })
    if (intent.security === 'none') return unsigned
    const timestamp = String(checkTimestamp(options.timestamp ?? now()))
    const signature = hmac('sha256', key, `${timestamp}${intent.method}${url}${body ?? ''}`, 'base64')
    return {
      method: intent.method,
      url,
      headers: {
        'ACME-KEY': apiKey,
        'ACME-SIGN': signature,
        'ACME-TIMESTAMP': timestamp,
        'ACME-PASSPHRASE': passphrase,
        ...contentType,
      },
      body,
    }
  }

  const signer: Signer = {
    type: 'local',
    exchange: 'acme',
    keyType: 'hmac',
    apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  }
  return Object.freeze(signer)
}
