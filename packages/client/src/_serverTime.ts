import {
  type ExchangeDefinition,
  ExchangeError,
  NetworkError,
  redactText,
  type ServerTimeAnswer,
} from '@signet/core'
import { summarizeBody, toExchangeError } from '@signet/core/kit'
import { answerData, classify, headersOf, parseBody } from './_classify'
import type { Send } from './_send'
import { transportMessage } from './_send'
import type { Target } from './_target'
import { unsigned } from './_unsigned'
import { timingOf } from './_wire'

/**
 * Fetches the exchange's server time (public, unsigned), epoch ms, with the transport's send and receive times when
 * it is the client's own (`ANSWER_TIMING`); every failure is a typed error naming the request. @internal
 */
export function createReadServerTime(exchange: ExchangeDefinition, target: Target, send: Send) {
  return async (): Promise<ServerTimeAnswer> => {
    const signed = unsigned(target.product.serverTime)
    const request = `GET ${signed.url}`
    let response: Response
    try {
      response = await send(signed, undefined, target.timeBaseUrl)
    } catch (error) {
      throw new NetworkError(`The server time could not be fetched: ${transportMessage(error)}`, {
        exchange: exchange.id,
        request,
        hint: `Check connectivity to ${target.timeBaseUrl}.`,
        cause: error,
      })
    }
    let text: string
    try {
      text = await response.text()
    } catch (error) {
      // Headers arrived, then the connection dropped (undici's bare "terminated"): still a typed error.
      throw new NetworkError(`The server-time answer was cut off mid-body: ${transportMessage(error)}`, {
        exchange: exchange.id,
        request,
        hint: `Check connectivity to ${target.timeBaseUrl}; reading the time is safe to repeat.`,
        cause: error,
      })
    }
    const headers = headersOf(response)
    const classified = classify(exchange, { status: response.status, headers, body: text })
    // The answer is kept on the error (unsigned request: the name-based redaction is the one that applies).
    const answer = { data: answerData(text, redactText), response: { status: response.status, headers } }
    if (classified)
      throw toExchangeError(classified, {
        exchange: exchange.id,
        status: response.status,
        request,
        ...answer,
      })
    let time: number
    try {
      time = exchange.parseServerTime(parseBody(text))
    } catch {
      time = Number.NaN
    }
    if (!Number.isFinite(time)) {
      throw new ExchangeError(
        `The server-time answer could not be read: ${summarizeBody(text) || '(empty body)'}`,
        {
          exchange: exchange.id,
          status: response.status,
          request,
          ...answer,
          hint: 'Check that the base URL points at the exchange (a proxy or captive portal may be answering).',
        },
      )
    }
    return { serverTime: time, ...timingOf(response) }
  }
}
