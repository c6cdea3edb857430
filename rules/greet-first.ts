/**
 * greet-first: the agent's first reply of a conversation greets the customer
 * (003 "招呼：熱情禮貌，及時答覆 … 您好，我是客服奧黛麗，很高興為您服務").
 *
 *   L号是87公分。  →  您好，L号是87公分。
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { greetingLexicon, has } from '../src/language/courtesy.js'
import { agentSpokeBefore } from '../src/language/conversation.js'
import { greetings } from './greet-first.lexicon.js'

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
    },
    note: {
      'zh-CN': '手册 003：“招呼：热情礼貌，及时答复……您好，我是客服奥黛丽，很高兴为您服务”，留给顾客的第一印象至关重要。',
      'zh-TW': '手冊 003：「招呼：熱情禮貌，及時答覆……您好，我是客服奧黛麗，很高興為您服務」，留給顧客的第一印象至關重要。',
      en: 'Handbook 003: greet warmly and politely in the first reply ("您好，我是客服奥黛丽，很高兴为您服务"); the first impression matters most.',
    },
  },
  lexicons: [greetingLexicon],
  check(_tree, context) {
    // Only a reply known to open the conversation is checked: without history nothing is known.
    if (!context.conversation || agentSpokeBefore(context.history)) return
    const first = context.sentences[0]
    if (!first || has(context, greetingLexicon)) return
    const greeting = greetings[context.lang]
    const actual = context.text.slice(first.start, first.end)
    context.report({
      start: first.start,
      end: first.end,
      expected: [greeting + actual],
      fix: { range: [first.start, first.start], text: greeting },
    })
  },
})
