/**
 * The signing agent service: policy, decisions, audit log and the HTTP server on a Unix socket or loopback TCP.
 * @module
 */
export {
  type Agent,
  type AgentAnswer,
  type AgentExchange,
  type AuditLine,
  agentExchanges,
  type CreateAgentOptions,
  createAgent,
} from '../createAgent'
export { type DecideParameters, type Decision, decide } from '../decide'
export { AgentUnavailableError, PolicyDeniedError, PolicyFileError } from '../errors'
export { createEnvKeyStore, createFileKeyStore, type KeyStore } from '../keyStore'
export { type KeyPolicy, loadPolicy, type Policy, type PolicyToken, parsePolicy } from '../policy'
export { type RunningAgent, type StartAgentOptions, startAgent } from '../startAgent'
