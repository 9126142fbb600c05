/** A JSON value as the strict parser returns it. @internal */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The parsed value and the line each key path starts on (`keys.bot.symbols` → 12), for error messages. @internal */
export type StrictJson = { value: Json; lineOf(path: readonly (string | number)[]): number | undefined }

/** Why a text is not strict JSON, with the line it happened on. @internal */
export class StrictJsonError extends Error {
  readonly line: number
  constructor(message: string, line: number) {
    super(message)
    this.line = line
  }
}

const MAX_DEPTH = 32
const LITERALS: [string, Json][] = [
  ['true', true],
  ['false', false],
  ['null', null],
]

/**
 * Parses JSON in one pass (linear time, bounded depth), refusing what `JSON.parse` silently accepts and a signing
 * policy must not: duplicate keys (two readers could pick different values), numbers that do not survive as
 * doubles, and texts over `maxBytes`. @internal
 */
export function parseStrictJson(text: string, maxBytes: number): StrictJson {
  if (Buffer.byteLength(text) > maxBytes) throw new StrictJsonError(`larger than ${maxBytes} bytes`, 1)
  let i = 0
  let line = 1
  const lines = new Map<string, number>()
  const fail = (message: string): never => {
    throw new StrictJsonError(message, line)
  }
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 10) line++
      else if (c !== 32 && c !== 9 && c !== 13) return
      i++
    }
  }
  const string = (): string => {
    const start = ++i
    let out = ''
    let from = start
    for (;;) {
      const c = text.charCodeAt(i)
      if (Number.isNaN(c)) return fail('unterminated string')
      if (c < 32) return fail('control character in string')
      if (c === 34) break
      if (c === 92) {
        out += text.slice(from, i)
        const e = text[i + 1]
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        }
        if (e !== undefined && e in simple) {
          out += simple[e]
          i += 2
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16))
          i += 6
        } else return fail('bad escape in string')
        from = i
        continue
      }
      i++
    }
    out += text.slice(from, i)
    i++
    return out
  }
  const number = (): number => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    m.lastIndex = i
    const found = m.exec(text)
    if (!found) return fail('bad number')
    i += found[0].length
    const n = Number(found[0])
    // A number a double cannot hold exactly would reach the exchange as another number than the one judged.
    if (
      !Number.isFinite(n) ||
      (Number.isInteger(n) && !Number.isSafeInteger(n)) ||
      significantDigits(found[0]) > 15
    ) {
      return fail(`number ${found[0]} does not survive as a double; send it as a string`)
    }
    return n
  }
  const value = (path: (string | number)[], depth: number): Json => {
    if (depth > MAX_DEPTH) return fail(`nested deeper than ${MAX_DEPTH}`)
    space()
    const c = text[i]
    if (c === '{') {
      i++
      const out: Record<string, Json> = {}
      space()
      if (text[i] === '}') {
        i++
        return out
      }
      for (;;) {
        space()
        if (text[i] !== '"') return fail('expected a key')
        const keyLine = line
        const key = string()
        if (Object.hasOwn(out, key)) return fail(`duplicate key "${key}"`)
        lines.set(JSON.stringify([...path, key]), keyLine)
        space()
        if (text[i++] !== ':') return fail('expected ":"')
        out[key] = value([...path, key], depth + 1)
        space()
        const next = text[i++]
        if (next === '}') return out
        if (next !== ',') return fail('expected "," or "}"')
      }
    }
    if (c === '[') {
      i++
      const out: Json[] = []
      space()
      if (text[i] === ']') {
        i++
        return out
      }
      for (;;) {
        lines.set(JSON.stringify([...path, out.length]), line)
        out.push(value([...path, out.length], depth + 1))
        space()
        const next = text[i++]
        if (next === ']') return out
        if (next !== ',') return fail('expected "," or "]"')
      }
    }
    if (c === '"') return string()
    for (const [word, literal] of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length
        return literal
      }
    }
    return number()
  }
  const result = value([], 0)
  space()
  if (i !== text.length) fail('unexpected text after the value')
  return { value: result, lineOf: (path) => lines.get(JSON.stringify(path)) }
}

/** Significant digits of a JSON number's mantissa (`0.00120` → 2): a double holds 15 exactly. */
function significantDigits(text: string): number {
  const mantissa = text.replace(/^-/, '').replace(/[eE].*$/, '')
  const [whole = '', fraction = ''] = mantissa.split('.')
  const digits = (whole + fraction.replace(/0+$/, '')).replace(/^0+/, '')
  return digits.length
}
