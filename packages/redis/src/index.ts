/**
 * Fleet contracts on Redis: shared rate budgets and nonce sources for many processes and machines on one key.
 * @module
 */
export {}
