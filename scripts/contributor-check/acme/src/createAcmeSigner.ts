import {
  type Credentials,
  checkTimestamp,
  type LocalSigner,
  parseHmacSecret,
  type RequestIntent,
  revealSecret,
  type SignedRequest,
  type SignOptions,
} from '@signet/core'
import {
  asyncSign,
  checkSignOptions,
  hmac,
  hmacSigningKey,
  jsonRequestParts,
  noWebSocketAuth,
  refuseWindowMs,
} from '@signet/core/kit'

/** Parameters of `createAcmeSigner`: key, secret and the account passphrase. */
export type CreateAcmeSignerParameters = Credentials & {
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** Options of `signer.sign`: Acme fixes its window (RULES.md), so `windowMs` is refused. */
export type AcmeSignOptions = SignOptions

/** An Acme signer: core's `LocalSigner`; Acme has no signed WebSocket login. */
export type AcmeSigner = LocalSigner<AcmeSignOptions, 'acme'> & {
  signWebSocketAuth(options?: unknown): Promise<unknown>
}

/**
 * Creates an Acme signer: HMAC-SHA256 in base64 over timestamp + METHOD + path?query + body; keys are prepared once.
 *
 * @example
 * const signer = createAcmeSigner({ apiKey, secret, passphrase })
 * const request = await signer.sign({ method: 'GET', path: '/api/v1/account', security: 'signed' })
 */
export function createAcmeSigner(credentials: CreateAcmeSignerParameters): AcmeSigner {
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

  const signSync = (intent: RequestIntent, given?: AcmeSignOptions): SignedRequest => {
    const options = checkSignOptions(given)
    // RULES.md: the window is fixed (now - 10000 <= timestamp < now + 1000), so a chosen one cannot be honoured.
    refuseWindowMs(options.windowMs, { exchange: 'acme', reason: 'Acme fixes its window (RULES.md)' })
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

  const signer: AcmeSigner = {
    type: 'local',
    exchange: 'acme',
    keyType: 'hmac',
    apiKey,
    sign: asyncSign(signSync),
    signSync,
    signWebSocketAuth: noWebSocketAuth('acme', 'Acme has no signed WebSocket login', 'Use the REST API.'),
  }
  return Object.freeze(signer)
}
