import { type ClientEvent, createClient } from '@signet/client'
import { type Emulation, type ExchangeDefinition, isSignetError, timestampWindow } from '@signet/core'
import { type Emulator, explainSignature, startEmulator } from '@signet/emulator'
import { toCredentials } from '../_checkCredentials'
import { type CommandSpec, EXIT } from '../_command'
import type { Context } from '../_context'
import { type EmulatorKey, issueEmulatorKey } from '../_emulatorKeys'
import { formatMs } from '../_format'
import { offsetLine, renderDoctor, statusMark } from '../_renderDoctor'
import { describeSkew } from '../_skew'
import { formatTable } from '../_table'
import { type DoctorReport, runDoctor } from '../runDoctor'
import { renderExplain } from './explain'

/** Exchange clock minus local clock for the n-th registered exchange: ahead, behind, and inside a wide window. */
const DEMO_SKEWS_MS = [-2500, 8000, -25_000, 4000, -12_000]
const EXPLAIN_TIMESTAMP = 1_700_000_000_000

type Row = {
  definition: ExchangeDefinition
  skewMs: number
  doctor?: DoctorReport
  orders: 'ok' | 'fail' | 'skip'
  ordersDetail: string
  healed: 'ok' | 'fail' | 'skip'
  healDetail: string
}

/** `signet demo`. @internal */
export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'Offline tour: emulator, doctor, orders, a healed clock jump, a diagnosed signature',
  description: [
    'Starts the emulator for every registered exchange with skewed clocks, runs doctor against each, places and',
    'cancels orders through @signet/client, steps an exchange clock mid-run to show one timestamp rejection healed',
    'by one resync and one re-signed retry, diagnoses a deliberately broken signature with explain, and prints a',
    'summary. Runs offline in a few seconds with keys issued for the emulator only. Exit code 0 when every step',
    'behaved as described.',
  ].join('\n'),
  options: [],
  examples: ['signet demo', 'pnpm demo'],
  async run(context) {
    const { io, style } = context
    const emulations = io.exchanges
    const definitions = emulations.map((e) => e.definition)
    const capabilitiesOf = (definition: ExchangeDefinition) =>
      emulations.find((e) => e.definition === definition)!
    if (definitions.length === 0) {
      context.print('No exchanges are registered.')
      return EXIT.problem
    }
    const started = performance.now()
    const skews = Object.fromEntries(
      definitions.map((d, i) => [d.id, DEMO_SKEWS_MS[i % DEMO_SKEWS_MS.length]!]),
    )
    const keys: Record<string, EmulatorKey> = {}
    for (const definition of definitions) {
      const key = await issueEmulatorKey(capabilitiesOf(definition), 'hmac')
      if (!key) throw new Error(`${definition.name}: no emulator key could be issued`)
      keys[definition.id] = key
    }
    const emulator = await startEmulator({
      exchanges: emulations,
      keys: Object.fromEntries(definitions.map((d) => [d.id, [keys[d.id]!.verifierKey]])),
      clockSkewMs: skews,
      // Every quote asset an example order spends (USD on Coinbase and Kraken, USDC on Hyperliquid).
      balances: { USDT: 1_000_000, USD: 1_000_000, USDC: 1_000_000, BTC: 100, ETH: 1000 },
    })
    const rows: Row[] = []
    let explained = false
    try {
      context.print(
        style.bold(`Signet demo: ${definitions.map((d) => d.name).join(', ')} on a local emulator, offline`),
      )
      context.print()
      step(context, 1, `Emulator on ${emulator.url}, with keys issued for it alone and skewed clocks`)
      for (const d of definitions) {
        context.print(
          `   ${d.name.padEnd(10)} ${describeSkew(skews[d.id]!)} ${style.dim(`(emulator --skew ${skews[d.id]})`)}`,
        )
      }
      context.print()

      step(context, 2, 'signet doctor against each exchange')
      for (const definition of definitions) {
        const key = keys[definition.id]!
        const doctor = await runDoctor({
          exchange: capabilitiesOf(definition),
          baseUrl: emulator.baseUrl(definition.id),
          credentials: {
            input: key.credentials,
            source: 'env',
            origin: originOf(definition.id, key),
            problems: [],
          },
          fetch: io.fetch,
          onSample: (done, total) => context.progress(`sampling ${definition.name} time ${done}/${total}…`),
        })
        context.progress(undefined)
        context.print(indent(renderDoctor(doctor, style, { samples: definition === definitions[0] }), 3))
        context.print()
        rows.push({
          definition,
          skewMs: skews[definition.id]!,
          doctor,
          orders: 'fail',
          ordersDetail: '',
          healed: 'fail',
          healDetail: '',
        })
      }

      step(context, 3, 'Orders placed and cancelled through @signet/client')
      for (const row of rows) {
        const result = await ordersRoundTrip(
          capabilitiesOf(row.definition),
          keys[row.definition.id]!,
          emulator,
          context,
        )
        Object.assign(row, result)
        context.print(
          `   ${statusMark(row.orders, style)} ${row.definition.name.padEnd(10)} ${row.ordersDetail}`,
        )
        if (row.healDetail) context.print(`   ${' '.repeat(13)}${style.dim(row.healDetail)}`)
      }
      context.print()

      step(context, 4, 'A deliberately broken signature, diagnosed by signet explain')
      explained = explainDemo(context, emulations, keys)
    } finally {
      await emulator.stop()
    }

    context.print()
    context.print(style.bold('Summary'))
    context.print(
      formatTable(
        rows.map((row) => {
          const clock = row.doctor?.clock
          const code = clock?.timestampErrorCode
          return [
            row.definition.name,
            describeSkew(row.skewMs).replace('local clock ', ''),
            row.doctor ? offsetLine(row.doctor).replace(' (server − local)', '').replace('offset ', '') : '-',
            clock?.localSigning === 'accepted'
              ? 'accepted'
              : clock?.localSigning === 'rejected'
                ? `rejected${code === undefined ? '' : ` (${code})`}`
                : (clock?.localSigning ?? '-'),
            `${statusMark(row.doctor?.ok ? 'ok' : 'fail', style)} key, signed call`,
            `${statusMark(row.orders, style)} ${row.orders === 'skip' ? 'not emulated' : 'placed, cancelled'}`,
            `${statusMark(row.healed, style)} ${row.healed === 'skip' ? 'not emulated' : 'healed'}`,
          ]
        }),
        {
          header: [
            'exchange',
            'local clock',
            'measured offset',
            'local timestamps',
            'doctor',
            'orders',
            'clock jump',
          ],
        },
        style,
      ),
    )
    const ok =
      rows.every((r) => r.doctor?.ok && r.orders !== 'fail' && r.healed !== 'fail') &&
      rows.some((r) => r.healed === 'ok') &&
      explained
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    context.print()
    context.print(
      ok
        ? style.bold(
            `${statusMark('ok', style)} Demo passed in ${seconds} s: every signed request was accepted despite skewed clocks.`,
          )
        : style.bold(`${statusMark('fail', style)} Demo failed after ${seconds} s: see the steps above.`),
    )
    return ok ? EXIT.ok : EXIT.problem
  },
}

function step(context: Context, n: number, title: string) {
  context.print(context.style.bold(context.style.cyan(`${n}. ${title}`)))
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n')
}

function originOf(id: string, key: EmulatorKey) {
  const prefix = `emulator ${id} key`
  return Object.fromEntries(Object.keys(key.credentials).map((field) => [field, prefix]))
}

/**
 * Places and cancels one order, then steps the exchange clock back past its window and places and cancels
 * another: the first attempt must be rejected for its timestamp, healed by exactly one resync and one retry.
 */
async function ordersRoundTrip(
  capabilities: Emulation,
  key: EmulatorKey,
  emulator: Emulator,
  context: Context,
): Promise<Pick<Row, 'orders' | 'ordersDetail' | 'healed' | 'healDetail'>> {
  const { definition, examples } = capabilities
  // Coinbase cancels by the exchange's order id only (its emulation names no client-id cancel): the latest order's.
  const byClientId = capabilities.byClientOrderId?.includes('cancel') ?? true
  const cancelId = (id: string) => (byClientId ? id : emulator.orders(definition.id).at(-1)!.id)
  const events: ClientEvent[] = []
  const push = (event: ClientEvent) => events.push(event)
  const client = createClient({
    exchange: definition,
    signer: definition.createSigner(toCredentials(key.credentials)),
    baseUrl: emulator.baseUrl(definition.id),
    fetch: context.io.fetch,
    hooks: { onRetry: push, onResync: push },
  })
  // Short ids (each exchange keeps its own orders): Hyperliquid's cloid carries at most 16 bytes of readable text.
  const first = 'demo-1'
  const second = 'demo-2'
  const retries = () => events.filter((e) => e.type === 'retry').length
  let orders: Row['orders'] = 'fail'
  let ordersDetail: string
  try {
    await client.request(examples.placeOrder(first))
    await client.request(examples.cancelOrder(cancelId(first)))
    orders = retries() === 0 ? 'ok' : 'fail'
    ordersDetail = `placed and cancelled ${first} with the clock corrected up front (${retries()} retries)`
  } catch (error) {
    const skipped = notEmulated(emulator, definition)
    if (skipped) return { orders: 'skip', ordersDetail: skipped, healed: 'skip', healDetail: '' }
    ordersDetail = `failed: ${isSignetError(error) ? error.shortMessage : String(error)}`
  }
  // Step the exchange clock back beyond what it accepts ahead: the client's next timestamp is now too far ahead.
  // A nonce exchange gets a 2 s step instead: Kraken has no window, and Hyperliquid's (a day ahead, two behind) is no
  // clock error a step could reach; its nonces only go up, so a day's step could not be healed by a resync.
  const nonces = definition.freshness.kind === 'nonce'
  const jump = nonces ? -2000 : -((timestampWindow(definition.freshness)?.tolerance.aheadMs ?? 0) + 2000)
  emulator.jumpClock(jump, definition.id)
  events.length = 0
  let healed: Row['healed'] = 'fail'
  let healDetail: string
  try {
    await client.request(examples.placeOrder(second))
    const retried = events.filter((e) => e.type === 'retry' && e.reason === 'timestamp').length
    const resynced = events.filter((e) => e.type === 'resync' && e.reason === 'timestamp-rejected').length
    await client.request(examples.cancelOrder(cancelId(second)))
    const rejection = emulator
      .requests()
      .filter((r) => r.exchange === definition.id && r.code !== undefined)
      .at(-1)
    const stored = emulator.orders(definition.id)
    // Two orders were placed, each once (the exchange records client ids in its own form: Gate.io's `t-`, cloids).
    const once = stored.length === 2
    const cancelled = stored.every((o) => o.status === 'canceled')
    if (nonces) {
      // A nonce exchange does not compare requests with its clock (Kraken), or only within days (Hyperliquid): the
      // step must change nothing.
      healed = retries() === 0 && once && cancelled ? 'ok' : 'fail'
      const why = timestampWindow(definition.freshness)
        ? 'nonces stay well inside the exchange clock’s window'
        : 'nonces do not depend on the exchange clock'
      healDetail = `clock stepped ${formatMs(jump)}: ${why}, ${second} placed once with ${retries()} retries, cancelled`
      return { orders, ordersDetail, healed, healDetail }
    }
    healed = retried === 1 && resynced === 1 && once && cancelled ? 'ok' : 'fail'
    healDetail = `clock stepped ${formatMs(jump)}: ${second} rejected${rejection ? ` (${rejection.code})` : ''}, ${resynced} resync, ${retried} re-signed retry, placed once, cancelled`
  } catch (error) {
    healDetail = `clock stepped ${formatMs(jump)}: failed: ${isSignetError(error) ? error.shortMessage : String(error)}`
  }
  return { orders, ordersDetail, healed, healDetail }
}

/**
 * When the emulator answered "unknown path" to an order request, the exchange's order paths are beyond what it
 * routes (e.g. an id inside the path): that is a gap of the emulator, reported as such rather than as a failure.
 */
function notEmulated(emulator: Emulator, definition: ExchangeDefinition): string | undefined {
  const last = emulator
    .requests()
    .filter((r) => r.exchange === definition.id)
    .at(-1)
  if (last?.code !== 'not-found') return undefined
  return `not emulated: the emulator does not route ${last.method} ${last.path} yet`
}

/** Signs an order the wrong way on purpose and lets explain name the mistake. */
function explainDemo(
  context: Context,
  emulations: readonly Emulation[],
  keys: Record<string, EmulatorKey>,
): boolean {
  for (const { definition, diagnosis, examples } of emulations) {
    const credentials = toCredentials(keys[definition.id]!.credentials)
    const intent = examples.placeOrder('demo explain 1')
    const variants = diagnosis.signatureVariants({ credentials, intent, timestamp: EXPLAIN_TIMESTAMP })
    const correct = variants.find((v) => v.id === 'correct')
    const broken = variants.find((v) => v.id !== 'correct' && correct && v.signedText !== correct.signedText)
    if (!broken) continue
    context.print(
      context.style.dim(
        `   A bot signs a ${definition.name} order the "${broken.id}" way; explain gets the request, the key and its signature:`,
      ),
    )
    context.print()
    const result = explainSignature({
      exchange: definition,
      diagnosis,
      credentials,
      intent,
      timestamp: EXPLAIN_TIMESTAMP,
      signature: broken.signature,
    })
    const heading = `$ signet explain --exchange ${definition.id} --method ${intent.method} --path ${intent.path} …`
    context.print(indent(renderExplain(heading, result, [], context.style), 3))
    return result.match?.id === broken.id
  }
  context.print('   No registered exchange lists a wrong way to sign.')
  return false
}
