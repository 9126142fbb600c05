/**
 * @signet/kucoin
 * @module
 */
export {}
