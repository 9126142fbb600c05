import type { DescribeIntent, IntentDescription } from '../policy/types'
import type { RequestIntent } from '../request/types'

/** Where an exchange reads the fields of a request with a body. */
export type FieldPlace = 'query' | 'form' | 'json' | 'query-or-form'

/** The fields of an intent, as text, by name. */
export type IntentFields = Readonly<Record<string, string>>

/** An exchange's rules for describing intents to a signing policy. */
export type DescribeRules = {
  /** Where the exchange reads the fields of POST/PUT (GET and DELETE read the query, unless `deleteBody`). */
  place: FieldPlace
  /** DELETE requests carry their fields in the body (`place`) rather than the query. @default false */
  deleteBody?: boolean
  /** Order endpoints (`METHOD /path`), each reading an order from the fields. */
  orders: Readonly<Record<string, (fields: IntentFields) => IntentDescription>>
  /** Cancel endpoints (`METHOD /path`, or a prefix ending in `*` for ids in paths) and the field naming the symbol. */
  cancels: Readonly<Record<string, string | undefined>>
  /**
   * Path prefixes of withdrawal, transfer, sub-account and key-management endpoints, any method; a segment that is
   * `*` stands for one id in the path.
   */
  sensitive: readonly (readonly [
    prefix: string,
    kind: 'withdraw' | 'transfer' | 'sub-account' | 'key-management',
  ])[]
  /** Endpoints that act on many orders at once (batches), which a per-order policy cannot judge. */
  batches?: readonly string[] | undefined
  /** Other endpoints a per-order policy cannot judge (`METHOD /path`), each with the reason given. @default none */
  unjudged?: Readonly<Record<string, string>> | undefined
  /** Endpoints (`METHOD /path`) that only read although they are not GET (Kraken's private POSTs). @default none */
  reads?: readonly string[] | undefined
  /**
   * JSON body fields whose object or array value the exchange reads as nested fields, given to readers by dotted
   * name (`order_configuration.limit_limit_gtc.base_size`, `order_ids.0`). @default none: every field must be flat
   */
  nested?: readonly string[] | undefined
}

const text = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : typeof value === 'object'
      ? '\u0000object'
      : String(value)

/**
 * Builds an exchange's `DescribeIntent` from its rules: fields are read only from the place the exchange reads
 * them, a field present in two places or outside that place is refused (the exchange and the policy could read
 * different values), and any non-GET request not named in the rules is `unknown`.
 *
 * @example
 * const describe = describeWithRules({ place: 'json', orders: { 'POST /v5/order/create': readOrder }, cancels: {}, sensitive: [] })
 */
export function describeWithRules(rules: DescribeRules): DescribeIntent {
  return (intent: RequestIntent): IntentDescription => {
    const key = `${intent.method} ${intent.path}`
    for (const [prefix, kind] of rules.sensitive) if (startsWithPattern(intent.path, prefix)) return { kind }
    const unjudged = rules.unjudged && Object.hasOwn(rules.unjudged, key) ? rules.unjudged[key] : undefined
    if (unjudged) return { kind: 'refused', reason: `${key}: ${unjudged}` }
    if (rules.batches?.includes(key)) {
      return {
        kind: 'refused',
        reason: `${key} acts on a batch of orders, which a per-order policy cannot judge`,
      }
    }
    const fields = readFields(intent, rules)
    if (typeof fields === 'string') return { kind: 'refused', reason: fields }
    const order = rules.orders[key]
    if (order) return order(fields)
    const cancel = Object.keys(rules.cancels).find((pattern) =>
      pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : pattern === key,
    )
    if (cancel !== undefined) {
      const symbolField = rules.cancels[cancel]
      return { kind: 'cancel', symbol: symbolField ? fields[symbolField] : undefined }
    }
    return intent.method === 'GET' || rules.reads?.includes(key) ? { kind: 'read' } : { kind: 'unknown' }
  }
}

function readFields(intent: RequestIntent, rules: DescribeRules): IntentFields | string {
  const inQuery = intent.method === 'GET' || (intent.method === 'DELETE' && !rules.deleteBody)
  const place: FieldPlace = inQuery ? 'query' : rules.place
  const out: Record<string, string> = {}
  const sources: [name: string, values: Readonly<Record<string, unknown>> | undefined, allowed: boolean][] = [
    ['query', intent.params, place === 'query' || place === 'query-or-form'],
    ['form', intent.form, place === 'form' || place === 'query-or-form'],
  ]
  const body = intent.body
  if (typeof body === 'string')
    return 'a pre-serialised JSON body cannot be judged; pass the body as an object'
  if (Array.isArray(body)) return 'a JSON array body cannot be judged per order'
  sources.push(['JSON body', body as Readonly<Record<string, unknown>> | undefined, place === 'json'])
  for (const [name, values, allowed] of sources) {
    if (!values) continue
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined) continue
      if (!allowed)
        return `field "${field}" is in the ${name}, where this exchange does not read it for ${intent.method}`
      if (field in out)
        return `field "${field}" appears twice (query and body); the exchange and the policy could read different values`
      if (rules.nested && field.includes('.'))
        return `field "${field}" has a name a dotted path cannot tell apart`
      const nested = name === 'JSON body' && rules.nested?.includes(field) === true
      const problem = put(field, value, nested, out)
      if (problem) return problem
    }
  }
  return out
}

/** Writes one field as text (a declared nested value as dotted fields); returns why it cannot be read, if so. */
function put(name: string, value: unknown, nested: boolean, out: Record<string, string>): string | undefined {
  // Arrays in a nested field are read by index (`order_ids.0`), so each element is judged where it stands.
  if (nested && typeof value === 'object' && value !== null) return flatten(name, { ...value }, out)
  const v = text(value)
  if (v === '\u0000object') return `field "${name}" is not a flat value`
  if (v !== undefined) out[name] = v
  return undefined
}

// A `*` segment of a sensitive prefix matches one non-empty path segment.
function startsWithPattern(path: string, prefix: string): boolean {
  if (!prefix.includes('*')) return path.startsWith(prefix)
  const pattern = prefix
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+')
  return new RegExp(`^${pattern}`).test(path)
}

// Dotted names must mean one place only: an empty key, a key with a dot or a name already read is refused.
function flatten(
  prefix: string,
  value: Readonly<Record<string, unknown>>,
  out: Record<string, string>,
): string | undefined {
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined) continue
    const name = `${prefix}.${key}`
    if (key.includes('.') || key === '') return `field "${name}" has a name a dotted path cannot tell apart`
    if (name in out)
      return `field "${name}" appears twice; the exchange and the policy could read different values`
    const problem = put(name, inner, true, out)
    if (problem) return problem
  }
  return undefined
}
