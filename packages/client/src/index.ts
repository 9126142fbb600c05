/**
 * @signet/client
 * @module
 */
export {}
