import type { Credentials, Emulation, RequestIntent, VerifierKey } from '@signet/core'

/** Which order a request names. */
export type Ref = { id: string } | { clientOrderId: string }

/** How a bot drives one emulated exchange: the requests of the order lifecycle and how to read their answers. */
export type BotScript = {
  emulation: Emulation
  key: VerifierKey
  credentials: Credentials
  /** Directory of the exchange's documented example answers. */
  fixtures: URL
  time(): RequestIntent
  balances(): RequestIntent
  placeLimit(clientOrderId?: string): RequestIntent
  placeMarket(clientOrderId?: string): RequestIntent
  /** The exchange order id in a place answer. */
  placedId(answer: any): string
  query(ref: Ref): RequestIntent
  cancel(ref: Ref): RequestIntent
  open(): RequestIntent
  /** undefined where the exchange has no cancel-all for a symbol (OKX spot). */
  cancelAll: (() => RequestIntent) | undefined
  /** The orders listed in an open-orders answer, as exchange ids. */
  openIds(answer: any): string[]
  /** The order status an answer to `query` shows, in the exchange's words. */
  status(answer: any): string
  /** The exchange's words for an open and a cancelled order. */
  statuses: { open: string; canceled: string; filled: string }
  /** A client order id the exchange accepts. */
  clientOrderId(n: number): string
  /** A limit order costing more than the emulator's starting balance. */
  placeTooLarge(): RequestIntent
  /** An order lacking a mandatory parameter. */
  placeMissing(): RequestIntent
  /** The exchange's error code in an error answer (HTTP status and body). */
  errorCode(status: number, answer: any): string
  /** How the exchange rejects a client past its limit: a request to repeat, and the exact answer it gets. */
  rateLimit: {
    intent(): RequestIntent
    /** Emulator settings that make the limit small (scale) and short (window scale). */
    scale: number
    windowScale: number
    status: number
    code: string
    /** Headers on every counted answer, and on the rejection. */
    headers: string[]
    rejectionHeaders: string[]
  }
  /** The same script for another key's account, where reads name the account (Hyperliquid's `/info` `user`). */
  forAccount?(apiKey: string): BotScript
  /** The exchange's codes for refused order requests. */
  codes: {
    /** undefined where a query for an unknown order answers an empty list (Bybit). */
    queryNotFound: string | undefined
    cancelNotFound: string
    /** undefined where the exchange accepts a repeated client id (Gate.io's `text`). */
    duplicate: string | undefined
    insufficient: string
    badParameter: string
  }
}
