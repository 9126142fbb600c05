import { SignetError, type SignetErrorParameters } from '@signet/core'

/** A policy file that cannot be used: names the file, line and field. */
export class PolicyFileError extends SignetError {
  override name = 'PolicyFileError' as const
  override readonly kind: 'policy-file' = 'policy-file'
  constructor(message: string, parameters: SignetErrorParameters = {}) {
    super(`Invalid signing policy:\n${message}`, {
      hint: 'Fix the policy file; the agent starts only with a valid one (`signet agent check` explains decisions).',
      ...parameters,
    })
  }
}

/** The agent refused to sign: names the rule and why, never the secret. */
export class PolicyDeniedError extends SignetError {
  override name = 'PolicyDeniedError' as const
  override readonly kind: 'policy-denied' = 'policy-denied'
  /** The policy rule that refused, e.g. `symbol`, `max-notional`, `endpoint`. */
  readonly rule: string
  constructor(rule: string, reason: string, parameters: SignetErrorParameters = {}) {
    super(`The signing agent refused the request (rule ${rule}): ${reason}`, {
      hint: 'Nothing was signed or sent. The agent audit log records the decision; change the request or the policy.',
      ...parameters,
    })
    this.rule = rule
  }
}

/** The agent could not be reached or answered something other than a decision. */
export class AgentUnavailableError extends SignetError {
  override name = 'AgentUnavailableError' as const
  override readonly kind: 'agent-unavailable' = 'agent-unavailable'
}
