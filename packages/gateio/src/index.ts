/**
 * @signet/gateio
 * @module
 */
export {}
