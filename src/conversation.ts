/**
 * Conversations: every agent turn is linted with the turns before it as its
 * history, and with its own time as the time the reply is sent.
 */
import { check, turnSchema } from './config.js'
import { ReplylintError, formatPath } from './errors.js'
import { markGrowing } from './language/conversation.js'
import type { Diagnostic, LintContext, Turn, TurnResult } from './types.js'

/**
 * Validate `turns` and lint each agent turn.
 *
 * @param turns The conversation, oldest first.
 * @param base Context shared by every turn (`customer`, `platform`, earlier history).
 * @param lintOne Lints one reply with its context.
 * @throws {ReplylintError} Naming the turn and the field, for an invalid turn.
 */
export function lintTurns(
  turns: readonly Turn[],
  base: LintContext | undefined,
  lintOne: (text: string, context: LintContext) => Diagnostic[],
): TurnResult[] {
  if (!Array.isArray(turns)) throw new TypeError(`lintConversation: expected \`turns\` to be an array, got ${turns === null ? 'null' : typeof turns}`)
  turns.forEach((turn, index) => {
    const parsed = check(turnSchema, turn)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const path = formatPath(['turns', index, ...issue.path])
      throw new ReplylintError(`Invalid turn ${index} at \`${path}\`: ${issue.message}`, { path })
    }
  })
  // One array for the whole conversation, grown a turn at a time: each agent
  // turn sees exactly the turns before it, and facts about the history carry
  // on from the previous turn instead of re-reading it (see language/conversation.ts).
  const history: Turn[] = [...(base?.history ?? [])]
  markGrowing(history)
  const results: TurnResult[] = []
  turns.forEach((turn, index) => {
    if (turn.role === 'agent') {
      const context: LintContext = { ...base, history }
      // Each turn has its own wait: only the turn's time says how long, never a shared figure.
      delete context.waitedSeconds
      if (turn.time !== undefined) context.time = turn.time
      else delete context.time
      results.push({ turn: index, diagnostics: lintOne(turn.text, context) })
    }
    history.push(turn)
  })
  return results
}
