import ccxt from 'ccxt'

// One instance for all runs: building a ccxt exchange is slow (~ms); sign() reads the credentials each call.
const exchange = new ccxt.kucoin({})
let now = 0
exchange.nonce = () => now

/** ccxt's KuCoin with the given credentials and a fixed nonce, for oracle comparisons. */
export function ccxtKucoin(
  credentials: { apiKey: string; secret: string; passphrase: string },
  timestamp: number,
) {
  exchange.apiKey = credentials.apiKey
  exchange.secret = credentials.secret
  exchange.password = credentials.passphrase
  now = timestamp
  return exchange
}
