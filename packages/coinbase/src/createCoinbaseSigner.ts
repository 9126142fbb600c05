import {
  CredentialFormatError,
  type Credentials,
  createHmacKey,
  parseHmacSecret,
  type RequestIntent,
  type SignedRequest,
  type Signer,
  type SignOptions,
} from '@signet/core'

/** Credentials of a Coinbase API key. */
export type CoinbaseCredentials = Credentials & {
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/**
 * Creates a Coinbase signer; keys are prepared once.
 *
 * @example
 * const signer = createCoinbaseSigner({ apiKey, secret })
 * const request = await signer.sign({ method: 'GET', path: '/TODO/account', security: 'signed' })
 */
export function createCoinbaseSigner(credentials: CoinbaseCredentials): Signer {
  // TODO(new-exchange): check every credential the exchange uses (passphrase, key type, environment) with a
  // CredentialFormatError naming the field; never put the value in a message.
  parseHmacSecret(credentials.apiKey, { field: 'apiKey', exchange: 'coinbase' })
  if (credentials.secret === undefined) {
    throw new CredentialFormatError('secret', 'is missing', { exchange: 'coinbase' })
  }
  const key = createHmacKey(parseHmacSecret(credentials.secret, { exchange: 'coinbase' }))
  const now = credentials.now ?? Date.now

  const signSync = (intent: RequestIntent, options: SignOptions = {}): SignedRequest => {
    // TODO(new-exchange): validate the intent (method, path, form/body) with InvalidParameterError, normalise
    // params with normalizeParams and bodies with serializeJsonBody, build the exact URL and body, then sign with
    // hmac(algorithm, key, text, encoding) and return the auth headers. Cite the spec section for each rule.
    void [intent, options, key, now]
    throw new Error(
      'TODO(new-exchange): implement createCoinbaseSigner sign() in src/createCoinbaseSigner.ts',
    )
  }

  const signer: Signer = {
    type: 'local',
    exchange: 'coinbase',
    keyType: 'hmac',
    apiKey: credentials.apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  }
  return Object.freeze(signer)
}
