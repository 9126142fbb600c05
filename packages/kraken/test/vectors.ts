import type { SignerVector } from '@signet/core/testing'

/** Kraken's published example (docs "Spot REST Authentication", section "Examples"). */
export const DOC_SECRET =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=='
export const DOC_NONCE = '1616492376594'
export const DOC_BODY = `nonce=${DOC_NONCE}&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25`
export const DOC_SIGNATURE =
  '4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=='

/** Kraken vectors with their sources. */
export const vectors: SignerVector[] = [
  {
    name: 'AddOrder limit buy 1.25 XBTUSD at 37500',
    source:
      'https://docs.kraken.com/api/docs/guides/spot-rest-auth (Examples); same vector at https://docs.kraken.com/exchange/guides/rest/authentication',
    // The docs publish no API key for the example; any key gives the same API-Sign.
    credentials: { apiKey: 'doc-example-key', secret: DOC_SECRET },
    intent: {
      method: 'POST',
      path: '/0/private/AddOrder',
      form: { ordertype: 'limit', pair: 'XBTUSD', price: '37500', type: 'buy', volume: '1.25' },
      security: 'signed',
    },
    options: { nonce: DOC_NONCE },
    expected: {
      url: '/0/private/AddOrder',
      body: DOC_BODY,
      headers: { 'API-Sign': DOC_SIGNATURE, 'Content-Type': 'application/x-www-form-urlencoded' },
    },
  },
]
