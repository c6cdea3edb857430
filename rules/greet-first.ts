/**
 * greet-first: the agent's first reply of a conversation greets the customer
 * (003 "招呼：熱情禮貌，及時答覆 … 您好，我是客服奧黛麗，很高興為您服務").
 *
 *   L号是87公分。  →  您好，L号是87公分。
 *
 * The greeting goes after the leading `@handle`s of a reply tweet, which must
 * stay first for the reply to reach its thread. A reply that continues one
 * already sent (`… 2/2`, `(2/2)`, opening with `…` or `Also,`) is not a first reply,
 * whatever the history shows: the part before it greeted.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import type { Turn } from '../src/types.js'
import { classes } from '../src/language/classes.js'
import { otherScript } from '../src/language/script.js'
import { greetingLexicon, has } from '../src/language/courtesy.js'
import { agentSpokeBefore, lastCustomerTurnOf } from '../src/language/conversation.js'
import { afterMentions } from '../src/language/openers.js'
import { continuation, greetings, moreGreetings, welcomeThanks } from './greet-first.lexicon.js'

export default defineRule({
  meta: {
    id: 'greet-first',
    description: "Require a greeting in the agent's first reply of a conversation.",
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('greet-first'),
    fixable: true,
    messages: {
      missing: {
        'zh-CN': '第一次回复先问候顾客，例如“{expected}”',
        'zh-TW': '第一次回覆先問候顧客，例如「{expected}」',
        en: 'Greet the customer in the first reply, for example `{expected}`',
      },
      missingBare: {
        'zh-CN': '第一次回复先问候顾客（“您好”）',
        'zh-TW': '第一次回覆先問候顧客（「您好」）',
        en: 'Greet the customer in the first reply (`Hi`, `Hello`)',
      },
    },
    note: {
      'zh-CN': '手册 003：“招呼：热情礼貌，及时答复……您好，我是客服奥黛丽，很高兴为您服务”，留给顾客的第一印象至关重要。',
      'zh-TW': '手冊 003：「招呼：熱情禮貌，及時答覆……您好，我是客服奧黛麗，很高興為您服務」，留給顧客的第一印象至關重要。',
      en: 'Handbook 003: greet warmly and politely in the first reply ("您好，我是客服奥黛丽，很高兴为您服务"); the first impression matters most.',
    },
  },
  lexicons: [greetingLexicon, welcomeThanks, moreGreetings, classes.vocative],
  check(_tree, context) {
    // Only a reply known to open the conversation is checked: without history nothing is known.
    if (!context.conversation || agentSpokeBefore(context.history) || customerGoesOn(context.history)) return
    const first = context.sentences[0]
    if (!first || continues(context.text) || has(context, greetingLexicon) || has(context, moreGreetings)) return
    const opening = context.clauses[0]?.end ?? first.end
    if (context.find(welcomeThanks).some((thanks) => thanks.start < opening)) return
    const start = afterMentions(context.text, first.start, first.end)
    if (start >= first.end) return
    // `同学，…`, `掌柜大人~…`: a warm term of address opening the reply greets as `亲` does (readers).
    if (context.find(classes.vocative).some((word) => word.start === start && separatorAfter.test(context.text.charAt(word.end)))) return
    // A handle runs on over letters (`@user你` → `@userHi!`): a space keeps the greeting out of it.
    const glued = start > first.start && /\w/.test(context.text.charAt(start - 1))
    const actual = context.text.slice(start, first.end)
    // Neither Chinese nor English (`アマゾンです`): the catalogue's greetings do not fit it.
    if (otherScript.test(actual)) return
    // An interjection or a hedge opening the reply (`Oh no!`, `Yay!`, `I mean, …`) takes no greeting
    // before it gracefully: readers found both `Hi! Oh no!` and `Hi, oh no!` stilted, so the
    // message stands alone.
    // A short exclamation of its own (`Sad day!`, `Heck yeah!`) neither: `Hi, Sad day!`, `Hi! Heck yeah!`.
    if (context.lang === 'en' && (greetings.noGreetingBefore.test(actual) || greetings.exclamation.test(actual))) {
      context.report({ messageId: 'missingBare', start, end: first.end, expected: [] })
      return
    }
    // A cheery `Hi!` clashes with an apology or a concern, the reply's or the customer's:
    // `Hi, I'm sorry to hear that.`, `Hi, we see your outreach` after a driver's threats.
    const customerSaid = context.lang === 'en' ? (lastCustomerTurnOf(context.history)?.text ?? '') : ''
    const sombre = context.lang === 'en' && (greetings.sombre.test(actual) || greetings.sombre.test(customerSaid) || greetings.grave.test(customerSaid))
    const playful = context.lang !== 'en' && greetings.zhPlayful.test(actual)
    const greeting = (glued ? ' ' : '') + (sombre ? greetings.enSombre : playful ? greetings.zhFamiliar : greetings[context.lang])
    const lowered = sombre && greetings.lowered.test(actual)
    const rest = lowered ? actual.charAt(0).toLowerCase() + actual.slice(1) : actual
    context.report({
      start,
      end: first.end,
      expected: [greeting + rest],
      fix: lowered ? { range: [start, start + 1], text: greeting + rest.charAt(0) } : { range: [start, start], text: greeting },
    })
  },
})

/** Whether the customer's first turn goes on from an earlier exchange (`那怎么办呢`). */
function customerGoesOn(history: readonly Turn[]): boolean {
  const first = history.find((turn) => turn.role === 'customer')
  return first !== undefined && continuation.customerGoesOn.test(first.text.trim())
}

/** Whether the reply continues one already sent: a part `k/n` with 2 ≤ k ≤ n, an opening ellipsis, or an opening that adds (`Also, …`). */
function continues(text: string): boolean {
  const later = (match: RegExpExecArray | RegExpMatchArray | null) => match !== null && Number(match[1]) >= 2 && Number(match[1]) <= Number(match[2])
  for (const match of text.matchAll(continuation.bracketed)) if (later(match)) return true
  // Signatures and links stand after the part number (`… 2/2 ^HD`, `^Anoop 2/2 https://…`), in either order.
  let rest = text.trimEnd()
  for (let i = 0; i < 3; i++) rest = rest.replace(continuation.tail, '')
  return later(continuation.first.exec(text)) || later(continuation.last.exec(rest)) || later(continuation.last.exec(text.trimEnd())) || continuation.opening.test(text) || continuation.midSentence.test(text) || continuation.adding.test(text) || continuation.answering.test(text)
}

/** What separates a term of address from the words after it (`同学，`, `掌柜大人~`, `客官 `). */
const separatorAfter = /^[，,、~～!！\s]/u
