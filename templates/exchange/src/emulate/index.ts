/**
 * @signet/__name__/emulate: how the emulator and `signet demo` exercise __Name__. Add `__name__Emulation` (routes
 * and answers, as packages/kucoin/src/emulate does) to join `signet emulate`, `signet demo` and the client's tests.
 * @module
 */
export { __name__Examples } from './__name__Examples'
