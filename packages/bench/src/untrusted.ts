// Untrusted input, absolute numbers (issue 12): how long summarising, classifying and redacting a hostile or
// ordinary answer body takes at 50 kB, 1 MB and 5 MB. The tests only check the growth (1 MB within 20x of 50 kB);
// this prints the milliseconds. Run: pnpm --filter @signet/bench bench:untrusted
import { binance } from '@signet/binance'
import { bybit } from '@signet/bybit'
import { createRedactor, redactText } from '@signet/core'
import { summarizeBody } from '@signet/core/kit'
import { okx } from '@signet/okx'

const sizes = [50_000, 1_000_000, 5_000_000]
const bodies: Record<string, (n: number) => string> = {
  'page of <': (n) => '<'.repeat(n),
  'unclosed <title': (n) => '<title'.repeat(Math.ceil(n / 6)).slice(0, n),
  'html page': (n) => `<html><body>${'<p>x</p>'.repeat(Math.ceil(n / 8))}`.slice(0, n),
  'json error': (n) => JSON.stringify({ code: -1, msg: 'x'.repeat(n) }),
}
const signature = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71'
const redact = createRedactor({
  signed: { method: 'GET', url: `/api/v3/account?timestamp=1&signature=${signature}`, headers: {} },
})

const operations: Record<string, (body: string) => unknown> = {
  summarizeBody: (body) => summarizeBody(body),
  'binance.classifyError': (body) => binance.classifyError({ status: 502, headers: {}, body }),
  'bybit.classifyError': (body) => bybit.classifyError({ status: 502, headers: {}, body }),
  'okx.classifyError': (body) => okx.classifyError({ status: 502, headers: {}, body }),
  redactText: (body) => redactText(body),
  'createRedactor(signed)': (body) => redact(body),
}

/** Best of `runs`, in ms. */
function best(fn: () => unknown, runs = 5): number {
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    min = Math.min(min, performance.now() - t)
  }
  return min
}

const rows: string[] = [`| operation | body | ${sizes.map((s) => `${s / 1000} kB`).join(' | ')} |`]
rows.push(`|---|---|${sizes.map(() => '---:').join('|')}|`)
for (const [op, fn] of Object.entries(operations)) {
  for (const [name, make] of Object.entries(bodies)) {
    const cells = sizes.map((n) => {
      const body = make(n)
      best(() => fn(body), 1)
      return `${best(() => fn(body)).toFixed(2)} ms`
    })
    rows.push(`| ${op} | ${name} | ${cells.join(' | ')} |`)
  }
}
console.log(rows.join('\n'))
