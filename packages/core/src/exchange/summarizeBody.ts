// A title sits in the head of a page: only this much of a body is looked at, so the cost is bounded.
const SCAN_CHARS = 64 * 1024

/**
 * A short, tag-free excerpt of a body that is not the exchange's JSON (an HTML page from a proxy, CDN or WAF,
 * plain text) for an error message: the page title when there is one, else the text; '' for an empty body.
 * Runs in time linear in at most the first 64 kB, whatever the body holds.
 *
 * @example
 * summarizeBody('<html><title>502 Bad Gateway</title>...</html>') // '502 Bad Gateway'
 */
export function summarizeBody(body: string, maxLength = 160): string {
  const head = body.length > SCAN_CHARS ? body.slice(0, SCAN_CHARS) : body
  const text = collapse(titleOf(head) ?? stripTags(head))
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}

/** The text of the first `<title …>text</title>`, found with single forward scans. */
function titleOf(html: string): string | undefined {
  const lower = html.toLowerCase()
  const open = lower.indexOf('<title')
  if (open < 0) return undefined
  const start = lower.indexOf('>', open)
  if (start < 0) return undefined
  const end = lower.indexOf('<', start + 1)
  if (end < 0 || !lower.startsWith('</title>', end)) return undefined
  return html.slice(start + 1, end)
}

/** Replaces each `<…>` tag with a space; an unclosed `<` stays text. One pass: each `>` is looked for once. */
function stripTags(html: string): string {
  let out = ''
  let i = 0
  for (;;) {
    const open = html.indexOf('<', i)
    if (open < 0) return out + html.slice(i)
    const close = html.indexOf('>', open + 1)
    // No `>` after this `<` means no later `<` can close either: the rest is text.
    if (close < 0) return out + html.slice(i)
    out += `${html.slice(i, open)} `
    i = close + 1
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
