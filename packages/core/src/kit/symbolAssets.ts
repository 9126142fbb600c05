/** How an exchange writes a symbol: base and quote joined by `separator` (`BTC-USDT`), or run together with one of `quotes` (`BTCUSDT`). */
export type SymbolRule = { separator: string } | { quotes: readonly string[] }

/**
 * The base and quote asset of an exchange symbol, or undefined when it does not follow the exchange's rule
 * (upper-case letters and digits on either side).
 *
 * @example
 * symbolAssets('BTC_USDT', { separator: '_' }) // ['BTC', 'USDT']
 * symbolAssets('BTCUSDT', { quotes: ['USDT', 'BTC'] }) // ['BTC', 'USDT']
 */
export function symbolAssets(
  symbol: string,
  rule: SymbolRule,
): readonly [base: string, quote: string] | undefined {
  const asset = /^[A-Z0-9]+$/
  if ('separator' in rule) {
    const parts = symbol.split(rule.separator)
    return parts.length === 2 && asset.test(parts[0]!) && asset.test(parts[1]!)
      ? [parts[0]!, parts[1]!]
      : undefined
  }
  const quote = rule.quotes.find((q) => symbol.endsWith(q) && symbol.length > q.length)
  return quote && asset.test(symbol) ? [symbol.slice(0, -quote.length), quote] : undefined
}
