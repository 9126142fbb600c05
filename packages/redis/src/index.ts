/**
 * Signet's fleet contracts on Redis: one rate budget and one nonce sequence shared by many processes and machines
 * on one API key.
 * @module
 */
export { type CreateRedisBudgetOptions, createRedisBudget } from './createRedisBudget'
export { type CreateRedisNonceOrderOptions, createRedisNonceOrder } from './createRedisNonceOrder'
export { type CreateRedisNonceSourceOptions, createRedisNonceSource } from './createRedisNonceSource'
export { RedisUnavailableError } from './errors'
