import { InvalidParameterError, type RequestIntent } from '@signet/core'
import { joinParams, normalizeParams, percentEncode, serializeJsonBody } from '@signet/core/kit'

/** The POST data of a private Kraken request and its content type. @internal */
export type KrakenPostData = { body: string; contentType: string }

const reserved = ['nonce', 'otp']

/**
 * Writes the POST data of a private request with `nonce` (and `otp`) first: form-encoded from `intent.form` (RFC
 * 3986 percent-encoding, as ccxt sends it), or JSON from `intent.body` with the nonce as a string, as ccxt does
 * for batch endpoints (spec kraken.md §3). @internal
 */
export function krakenPostData(
  intent: RequestIntent,
  nonce: string,
  otp: string | undefined,
): KrakenPostData {
  if (intent.params !== undefined && Object.keys(intent.params).length > 0) {
    throw new InvalidParameterError(
      'params',
      'no query parameters on a private endpoint: Kraken signs the path and the POST data only',
      'query parameters',
      { exchange: 'kraken', hint: 'Pass the parameters as `form` (or a JSON `body`).' },
    )
  }
  const own = (name: string) =>
    new InvalidParameterError(name, `no "${name}": the signer writes it`, `"${name}" in the request`, {
      exchange: 'kraken',
      hint:
        name === 'nonce'
          ? 'The runtime allocates the nonce (SignOptions.nonce).'
          : 'Pass the one-time password as the credential `otp`.',
    })
  if (intent.body !== undefined) {
    if (typeof intent.body !== 'object' || Array.isArray(intent.body)) {
      throw new InvalidParameterError(
        'body',
        'a JSON object (the signer writes the nonce into it)',
        typeof intent.body === 'string' ? 'JSON text' : 'a JSON array',
        { exchange: 'kraken' },
      )
    }
    for (const name of reserved) if (name in intent.body) throw own(name)
    const first = otp === undefined ? { nonce } : { nonce, otp }
    return { body: serializeJsonBody({ ...first, ...intent.body }), contentType: 'application/json' }
  }
  const entries = normalizeParams(intent.form)
  for (const [name] of entries) if (reserved.includes(name)) throw own(name)
  const head: [string, string][] =
    otp === undefined
      ? [['nonce', nonce]]
      : [
          ['nonce', nonce],
          ['otp', otp],
        ]
  return {
    body: joinParams([...head, ...entries], percentEncode),
    contentType: 'application/x-www-form-urlencoded',
  }
}
