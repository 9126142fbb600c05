// undici has no exports map; its Agent's own module (pinned version) exports the class as module.exports.
declare module 'undici/lib/dispatcher/agent.js' {
  import type { Agent } from 'undici'

  const agent: typeof Agent
  export default agent
}
