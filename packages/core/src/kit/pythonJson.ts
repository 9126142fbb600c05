/**
 * JSON text as Python's `json.dumps` writes it by default (`", "` and `": "` separators): the signed text of the
 * common "JSON spacing" mistake, for signature variants.
 *
 * @example
 * pythonJson({ a: 1, b: [true, null] }) // '{"a": 1, "b": [true, null]}'
 */
export function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pythonJson(v)}`)
      .join(', ')}}`
  }
  return JSON.stringify(value)
}
