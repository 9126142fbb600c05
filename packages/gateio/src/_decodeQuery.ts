/**
 * Percent-decodes query text the way the exchange does before signing: every run of `%XX` escapes that is valid
 * UTF-8 becomes its characters; `+` stays `+` and undecodable runs stay as received. @internal
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
