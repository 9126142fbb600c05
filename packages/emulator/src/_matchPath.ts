/**
 * Matches a request path against a documented path whose `{name}` segments stand for one segment each; returns
 * the decoded segment values, or undefined when the path does not match. @internal
 */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/')
  const got = path.split('/')
  if (want.length !== got.length) return undefined
  const values: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!
    const actual = got[i]!
    if (part.startsWith('{') && part.endsWith('}')) {
      if (actual === '') return undefined
      try {
        values[part.slice(1, -1)] = decodeURIComponent(actual)
      } catch {
        return undefined
      }
    } else if (part !== actual) return undefined
  }
  return values
}

/** The verifier's form of a documented path: everything from the first `{name}` on becomes `*`. @internal */
export function verifierPath(template: string): string {
  const at = template.indexOf('{')
  return at < 0 ? template : `${template.slice(0, at)}*`
}
