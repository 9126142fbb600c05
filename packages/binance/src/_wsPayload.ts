import { InvalidParameterError, type Params } from '@signet/core'
import { type PreparedKey, signText } from './_keys'
import { SIGNING_PARAMS, wsEntries } from './_payload'
import { recvWindowOption, refuseSigningParam, resolveTimestamp, type TimingOptions } from './_timing'

/** A signed WebSocket API `params` object, ready for `JSON.stringify`. */
export type BinanceWebSocketParams = Record<string, string | number | boolean>

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Signs WebSocket API params (spec binance.md §7): every param incl. `apiKey`, `timestamp` and `recvWindow`,
 * sorted by name in UTF-16 code-unit order, joined raw as `name=value&...` (no percent-encoding), then
 * `signature` added last (hex for HMAC, plain base64 for Ed25519/RSA: it travels in JSON, not a URL).
 * @internal
 */
export function signWsParams(
  key: PreparedKey,
  apiKey: string,
  params: Params | undefined,
  options: TimingOptions,
  now: () => number,
): BinanceWebSocketParams {
  const list = wsEntries(params) as [string, string][]
  const values: Record<string, string | number | boolean> = {}
  for (const [name, text] of list) {
    if ((SIGNING_PARAMS as readonly string[]).includes(name)) refuseSigningParam(name)
    if (LONE_SURROGATE.test(name) || LONE_SURROGATE.test(text)) {
      throw new InvalidParameterError(name, 'well-formed Unicode text', 'text with a lone surrogate')
    }
    const raw = params![name]
    // JSON carries strings, numbers and booleans; a bigint goes as its decimal text (same signed text).
    values[name] = typeof raw === 'bigint' ? raw.toString() : (raw as string | number | boolean)
  }
  if ('apiKey' in values && values.apiKey !== apiKey) {
    throw new InvalidParameterError('apiKey', "the signer's API key or no apiKey param", 'another key')
  }
  if (!('apiKey' in values)) {
    list.push(['apiKey', apiKey])
    values.apiKey = apiKey
  }
  const timestamp = resolveTimestamp(options, now, options.timeUnit === 'us' ? 'us' : 'ms')
  list.push(['timestamp', timestamp])
  values.timestamp = Number(timestamp)
  const recvWindow = recvWindowOption(options)
  if (recvWindow !== undefined) {
    // The option travels as a JSON number, which Binance reads back as its shortest text ('5000.0' and '05000'
    // arrive as 5000): sign that text, not the caller's, or the server recomputes another signature (-1022).
    const value = Number(recvWindow)
    list.push(['recvWindow', String(value)])
    values.recvWindow = value
  }
  // spec §7 step 2: plain code-unit order, as the official connector's Object.keys(...).sort().
  list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  let text = ''
  const out: BinanceWebSocketParams = {}
  for (let i = 0; i < list.length; i++) {
    const [name, value] = list[i]!
    text += i === 0 ? `${name}=${value}` : `&${name}=${value}`
    out[name] = values[name]!
  }
  out.signature = signText(key, text)
  return out
}
