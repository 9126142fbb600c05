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

/** Credentials of a __Name__ API key. */
export type __Name__Credentials = Credentials & {
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/**
 * Creates a __Name__ signer; keys are prepared once.
 *
 * @example
 * const signer = create__Name__Signer({ apiKey, secret })
 * const request = await signer.sign({ method: 'GET', path: '/TODO/account', security: 'signed' })
 */
export function create__Name__Signer(credentials: __Name__Credentials): Signer {
  // TODO(new-exchange): check every credential the exchange uses (passphrase, key type, environment) with a
  // CredentialFormatError naming the field; never put the value in a message.
  parseHmacSecret(credentials.apiKey, { field: 'apiKey', exchange: '__name__' })
  if (credentials.secret === undefined) {
    throw new CredentialFormatError('secret', 'is missing', { exchange: '__name__' })
  }
  const key = createHmacKey(parseHmacSecret(credentials.secret, { exchange: '__name__' }))
  const now = credentials.now ?? Date.now

  const signSync = (intent: RequestIntent, options: SignOptions = {}): SignedRequest => {
    // TODO(new-exchange): check the intent and build the exact URL and body once (`jsonRequestParts` from
    // @signet/core/kit for a percent-encoded query and a JSON body; otherwise checkIntent, normalizeParams,
    // joinParams, serializeJsonBody), then sign with hmac(algorithm, key, text, encoding) and return the auth
    // headers. Cite the spec section for each rule.
    void [intent, options, key, now]
    throw new Error(
      'TODO(new-exchange): implement create__Name__Signer sign() in src/create__Name__Signer.ts',
    )
  }

  const signer: Signer = {
    type: 'local',
    exchange: '__name__',
    keyType: 'hmac',
    apiKey: credentials.apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  }
  return Object.freeze(signer)
}
