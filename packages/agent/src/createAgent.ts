import { createHash, timingSafeEqual } from 'node:crypto'
import { binance, describeBinanceIntent } from '@signet/binance'
import { bybit, describeBybitIntent } from '@signet/bybit'
import { createClient, createFreshness, type Freshness } from '@signet/client'
import { coinbase, describeCoinbaseIntent } from '@signet/coinbase'
import {
  type Clock,
  type DescribeIntent,
  type ExchangeDefinition,
  isSignetError,
  type RequestIntent,
  type Signer,
} from '@signet/core'
import { describeGateioIntent, gateio } from '@signet/gateio'
import { describeHyperliquidIntent, hyperliquid } from '@signet/hyperliquid'
import { describeKrakenIntent, kraken } from '@signet/kraken'
import { describeKucoinIntent, kucoin } from '@signet/kucoin'
import { describeOkxIntent, okx } from '@signet/okx'
import * as v from 'valibot'
import { parseStrictJson, StrictJsonError } from './_strictJson'
import { type Decision, decide } from './decide'
import type { KeyStore } from './keyStore'
import type { Policy } from './policy'

/** An exchange the agent can sign for: its definition and how it describes intents to the policy. */
export type AgentExchange = { definition: ExchangeDefinition; describe: DescribeIntent }

/** The exchanges every agent knows. */
export const agentExchanges: Readonly<Record<string, AgentExchange>> = {
  binance: { definition: binance, describe: describeBinanceIntent },
  bybit: { definition: bybit, describe: describeBybitIntent },
  okx: { definition: okx, describe: describeOkxIntent },
  kucoin: { definition: kucoin, describe: describeKucoinIntent },
  gateio: { definition: gateio, describe: describeGateioIntent },
  kraken: { definition: kraken, describe: describeKrakenIntent },
  coinbase: { definition: coinbase, describe: describeCoinbaseIntent },
  hyperliquid: { definition: hyperliquid, describe: describeHyperliquidIntent },
}

/** One line of the audit log: every decision, its rule and reason; never a secret, signature or query. */
export type AuditLine = {
  time: string
  keyId: string
  exchange: string
  method: string
  path: string
  allow: boolean
  rule: string
  reason?: string | undefined
  order?: { symbol: string; side: string; quantity?: string; price?: string; notional?: string } | undefined
}

/** Options of `createAgent`. */
export type CreateAgentOptions = {
  policy: Policy
  keys: KeyStore
  /** Exchanges by id. @default agentExchanges */
  exchanges?: Readonly<Record<string, AgentExchange>> | undefined
  /** fetch for the agent's own server-time requests (tests, proxies). @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined
  /** Receives every decision. @default none */
  audit?: ((line: AuditLine) => void) | undefined
  /** Upper bound on the time from signing to arrival at the exchange, in ms. @default 1000 */
  latencyBudgetMs?: number | undefined
}

/** The agent's answer to one signing request, transport-independent. */
export type AgentAnswer = { status: number; body: Record<string, unknown> }

/** A signing agent: judges, signs and logs one request at a time. */
export type Agent = {
  /** Handles a raw request body (JSON text) with the caller's bearer token, if any. */
  handle(body: string, token: string | undefined): Promise<AgentAnswer>
  /** Stops the agent's clocks. */
  stop(): void
}

const MAX_BODY = 256 * 1024
const scalar = v.union([v.string(), v.number(), v.boolean()])
const requestSchema = v.strictObject({
  keyId: v.string(),
  windowMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  intent: v.strictObject({
    method: v.picklist(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    path: v.pipe(v.string(), v.maxLength(512)),
    params: v.optional(v.record(v.string(), scalar)),
    form: v.optional(v.record(v.string(), scalar)),
    body: v.optional(v.union([v.record(v.string(), v.unknown()), v.array(v.unknown())])),
    security: v.picklist(['none', 'api-key', 'signed']),
  }),
})

// A WebSocket login request: the exchange's own login options; the timestamp is the agent's, never the bot's.
const webSocketAuthSchema = v.strictObject({
  keyId: v.string(),
  webSocketAuth: v.strictObject({
    windowMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    id: v.optional(v.union([v.pipe(v.string(), v.maxLength(64)), v.pipe(v.number(), v.integer())])),
    reqId: v.optional(v.pipe(v.string(), v.maxLength(64))),
    channel: v.optional(v.picklist(['spot.login', 'futures.login'])),
  }),
})

type KeyState = { signer: Signer; clock: Clock; fresh: Freshness; orders: number[] }

/**
 * Creates a signing agent: it parses each request strictly, decides on the intent under the policy, and signs
 * exactly that intent itself with a timestamp or nonce from its own clock, so what was judged is what is signed.
 *
 * @example
 * const agent = createAgent({ policy: loadPolicy('policy.json'), keys: createEnvKeyStore() })
 */
export function createAgent(options: CreateAgentOptions): Agent {
  const { policy, keys, exchanges = agentExchanges, audit, latencyBudgetMs = 1000 } = options
  const states = new Map<string, Promise<KeyState>>()
  const tokens = (policy.tokens ?? []).map((t) => ({ digest: Buffer.from(t.sha256, 'hex'), keys: t.keys }))

  function stateOf(keyId: string, exchange: AgentExchange): Promise<KeyState> {
    let state = states.get(keyId)
    if (!state) {
      const key = policy.keys[keyId]!
      state = keys.get(keyId).then((credentials) => {
        const signer = exchange.definition.createSigner(credentials)
        // The agent's own server clock: bots cannot choose the timestamp or nonce of what it signs.
        const { clock } = createClient({
          exchange: exchange.definition,
          product: key.product,
          environment: key.environment,
          baseUrl: key.baseUrl,
          fetch: options.fetch,
        })
        // The client's own freshness stage on that clock: timestamps it can vouch for, nonces from its source.
        const fresh = createFreshness(
          exchange.definition,
          clock,
          latencyBudgetMs,
          {},
          { apiKey: signer.apiKey },
        )
        return { signer, clock, fresh, orders: [] }
      })
      // A key that failed to load is retried on the next request rather than cached as failed.
      state.catch(() => states.delete(keyId))
      states.set(keyId, state)
    }
    return state
  }

  function tokenKeys(token: string | undefined): readonly string[] | undefined | null {
    if (tokens.length === 0) return undefined
    if (!token) return null
    const digest = createHash('sha256').update(token).digest()
    return tokens.find((t) => timingSafeEqual(t.digest, digest))?.keys ?? null
  }

  function record(keyId: string, exchange: string, intent: RequestIntent, decision: Decision) {
    const d = decision.description
    audit?.({
      time: new Date().toISOString(),
      keyId,
      exchange,
      method: intent.method,
      path: intent.path,
      allow: decision.allow,
      rule: decision.rule,
      reason: decision.allow ? undefined : decision.reason,
      order:
        d?.kind === 'order'
          ? {
              symbol: d.symbol,
              side: d.side,
              quantity: d.quantity ?? d.quoteQuantity,
              price: d.price,
              notional: decision.allow ? decision.notional : undefined,
            }
          : undefined,
    })
  }

  /** Signs a WebSocket login for a key whose policy allows it, on the agent's own clock. */
  async function webSocketAuth(
    parsed: object,
    allowedKeys: readonly string[] | undefined,
  ): Promise<AgentAnswer> {
    const shape = v.safeParse(webSocketAuthSchema, parsed)
    if (!shape.success) {
      const issue = shape.issues[0]
      const at = (issue.path ?? []).map((p) => p.key).join('.')
      return refusal(400, 'bad-request', `${at || 'request'}: ${issue.message}`)
    }
    const { keyId } = shape.output
    const key = Object.hasOwn(policy.keys, keyId) ? policy.keys[keyId] : undefined
    const exchange = key && Object.hasOwn(exchanges, key.exchange) ? exchanges[key.exchange] : undefined
    const decision =
      !key || !exchange
        ? { allow: false, rule: 'key', reason: `the policy has no usable key "${keyId}"` }
        : allowedKeys !== undefined && !allowedKeys.includes(keyId)
          ? { allow: false, rule: 'token', reason: `this token may not use key "${keyId}"` }
          : !key.webSocketAuth
            ? {
                allow: false,
                rule: 'web-socket-auth',
                reason: `key "${keyId}" does not allow WebSocket logins (set "webSocketAuth": true)`,
              }
            : { allow: true, rule: 'web-socket-auth', reason: undefined }
    audit?.({
      time: new Date().toISOString(),
      keyId,
      exchange: key?.exchange ?? '?',
      method: 'WS',
      path: 'signWebSocketAuth',
      allow: decision.allow,
      rule: decision.rule,
      reason: decision.reason,
    })
    if (!decision.allow || !key || !exchange) return refusal(403, decision.rule, decision.reason!)
    const state = await stateOf(keyId, exchange)
    try {
      const sign = state.signer.signWebSocketAuth
      if (!sign) return refusal(400, 'sign', `${key.exchange} signers have no WebSocket login`)
      // The client's freshness stage on the agent's clock vouches for the timestamp, as for a signed request.
      const { timestamp } = await state.fresh(undefined, `WS ${key.exchange} login`)
      const auth = await sign({
        ...shape.output.webSocketAuth,
        timestamp: timestamp ?? Math.floor(state.clock.now()),
      })
      return { status: 200, body: { webSocketAuth: auth } }
    } catch (error) {
      const reason = isSignetError(error) ? error.shortMessage : ((error as Error)?.name ?? 'Error')
      return refusal(isSignetError(error) ? 400 : 500, 'sign', reason)
    }
  }

  return {
    async handle(body, token) {
      const allowedKeys = tokenKeys(token)
      if (allowedKeys === null) return refusal(401, 'token', 'a valid bearer token is required')
      let parsed: unknown
      try {
        parsed = parseStrictJson(body, MAX_BODY).value
      } catch (error) {
        if (error instanceof StrictJsonError)
          return refusal(400, 'bad-request', `line ${error.line}: ${error.message}`)
        throw error
      }
      if (typeof parsed === 'object' && parsed !== null && 'webSocketAuth' in parsed) {
        return webSocketAuth(parsed, allowedKeys)
      }
      const shape = v.safeParse(requestSchema, parsed)
      if (!shape.success) {
        const issue = shape.issues[0]
        const at = (issue.path ?? []).map((p) => p.key).join('.')
        return refusal(400, 'bad-request', `${at || 'request'}: ${issue.message}`)
      }
      const { keyId, windowMs } = shape.output
      const intent = shape.output.intent as RequestIntent
      const key = Object.hasOwn(policy.keys, keyId) ? policy.keys[keyId] : undefined
      const exchange = key && Object.hasOwn(exchanges, key.exchange) ? exchanges[key.exchange] : undefined
      if (!key || !exchange) {
        const decision: Decision = {
          allow: false,
          rule: 'key',
          reason: `the policy has no usable key "${keyId}"`,
        }
        record(keyId, key?.exchange ?? '?', intent, decision)
        return refusal(403, decision.rule, decision.reason)
      }
      const state = await stateOf(keyId, exchange)
      const now = Date.now()
      state.orders = state.orders.filter((t) => t > now - 60_000)
      const decision = decide({
        policy,
        keyId,
        tokenKeys: allowedKeys,
        exchange: key.exchange,
        intent,
        describe: exchange.describe,
        recentOrders: state.orders.length,
      })
      record(keyId, key.exchange, intent, decision)
      if (!decision.allow) return refusal(403, decision.rule, decision.reason)
      if (decision.description.kind === 'order') state.orders.push(now)
      try {
        const signOptions = await state.fresh(windowMs, `${intent.method} ${intent.path}`)
        const signed = await state.signer.sign(intent, signOptions)
        return { status: 200, body: { request: signed } }
      } catch (error) {
        // Signet errors never carry a secret or signature; anything else is reported by class only.
        const reason = isSignetError(error) ? error.shortMessage : ((error as Error)?.name ?? 'Error')
        return refusal(isSignetError(error) ? 400 : 500, 'sign', reason)
      }
    },
    stop() {
      for (const state of states.values())
        state.then(
          (s) => s.clock.stop(),
          () => {},
        )
    },
  }
}

function refusal(status: number, rule: string, reason: string): AgentAnswer {
  return { status, body: { error: { rule, reason } } }
}
