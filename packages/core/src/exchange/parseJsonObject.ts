/**
 * Parses an answer body that should be a JSON object; undefined for anything else (HTML, empty, arrays,
 * broken JSON), so classifiers never throw.
 *
 * @example
 * parseJsonObject('{"code":-1022}') // { code: -1022 }
 */
export function parseJsonObject(body: string): Record<string, unknown> | undefined {
  if (body.trimStart()[0] !== '{') return undefined
  try {
    const value: unknown = JSON.parse(body)
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
