import type { ExchangeDefinition } from './types'

/** The product names of a definition, e.g. `'spot' | 'usdm'` for Binance. */
export type ProductOf<definition extends ExchangeDefinition> = keyof definition['products'] & string

/** The environment (host entry) names of one product of a definition, e.g. `'live' | 'testnet' | 'demo'`. */
export type EnvironmentOf<
  definition extends ExchangeDefinition,
  product extends ProductOf<definition> = ProductOf<definition>,
> = keyof definition['products'][product]['rest'] & string

/** The signer a definition's `createSigner` makes. */
export type SignerOf<definition extends ExchangeDefinition> = ReturnType<definition['createSigner']>

/**
 * Checks an exchange definition against `ExchangeDefinition` and returns it unchanged with its literal types kept
 * (id, product and environment names, the signer it creates), so a client can type `product`, `environment`,
 * `signer` and sign options from it; a missing or mistyped field does not compile.
 *
 * @example
 * export const binance = defineExchange({ id: 'binance', name: 'Binance', products: binanceHosts, ... })
 */
export function defineExchange<const definition extends ExchangeDefinition>(
  definition: definition,
): DefinedExchange<definition> {
  return definition
}

/** What `defineExchange` returns: the definition with its own literal types. */
export type DefinedExchange<definition extends ExchangeDefinition> = definition
