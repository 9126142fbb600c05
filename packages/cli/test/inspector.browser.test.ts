import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@signet/client'
import type { Credentials, SignatureVariant, Signer } from '@signet/core'
import { emulations } from '@signet/exchanges/emulate'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { run } from './_run'

// Debian's chromium; CI installs it. A missing browser fails this test: it is never skipped.
const CHROMIUM = (() => {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || '/usr/bin/chromium'
  } catch {
    return '/usr/bin/chromium'
  }
})()
/** Where CI keeps the screenshot. */
const SCREENSHOT = fileURLToPath(new URL('../../../.reports/inspector.png', import.meta.url))

const binance = emulations.find((e) => e.definition.id === 'binance')!
let browser: Browser | undefined
let stop: (() => void) | undefined
afterAll(async () => {
  await browser?.close()
  stop?.()
})

/** A Binance signer with a classic bug: it signs the params unencoded while sending them percent-encoded. */
function unencodedSigner(credentials: Credentials): Signer {
  const real = binance.definition.createSigner(credentials)
  return {
    ...real,
    signSync: undefined,
    async sign(intent, options) {
      const signed = await real.sign(intent, options)
      const variants = binance.diagnosis.signatureVariants({
        credentials,
        intent,
        timestamp: options!.timestamp!,
        windowMs: options!.windowMs,
      })
      const by = (id: string) => variants.find((v) => v.id === id) as SignatureVariant
      const swap = (text: string) => text.replace(by('correct').signature, by('unencoded').signature)
      return {
        ...signed,
        url: swap(signed.url),
        body: signed.body === undefined ? undefined : swap(signed.body),
      }
    },
  }
}

/** Waits until `read` gives a value `test` accepts (vitest's expect.poll crashes its worker on playwright's promises). */
async function until<T>(read: () => Promise<T> | T, test: (value: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + 10_000
  let value = await read()
  while (!test(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${String(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  return value
}

it('behavior: the inspector in Chromium shows a good and a mis-encoded request, the difference, a fault switched on from the page, and no secret', async () => {
  expect(existsSync(CHROMIUM), `chromium is not installed at ${CHROMIUM} (apt-get install chromium)`).toBe(
    true,
  )
  let printed = ''
  void run(['emulate', '--exchange', 'binance', '--inspect'], {
    stdout: { write: (text: string) => (printed += text) },
    untilStopped: () => new Promise<void>((resolve) => (stop = resolve)),
  })
  await expect.poll(() => printed, { timeout: 15_000 }).toContain('Press Ctrl+C to stop.')
  const inspectorUrl = printed.match(/^Inspector: (http:\/\/127\.0\.0\.1:\d+\/_signet\/)$/m)![1]!
  const env = Object.fromEntries(
    [...printed.matchAll(/^export (SIGNET_BINANCE_[A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
  )
  const credentials: Credentials = { apiKey: env.SIGNET_BINANCE_API_KEY!, secret: env.SIGNET_BINANCE_SECRET! }
  const secret = credentials.secret as string
  expect(secret.length).toBeGreaterThan(16)
  const baseUrl = env.SIGNET_BINANCE_BASE_URL!

  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] })
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(inspectorUrl)
  await until(
    () => page.textContent('[data-testid=connection]'),
    (t) => t === 'live',
    'the page to connect',
  )

  // A bot on @signet/client: one good order, one from a signer that signs the params unencoded.
  const options = { exchange: binance.definition, baseUrl, getRetries: 0 }
  const good = createClient({ ...options, signer: binance.definition.createSigner(credentials) })
  const buggy = createClient({ ...options, signer: unencodedSigner(credentials) })
  await good.request(binance.examples.placeOrder('inspector:good/1'))
  await expect(buggy.request(binance.examples.placeOrder('inspector:bad/2'))).rejects.toMatchObject({
    name: 'InvalidSignatureError',
    code: '-1022',
  })

  // The client's clock requests show too; the two orders are the ones to look at.
  const orders = page.locator('[data-testid=request-row]', { hasText: '/api/v3/order' })
  await until(
    () => orders.count(),
    (n) => n === 2,
    'both orders on the page',
  )
  const rejected = orders.filter({ hasText: '-1022' })
  expect(await rejected.count()).toBe(1)
  expect(await orders.and(page.locator('.accepted')).count()).toBe(1)
  await rejected.click()
  expect(await page.textContent('[data-testid=diagnosis-match]')).toMatch(/^unencoded:/)
  expect(await page.textContent('[data-testid=verdict-code]')).toBe('-1022')
  // The highlighted difference: the bot signed ':' and '/' where the exchange signs %3A and %2F.
  expect(await page.locator('[data-testid=diff-yours] del.diff').allTextContents()).toEqual([':', '/'])
  expect(await page.locator('[data-testid=diff-correct] ins.diff').allTextContents()).toEqual(['%3A', '%2F'])
  expect(await page.textContent('[data-testid=string-to-sign]')).toContain(
    'newClientOrderId=inspector%3Abad%2F2',
  )

  // Flip the maintenance switch on the page: the bot's next request fails as that fault.
  await page.locator('[data-fault=maintenance]').check()
  await until(
    () => page.getAttribute('[data-testid=faults]', 'data-version'),
    (v) => v !== null,
    'the switch to be set',
  )
  await expect(good.request(binance.examples.account)).rejects.toMatchObject({ status: 503 })
  const faulted = page.locator('[data-testid=request-row]', { hasText: 'fault:maintenance' })
  await until(
    () => faulted.count(),
    (n) => n === 1,
    'the faulted request on the page',
  )
  await page.locator('[data-fault=maintenance]').uncheck()
  await until(
    () => page.getAttribute('[data-testid=faults]', 'data-version'),
    (v) => v !== null,
    'the switch to be cleared',
  )
  await until(
    () =>
      good.request(binance.examples.account).then(
        () => 'ok',
        () => 'failed',
      ),
    (r) => r === 'ok',
    'the fault to be switched off',
  )

  // The rejected order is still the one shown, now among the fault and the requests after it.
  expect(await page.textContent('[data-testid=diagnosis-match]')).toMatch(/^unencoded:/)
  await page.screenshot({ path: screenshotPath(), fullPage: true })

  // No secret anywhere: not in the page's HTML, not in the event stream; signatures only shortened.
  const html = await page.content()
  // The stream as a page that connects now reads it: its first event carries every request so far.
  const stream = await page.evaluate(async () => {
    const reader = (await fetch('events')).body!.getReader()
    const decoder = new TextDecoder()
    let text = ''
    while (!/event: state\n/.test(text)) text += decoder.decode((await reader.read()).value, { stream: true })
    await reader.cancel()
    return text
  })
  expect(stream).toMatch(/^event: hello\n/)
  expect(stream).toContain('"code":-1022')
  for (const text of [html, stream]) {
    expect(text).not.toContain(secret)
    expect(text).not.toContain(secret.slice(0, 12))
    expect(text).not.toContain(credentials.apiKey)
    expect(text).not.toMatch(/signature=[0-9a-f]{12}/)
  }
  expect(html).toMatch(/signature=[0-9a-f]{4}…/)
  expect(pageErrors).toEqual([])
}, 30_000)

function screenshotPath() {
  mkdirSync(dirname(SCREENSHOT), { recursive: true })
  return SCREENSHOT
}
