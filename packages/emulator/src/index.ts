/**
 * @signet/emulator
 * @module
 */
export {}
