/**
 * @signet/binance
 * @module
 */
export {}
