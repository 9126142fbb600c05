import {
  type ExchangeDefinition,
  InvalidParameterError,
  type ProductDefinition,
  type Signer,
} from '@signet/core'

/** Where a client sends: the product, its environment and the base URL. @internal */
export type Target = {
  product: ProductDefinition
  environment: string
  /** Base URL of every request, without a trailing slash. */
  baseUrl: string
  /** Base URL of the server-time request (another product's host where the product names one). */
  timeBaseUrl: string
  /** Headers every request to this environment carries (OKX demo's `x-simulated-trading`), if any. */
  headers: Readonly<Record<string, string>> | undefined
}

/** Resolves product, environment and base URL, refusing names the definition does not have. @internal */
export function resolveTarget(
  exchange: ExchangeDefinition,
  options: { product?: string | undefined; environment?: string | undefined; baseUrl?: string | undefined },
): Target {
  const productName = options.product ?? exchange.defaultProduct
  const product = exchange.products[productName]
  if (!product) {
    throw new InvalidParameterError(
      'product',
      `one of ${Object.keys(exchange.products).join(', ')}`,
      `"${productName}"`,
    )
  }
  const environment = options.environment ?? 'live'
  const baseUrl = (options.baseUrl ?? product.rest[environment])?.replace(/\/+$/, '')
  if (!baseUrl) {
    throw new InvalidParameterError(
      'environment',
      `one of ${Object.keys(product.rest).join(', ')}`,
      `"${environment}"`,
    )
  }
  // An overridden base URL (proxy, emulator) serves everything; otherwise the product may name another host.
  const timeBaseUrl = options.baseUrl ? baseUrl : (product.serverTimeRest?.[environment] ?? baseUrl)
  return { product, environment, baseUrl, timeBaseUrl, headers: product.headers?.[environment] }
}

/**
 * Refuses a signer that does not fit the target: another exchange's, or one whose key belongs to another environment
 * than the hosts the client sends to (an OKX live key in demo trading, a Hyperliquid mainnet key on testnet), which
 * the exchange would only reject once sent. @internal
 */
export function checkSigner(
  exchange: ExchangeDefinition,
  target: Target,
  signer: Pick<Signer, 'exchange' | 'keyEnvironment'> | undefined,
): void {
  if (signer && signer.exchange !== exchange.id) {
    throw new InvalidParameterError('signer', `a ${exchange.id} signer`, `a ${signer.exchange} signer`)
  }
  const accepted = target.product.keyEnvironments
  const wanted = accepted?.[target.environment]
  const key = signer?.keyEnvironment
  if (!accepted || wanted === undefined || key === undefined || key === wanted) return
  const fits = Object.keys(accepted)
    .filter((environment) => accepted[environment] === key)
    .map((environment) => `"${environment}"`)
  const list = fits.length > 1 ? `${fits.slice(0, -1).join(', ')} or ${fits.at(-1)}` : fits[0]
  const forKey = list ? `For this key, create the client with environment ${list}; for` : 'For'
  throw new InvalidParameterError(
    'signer',
    `a ${wanted} key (environment "${target.environment}" accepts no other)`,
    `a signer of a ${key} key`,
    {
      exchange: exchange.id,
      hint: `Nothing was sent. ${forKey} "${target.environment}", use a key created in ${wanted} (its signer made with keyEnvironment: '${wanted}').`,
    },
  )
}
