import { generateKeyPairSync } from 'node:crypto'
import { request } from 'node:http'
import type { RequestIntent, SignedRequest } from '@signet/core'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator } from '../src/types'
import { scripts } from './scripts'
import type { BotScript } from './scripts/types'
import { toyEmulation } from './toyExchange'

let emulator: Emulator | undefined
afterEach(async () => {
  await emulator?.stop()
  emulator = undefined
})

type Events = {
  text: () => string
  until: (test: (text: string) => boolean) => Promise<string>
  close: () => void
}

/** Reads the inspector's event stream as text. */
async function events(url: string): Promise<Events> {
  const controller = new AbortController()
  const res = await fetch(`${url}events`, { signal: controller.signal })
  expect(res.headers.get('content-type')).toBe('text/event-stream')
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        text += decoder.decode(value, { stream: true })
      }
    } catch {}
  })()
  return {
    text: () => text,
    async until(test) {
      const end = Date.now() + 5000
      while (!test(text)) {
        if (Date.now() > end) throw new Error(`the event stream never showed it:\n${text.slice(-2000)}`)
        await new Promise((r) => setTimeout(r, 20))
      }
      return text
    },
    close: () => {
      controller.abort()
      void pump
    },
  }
}

const requestEvents = (text: string) =>
  [...text.matchAll(/event: request\ndata: (.*)\n/g)].map((m) => JSON.parse(m[1]!) as Record<string, any>)

async function sendWire(e: Emulator, id: string, signed: SignedRequest) {
  const res = await fetch(e.baseUrl(id) + signed.url, {
    method: signed.method,
    headers: signed.headers,
    body: signed.body,
  })
  return { status: res.status, text: await res.text() }
}

/** The request signed correctly, and the same bytes with the signature of the first variant that signs another text. */
async function goodAndMisSigned(script: BotScript, intent: RequestIntent, timestamp: number) {
  const { definition } = script.emulation
  const signed = await definition.createSigner(script.credentials).sign(intent, { timestamp })
  const variants = script.emulation.diagnosis.signatureVariants({
    credentials: script.credentials,
    intent,
    timestamp,
  })
  const correct = variants[0]!
  const wrong = variants.find((v) => v.signedText !== correct.signedText && !v.matches)!
  const swap = (text: string) => text.split(correct.signature).join(wrong.signature)
  expect(`${signed.url}${JSON.stringify(signed.headers)}${signed.body ?? ''}`).toContain(correct.signature)
  const misSigned: SignedRequest = {
    ...signed,
    url: swap(signed.url),
    headers: Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k, swap(v)])),
    body: signed.body === undefined ? undefined : swap(signed.body),
  }
  return { signed, misSigned, wrong, correct }
}

describe('inspector', () => {
  it('default: off unless asked; the page, its chart library and the stream are served under /_signet/', async () => {
    emulator = await startEmulator({ exchanges: [toyEmulation], keys: { toy: [] } })
    expect(emulator.inspectorUrl).toBeUndefined()
    expect((await fetch(`${emulator.url}/_signet/`)).status).toBe(404)
    await emulator.stop()
    emulator = await startEmulator({ exchanges: [toyEmulation], keys: { toy: [] }, inspector: true })
    expect(emulator.inspectorUrl).toBe(`${emulator.url}/_signet/`)
    const page = await fetch(emulator.inspectorUrl!)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await page.text()).toContain('<script src="uplot.js"></script>')
    expect(await (await fetch(`${emulator.inspectorUrl}uplot.js`)).text()).toContain('uPlot')
    expect((await fetch(`${emulator.inspectorUrl}nothing`)).status).toBe(404)
  })

  it('error: a page served under another host name (DNS rebinding) gets nothing', async () => {
    emulator = await startEmulator({ exchanges: [toyEmulation], keys: { toy: [] }, inspector: true })
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${emulator!.inspectorUrl}events`, { headers: { host } }, (res) => {
          resolve(res.statusCode!)
          res.destroy()
        })
        req.on('error', reject)
        req.end()
      })
    expect(await status(`rebound.invalid:${emulator.port}`)).toBe(403)
    expect(await status(`localhost:${emulator.port}`)).toBe(200)
  })

  it('error: an exchange id starting with "_" is refused, so no exchange can take the inspector prefix', async () => {
    await expect(
      startEmulator({
        exchanges: [{ ...toyEmulation, definition: { ...toyEmulation.definition, id: '_signet' } }],
      }),
    ).rejects.toThrow(/reserved/)
  })

  // The emulator holds the secret of HMAC keys only; key pairs are covered below.
  for (const script of scripts.filter((s) => s.key.secret !== undefined)) {
    const { definition } = script.emulation
    it(`behavior: ${definition.id}: a refused signature is diagnosed from the received bytes, and no secret reaches the stream`, async () => {
      const e = await startEmulator({
        exchanges: [script.emulation],
        keys: { [definition.id]: [script.key] },
        inspector: true,
      })
      emulator = e
      const stream = await events(e.inspectorUrl!)
      const intent = script.placeLimit(script.clientOrderId(1))
      const { signed, misSigned, wrong, correct } = await goodAndMisSigned(
        script,
        intent,
        e.serverTime(definition.id),
      )
      await sendWire(e, definition.id, signed)
      await sendWire(e, definition.id, misSigned)
      const text = await stream.until((t) => requestEvents(t).length === 2)
      stream.close()
      const [good, bad] = requestEvents(text)
      expect(good!.verdict).toMatchObject({ accepted: true, kind: 'accepted' })
      expect(good!.diagnosis).toBeNull()
      expect(good!.stringToSign).toEqual({ ok: true, text: expect.any(String) })
      expect(bad!.verdict).toMatchObject({ accepted: false, kind: 'invalid-signature' })
      const answered = definition.classifyError({
        status: bad!.status,
        headers: {},
        body: bad!.response.body,
      })
      expect(answered?.kind).toBe('invalid-signature')
      expect(bad!.code).toBe(answered!.code)
      expect(bad!.diagnosis.ok).toBe(true)
      expect([bad!.diagnosis.match.id, ...bad!.diagnosis.alsoMatches]).toContain(wrong.id)
      expect(bad!.diagnosis.notes).toEqual([])
      expect(bad!.diagnosis.diff.some((p: { op: string }) => p.op !== 'equal')).toBe(true)
      // Signatures are shortened to a few characters, secrets and passphrases are nowhere.
      expect(text).not.toContain(correct.signature)
      expect(text).not.toContain(wrong.signature)
      expect(text).toContain(`${correct.signature.slice(0, 4)}…`)
      for (const secret of [script.key.secret, script.key.passphrase].filter(Boolean) as string[]) {
        expect(text).not.toContain(secret)
        expect(text).not.toContain(encodeURIComponent(secret))
      }
      expect(text).not.toContain(script.key.apiKey)
    })
  }

  it('behavior: a refused signature of a key pair gets no diagnosis, and says why', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const apiKey = 'InspectorEd25519Key'.padEnd(64, '0')
    const script = scripts[0]!
    const { definition } = script.emulation
    const e = await startEmulator({
      exchanges: [script.emulation],
      keys: { binance: [{ apiKey, publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string }] },
      inspector: true,
    })
    emulator = e
    const stream = await events(e.inspectorUrl!)
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    const signed = await definition
      .createSigner({ apiKey, privateKey: pem })
      .sign(script.balances(), { timestamp: e.serverTime('binance') })
    // Another signature of the right shape: the first base64 character changed.
    const tampered = signed.url.replace(
      /signature=(.)/,
      (_, c: string) => `signature=${c === 'A' ? 'B' : 'A'}`,
    )
    expect((await sendWire(e, 'binance', { ...signed, url: tampered })).status).toBe(400)
    const text = await stream.until((t) => requestEvents(t).length === 1)
    stream.close()
    expect(requestEvents(text)[0]).toMatchObject({
      code: -1022,
      diagnosis: { ok: false, reason: expect.stringMatching(/no HMAC key/) },
    })
    expect(text).not.toContain(pem.split('\n')[1]!)
  })

  /** Binance with its emulator key and the inspector, and a signed balances request. */
  async function binanceWithInspector(settings: Omit<Parameters<typeof startEmulator>[0], 'exchanges'> = {}) {
    const script = scripts[0]!
    const { definition } = script.emulation
    const e = await startEmulator({
      exchanges: [script.emulation],
      keys: { [definition.id]: [script.key] },
      inspector: true,
      ...settings,
    })
    emulator = e
    const signed = await definition
      .createSigner(script.credentials)
      .sign(script.balances(), { timestamp: e.serverTime(definition.id) })
    return { e, id: definition.id, signed, script }
  }

  it('behavior: the fault switch endpoint sets the faults, and the next request fails as that fault', async () => {
    const { e, id, signed } = await binanceWithInspector()
    const post = (body: string, type = 'application/json') =>
      fetch(`${e.inspectorUrl}faults`, { method: 'POST', headers: { 'content-type': type }, body })
    expect((await post('{"faults":[{"kind":"5xx"}]}', 'text/plain')).status).toBe(415)
    expect((await post('{"faults":[{"kind":"meteor"}]}')).status).toBe(400)
    const stream = await events(e.inspectorUrl!)
    expect((await post('{"faults":[{"kind":"maintenance"}]}')).status).toBe(204)
    expect((await sendWire(e, id, signed)).status).toBe(503)
    const text = await stream.until((t) => requestEvents(t).length === 1)
    expect(requestEvents(text)[0]).toMatchObject({
      code: 'fault:maintenance',
      verdict: { kind: 'fault: maintenance' },
    })
    expect(text).toMatch(/"faults":\[\{"kind":"maintenance"\}\]/)
    // A dropped connection answers nothing: status 0.
    expect((await post('{"faults":[{"kind":"drop","times":1}]}')).status).toBe(204)
    await expect(sendWire(e, id, signed)).rejects.toThrow()
    const dropped = await stream.until((t) => requestEvents(t).length === 2)
    expect(requestEvents(dropped)[1]).toMatchObject({ status: 0, code: 'fault:drop', response: null })
    expect((await post('{"faults":[]}')).status).toBe(204)
    expect((await sendWire(e, id, { ...signed })).status).not.toBe(503)
    stream.close()
  })

  const lastState = (text: string) => {
    const states = [...text.matchAll(/event: (state|hello)\ndata: (.*)\n/g)].map((m) => JSON.parse(m[2]!))
    return states.at(-1).state ?? states.at(-1)
  }

  it('behavior: the state shows skew with jumps and rate-limit usage against the limit', async () => {
    // The skew puts the server's clock half a minute from Binance's minute windows, so the weight read back is the
    // request's, whatever the time of day the test runs.
    const skew = 1500 + ((((30_000 - ((Date.now() + 1500) % 60_000)) % 60_000) + 60_000) % 60_000)
    const { e, id, signed, script } = await binanceWithInspector({ clockSkewMs: skew })
    await sendWire(e, id, signed)
    const stream = await events(e.inspectorUrl!)
    e.jumpClock(-700, id)
    const text = await stream.until((t) => t.includes('"ms":-700'))
    stream.close()
    const last = lastState(text)
    expect(last.clocks).toEqual([{ exchange: id, skewMs: skew - 700 }])
    expect(last.jumps).toEqual([{ at: expect.any(Number), exchange: id, ms: -700 }])
    // Binance's account read weighs 20 of the IP's 6000 a minute (spec binance.md "Rate limits").
    expect(last.rates).toContainEqual(
      expect.objectContaining({
        bucket: 'request-weight',
        scope: 'ip',
        who: '127.0.0.1',
        used: 20,
        limit: 6000,
      }),
    )
    expect(last.bans).toEqual([])
    expect(text).not.toContain(script.key.apiKey)
  })

  it('behavior: a ban in force shows with its scope and remaining time, and usage never exceeds the limit', async () => {
    // Limits a hundredth and windows a sixtieth: 60 weight a second, a ban after two requests sent during back-off.
    const { e, id, script } = await binanceWithInspector({
      rateLimitScale: 0.01,
      rateLimitWindowScale: 1 / 60,
      banAfter: 2,
    })
    const signer = script.emulation.definition.createSigner(script.credentials)
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const signed = await signer.sign(script.balances(), { timestamp: e.serverTime(id) })
      statuses.push((await sendWire(e, id, signed)).status)
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 418])
    const stream = await events(e.inspectorUrl!)
    const text = await stream.until((t) => t.includes('event: hello'))
    stream.close()
    const last = lastState(text)
    expect(last.bans).toEqual([
      {
        exchange: id,
        scope: 'ip',
        who: '127.0.0.1',
        until: expect.any(Number),
        remainingMs: expect.any(Number),
      },
    ])
    expect(last.bans[0].remainingMs).toBeGreaterThan(0)
    expect(last.bans[0].remainingMs).toBeLessThanOrEqual(2000)
    for (const r of last.rates) expect(r.used).toBeLessThanOrEqual(r.limit)
    expect(requestEvents(text)).toEqual([])
    expect(text.match(/"code":-1003/g)?.length).toBe(3)
  })
})
