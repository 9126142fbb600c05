import type { BenchKeys } from '../payloads'
import { READY_MARK } from '../runChild'
import { loadEmulations, verifierKeys } from '../verify'

/** Runs the loopback emulator in its own process (so server work does not share the client's event loop). */
export async function emulatorServer(keys: BenchKeys): Promise<void> {
  const { startEmulator } = (await import('@signet/emulator')) as any
  const definitions = await loadEmulations()
  const all = verifierKeys(keys)
  const exchanges = Object.values(definitions)
  const emulator = await startEmulator({
    exchanges,
    keys: Object.fromEntries(Object.keys(definitions).map((id) => [id, all[id as keyof typeof all]])),
    // Throughput, not the limiter: thousands of requests a second would be rate-limited (and banned) at once.
    rateLimits: false,
  })
  process.stdout.write(
    `${READY_MARK}${JSON.stringify({ url: emulator.url, exchanges: Object.keys(definitions) })}\n`,
  )
  await new Promise<void>((resolve) => {
    process.stdin.on('end', resolve)
    process.stdin.on('close', resolve)
    process.stdin.resume()
  })
  await emulator.stop()
}
