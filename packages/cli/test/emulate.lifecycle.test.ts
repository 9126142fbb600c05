import { readFileSync } from 'node:fs'
import { createClient } from '@signet/client'
import { emulations } from '@signet/exchanges/emulate'
import { expect, it } from 'vitest'
import { scripts } from '../../emulator/test/scripts'
import { refFor } from '../../emulator/test/scripts/refFor'
import { run } from './_run'

it('behavior: a bot given the printed base URL and keys places, queries, lists and cancels on every emulated exchange', async () => {
  let stop!: () => void
  let printed = ''
  const ids = scripts.map((s) => s.emulation.definition.id)
  const running = run(['emulate', '--exchange', ids.join(',')], {
    exchanges: emulations,
    stdout: { write: (text: string) => (printed += text) },
    untilStopped: () => new Promise<void>((resolve) => (stop = resolve)),
  })
  await expect.poll(() => printed, { timeout: 20_000 }).toContain('Press Ctrl+C to stop.')
  const env = Object.fromEntries(
    [...printed.matchAll(/^export (SIGNET_[A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
  )
  for (const shared of scripts) {
    const { definition } = shared.emulation
    const prefix = `SIGNET_${definition.id.toUpperCase()}_`
    // Hyperliquid's reads name the account: the script reads the printed key's.
    const script = shared.forAccount?.(env[`${prefix}API_KEY`]!) ?? shared
    // A key pair exchange (Coinbase) gets its private key as a file.
    const keyFile = env[`${prefix}PRIVATE_KEY_FILE`]
    const client = createClient({
      exchange: definition,
      signer: definition.createSigner({
        apiKey: env[`${prefix}API_KEY`]!,
        secret: env[`${prefix}SECRET`],
        passphrase: env[`${prefix}PASSPHRASE`],
        privateKey: keyFile ? readFileSync(keyFile, 'utf8') : undefined,
      }),
      baseUrl: env[`${prefix}BASE_URL`],
    })
    const clientOrderId = script.clientOrderId(7)
    const orderId = script.placedId(await client.request(script.placeLimit(clientOrderId)))
    const order = { id: orderId, clientOrderId }
    expect(script.status(await client.request(script.query(refFor(script, 'query', order))))).toBe(
      script.statuses.open,
    )
    expect(script.openIds(await client.request(script.open()))).toEqual([orderId])
    await client.request(script.cancel({ id: orderId }))
    expect(script.status(await client.request(script.query({ id: orderId })))).toBe(script.statuses.canceled)
  }
  stop()
  expect((await running).code).toBe(0)
  expect(printed).toMatch(
    new RegExp(`Stopped after \\d+ request\\(s\\) and ${scripts.length} order\\(s\\)\\.`),
  )
})
