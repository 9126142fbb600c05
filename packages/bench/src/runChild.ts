import { readFileSync } from 'node:fs'
import type { BenchKeys } from './payloads'

/** Marks the line of a child's stdout that carries its JSON result. */
export const RESULT_MARK = '@@bench-result@@ '

/** Runs the child measurement named by argv (`child <kind> <arg>`) and prints its result as one JSON line. */
export async function runChild(kind: string, arg: string | undefined): Promise<void> {
  const keysFile = process.env.SIGNET_BENCH_KEYS
  const keys: BenchKeys | undefined = keysFile ? JSON.parse(readFileSync(keysFile, 'utf8')) : undefined
  const config = JSON.parse(process.env.SIGNET_BENCH_CONFIG ?? '{}')
  const need = () => {
    if (!keys) throw new Error('SIGNET_BENCH_KEYS is not set')
    return keys
  }
  let result: unknown
  switch (kind) {
    case 'sign': {
      const { signChild } = await import('./children/sign')
      result = await signChild(arg as never, need(), config)
      break
    }
    case 'full': {
      const { fullPathChild } = await import('./children/fullPath')
      result = await fullPathChild(arg as never, need(), config)
      break
    }
    case 'clock': {
      const { clockChild } = await import('./children/clock')
      result = await clockChild(config)
      break
    }
    case 'emulator': {
      const { emulatorServer } = await import('./children/emulatorServer')
      await emulatorServer(need())
      return
    }
    case 'throughput': {
      const { throughputChild } = await import('./children/throughput')
      result = await throughputChild(need(), config)
      break
    }
    case 'agent': {
      const { agentChild } = await import('./children/agent')
      result = await agentChild(need(), config)
      break
    }
    case 'profile': {
      const { importParts, profileClient } = await import('./profile')
      const requests = config.requests as number
      result = {
        runs: [
          await profileClient(need(), 'binance', requests),
          await profileClient(need(), 'bybit', requests),
          await profileClient(need(), 'okx', requests),
        ],
        imports: importParts(),
      }
      break
    }
    default:
      throw new Error(`unknown child kind ${kind}`)
  }
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`)
}

/** The emulator process prints this line once it listens, then serves until its stdin closes. */
export const READY_MARK = '@@emulator-ready@@ '
