/**
 * The shared bot runtime: an exchange-agnostic client on ky that signs per attempt, keeps the clock honest,
 * classifies errors and retries only what is safe.
 * @module
 */
export { createFreshness, type Freshness, type NonceOptions } from './_freshness'
export { createClient } from './createClient'
export { createTransportFetch, type TransportFetchOptions } from './createTransportFetch'
export type {
  BodyRequestOptions,
  Client,
  ClientEvent,
  ClientHooks,
  CreateClientOptions,
  DefaultProductOf,
  ExchangeSignOptions,
  GetOptions,
  RequestOptions,
} from './types'
