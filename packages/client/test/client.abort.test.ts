// A request the caller aborts is reported as the caller's abort, not as a connectivity problem.
import { localClock, NetworkError } from '@signet/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '../src/createClient'
import { standIn } from './_faultServer'
import { fixtures } from './exchanges'

const binance = fixtures.find((f) => f.exchange.id === 'binance')!
let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

describe('a caller abort', () => {
  it.each(['GET', 'POST'] as const)(
    'error: %s aborted by its signal says so, with the outcome rule for its method',
    async (method) => {
      const server = await standIn(binance.emulation, binance.key, 'timeout')
      close = server.close
      const client = createClient({
        exchange: binance.exchange,
        signer: binance.exchange.createSigner(binance.credentials),
        baseUrl: server.baseUrl,
        clock: localClock(),
        timeoutMs: 5000,
        getRetries: 2,
      })
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 100)
      const intent =
        method === 'GET'
          ? { method, path: '/api/v3/account', security: 'signed' as const }
          : {
              method,
              path: '/api/v3/order',
              form: { symbol: 'BTCUSDT', side: 'BUY', newClientOrderId: 'bot-1' },
              security: 'signed' as const,
            }
      const error = (await client
        .request(intent, { signal: controller.signal })
        .catch((e: unknown) => e)) as NetworkError
      expect(error).toBeInstanceOf(NetworkError)
      expect(error.shortMessage).toMatch(/aborted by the caller's AbortSignal/)
      expect(error.hint).not.toMatch(/connectivity/i)
      if (method === 'POST') expect(error.hint).toMatch(/newClientOrderId/)
      else expect(error.hint).toMatch(/a GET is safe to send again/)
    },
  )
})
