// The runtime smoke program (plain JavaScript, so Node, Bun and Deno run it unchanged): for every registered
// exchange, sign its read-only account request with the key `signet emulate` issued and send it to the emulator
// through @signet/client; each must be accepted. Reads SIGNET_<EXCHANGE>_{API_KEY,SECRET,PASSPHRASE,
// PRIVATE_KEY_FILE,BASE_URL}. scripts/runtime-matrix.mjs runs it on each runtime; exit 1 when one exchange fails.
import { readFileSync } from 'node:fs'
import { createClient } from '@signet/client'
import { emulations } from '@signet/exchanges/emulate'

const env = process.env
const runtime =
  typeof globalThis.Deno !== 'undefined'
    ? `Deno ${globalThis.Deno.version.deno}`
    : typeof globalThis.Bun !== 'undefined'
      ? `Bun ${globalThis.Bun.version}`
      : `Node ${process.versions.node}`
let failed = 0
for (const { definition: exchange, examples } of emulations) {
  const prefix = `SIGNET_${exchange.id.toUpperCase()}_`
  const intent = examples.account
  const what = `${exchange.name.padEnd(12)} ${intent.method} ${intent.path}`
  try {
    const keyFile = env[`${prefix}PRIVATE_KEY_FILE`]
    const credentials = {
      apiKey: env[`${prefix}API_KEY`],
      ...(env[`${prefix}SECRET`] ? { secret: env[`${prefix}SECRET`] } : {}),
      ...(keyFile ? { privateKey: readFileSync(keyFile, 'utf8') } : {}),
      ...(env[`${prefix}PASSPHRASE`] ? { passphrase: env[`${prefix}PASSPHRASE`] } : {}),
    }
    if (!credentials.apiKey || !env[`${prefix}BASE_URL`])
      throw new Error(`${prefix}API_KEY or _BASE_URL not set`)
    const signer = exchange.createSigner(credentials)
    const client = createClient({ exchange, signer, baseUrl: env[`${prefix}BASE_URL`] })
    await client.request(intent)
    console.log(`ok   ${runtime}: ${what}`)
  } catch (error) {
    failed++
    console.log(`FAIL ${runtime}: ${what}: ${error?.name}: ${error?.shortMessage ?? error?.message}`)
  }
}
if (failed > 0) process.exit(1)
