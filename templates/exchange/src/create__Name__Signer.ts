import type { Credentials, LocalSigner, RequestIntent, SignedRequest, SignOptions } from '@signet/core'
import { asyncSign, checkSignOptions, hmacSigningKey, noWebSocketAuth } from '@signet/core/kit'

/** Parameters of `create__Name__Signer` (names and meanings: packages/core/VOCABULARY.md). */
export type Create__Name__SignerParameters = Credentials & {
  /** Clock used when `sign` gets no `timestamp`, epoch ms. @default Date.now */
  now?: (() => number) | undefined
}

/** Options of `signer.sign`: core's `timestamp`, `windowMs` and `nonce`, plus the exchange's own, if any. */
export type __Name__SignOptions = SignOptions

/** A __Name__ signer: core's `LocalSigner` with its options; `signWebSocketAuth` is the exchange's WebSocket login. */
export type __Name__Signer = LocalSigner<__Name__SignOptions, '__name__'> & {
  signWebSocketAuth(options?: unknown): Promise<unknown>
}

/**
 * Creates a __Name__ signer; keys are prepared once.
 *
 * @example
 * const signer = create__Name__Signer({ apiKey, secret })
 * const request = await signer.sign({ method: 'GET', path: '/TODO/account', security: 'signed' })
 */
export function create__Name__Signer(credentials: Create__Name__SignerParameters): __Name__Signer {
  // TODO(new-exchange): the credentials the exchange's keys have (an account passphrase? which environments?),
  // each refused with a CredentialFormatError naming the field; never put the value in a message.
  const { apiKey, key } = hmacSigningKey(credentials, {
    exchange: '__name__',
    keys: '__Name__ API keys',
    hint: 'Pass the secret __Name__ issued as `secret`.',
  })
  const now = credentials.now ?? Date.now

  const signSync = (intent: RequestIntent, given?: __Name__SignOptions): SignedRequest => {
    const options = checkSignOptions(given)
    // TODO(new-exchange): `windowMs` is how long after its timestamp the exchange may accept the request: write it
    // as the exchange's window parameter, or refuse it with `refuseWindowMs` (@signet/core/kit) when the window is
    // fixed; never ignore it. Then check the intent and build the exact URL and body once (`jsonRequestParts` from
    // @signet/core/kit for a percent-encoded query and a JSON body; otherwise checkIntent, normalizeParams,
    // joinParams, serializeJsonBody), then sign with hmac(algorithm, key, text, encoding) and return the auth
    // headers. Cite the spec section for each rule.
    void [intent, options, apiKey, key, now]
    throw new Error(
      'TODO(new-exchange): implement create__Name__Signer sign() in src/create__Name__Signer.ts',
    )
  }

  const signer: __Name__Signer = {
    type: 'local',
    exchange: '__name__',
    keyType: 'hmac',
    apiKey,
    sign: asyncSign(signSync),
    signSync,
    // TODO(new-exchange): the exchange's WebSocket login payload (with an `__Name__WebSocketAuth` type), or keep
    // this refusal saying what to do instead (a token from a REST request, or no login at all).
    signWebSocketAuth: noWebSocketAuth(
      '__name__',
      'this package does not sign a WebSocket login yet',
      'TODO(new-exchange): say how a bot authenticates private WebSocket channels.',
    ),
  }
  return Object.freeze(signer)
}
