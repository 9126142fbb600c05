const values = new WeakMap<object, string>()
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
  values.set(secret, value)
  return Object.freeze(secret)
}

/** True when `value` is a `Secret` made by `createSecret`. */
export function isSecret(value: unknown): value is Secret {
  return typeof value === 'object' && value !== null && values.has(value)
}

/** Returns the plain value of a `Secret`; call it only where the value must leave the process (a header, a key). */
export function revealSecret(secret: Secret): string {
  const value = values.get(secret)
  if (value === undefined) throw new TypeError('not a Secret created by createSecret')
  return value
}
