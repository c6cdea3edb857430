/**
 * thank-at-close: when the customer signals the end, thank them, whether or
 * not they buy (003 "無論購買與不購買，都要用真心感謝顧客的光顧").
 *
 *   客户：我再考虑一下  →  好的，有需要再联系。  →  好的，谢谢您，有需要再联系。
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { customerSaid } from '../src/language/conversation.js'
import { has, thanksLexicon } from '../src/language/courtesy.js'
import { leftmostLongest } from '../src/matcher.js'
import type { RuleContext } from '../src/types.js'
import { acknowledgements, closingSignals, thanks } from './thank-at-close.lexicon.js'

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
  lexicons: [thanksLexicon, acknowledgements],
  check(_tree, context) {
    if (has(context, thanksLexicon) || !customerSaid(context.history, closingSignals)) return
    const first = context.sentences[0]
    if (!first) return
    const actual = context.text.slice(first.start, first.end)
    context.report({ start: first.start, end: first.end, expected: [withThanks(context, actual, first.start)] })
  },
})

/** The first sentence with thanks put where it reads naturally. */
function withThanks(context: RuleContext, actual: string, start: number): string {
  if (context.lang === 'en') return thanks.en.alone + actual
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
  return thanks.zh.alone + actual
}
