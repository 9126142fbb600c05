import ccxt from 'ccxt'

// One instance for all runs: building a ccxt exchange is slow; sign() reads the credentials on each call.
const exchange = new ccxt.gate({})
let now = 0
exchange.nonce = () => now

/** ccxt's Gate with the given credentials and a fixed nonce (ms), for oracle comparisons. */
export function ccxtGate(credentials: { apiKey: string; secret: string }, timestamp: number) {
  exchange.apiKey = credentials.apiKey
  exchange.secret = credentials.secret
  now = timestamp
  return exchange
}
