import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { parseDecimal } from './_decimal'
import { parseStrictJson, StrictJsonError } from './_strictJson'
import { PolicyFileError } from './errors'

const SENSITIVE = ['withdraw', 'transfer', 'sub-account', 'key-management'] as const

const decimalText = v.pipe(
  v.string(),
  v.check(
    (s) => parseDecimal(s) !== undefined,
    'expected plain decimal text like "0.5" (no exponent, no sign)',
  ),
)

const endpoint = v.pipe(
  v.string(),
  v.regex(
    /^(GET|POST|PUT|PATCH|DELETE) \/[A-Za-z0-9_\-/]*\*?$/,
    'expected "METHOD /path" (GET, POST, PUT, PATCH or DELETE; a trailing * matches ids)',
  ),
)

const keySchema = v.strictObject({
  exchange: v.string(),
  product: v.optional(v.string()),
  environment: v.optional(v.string()),
  baseUrl: v.optional(v.pipe(v.string(), v.url())),
  readOnly: v.optional(v.boolean(), false),
  endpoints: v.pipe(v.array(endpoint), v.minLength(1)),
  symbols: v.optional(
    v.array(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_\-/:.]{1,40}$/, 'expected an ASCII symbol'))),
  ),
  maxQuantity: v.optional(decimalText),
  maxNotional: v.optional(decimalText),
  ordersPerMinute: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  allowSensitive: v.optional(v.array(v.picklist(SENSITIVE)), []),
  webSocketAuth: v.optional(v.boolean(), false),
})

const policySchema = v.strictObject({
  version: v.literal(1),
  tokens: v.optional(
    v.array(
      v.strictObject({
        name: v.string(),
        sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters')),
        keys: v.array(v.string()),
      }),
    ),
  ),
  keys: v.record(
    v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a key id of letters, digits, - and _')),
    keySchema,
  ),
})

/** The rules for one key. */
export type KeyPolicy = {
  /** Exchange id, e.g. `binance`. */
  exchange: string
  product?: string | undefined
  environment?: string | undefined
  /** Base URL override (a proxy, the emulator). */
  baseUrl?: string | undefined
  /** Only reads are signed. @default false */
  readOnly: boolean
  /** Endpoints this key may sign, `METHOD /path` (a trailing `*` matches ids in paths). */
  endpoints: string[]
  /** Symbols orders may name, exactly as the exchange writes them; no orders when absent. */
  symbols?: string[] | undefined
  /** Largest base quantity of one order, as decimal text. */
  maxQuantity?: string | undefined
  /** Largest notional (quantity × price, or the quote amount) of one order, as decimal text. */
  maxNotional?: string | undefined
  /** Orders this key may sign per 60 s. */
  ordersPerMinute?: number | undefined
  /** Sensitive kinds of endpoint this key may sign; none unless named. @default [] */
  allowSensitive: ('withdraw' | 'transfer' | 'sub-account' | 'key-management')[]
  /**
   * The agent signs this key's WebSocket login (`signer.signWebSocketAuth`). A logged-in session can place orders
   * the agent never judges (Binance, OKX and Gate.io take orders over it), so it is off unless named. @default false
   */
  webSocketAuth: boolean
}

/** A bearer token (its SHA-256, hex) and the keys it may use. */
export type PolicyToken = { name: string; sha256: string; keys: string[] }

/** A whole policy file. */
export type Policy = {
  version: 1
  /** Bearer tokens; required for TCP. */
  tokens?: PolicyToken[] | undefined
  keys: Record<string, KeyPolicy>
}

/**
 * Parses and validates a policy (JSON text): every problem is reported with the file, line and field, and
 * duplicate keys are refused. Throws `PolicyFileError`.
 *
 * @example
 * const policy = parsePolicy(readFileSync('policy.json', 'utf8'), 'policy.json')
 */
export function parsePolicy(text: string, file = 'policy'): Policy {
  let parsed: ReturnType<typeof parseStrictJson>
  try {
    parsed = parseStrictJson(text, 1_000_000)
  } catch (error) {
    if (error instanceof StrictJsonError) throw new PolicyFileError(`${file}:${error.line}: ${error.message}`)
    throw error
  }
  const result = v.safeParse(policySchema, parsed.value)
  if (result.success) {
    // The schema's output must be the documented type: a drift between the two is a compile error here.
    const policy: Policy = result.output
    for (const [id, key] of Object.entries(result.output.keys)) {
      if (key.symbols === undefined && (key.maxQuantity || key.maxNotional)) {
        throw new PolicyFileError(
          `${file}: keys.${id}: limits without "symbols" allow no order; add the symbols`,
        )
      }
    }
    for (const token of result.output.tokens ?? []) {
      for (const id of token.keys) {
        if (!(id in result.output.keys)) {
          throw new PolicyFileError(
            `${file}: token "${token.name}" names key "${id}", which the policy does not define`,
          )
        }
      }
    }
    return policy
  }
  const lines = result.issues.slice(0, 8).map((issue) => {
    const path = (issue.path ?? []).map((p) => p.key as string | number)
    const line = parsed.lineOf(path) ?? 1
    const received = issue.received === 'undefined' ? 'nothing' : issue.received
    return `${file}:${line}: ${path.join('.') || '(top level)'}: ${issue.message} (received ${received})`
  })
  throw new PolicyFileError(lines.join('\n'))
}

/** Reads and parses a policy file. @example const policy = loadPolicy('/etc/signet/policy.json') */
export function loadPolicy(file: string): Policy {
  return parsePolicy(readFileSync(file, 'utf8'), file)
}
