/**
 * @signet/cli
 * @module
 */
export {}
