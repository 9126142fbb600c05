// Issue 20, one vocabulary: the emulated server's environment is `serverEnvironment` (the key's is
// `keyEnvironment`, the client's `environment` picks hosts); the old `environment` option still works.
import { createOkxSigner } from '@signet/okx'
import { okxEmulation } from '@signet/okx/emulate'
import { describe, expect, it } from 'vitest'
import { startEmulator } from '../src/index'

// A made-up key (never a real one).
const key = {
  apiKey: '4a5b6c7d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  secret: 'C0FFEE00C0FFEE11C0FFEE22C0FFEE33',
  passphrase: 'Pass-8',
}
const balance = { method: 'GET', path: '/api/v5/account/balance', security: 'signed' } as const

async function codeOn(options: Parameters<typeof startEmulator>[0], keyEnvironment: string): Promise<string> {
  const emulator = await startEmulator(options)
  try {
    const signed = createOkxSigner({ ...key, keyEnvironment }).signSync(balance, { timestamp: Date.now() })
    const answer = await fetch(`${emulator.url}/okx${signed.url}`, { headers: signed.headers })
    return ((await answer.json()) as { code: string }).code
  } finally {
    await emulator.stop()
  }
}

describe('serverEnvironment', () => {
  it('behavior: a demo server accepts a demo key and refuses live trading (OKX 50101); a live server takes it', async () => {
    const demo = {
      exchanges: [okxEmulation],
      keys: { okx: [{ ...key, keyEnvironment: 'demo' }] },
      serverEnvironment: { okx: 'demo' },
    }
    expect(await codeOn(demo, 'demo')).toBe('0')
    const liveKey = { exchanges: [okxEmulation], keys: { okx: [key] } }
    expect(await codeOn({ ...liveKey, serverEnvironment: { okx: 'demo' } }, 'live')).toBe('50101')
    expect(await codeOn(liveKey, 'live')).toBe('0')
  })

  it('behavior: the deprecated environment option means the same', async () => {
    const options = { exchanges: [okxEmulation], keys: { okx: [key] }, environment: { okx: 'demo' } }
    expect(await codeOn(options, 'live')).toBe('50101')
  })
})
