import type { ExchangeDefinition, ExchangeExamples, RequestIntent } from '@signet/core'

/**
 * A value with the characters encoders disagree on: space, `+ & = % / : @ , ? # ' ~ *`, an accent, a CJK
 * character and an emoji (a surrogate pair).
 */
export const AWKWARD_VALUE = "a b+c&d=e%25f/g:h@i,j?k#l'm~n*o é中😀"

/**
 * The default requests of the conformance kit for `exchange`: the read-only example of `examples`, the same request with an
 * awkward parameter added (so an encoding mistake cannot pass), an order placement and its cancellation.
 *
 * @example
 * runSignerConformance({ exchange, verification, intents: conformanceIntents(exchange, examples), ... })
 */
export function conformanceIntents(
  exchange: ExchangeDefinition,
  examples: ExchangeExamples,
): RequestIntent[] {
  const { account, placeOrder, cancelOrder } = examples
  // The awkward parameter goes where the account request carries its parameters: a form body for an exchange whose
  // signed POSTs take forms (Kraken signs no query on private endpoints), the query otherwise.
  const inForm = account.form !== undefined || (account.method !== 'GET' && exchange.bodyParams === 'form')
  const awkward: RequestIntent = inForm
    ? { ...account, form: { ...account.form, note: AWKWARD_VALUE } }
    : { ...account, params: { ...account.params, note: AWKWARD_VALUE } }
  return [account, awkward, placeOrder('conformance-1'), cancelOrder('conformance-1')]
}
