import {
  CredentialFormatError,
  type Credentials,
  type LocalSigner,
  parseHmacSecret,
  revealSecret,
  type SignOptions,
  signingTime,
} from '@signet/core'
import {
  asyncSign,
  checkPassphrases,
  checkSignOptions,
  hmac,
  hmacSigningKey,
  joinParams,
  jsonRequestParts,
  noWebSocketAuth,
  refuseWindowMs,
} from '@signet/core/kit'

/** Parameters of `createKucoinSigner`: key, secret and the account passphrase. */
export type CreateKucoinSignerParameters = Credentials & {
  /** The key version KuCoin API Management shows; versions 2 and 3 send the passphrase signed. @default '2' */
  keyVersion?: '2' | '3' | 2 | 3 | undefined
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** Options of `signer.sign`: KuCoin fixes its window (±5 s, spec kucoin.md §4), so `windowMs` is refused. */
export type KucoinSignOptions = SignOptions

/**
 * A KuCoin signer: the core `Signer`; `signWebSocketAuth` rejects with `UnsupportedError`, as private feeds take a
 * token from the signed REST request `POST /api/v1/bullet-private` (spec kucoin.md §7).
 */
export type KucoinSigner = LocalSigner<KucoinSignOptions, 'kucoin', never> & {
  signWebSocketAuth(options?: unknown): Promise<never>
}

/**
 * Creates a KuCoin signer: HMAC-SHA256 in base64 over timestamp + METHOD + path?query + body, with the
 * passphrase signed for key versions 2 and 3; keys are prepared once.
 *
 * @example
 * const signer = createKucoinSigner({ apiKey, secret, passphrase })
 * const request = await signer.sign({ method: 'GET', path: '/api/v1/accounts', params: { currency: 'USDT' }, security: 'signed' })
 */
export function createKucoinSigner(credentials: CreateKucoinSignerParameters): KucoinSigner {
  // spec kucoin.md §1: keys sign with an HMAC secret and carry an account passphrase; KuCoin has only "live".
  const { apiKey, key } = hmacSigningKey(credentials, {
    exchange: 'kucoin',
    keys: 'KuCoin API keys',
    hint: 'Pass the secret KuCoin issued as `secret`.',
    passphrase: true,
  })
  // The passphrase is sent signed, never a PEM's: privateKeyPassphrase is refused by name.
  checkPassphrases(credentials, { exchange: 'kucoin', account: true, privateKey: false })
  // Core's clock/signer contract: `now` is a function (e.g. clock.now); the per-call timestamp wins.
  const time = signingTime(credentials.now)
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
  const passphrase = parseHmacSecret(credentials.passphrase!, { field: 'passphrase', exchange: 'kucoin' })
  // spec kucoin.md: for key version >= 2 the header is base64(HMAC-SHA256(secret, passphrase)).
  const signedPassphrase = hmac('sha256', key, revealSecret(passphrase), 'base64')

  const signSync: KucoinSigner['signSync'] = (intent, given) => {
    const options = checkSignOptions(given)
    // spec kucoin.md §4: the window is fixed (±5 s, no window parameter): a chosen one cannot be honoured.
    refuseWindowMs(options.windowMs, {
      exchange: 'kucoin',
      reason:
        'KuCoin accepts a timestamp within a fixed 5 s of its clock and has no window parameter (spec kucoin.md §4)',
    })
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

  const signer: KucoinSigner = {
    type: 'local',
    exchange: 'kucoin',
    keyType: 'hmac',
    apiKey,
    sign: asyncSign(signSync),
    signSync,
    // spec kucoin.md §7: no login message is signed by the key; the token comes from a signed REST request.
    signWebSocketAuth: noWebSocketAuth(
      'kucoin',
      'KuCoin private WebSocket feeds take a token from the signed REST request POST /api/v1/bullet-private, not a signed login',
      "Send { method: 'POST', path: '/api/v1/bullet-private', security: 'signed' } with the client and connect with the token it returns.",
    ),
  }
  return Object.freeze(signer)
}
