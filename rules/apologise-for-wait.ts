/**
 * apologise-for-wait: a reply that comes after a long wait says sorry for it
 * (003 "讓您久等了（最好不要超過2分鐘）").
 *
 *   （等了 5 分钟）亲，这款48小时内发货哦。  →  亲，让您久等了，这款48小时内发货哦。
 */
import * as z from 'zod/mini'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { apologyLexicon, has } from '../src/language/courtesy.js'
import { leftmostLongest } from '../src/matcher.js'
import { afterMentions } from '../src/language/openers.js'
import { otherScript } from '../src/language/script.js'
import type { RuleContext } from '../src/types.js'
import { insertions, leadingGreetings, waitAcknowledgements } from './apologise-for-wait.lexicon.js'

export default defineRule({
  meta: {
    id: 'apologise-for-wait',
    description: 'Require an apology or thanks for the wait when the customer waited too long.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('apologise-for-wait'),
    fixable: true,
    messages: {
      missing: {
        'zh-CN': '顾客已等待 {seconds} 秒（超过 {max} 秒），先说一句“{insert}”',
        'zh-TW': '顧客已等待 {seconds} 秒（超過 {max} 秒），先說一句「{insert}」',
        en: 'The customer waited {seconds} s (more than {max} s): start with `{insert}`',
      },
    },
    note: {
      'zh-CN': '手册 003：“让您久等了（最好不要超过2分钟）”。',
      'zh-TW': '手冊 003：「讓您久等了（最好不要超過2分鐘）」。',
      en: 'Handbook 003: "让您久等了" (sorry to keep you waiting); better not to make anyone wait more than 2 minutes.',
    },
    options: z.strictObject({
      /**
       * How long the customer may wait, in seconds, before the reply must
       * apologise for it.
       *
       * @default 120
       */
      maxWaitSeconds: z._default(z.number().check(z.minimum(0)), 120),
    }),
  },
  lexicons: [waitAcknowledgements, apologyLexicon, leadingGreetings],
  check(_tree, context) {
    const waited = context.waitedSeconds
    const { maxWaitSeconds } = context.options
    if (waited === undefined || waited <= maxWaitSeconds || has(context, waitAcknowledgements)) return
    const first = context.sentences[0]
    if (!first) return
    // An apology that opens the reply reads as one for the wait.
    if (context.find(apologyLexicon).some((match) => match.start < first.end)) return
    // Neither Chinese nor English (`アマゾンです`): the handbook's words do not fit it.
    if (otherScript.test(context.text)) return
    const insert = insertions[context.lang]
    // A reply tweet's leading handles stay first (`@117012 Sorry for the wait! …`).
    const start = afterMentions(context.text, first.start, first.end)
    const at = insertionPoint(context, start)
    // The flagged span runs from the reply's start to the end of the sentence the apology goes into.
    const end = context.sentences.find((sentence) => sentence.end > at)?.end ?? Math.max(first.end, at)
    context.report({
      start: first.start,
      end,
      expected: [context.text.slice(first.start, at) + insert + context.text.slice(at, end)],
      fix: { range: [at, at], text: insert },
      data: { seconds: String(Math.round(waited)), max: String(maxWaitSeconds), insert: insert.trim() },
    })
  },
})

/** After a leading greeting and what separates it (`亲，`, `Hi! `), else the reply's start. */
function insertionPoint(context: RuleContext, start: number): number {
  const greeting = leftmostLongest(context.find(leadingGreetings)).find((match) => match.start === start)
  if (!greeting) return start
  const separator = /^[，,、！!~～\s]+/.exec(context.text.slice(greeting.end, greeting.end + 8))
  return separator ? greeting.end + separator[0].length : start
}
