/**
 * thank-at-close: when the customer signals the end, thank them, whether or
 * not they buy (003 "無論購買與不購買，都要用真心感謝顧客的光顧").
 *
 *   客户：我再考虑一下  →  好的，有需要再联系。  →  好的，谢谢您，有需要再联系。
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { customerSinceLastReply } from '../src/language/conversation.js'
import { has, thanksLexicon } from '../src/language/courtesy.js'
import { LexiconSet, leftmostLongest } from '../src/matcher.js'
import { normalise } from '../src/normalise.js'
import { toTraditional, writesTraditional } from '../src/language/script.js'
import type { RuleContext, Turn } from '../src/types.js'
import { acknowledgements, afterSales, closingOnly, continuing, leaving, requests, thanks } from './thank-at-close.lexicon.js'

/** The customer's words are matched outside the reply's scan, with one automaton for the three lists. */
const customerWords = new LexiconSet([closingOnly, acknowledgements, requests])
/** The conversation's words, read once per reply for the situation of the close. */
const situationWords = new LexiconSet([afterSales])

/** How the customer ends the conversation, if they do. */
type Closing = 'leaving' | 'thanks' | undefined

export default defineRule({
  meta: {
    id: 'thank-at-close',
    description: 'Require thanks when the customer signals the end of the conversation.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('thank-at-close'),
    messages: {
      missing: {
        'zh-CN': '顾客要结束对话了，买不买都要感谢顾客，例如“{expected}”',
        'zh-TW': '顧客要結束對話了，買不買都要感謝顧客，例如「{expected}」',
        en: 'The customer is leaving: thank them, whether or not they buy, for example `{expected}`',
      },
    },
    note: {
      'zh-CN': '手册 003：“无论购买与不购买，都要用真心感谢顾客的光顾”；“好的，谢谢您，买不买都是朋友”。',
      'zh-TW': '手冊 003：「無論購買與不購買，都要用真心感謝顧客的光顧」；「好的，謝謝您，買不買都是朋友」。',
      en: 'Handbook 003: thank the customer sincerely whether or not they buy ("好的，谢谢您，买不买都是朋友").',
    },
  },
  lexicons: [thanksLexicon, acknowledgements, continuing],
  check(_tree, context) {
    const closing = leaving.some((pattern) => context.customerSays(pattern)) ? 'leaving' : closingOf(customerSinceLastReply(context.history))
    if (!closing || has(context, thanksLexicon)) return
    // `不客气` answers thanks but does not thank (the catalogue); going on with the task is no close.
    if (has(context, continuing)) return
    const first = context.sentences[0]
    if (!first) return
    const actual = context.text.slice(first.start, first.end)
    context.report({ start: first.start, end: first.end, expected: [withThanks(context, actual, first.start)] })
  },
})

/**
 * Whether the customer's latest turns leave (`我再考虑一下`, anywhere in them)
 * or only thank (`好的，谢谢`: the last turn, and nothing else in it).
 */
function closingOf(turns: readonly Turn[]): Closing {
  const said = turns.filter((turn) => turn.role === 'customer').map((turn) => normalise(turn.text).text)
  const last = said[said.length - 1]
  const [closed, acknowledged, asked] = last === undefined ? [] : customerWords.scan(last)
  if (last === undefined || !closed || closed.length === 0) return undefined
  // Thanks end the conversation when they end the message: only acknowledgements, marks and space
  // may follow them (`那就这样，谢谢！`); thanks before a request (`谢谢，那帮我改成明天送`) do not.
  const from = closed[closed.length - 1]!.start
  if (asked!.some((match) => match.end <= from)) return undefined
  const covered = new Uint8Array(last.length)
  for (const match of leftmostLongest([...closed, ...acknowledged!])) covered.fill(1, match.start, match.end)
  for (let i = from; i < last.length; i++) if (!covered[i] && /[\p{L}\p{N}]/u.test(last[i]!)) return undefined
  return 'thanks'
}

/** The first sentence with thanks put where it reads naturally. */
function withThanks(context: RuleContext, actual: string, start: number): string {
  const patience = context.history.some((turn) => situationWords.scan(normalise(turn.text).text)[0]!.length > 0)
  if (context.lang === 'en') return (patience ? thanks.en.patience : thanks.en.alone) + actual
  if (patience) return toScript(context, thanks.zh.patience) + actual
  // After a leading acknowledgement and its comma (`好的，` → `好的，谢谢您，`).
  const lead = leftmostLongest(context.find(acknowledgements)).find((match) => match.start === start)
  if (lead) {
    const rest = context.text.slice(lead.end, context.sentences[0]!.end)
    const comma = /^[，,、\s]+/.exec(rest)
    if (comma) {
      const cut = lead.end - start + comma[0].length
      return actual.slice(0, cut) + thanks.zh.afterAcknowledgement + actual.slice(cut)
    }
  }
  return toScript(context, thanks.zh.alone) + actual
}

/** A suggestion in the reply's script. */
function toScript(context: RuleContext, text: string): string {
  return writesTraditional([context.text], context.history) ? toTraditional(text) : text
}
