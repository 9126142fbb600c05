/**
 * @signet/exchanges/emulate: every registered exchange with its capabilities (verifier, diagnosis, examples,
 * routes), for `signet`, `signet emulate` and tests; bots import the root entry's definitions instead.
 * @module
 */
export { emulations } from './emulations'
