// A bot's HTTP agent reuses a warm connection to the emulator as it does to an exchange: Node's http Agent (what
// ccxt and the axios-based SDKs send through) does not reuse a socket whose server announced `Keep-Alive: timeout=1`.
import { Agent, request } from 'node:http'
import { afterEach, expect, it } from 'vitest'
import { startEmulator } from '../src/startEmulator'
import type { Emulator } from '../src/types'
import { toyEmulation } from './toyExchange'

let emulator: Emulator
afterEach(() => emulator?.stop())

function getTime(agent: Agent, url: string): Promise<{ status: number; keepAlive: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/toy/time`, { agent }, (res) => {
      res.resume()
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, keepAlive: String(res.headers['keep-alive'] ?? '') }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

it('keeps a connection alive across requests from a keep-alive agent', async () => {
  emulator = await startEmulator({ exchanges: [toyEmulation], keys: { toy: [] } })
  let connections = 0
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const originalCreate = agent.createConnection.bind(agent)
  agent.createConnection = ((...args: Parameters<typeof originalCreate>) => {
    connections++
    return originalCreate(...args)
  }) as typeof agent.createConnection
  const answers = []
  for (let i = 0; i < 5; i++) {
    answers.push(await getTime(agent, emulator.url))
    // The agent puts the socket back in its free pool on the next tick.
    await new Promise((resolve) => setImmediate(resolve))
  }
  agent.destroy()
  expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])
  expect(connections).toBe(1)
  // Long enough for any agent's margin (undici keeps a socket for the hint minus 2 s).
  expect(Number(/timeout=(\d+)/.exec(answers[0]!.keepAlive ?? '')?.[1])).toBeGreaterThanOrEqual(30)
})
