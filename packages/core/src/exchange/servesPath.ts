/**
 * True when a verifier given `paths` (see `VerifierOptions.paths`) serves `path`; an entry ending in `*` matches
 * any longer path starting with the text before it; no `paths` means every path.
 *
 * @example
 * servesPath(['/api/v1/order/client-order/*'], '/api/v1/order/client-order/abc') // true
 */
export function servesPath(paths: readonly string[] | undefined, path: string): boolean {
  if (paths === undefined) return true
  return paths.some((p) =>
    p.endsWith('*') ? path.length >= p.length && path.startsWith(p.slice(0, -1)) : p === path,
  )
}
