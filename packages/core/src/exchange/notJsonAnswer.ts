import { answerJson } from './answerJson'
import { MAX_BODY_CHARS } from './maxBodyChars'
import { summarizeBody } from './summarizeBody'
import type { ClassifiedError, ExchangeResponse } from './types'

/**
 * Classifies a 2xx answer whose body is not JSON (a captive portal's HTML, a truncated body) as an error, for
 * exchanges whose every REST answer is JSON; undefined for JSON, empty or non-2xx bodies. Pass `parsed` when the
 * classifier already parsed the body, so it is not parsed twice (`response.json` counts as parsed). Bodies over
 * `MAX_BODY_CHARS` are not parsed.
 *
 * @example
 * notJsonAnswer({ status: 200, headers: {}, body: '<html>Wi-Fi login</html>' }, 'Gate.io')?.kind // 'other'
 */
export function notJsonAnswer(
  response: ExchangeResponse,
  exchange: string,
  parsed?: boolean,
): ClassifiedError | undefined {
  const { status } = response
  const body = typeof response.body === 'string' ? response.body : ''
  if (status < 200 || status >= 300 || body.trim() === '' || body.length > MAX_BODY_CHARS) return undefined
  if (parsed ?? answerJson(response) !== undefined) return undefined
  return {
    kind: 'other',
    code: undefined,
    message: `HTTP ${status} with a body that is not JSON: ${summarizeBody(body) || '(unreadable)'}`,
    hint: `Something other than ${exchange} answered (a proxy, captive portal or a connection cut mid-body): check the base URL and network; for an order, query it by its client order id before sending it again.`,
  }
}
