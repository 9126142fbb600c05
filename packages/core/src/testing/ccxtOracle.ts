/** The part of a ccxt exchange instance an oracle test sets. */
export type CcxtLike = {
  apiKey: string
  secret: string
  password: string
  nonce: () => number
}

/**
 * One ccxt exchange instance for all runs of a property (building one is slow), returned with the given
 * credentials and a fixed nonce, so its `sign()` is comparable with a signer given the same timestamp.
 *
 * @example
 * const oracle = ccxtOracle(new ccxt.kucoin({}))
 * oracle({ apiKey, secret, passphrase }, 1_700_000_000_000).sign(path, 'private', 'GET', params)
 */
export function ccxtOracle<T extends CcxtLike>(
  instance: T,
): (credentials: { apiKey: string; secret: string; passphrase?: string | undefined }, nonce: number) => T {
  let now = 0
  instance.nonce = () => now
  return (credentials, nonce) => {
    instance.apiKey = credentials.apiKey
    instance.secret = credentials.secret
    instance.password = credentials.passphrase ?? ''
    now = nonce
    return instance
  }
}
