/**
 * @signet/bybit
 * @module
 */
export {}
