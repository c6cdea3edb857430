/**
 * Reading the conversation a reply answers.
 */
import { LexiconSet } from '../matcher.js'
import { normalise } from '../normalise.js'
import type { Lexicon, LexiconEntry, Turn } from '../types.js'

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

/** Automata for lexicons matched against earlier turns (not the reply), compiled once each. */
const automata = new WeakMap<Lexicon, LexiconSet>()

/**
 * Whether the customer, since the agent last spoke, wrote an entry of
 * `lexicon` (normalised like a reply, so traditional and full-width
 * spellings match).
 */
export function customerSaid(history: readonly Turn[], lexicon: Lexicon<LexiconEntry>): boolean {
  let set = automata.get(lexicon)
  if (!set) {
    set = new LexiconSet([lexicon])
    automata.set(lexicon, set)
  }
  for (const turn of customerSinceLastReply(history)) {
    if (turn.role === 'customer' && set.scan(normalise(turn.text).text)[0]!.length > 0) return true
  }
  return false
}
