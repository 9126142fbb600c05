import {
  type ExchangeDefinition,
  InvalidParameterError,
  type JsonBody,
  type Params,
  type RequestIntent,
  type SecurityLevel,
} from '@signet/core'
import type { BodyRequestOptions, Client, GetOptions, RequestOptions } from './types'

type Send = <T>(intent: RequestIntent, options?: RequestOptions) => Promise<T>

// Keys a verb's options may have; anything else is refused, so a call in the old positional shape
// (`post(path, { symbol })`) fails before anything is sent instead of sending no parameters.
const REQUEST_KEYS = ['security', 'signal', 'windowMs', 'maxWaitMs', 'sign'] as const
const KEYS = new Set<string>(['params', 'form', 'json', ...REQUEST_KEYS])

/** The verbs: `get/post/put/delete(path, { params | form | json, security, ... })`. @internal */
export function createVerbs(
  exchange: ExchangeDefinition,
  send: Send,
): Pick<Client, 'get' | 'post' | 'put' | 'delete'> {
  const verb =
    (method: 'GET' | 'POST' | 'PUT' | 'DELETE') =>
    <T>(path: string, options: BodyRequestOptions = {}): Promise<T> => {
      try {
        return send<T>(intentOf(exchange, method, path, options), requestOptionsOf(options))
      } catch (error) {
        return Promise.reject(error)
      }
    }
  return {
    get: verb('GET') as <T>(path: string, options?: GetOptions) => Promise<T>,
    post: verb('POST'),
    put: verb('PUT'),
    delete: verb('DELETE'),
  }
}

function intentOf(
  exchange: ExchangeDefinition,
  method: RequestIntent['method'],
  path: string,
  options: { params?: Params; form?: Params; json?: JsonBody; security?: SecurityLevel },
): RequestIntent {
  const label = `${method} ${path}`
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidParameterError(
      'options',
      '{ params | form | json, security, signal, windowMs }',
      describe(options),
      {
        exchange: exchange.id,
        request: label,
        hint: 'Pass the payload by name: client.post(path, { json: [...] }), { form: {...} } or { params: {...} }.',
      },
    )
  }
  const unknown = Object.keys(options).filter((key) => !KEYS.has(key))
  if (unknown.length > 0) {
    throw new InvalidParameterError(
      'options',
      'only params, form, json, security, signal, windowMs, maxWaitMs and sign',
      `key ${unknown.join(', ')}`,
      {
        exchange: exchange.id,
        request: label,
        hint: `Request parameters go under params (the query), form or json, as ${exchange.name} takes them.`,
      },
    )
  }
  const { params, form, json, security = 'signed' } = options
  // The definition says where a non-GET request's parameters go (bodyParams); a body elsewhere would be refused
  // by the exchange, so it is refused here, before anything is signed.
  const place = method === 'GET' ? 'query' : exchange.bodyParams
  if (form !== undefined && place !== 'form') refusePlace(exchange, label, 'form', place)
  if (json !== undefined && place !== 'json') refusePlace(exchange, label, 'json', place)
  return {
    method,
    path,
    security,
    ...(params !== undefined ? { params } : {}),
    ...(form !== undefined ? { form } : {}),
    ...(json !== undefined ? { body: json } : {}),
  }
}

function refusePlace(exchange: ExchangeDefinition, label: string, given: string, place: string): never {
  const where = place === 'query' ? 'params (the query string)' : place
  throw new InvalidParameterError(given, where, given === 'json' ? 'a JSON body' : 'a form', {
    exchange: exchange.id,
    request: label,
    hint: `${exchange.name} takes this request's parameters as ${where}.`,
  })
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
}

function requestOptionsOf(options: BodyRequestOptions): RequestOptions {
  const picked: Record<string, unknown> = {}
  for (const key of REQUEST_KEYS)
    if (key !== 'security' && options[key] !== undefined) picked[key] = options[key]
  return picked as RequestOptions
}
