/**
 * A JSON value with every object's keys sorted (arrays keep their order): the signed text of the "keys sorted"
 * mistake, for signature variants. Keys are copied as own properties, `__proto__` included.
 *
 * @example
 * JSON.stringify(sortedKeys({ b: 1, a: { d: 2, c: 3 } })) // '{"a":{"c":3,"d":2},"b":1}'
 */
export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (typeof value !== 'object' || value === null) return value
  const record = value as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, sortedKeys(record[k])]),
  )
}
