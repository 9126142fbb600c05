import { CredentialFormatError } from '../errors/input'
import { createSecret, isSecret, revealSecret, type Secret } from './secret'

/** Options of `parseHmacSecret`. */
export type ParseHmacSecretOptions = {
  /** Field name used in errors. @default 'secret' */
  field?: string
  /** Exchange id used in errors. */
  exchange?: string
}

/**
 * Checks an HMAC secret for the copy-and-paste damage that produces "invalid signature" (surrounding
 * whitespace, CR/LF, quotes, a literal `\n`, invisible characters, a PEM key in the wrong field) and
 * wraps it in a `Secret`. Errors say what is wrong and where, never the value.
 *
 * @example
 * const secret = parseHmacSecret(process.env.BINANCE_SECRET ?? '')
 */
export function parseHmacSecret(input: string | Secret, options: ParseHmacSecretOptions = {}): Secret {
  const { field = 'secret', exchange } = options
  const value = isSecret(input) ? revealSecret(input) : input
  const fail = (problem: string, hint?: string) =>
    new CredentialFormatError(field, problem, { exchange, hint })
  if (typeof value !== 'string')
    throw fail(`expected a string, received ${value === null ? 'null' : typeof value}`)
  const problem = findSecretProblem(value)
  if (problem) throw fail(problem.problem, problem.hint)
  return isSecret(input) ? input : createSecret(value)
}

/** Describes what is wrong with a secret's text, or returns undefined; never includes the text. @internal */
export function findSecretProblem(value: string): { problem: string; hint: string } | undefined {
  const trimHint = 'Copy the secret again, or trim what you read from a file or environment variable.'
  if (value.length === 0)
    return { problem: 'is empty', hint: 'Set the secret the exchange issued with the key.' }
  if (value.includes('-----BEGIN')) {
    return {
      problem: 'looks like a PEM private key, not an HMAC secret',
      hint: 'Pass PEM keys as `privateKey`; HMAC secrets go in `secret`.',
    }
  }
  if (/^\s/.test(value)) return { problem: 'starts with whitespace', hint: trimHint }
  if (/[\r\n]$/.test(value)) return { problem: 'ends with a newline (CR/LF)', hint: trimHint }
  if (/\s$/.test(value)) return { problem: 'ends with whitespace', hint: trimHint }
  if (/[\r\n]/.test(value))
    return { problem: `contains a line break at position ${value.search(/[\r\n]/)}`, hint: trimHint }
  if (/^(["'`]).*\1$/s.test(value)) {
    return {
      problem: 'is wrapped in quotes',
      hint: 'Remove the quotes (a .env parser or shell quoting kept them).',
    }
  }
  if (/\\[nr]/.test(value)) {
    return {
      problem: `contains a literal "\\n" or "\\r" at position ${value.search(/\\[nr]/)}`,
      hint: trimHint,
    }
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const invisible = value.search(/[\u0000-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060\ufeff]/)
  if (invisible >= 0) {
    return {
      problem: `contains an invisible or non-printable character at position ${invisible}`,
      hint: 'Retype or copy the secret from the exchange again; a zero-width or control character came along.',
    }
  }
  if (/\s/.test(value))
    return { problem: `contains whitespace at position ${value.search(/\s/)}`, hint: trimHint }
  return undefined
}
