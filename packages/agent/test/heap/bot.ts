// A bot process for the heap test: it reads the account through @signet/client with a remote signer (or, as the
// positive control, with a local signer holding the secret), then writes a heap snapshot and prints its path.
import { writeHeapSnapshot } from 'node:v8'
import { createRemoteSigner } from '@signet/agent'
import { binance, createBinanceSigner } from '@signet/binance'
import { createClient } from '@signet/client'

const [mode, baseUrl, socketPath, snapshot] = process.argv.slice(2)
// The control keeps its secret in its configuration, as a bot with a local signer does; the remote bot has none.
const config = { secret: process.env.BOT_SECRET ?? '' }
;(globalThis as { botConfig?: unknown }).botConfig = config
const signer =
  mode === 'local'
    ? createBinanceSigner({ apiKey: 'binance-agent-key', secret: config.secret })
    : createRemoteSigner({ exchange: 'binance', keyId: 'binance-trade', socketPath: socketPath! })
delete process.env.BOT_SECRET
const client = createClient({ exchange: binance, signer, baseUrl: baseUrl! })
await client.request({
  method: 'GET',
  path: '/api/v3/account',
  params: { omitZeroBalances: true },
  security: 'signed',
})
client.clock.stop()
globalThis.gc?.()
process.stdout.write(writeHeapSnapshot(snapshot))
process.exit(0)
