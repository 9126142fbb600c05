const values = new WeakMap<object, string>()
// Another copy of @signet/core (a second install, a bundle, another realm) has its own WeakMap: a Secret also
// carries a hidden, non-enumerable reader under a registry symbol, so every copy recognises and reads it.
const reader = Symbol.for('signet.secret')
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom')
const REDACTED = '[redacted]'

/** A credential that prints as `[redacted]` in `String()`, `JSON.stringify` and `util.inspect`. */
export type Secret = {
  readonly kind: 'secret'
  /** Number of UTF-16 code units, safe to show in diagnostics. */
  readonly length: number
  toString(): string
  toJSON(): string
}

/**
 * Wraps a credential so it cannot leak through logs, errors or snapshots; read it back only with `revealSecret`.
 *
 * @example
 * const s = createSecret(process.env.API_SECRET!)
 * console.log(s) // [redacted]
 */
export function createSecret(value: string): Secret {
  const secret = {
    kind: 'secret' as const,
    length: value.length,
    toString: () => REDACTED,
    toJSON: () => REDACTED,
    [inspectSymbol]: () => REDACTED,
  }
  Object.defineProperty(secret, reader, { value: () => value, enumerable: false })
  values.set(secret, value)
  return Object.freeze(secret)
}

/** True when `value` is a `Secret` made by `createSecret`, also by another copy of `@signet/core`. */
export function isSecret(value: unknown): value is Secret {
  if (typeof value !== 'object' || value === null) return false
  return (
    values.has(value) || (readerOf(value) !== undefined && (value as { kind?: unknown }).kind === 'secret')
  )
}

/** Returns the plain value of a `Secret`; call it only where the value must leave the process (a header, a key). */
export function revealSecret(secret: Secret): string {
  const value = values.get(secret) ?? (isSecret(secret) ? readerOf(secret)?.() : undefined)
  if (typeof value !== 'string') throw new TypeError('not a Secret created by createSecret')
  return value
}

function readerOf(value: object): (() => unknown) | undefined {
  const read = (value as Record<symbol, unknown>)[reader]
  return typeof read === 'function' ? (read as () => unknown) : undefined
}
