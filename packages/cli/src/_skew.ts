import { UsageError } from './_intent'

/** Reads `--skew 2500` or `--skew binance=-2500,bybit=8000` (server clock minus local clock, ms). @internal */
export function parseSkew(text: string | undefined, ids: readonly string[]): number | Record<string, number> {
  if (text === undefined) return 0
  const number = (value: string) => {
    if (!/^[+-]?\d+$/.test(value.trim()))
      throw new UsageError(`--skew: "${value}" is not an integer number of ms`)
    return Number(value)
  }
  if (!text.includes('=')) return number(text)
  const out: Record<string, number> = {}
  for (const part of text.split(',')) {
    const [id = '', value = ''] = part.split('=')
    if (!ids.includes(id.trim()))
      throw new UsageError(`--skew: "${id.trim()}" is not one of ${ids.join(', ')}`)
    out[id.trim()] = number(value)
  }
  return out
}

/** `local clock 2.5 s ahead` for a server-minus-local skew. @internal */
export function describeSkew(skewMs: number): string {
  if (skewMs === 0) return 'local clock in step'
  const abs = Math.abs(skewMs)
  const text = abs >= 1000 ? `${(abs / 1000).toFixed(abs % 1000 === 0 ? 0 : 1)} s` : `${abs} ms`
  return `local clock ${text} ${skewMs < 0 ? 'ahead' : 'behind'}`
}
