/**
 * Percent-decodes query text the way exchanges that sign the unencoded query do before checking (KuCoin, Gate.io):
 * every run of `%XX` escapes that is valid UTF-8 becomes its characters; `+` stays `+` and undecodable runs stay as
 * received.
 *
 * @example
 * decodeQuery('note=a%20b%2Bc+d') // 'note=a b+c+d'
 */
export function decodeQuery(query: string): string {
  return query.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run
    }
  })
}
