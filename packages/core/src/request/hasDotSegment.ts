/**
 * True when a path has a `.` or `..` segment, also percent-encoded (`%2e`, `.%2E`): URL parsers (WHATWG, proxies)
 * resolve such segments before the server sees the path, so what was signed is not what arrives. Signers refuse
 * these paths before signing.
 *
 * @example
 * hasDotSegment('/api/v5/%2e%2e/x') // true
 */
export function hasDotSegment(path: string): boolean {
  // Most paths have neither '.' nor '%': nothing to split (this runs on every signature).
  if (!path.includes('.') && !path.includes('%')) return false
  for (const segment of path.split('/')) {
    const plain = segment.replace(/%2e/gi, '.')
    if (plain === '.' || plain === '..') return true
  }
  return false
}
