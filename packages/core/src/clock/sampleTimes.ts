import type { ServerTimeAnswer } from './types'

/**
 * A clock sample's times: the transport's own send and receive times narrow it (a connection set up first, a wait
 * for a rate budget, reading a long body are not round trip), but only inside what the caller saw around the call
 * (`calledAt`, `returnedAt`, on the same monotonic base); a time from another base, or out of order, is ignored
 * rather than trusted.
 *
 * @example
 * sampleTimes({ serverTime, sentAt: 12.5, receivedAt: 14 }, 10, 30) // { serverTime, sentAt: 12.5, receivedAt: 14 }
 */
export function sampleTimes(
  answer: number | ServerTimeAnswer,
  calledAt: number,
  returnedAt: number,
): { serverTime: number; sentAt: number; receivedAt: number } {
  if (typeof answer !== 'object' || answer === null) {
    return { serverTime: answer, sentAt: calledAt, receivedAt: returnedAt }
  }
  const within = (t: unknown, from: number): t is number =>
    typeof t === 'number' && t >= from && t <= returnedAt
  const sentAt = within(answer.sentAt, calledAt) ? answer.sentAt : calledAt
  const receivedAt = within(answer.receivedAt, sentAt) ? answer.receivedAt : returnedAt
  return { serverTime: answer.serverTime, sentAt, receivedAt }
}
