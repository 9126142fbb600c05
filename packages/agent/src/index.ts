/**
 * The bot side of the signing agent: a remote `Signer` that holds no secret.
 * @module
 */
export { type CreateRemoteSignerOptions, createRemoteSigner } from './createRemoteSigner'
export { AgentUnavailableError, PolicyDeniedError } from './errors'
