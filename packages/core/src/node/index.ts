/**
 * Node-only helpers for Signet core (file system): the file-backed nonce high-water mark.
 * @module
 */
export { type CreateFileNonceStoreOptions, createFileNonceStore } from './createFileNonceStore'
