import {
  InvalidParameterError,
  type Verifier,
  type VerifierKey,
  type VerifierOptions,
  type VerifyResult,
  type WireResponse,
} from '@signet/core'
import { parseRawRequest, servesPath } from '@signet/core/kit'
import { recoverAddress } from './_ecdsa'
import { parseExchangeBody } from './_parseExchangeBody'
import { type HyperliquidEnvironment, type PreparedAction, prepareAction } from './_prepareAction'
import { errAnswer, infoAnswer, okAnswer, textAnswer } from './_responses'
import { userSignedActions } from './_schema'
import { clientOrderIdOf, cloidOf } from './cloidOf'
import { parseEnvironment } from './createHyperliquidSigner'
import { hyperliquidErrors } from './errors'
import { HYPERLIQUID_NONCE_AHEAD_MS, HYPERLIQUID_NONCE_BEHIND_MS } from './hyperliquidFreshness'

/** A signer address the verifier knows: a user, or an API wallet approved for `account`. */
export type HyperliquidVerifierKey = VerifierKey & {
  /** The master account an API wallet signs for. @default the address itself (the user signs) */
  account?: string | undefined
}

/** Options of `createHyperliquidVerifier`: `keys[].apiKey` is the signing address. */
export type HyperliquidVerifierOptions = Omit<VerifierOptions, 'keys'> & {
  keys: readonly HyperliquidVerifierKey[]
}

// spec hyperliquid.md §6: the signer's 100 highest nonces are kept; a new one must be above the smallest.
const KEPT_NONCES = 100

/**
 * Creates a verifier that checks `/exchange` requests the way Hyperliquid does: deserialises the body into its
 * structs, recomputes the EIP-712 digest, recovers the signing address, looks it up, and checks the nonce window
 * and uniqueness; answers with Hyperliquid's own bodies. `/info` reads are unsigned and always pass.
 *
 * @example
 * const verifier = createHyperliquidVerifier({ keys: [{ apiKey: agentAddress, account: userAddress }], now: () => Date.now() })
 */
export function createHyperliquidVerifier(options: HyperliquidVerifierOptions): Verifier {
  const environment: HyperliquidEnvironment = parseEnvironment(
    options.serverEnvironment ?? options.environment,
  )
  const keys = new Map<string, HyperliquidVerifierKey>()
  for (const key of options.keys) {
    const chain = key.keyEnvironment ?? key.environment
    if ((chain === undefined ? 'mainnet' : parseEnvironment(chain)) === environment)
      keys.set(key.apiKey.toLowerCase(), key)
  }
  const seen = new Map<string, bigint[]>()

  const fail = (id: string, value: string): VerifyResult => ({
    ok: false,
    kind: hyperliquidErrors[id]?.kind ?? 'other',
    code: id,
    response: errAnswer(id, value),
  })
  // A body that is not JSON (415) or does not deserialise (422) is also how Hyperliquid answers a request with no
  // signature at all: it has no auth header to miss. Those rows carry their table kind, as the classifier reads them.
  const bad = (status: number, code: string, body: string): VerifyResult => ({
    ok: false,
    kind: status === 404 ? 'not-found' : (hyperliquidErrors[code]?.kind ?? 'bad-request'),
    code,
    response: textAnswer(status, body),
  })

  const verify: Verifier['verify'] = (request) => {
    const r = parseRawRequest(request)
    if (!servesPath(options.paths, r.path) || (r.path !== '/exchange' && r.path !== '/info'))
      return bad(404, 'not-found', 'Not Found')
    if (r.method !== 'POST') return bad(405, 'method', 'Method Not Allowed')
    // spec hyperliquid.md §1: both endpoints take a JSON body; the HTTP layer refuses other content types.
    if (!/^application\/json\b/i.test(r.headers['content-type'] ?? ''))
      return bad(415, 'content-type', hyperliquidErrors['content-type']!.message)
    if (r.path === '/info') return info(r.body)
    const body = parseExchangeBody(r.body)
    if (typeof body === 'string') return deserialize(body)
    let prepared: PreparedAction
    try {
      prepared = prepareAction(body.action, {
        environment,
        nonce: body.nonce,
        vaultAddress: body.vaultAddress,
        expiresAfter: body.expiresAfter,
        mode: 'server',
      })
    } catch (error) {
      if (error instanceof InvalidParameterError) return deserialize(error.shortMessage)
      throw error
    }
    const spec = userSignedActions[String(prepared.action.type)]
    if (spec && BigInt(prepared.action[spec.nonceField] as number) !== body.nonce)
      return fail('nonce-mismatch', String(body.nonce))
    // spec hyperliquid.md §3: user-signed digests carry the server's own chain name (prepareAction), so a request
    // signed for the other chain recovers another address below.
    const signer = recoverAddress(prepared.digest, body.signature)
    if (signer === undefined) return fail('bad-signature', '')
    const key = keys.get(signer)
    // spec hyperliquid.md §7: a wrong byte anywhere recovers another address, which is not registered.
    if (!key) return fail('unknown-signer', signer)
    if (spec && prepared.action.hyperliquidChain !== (environment === 'mainnet' ? 'Mainnet' : 'Testnet'))
      return fail('wrong-chain', String(prepared.action.hyperliquidChain))
    const now = BigInt(Math.floor(options.now()))
    const n = body.nonce
    // spec hyperliquid.md §6: accepted within (T − 2 days, T + 1 day), both ends open.
    if (n <= now - BigInt(HYPERLIQUID_NONCE_BEHIND_MS) || n >= now + BigInt(HYPERLIQUID_NONCE_AHEAD_MS))
      return fail('nonce-window', String(n))
    const used = seen.get(signer) ?? []
    if (used.includes(n)) return fail('duplicate-nonce', String(n))
    if (used.length >= KEPT_NONCES && n < used[0]!) return fail('nonce-too-low', String(n))
    if (body.expiresAfter !== undefined && body.expiresAfter < now)
      return fail('expired', String(body.expiresAfter))
    used.push(n)
    used.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    if (used.length > KEPT_NONCES) used.shift()
    seen.set(signer, used)
    const params = actionParams(prepared, key, signer)
    return {
      ok: true,
      // spec hyperliquid.md §1: an API wallet acts for its master account, whose address reads name and whose
      // orders it places; the nonces above stay the signer's.
      apiKey: params.account!,
      method: r.method,
      path: r.path,
      params,
    }
  }

  function info(text: string): VerifyResult {
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return deserialize('expected a JSON object')
    }
    const record =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {}
    if (typeof record.type !== 'string') return deserialize('missing field `type`')
    const params: Record<string, string> = {}
    for (const [k, v] of Object.entries(record)) params[k] = typeof v === 'string' ? v : JSON.stringify(v)
    return {
      ok: true,
      apiKey: typeof record.user === 'string' ? record.user.toLowerCase() : '',
      method: 'POST',
      path: '/info',
      params,
    }
  }

  function deserialize(detail: string): VerifyResult {
    return bad(422, 'deserialize', hyperliquidErrors.deserialize!.message.replace('{0}', detail))
  }

  return Object.freeze({
    exchange: 'hyperliquid',
    verify,
    respond: Object.freeze({
      // spec hyperliquid.md §8: `{"type":"exchangeStatus"}` answers the L1 time.
      serverTime: (serverTime: number) => infoAnswer({ specialStatuses: null, time: serverTime }),
      ok: (data: unknown) => okFor(data),
      error(
        kind: 'not-found' | 'duplicate-order' | 'order-not-found' | 'internal',
        message?: string,
      ): WireResponse {
        switch (kind) {
          case 'not-found':
            return textAnswer(404, message ?? 'Not Found')
          case 'duplicate-order':
            return okAnswer({ type: 'order', data: { statuses: [{ error: message ?? 'Duplicate cloid.' }] } })
          case 'order-not-found':
            return okAnswer({
              type: 'cancel',
              data: {
                statuses: [{ error: message ?? 'Order was never placed, already canceled, or filled.' }],
              },
            })
          default:
            return textAnswer(500, message ?? 'Internal Server Error')
        }
      },
    }),
  })
}

/** What the emulator and tests read from an accepted action: type, nonce, account, vault, the action as JSON, first cloid and the id it carries. */
function actionParams(
  prepared: PreparedAction,
  key: HyperliquidVerifierKey,
  signer: string,
): Record<string, string> {
  const { action } = prepared
  const params: Record<string, string> = {
    type: String(action.type),
    nonce: String(prepared.nonce),
    signer,
    account: (key.account ?? signer).toLowerCase(),
  }
  if (prepared.vaultAddress) params.vaultAddress = prepared.vaultAddress
  // The whole action as the server re-created it, for the emulator's routes (orders, cancels).
  params.action = JSON.stringify(action)
  const first = (list: unknown) =>
    Array.isArray(list) ? (list[0] as Record<string, unknown> | undefined) : undefined
  const cloid = first(action.orders)?.c ?? first(action.cancels)?.cloid
  if (typeof cloid === 'string') {
    params.cloid = cloid
    params.clientOrderId = clientOrderIdOf(cloid)
  }
  return params
}

/** Maps the emulator's generic answers onto Hyperliquid's shapes (spec hyperliquid.md §7). */
function okFor(data: unknown): WireResponse {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  if (d.status === 'NEW') {
    const resting: Record<string, unknown> = { oid: Number(d.orderId) }
    if (typeof d.clientOrderId === 'string' && d.clientOrderId !== '')
      resting.cloid = cloidOf(d.clientOrderId)
    return okAnswer({ type: 'order', data: { statuses: [{ resting }] } })
  }
  if (d.status === 'CANCELED') return okAnswer({ type: 'cancel', data: { statuses: ['success'] } })
  // Everything else, the account example's `noop` included, is an action answered without data.
  return okAnswer({ type: 'default' })
}
