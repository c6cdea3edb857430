/**
 * prefer-we: say "we" and the polite "您", not "I" and "你" (003 "多說我們、咱們，
 * 少說我、你"; 001 "多用敬语，您").
 *
 *   你好，我帮你查一下。  →  您好，我们帮您查一下。
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { capitalise, matchCase, startsSentence } from '../src/language/case.js'
import { isHan } from '../src/chars.js'
import { isPasted } from '../src/language/pasted.js'
import { leftmostLongest } from '../src/matcher.js'
import { namedAfter, pronouns, selfIntroduction } from './prefer-we.lexicon.js'

export default defineRule({
  meta: {
    id: 'prefer-we',
    description: 'Prefer "we" and the polite "您" over "I" and "你".',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('prefer-we'),
    fixable: true,
    messages: {
      pronoun: {
        'zh-CN': '用“{expected}”代替“{actual}”',
        'zh-TW': '用「{expected}」代替「{actual}」',
        en: 'Unexpected `{actual}`, use `{expected}` instead',
      },
      pointing: {
        'zh-CN': '“{actual}”在指责顾客，改说我们能为顾客做什么',
        'zh-TW': '「{actual}」在指責顧客，改說我們能為顧客做什麼',
        en: 'Unexpected `{actual}`: it points at the customer; say what we can do instead',
      },
    },
    note: {
      'zh-CN': '手册 003：“多说我们、咱们，少说我、你，让顾客感受到和他在同一条线上”；001：“多用敬语，您”。',
      'zh-TW': '手冊 003：「多說我們、咱們，少說我、你，讓顧客感受到和他在同一條線上」；001：「多用敬語，您」。',
      en: 'Handbook 003: say "we", not "I" or "you", so the customer feels we are on their side; 001: use the polite 您.',
    },
  },
  lexicons: [pronouns, selfIntroduction],
  check(_tree, context) {
    const introductions = new Set(
      context
        .find(selfIntroduction)
        .filter((match) => context.clauseAt(match.start)?.start === match.start)
        .map((match) => match.start),
    )
    for (const match of leftmostLongest(context.find(pronouns))) {
      const { entry } = match
      if (entry.exempt || introductions.has(match.start) || menuPath(context.text, match.start, match.end)) continue
      // A system or bot line pasted into the reply (`系统提示：…召唤我哦`) is not the agent speaking.
      if (isPasted(context.normal, match.normalStart, match.normalEnd)) continue
      const actual = context.text.slice(match.start, match.end)
      // `i管家`, `i茅台`: a lower-case i against Chinese is part of a product's name; so is a capital I
      // with Chinese glued on both sides (`手机I管家`), not `I真的服了U`, where it is the pronoun.
      if (actual === 'i' && (isHanAt(context.text, match.end) || isHanAt(context.text, match.start - 1))) continue
      if (actual === 'I' && isHanAt(context.text, match.end) && isHanAt(context.text, match.start - 1)) continue
      // `I'm Sam from the support team`: a capitalised name after `I'm` introduces the agent.
      if (entry.firstPersonI && namedAfter.test(context.text.slice(match.end, match.end + 40))) continue
      // A capital `My` inside a sentence names a page or folder (`My Account`, `My Documents`).
      if (actual === 'My' && !startsSentence(context.text, context.sentenceAt(match.start)?.start ?? 0, match.start)) continue
      const atStart = entry.firstPersonI && startsSentence(context.text, context.sentenceAt(match.start)?.start ?? 0, match.start)
      // The reply's apostrophe: `I’m` → `we’re`, not `we're` (the engine writes the script).
      const script = actual.includes('’') ? (word: string) => word.replaceAll("'", '’') : (word: string) => word
      const expected = entry.expected.map((word) => script(entry.firstPersonI ? (atStart ? capitalise(word) : word) : matchCase(actual, word)))
      context.report({
        messageId: entry.message,
        start: match.start,
        end: match.end,
        expected,
        fix: entry.fix ? { range: [match.start, match.end], text: script(entry.fix) } : undefined,
      })
    }
  },
})

/** What separates the steps of a tap path (`我的-客户服务`, `我的>设置`, `APP&gt;我的&gt;退换`). */
const separator = '(?:[-—–>＞→/|｜]|&gt;)'
const separatorAfter = new RegExp(`^的[\\u4e00-\\u9fff]{0,4}\\s{0,2}${separator}`)
const separatorBefore = new RegExp(`${separator}\\s{0,2}$`)

/**
 * Whether the `我` of `[start, end)` begins a step of a tap path through the
 * app's "Me" tab (`我的-客户服务-发票服务`, `我的大麦-账户中心-我的订阅`): the
 * customer is told where to tap, the agent is not speaking of themself.
 */
function menuPath(text: string, start: number, end: number): boolean {
  if (text.charAt(end) !== '的') return false
  return separatorAfter.test(text.slice(end, end + 10)) || separatorBefore.test(text.slice(Math.max(0, start - 8), start))
}

/** Whether a Han character stands at `at`. */
function isHanAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isHan(text.codePointAt(at)!)
}

