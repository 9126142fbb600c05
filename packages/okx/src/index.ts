/**
 * @signet/okx
 * @module
 */
export {}
