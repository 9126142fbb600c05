import type { RequestIntent } from '../request/types'

/** What a request does, as an exchange package reads it from an intent, for a signing policy to judge. */
export type IntentDescription =
  | {
      kind: 'order'
      symbol: string
      side: 'buy' | 'sell'
      /** Base quantity as the decimal text the intent carries; undefined when the order is sized in quote. */
      quantity: string | undefined
      /** Limit price as decimal text; undefined for a market order. */
      price: string | undefined
      /** Quote amount as decimal text when the order is sized in quote (market buy by notional). */
      quoteQuantity: string | undefined
    }
  | { kind: 'cancel'; symbol: string | undefined }
  | { kind: 'read' }
  | { kind: 'withdraw' | 'transfer' | 'sub-account' | 'key-management' }
  | { kind: 'unknown' }
  /** The intent is malformed for this endpoint in a way a policy must not guess about (a field in the wrong place). */
  | { kind: 'refused'; reason: string }

/** Reads what an intent does, from the exchange's own rules (which paths are orders, where each field lives). */
export type DescribeIntent = (intent: RequestIntent) => IntentDescription
