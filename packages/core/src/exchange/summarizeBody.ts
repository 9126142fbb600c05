/**
 * A short, tag-free excerpt of a body that is not the exchange's JSON (an HTML page from a proxy, CDN or WAF,
 * plain text) for an error message: the page title when there is one, else the text; '' for an empty body.
 *
 * @example
 * summarizeBody('<html><title>502 Bad Gateway</title>...</html>') // '502 Bad Gateway'
 */
export function summarizeBody(body: string, maxLength = 160): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]
  const text = (title ?? body.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}
