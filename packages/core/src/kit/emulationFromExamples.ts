import type {
  Emulation,
  EmulationBalance,
  EmulationOrder,
  EmulationOrderRef,
  EmulationRequest,
  EmulationRoute,
  ExchangeDefinition,
  ExchangeDiagnosis,
  ExchangeExamples,
  ExchangeVerification,
  RequestIntent,
} from '@signet/core'
import { jsonAnswer } from './jsonAnswer'
import { type NewOrderFields, newOrderFrom } from './newOrderFrom'
import { type SymbolRule, symbolAssets } from './symbolAssets'

/** An error answer's HTTP status, the exchange's code and its message. */
type ErrorRow = readonly [status: number, code: string, message: string]

/** Options of `emulationFromExamples`: the exchange's own facts; the routes follow its example requests. */
export type EmulationFromExamplesOptions = {
  definition: ExchangeDefinition
  verification: ExchangeVerification
  diagnosis: ExchangeDiagnosis
  examples: ExchangeExamples
  /** How `examples.placeOrder` names the order's fields; the client order id field defaults to the definition's `clientOrderIdParam`. */
  order: NewOrderFields
  /** The request that reads one order by its client order id, as the exchange documents it; without one, no query route. */
  queryOrder?: ((clientOrderId: string) => RequestIntent) | undefined
  /** How the exchange writes a symbol (`BTC-USDT`: `{ separator: '-' }`). */
  symbols: SymbolRule
  /** The `data` of success answers, which the verifier's `respond.ok` wraps in the exchange's envelope. */
  answers: {
    /** One balance as the account request lists it. */
    balance(balance: EmulationBalance): unknown
    /** An order as place, query and cancel answer it. */
    order(order: EmulationOrder): unknown
  }
  /** The JSON of an error answer (the verifier's shape). */
  error(code: string, message: string): unknown
  /** The exchange's answers to a refused order that the verifier's generic errors do not cover. */
  failures: { 'insufficient-balance': ErrorRow; 'bad-parameter': ErrorRow }
  /** The exchange's id for the `sequence`-th order (from 1). @default the sequence in decimal */
  orderId?: ((sequence: number) => string) | undefined
  /** Among which orders a client order id must be unique (`Emulation.uniqueClientIds`). @default 'open' */
  uniqueClientIds?: Emulation['uniqueClientIds'] | undefined
}

// A client order id no real request carries, to find where an example request puts it.
const PROBE = 'signetprobe7f3a'

/** Method, path and the field (or `{clientOrderId}` path segment) carrying the client order id of an example. */
function routeOf(intent: RequestIntent): { method: RequestIntent['method']; path: string; field?: string } {
  const body = intent.body
  const fields: Readonly<Record<string, unknown>> = {
    ...intent.params,
    ...intent.form,
    ...(body !== undefined && typeof body === 'object' && !Array.isArray(body) ? body : {}),
  }
  const field = Object.keys(fields).find((name) => fields[name] === PROBE)
  const path = intent.path.split(PROBE).join('{clientOrderId}')
  if (field === undefined && path === intent.path)
    throw new Error(
      `emulationFromExamples: ${intent.method} ${intent.path} carries the client order id nowhere`,
    )
  return { method: intent.method, path, ...(field === undefined ? {} : { field }) }
}

function orderRef(field: string | undefined): (request: EmulationRequest) => EmulationOrderRef {
  return ({ params, pathParams }) => ({
    clientOrderId: field === undefined ? pathParams.clientOrderId : params[field],
  })
}

/**
 * An emulation whose routes follow the exchange's example requests: server time at the definition's
 * server-time path, balances at `examples.account`, place at `examples.placeOrder`, cancel (and query, given
 * `queryOrder`) by the client order id where those requests carry it; answers are JSON in the verifier's
 * envelope. The rate limits are the definition's (none when it declares none).
 *
 * @example
 * export const acmeEmulation = emulationFromExamples({ definition: acme, verification, diagnosis, examples, order: { quantity: 'size' }, symbols: { separator: '-' }, answers, error: (code, msg) => ({ code, msg }), failures })
 */
export function emulationFromExamples(options: EmulationFromExamplesOptions): Emulation {
  const { definition, examples } = options
  const respond = options.verification.createVerifier({ keys: [], now: () => 0 }).respond
  const fail = ([status, code, message]: ErrorRow) => jsonAnswer(status, options.error(code, message))
  const time = definition.products[definition.defaultProduct]?.serverTime
  const place = routeOf(examples.placeOrder(PROBE))
  const cancel = routeOf(examples.cancelOrder(PROBE))
  const query = options.queryOrder && routeOf(options.queryOrder(PROBE))
  const order = (o: EmulationOrder) => respond.ok(options.answers.order(o))
  const routes: EmulationRoute[] = [
    ...(time
      ? [
          {
            action: 'time' as const,
            method: time.method,
            path: time.path,
            read: () => ({}),
            answer: respond.serverTime,
          },
        ]
      : []),
    {
      action: 'balances',
      method: examples.account.method,
      path: examples.account.path,
      read: () => ({}),
      answer: (balances) => respond.ok(balances.map(options.answers.balance)),
    },
    {
      action: 'place',
      method: place.method,
      path: place.path,
      read: newOrderFrom({ clientOrderId: place.field ?? definition.clientOrderIdParam, ...options.order }),
      answer: order,
    },
    {
      action: 'cancel',
      method: cancel.method,
      path: cancel.path,
      read: orderRef(cancel.field),
      answer: order,
    },
    ...(query
      ? [
          {
            action: 'query' as const,
            method: query.method,
            path: query.path,
            read: orderRef(query.field),
            answer: order,
          },
        ]
      : []),
  ]
  return {
    definition,
    verification: options.verification,
    diagnosis: options.diagnosis,
    examples,
    routes,
    rateLimits: definition.rateLimits ?? { buckets: [], endpoints: [], source: 'none declared' },
    assets: (symbol) => symbolAssets(symbol, options.symbols),
    orderId: options.orderId ?? String,
    uniqueClientIds: options.uniqueClientIds ?? 'open',
    failure({ failure, param }) {
      switch (failure) {
        case 'order-not-found':
        case 'duplicate-order':
          return respond.error(failure)
        case 'insufficient-balance':
          return fail(options.failures[failure])
        case 'bad-parameter': {
          const [status, code, message] = options.failures[failure]
          return fail([status, code, param === undefined ? message : `${message}: ${param}`])
        }
      }
    },
    rateLimited: (rule) => {
      const { status, code, message } = 'rejection' in rule ? rule.rejection : rule
      return jsonAnswer(status, options.error(String(code), message))
    },
  }
}
