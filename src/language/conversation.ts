/**
 * Reading the conversation a reply answers.
 */
import type { Turn } from '../types.js'

/**
 * What the customer has said since the agent last spoke: the turns a reply
 * answers.
 */
export function customerSinceLastReply(history: readonly Turn[]): Turn[] {
  const since: Turn[] = []
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!
    if (turn.role === 'agent') break
    since.unshift(turn)
  }
  return since
}

/** Whether the agent has spoken before in this conversation. */
export function agentSpokeBefore(history: readonly Turn[]): boolean {
  return history.some((turn) => turn.role === 'agent')
}
