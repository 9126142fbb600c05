/**
 * @signet/__name__/emulate: how the emulator, `signet demo` and the client's tests exercise __Name__.
 * @module
 */
export { __name__Emulation } from './__name__Emulation'
export { __name__Examples } from './__name__Examples'
