/**
 * Reading the conversation a reply answers.
 *
 * `lintConversation` lints every agent turn with the turns before it: read
 * afresh for each turn, the history makes a long conversation quadratic
 * (50k turns took 21 s). So the engine hands every turn of one conversation
 * the same array, grown by one turn at a time, and facts about a history are
 * folds over its turns that, on such an array, carry on from where the last
 * turn left them. On any other array (a caller's `context.history`, which
 * may change between calls) a fold starts from the first turn every time, so
 * nothing is ever stale.
 */
import type { Turn } from '../types.js'

/** A fact about a history, computed turn by turn. */
export interface HistoryFold<State> {
  /** The fact before any turn. */
  init(): State
  /** The fact after one more turn (it may update `state` in place and return it). */
  step(state: State, turn: Turn, index: number): State
}

/** Histories the engine grows turn by turn, with the folds computed over them so far. */
const growing = new WeakMap<readonly Turn[], Map<HistoryFold<unknown>, { count: number; state: unknown }>>()

/**
 * Mark `history` as an array that only the engine changes, and only by
 * appending turns: folds over it are kept and carried on.
 */
export function markGrowing(history: readonly Turn[]): void {
  growing.set(history, new Map())
}

/** The fact `fold` computes over every turn of `history`. */
export function foldHistory<State>(history: readonly Turn[], fold: HistoryFold<State>): State {
  const memo = growing.get(history) as Map<HistoryFold<State>, { count: number; state: State }> | undefined
  let entry = memo?.get(fold)
  if (!entry || entry.count > history.length) {
    entry = { count: 0, state: fold.init() }
    memo?.set(fold, entry)
  }
  for (; entry.count < history.length; entry.count++) entry.state = fold.step(entry.state, history[entry.count]!, entry.count)
  return entry.state
}

/** The index of the agent's latest turn, or -1. */
const lastAgentTurn: HistoryFold<number> = { init: () => -1, step: (last, turn, index) => (turn.role === 'agent' ? index : last) }

/** The index of the customer's latest turn, or -1. */
const lastCustomerTurn: HistoryFold<number> = { init: () => -1, step: (last, turn, index) => (turn.role === 'customer' ? index : last) }

/**
 * What the customer has said since the agent last spoke: the turns a reply
 * answers.
 */
export function customerSinceLastReply(history: readonly Turn[]): Turn[] {
  return history.slice(foldHistory(history, lastAgentTurn) + 1)
}

/** The agent's latest turn, if any. */
export function lastAgentTurnOf(history: readonly Turn[]): Turn | undefined {
  return history[foldHistory(history, lastAgentTurn)]
}

/** The customer's latest turn, if any. */
export function lastCustomerTurnOf(history: readonly Turn[]): Turn | undefined {
  return history[foldHistory(history, lastCustomerTurn)]
}

/** Whether the agent has spoken before in this conversation. */
export function agentSpokeBefore(history: readonly Turn[]): boolean {
  return foldHistory(history, lastAgentTurn) >= 0
}
