import type { BotScript, Ref } from './types'

/** Whether the exchange can name an order by the caller's client id for `action` (the emulation says; default yes). */
export const byClientOrderId = (script: BotScript, action: 'query' | 'cancel') =>
  (script.emulation.byClientOrderId ?? ['query', 'cancel']).includes(action)

/** How a bot names its order for `action`: by its client id where the exchange can, else by the exchange's id. */
export function refFor(
  script: BotScript,
  action: 'query' | 'cancel',
  order: { id: string; clientOrderId?: string | undefined },
): Ref {
  return order.clientOrderId !== undefined && byClientOrderId(script, action)
    ? { clientOrderId: order.clientOrderId }
    : { id: order.id }
}
