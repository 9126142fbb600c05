import type { Credentials, RequestIntent, SignedRequest, Signer, SignOptions } from '@signet/core'
import { hmacSigningKey } from '@signet/core/kit'

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
  // TODO(new-exchange): the credentials the exchange's keys have (an account passphrase? which environments?),
  // each refused with a CredentialFormatError naming the field; never put the value in a message.
  const { apiKey, key } = hmacSigningKey(credentials, {
    exchange: '__name__',
    keys: '__Name__ API keys',
    hint: 'Pass the secret __Name__ issued as `secret`.',
  })
  const now = credentials.now ?? Date.now

  const signSync = (intent: RequestIntent, options: SignOptions = {}): SignedRequest => {
    // TODO(new-exchange): check the intent and build the exact URL and body once (`jsonRequestParts` from
    // @signet/core/kit for a percent-encoded query and a JSON body; otherwise checkIntent, normalizeParams,
    // joinParams, serializeJsonBody), then sign with hmac(algorithm, key, text, encoding) and return the auth
    // headers. Cite the spec section for each rule.
    void [intent, options, apiKey, key, now]
    throw new Error(
      'TODO(new-exchange): implement create__Name__Signer sign() in src/create__Name__Signer.ts',
    )
  }

  const signer: Signer = {
    type: 'local',
    exchange: '__name__',
    keyType: 'hmac',
    apiKey,
    sign: async (intent, options) => signSync(intent, options),
    signSync,
  }
  return Object.freeze(signer)
}
