import { Session } from 'node:inspector/promises'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { createSignetSigners, SIGNET_INTENTS } from './adapters/signet'
import { BASE_URLS, cannedFetch, type Exchange } from './canned'
import { repeat } from './measure'
import type { BenchKeys } from './payloads'
import { loadDefinitions } from './verify'

const require = createRequire(import.meta.url)

/** Where the client's per-request time goes, as shares of sampled CPU time, per stage. */
export type ProfileResult = {
  exchange: Exchange
  requests: number
  /** Microseconds per `request` while profiling (the profiler slows everything down a little). */
  usPerRequest: number
  shares: { stage: string; share: number }[]
}

type Frame = { functionName: string; url: string }
type ProfileNode = { id: number; callFrame: Frame }

// Each rule names a stage of the per-request path by where the sampled code lives; first match wins.
const STAGES: [string, (f: Frame) => boolean][] = [
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  [
    'HMAC (node:crypto)',
    (f) => /internal\/crypto|^crypto/.test(f.url) || /^(Hmac|update|digest)$/.test(f.functionName),
  ],
  [
    'ky: timeout signal (AbortController, timer, listeners)',
    (f) => /abort_controller|event_target|internal\/timers|node:events|js_transferable/.test(f.url),
  ],
  ['ky: option merging, hooks, Ky class', (f) => /\/ky\//.test(f.url)],
  [
    'fetch stand-in: Request/Response/Headers/body (undici)',
    (f) => /undici|webstreams|internal\/url/.test(f.url),
  ],
  [
    'clock: status, now, timestamp choice',
    (f) => /core\/dist/.test(f.url) && /status|now|choose|bounds|monotonic/i.test(f.functionName),
  ],
  [
    'redaction of URL and headers (hooks, errors)',
    (f) => /core\/dist/.test(f.url) && /redact|safeDecode|scrub|sensitive/i.test(f.functionName),
  ],
  ['request encoding and signing (Signet)', (f) => /(core|binance|bybit|okx)\/dist/.test(f.url)],
  ['client pipeline (classify, parse, hooks)', (f) => /client\/dist/.test(f.url)],
  ['JSON.parse / builtins', (f) => f.url === '' && !/^\(/.test(f.functionName)],
]

/**
 * Profiles `client.request` for one exchange with the network replaced (the canned fetch the full-path benchmark
 * uses) and attributes sampled CPU time to the stages of the per-request path.
 */
export async function profileClient(
  keys: BenchKeys,
  exchange: Exchange,
  requests = 20_000,
): Promise<ProfileResult> {
  const { createClient } = (await import('@signet/client')) as any
  const definition = (await loadDefinitions())[exchange]!
  const { signers } = await createSignetSigners(keys)
  const signer = signers[`${exchange}-hmac`]!
  const client = createClient({
    budget: false,
    exchange: definition,
    signer,
    baseUrl: BASE_URLS[exchange],
    fetch: cannedFetch(exchange),
  })
  const intent = SIGNET_INTENTS[`${exchange}-hmac`]
  // Warm up and sync the clock; both loops let the event loop turn as a program's would (`repeat`, measure.ts).
  await repeat(() => client.request(intent), 2000)
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 100 })
  await session.post('Profiler.start')
  const start = performance.now()
  await repeat(() => client.request(intent), requests)
  const elapsed = performance.now() - start
  const { profile } = (await session.post('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  }
  session.disconnect()
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
  const totals = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return
    const stage = STAGES.find(([, match]) => match(frame))?.[0] ?? 'other'
    const dt = profile.timeDeltas[i] ?? 0
    totals.set(stage, (totals.get(stage) ?? 0) + dt)
    total += dt
  })
  return {
    exchange,
    requests,
    usPerRequest: (elapsed / requests) * 1000,
    shares: [...totals].map(([stage, t]) => ({ stage, share: t / total })).sort((a, b) => b.share - a.share),
  }
}

/** What the profile child reports. */
export type ProfileChildResult = { runs: ProfileResult[]; imports: { part: string; ms: number }[] }

/** What importing the client costs, split into fetch's own lazy load (undici), ky, and Signet's code, in ms. */
export function importParts(): { part: string; ms: number }[] {
  const kyPath = pathToFileURL(createRequire(require.resolve('@signet/client')).resolve('ky')).href
  // The web platform globals ky probes when it loads (request streams, FormData, AbortController): Node loads
  // undici and web streams lazily on first use, so whoever touches them first pays.
  const globals =
    'new Request("http://x",{method:"POST",body:new ReadableStream(),duplex:"half"}).headers.has("Content-Type");new FormData();new AbortController();new Response("");AbortSignal.timeout(1)'
  const parts = [
    ['fetch and web-stream globals (undici, loaded lazily on first use)', globals],
    ['ky (after those globals are loaded)', `${globals};await import(${JSON.stringify(kyPath)})`],
    ['@signet/core', 'await import("@signet/core")'],
    [
      '@signet/client (its import; ky and undici load when a client is created)',
      'await import("@signet/client")',
    ],
  ] as const
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process')
  const time = (code: string) => {
    const runs: number[] = []
    for (let i = 0; i < 7; i++) {
      const out = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `const t=performance.now();${code};console.log(performance.now()-t)`],
        { encoding: 'utf8' },
      )
      runs.push(Number(out.trim()))
    }
    return runs.sort((a, b) => a - b)[3]!
  }
  const kyAlone = time(parts[1][1]) - time(parts[0][1])
  return [
    { part: parts[0][0], ms: time(parts[0][1]) },
    { part: parts[1][0], ms: kyAlone },
    { part: parts[2][0], ms: time(parts[2][1]) },
    { part: parts[3][0], ms: time(parts[3][1]) },
  ]
}
