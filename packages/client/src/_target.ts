import { type ExchangeDefinition, InvalidParameterError, type ProductDefinition } from '@signet/core'

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
