/**
 * The exact strings of a signed request for the client's own transport: ky hands options it does not know to its
 * `fetch` (its documented pass-through for fetch implementations), so the signed headers and body reach the socket
 * as they are, without being copied into ky's `Request`, merged and cloned on the way. @internal
 */
export type Wire = { headers: Readonly<Record<string, string>>; body: string | undefined }

/** The option name under which `createSend` passes the `Wire` through ky. @internal */
export const WIRE_OPTION = 'signetWire'

/** The answer's headers as one plain object (names lowercased, repeated ones joined by ", "). @internal */
export const ANSWER_HEADERS: unique symbol = Symbol('signet.answerHeaders')

/**
 * When the request was handed to a connected socket and when the answer's head arrived, `performance.now()` ms: what
 * the clock counts as the round trip, without a connection's set-up or the time spent queueing or reading. @internal
 */
export const ANSWER_TIMING: unique symbol = Symbol('signet.answerTiming')

/** The transport's times for one answer (`ANSWER_TIMING`). @internal */
export type AnswerTiming = { sentAt: number; receivedAt: number }

/** The transport's times for an answer, when the client's own transport carried it. @internal */
export function timingOf(response: Response): AnswerTiming | undefined {
  return (response as { [ANSWER_TIMING]?: AnswerTiming })[ANSWER_TIMING]
}
