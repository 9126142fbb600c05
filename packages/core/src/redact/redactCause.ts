import { redactText } from './redactText'

const MAX_DEPTH = 8

/**
 * A copy of a thrown value that is safe to keep as an error's `cause`: an `Error` with the same `name`, redacted
 * `message`, the `code` (`ECONNRESET`, …) and a redacted copy of its own cause; every other property (a
 * library's `request` with the signed URL and headers) is left out.
 *
 * @example
 * new NetworkError('The request could not be completed.', { cause: redactCause(kyError, redact) })
 */
export function redactCause(cause: unknown, redact: (text: string) => string = redactText): unknown {
  return copy(cause, redact, 0)
}

function copy(value: unknown, redact: (text: string) => string, depth: number): unknown {
  if (value === undefined || value === null) return value
  if (depth >= MAX_DEPTH) return new Error('[cause chain truncated]')
  const source = value as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown }
  const isObject = typeof value === 'object' || typeof value === 'function'
  const message = isObject ? (typeof source.message === 'string' ? source.message : '') : String(value)
  const error = new Error(redact(message))
  if (isObject && typeof source.name === 'string') {
    Object.defineProperty(error, 'name', { value: source.name, writable: true, configurable: true })
  }
  // The stack was captured with the unredacted message; rebuild its first line from the redacted one.
  error.stack = `${error.name}: ${error.message}`
  if (isObject && (typeof source.code === 'string' || typeof source.code === 'number')) {
    Object.assign(error, { code: source.code })
  }
  if (isObject && source.cause !== undefined) {
    Object.defineProperty(error, 'cause', {
      value: copy(source.cause, redact, depth + 1),
      writable: true,
      configurable: true,
    })
  }
  return error
}
