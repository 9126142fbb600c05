import { decodeForm } from '@signet/core'

/** Every request parameter as text: query pairs, then the top-level fields of a JSON object body. @internal */
export function requestParams(query: string, body: string): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [name, value] of decodeForm(query)) params[name] = value
  if (body !== '') {
    try {
      const json: unknown = JSON.parse(body)
      if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
        for (const [name, value] of Object.entries(json)) {
          params[name] = typeof value === 'string' ? value : JSON.stringify(value)
        }
      }
    } catch {
      // Not JSON: no body params.
    }
  }
  return params
}

/** True when `path` is one of `paths`; an entry ending in `/*` matches any path below it. @internal */
export function servesPath(paths: readonly string[] | undefined, path: string): boolean {
  if (paths === undefined) return true
  return paths.some((p) =>
    p.endsWith('/*') ? path.startsWith(p.slice(0, -1)) && path.length > p.length - 1 : p === path,
  )
}
