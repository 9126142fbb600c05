import { describe, expect, it } from 'vitest'
import { summarizeBody } from '../src/exchange/summarizeBody'
import { timeRatio } from '../src/testing/timeRatio'

// Bodies a broken proxy or a hostile server could send.
const hostile: Record<string, (n: number) => string> = {
  'blocks of <': (n) => '<'.repeat(n),
  'unclosed <title': (n) => '<title'.repeat(Math.ceil(n / 6)).slice(0, n),
  'tags without end': (n) => '<a '.repeat(Math.ceil(n / 3)).slice(0, n),
  'plain text': (n) => 'x '.repeat(n / 2),
  'html page': (n) => `<html><body>${'<p>hello</p>'.repeat(Math.ceil(n / 12))}</body></html>`.slice(0, n),
}

describe('summarizeBody', () => {
  it('default: the title of an HTML page, or its text without tags', () => {
    expect(summarizeBody('<html><title>502 Bad Gateway</title><body>x</body></html>')).toBe('502 Bad Gateway')
    expect(summarizeBody('<html><body><h1>Access denied</h1>\n<p>by WAF</p></body></html>')).toBe(
      'Access denied by WAF',
    )
    expect(summarizeBody('a < b and c')).toBe('a < b and c')
    expect(summarizeBody('')).toBe('')
    expect(summarizeBody('x'.repeat(300)).length).toBe(160)
  })

  for (const [name, make] of Object.entries(hostile)) {
    it(`behavior: linear time on ${name} (1 MB within 20x of 50 kB)`, () => {
      expect(timeRatio(summarizeBody, make(50_000), make(1_000_000))).toBeLessThan(20)
    })
  }
})
