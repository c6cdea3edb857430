/**
 * no-insult: never insult or argue with the customer (001 "不能在與客户購物過程中
 * 與客户發生衝突，辱罵對罵"; 000 "切忌避免與顧客的衝撞").
 *
 *   爱买不买，就这个价。  →  亲，这已经是活动价了哦，我们帮您看看有没有可用的优惠券～
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { clauseAt } from '../src/language/proximity.js'
import { leftmostLongest } from '../src/matcher.js'
import type { Match, RuleContext } from '../src/types.js'
import { type InsultEntry, insults, standaloneLeads, standaloneTails } from './no-insult.lexicon.js'

export default defineRule({
  meta: {
    id: 'no-insult',
    description: 'Disallow insulting or arguing with the customer.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('no-insult'),
    messages: {
      insult: {
        'zh-CN': '“{actual}”在辱骂顾客，删掉它，心平气和地说明我们能做什么',
        'zh-TW': '「{actual}」在辱罵顧客，刪掉它，心平氣和地說明我們能做什麼',
        en: 'Unexpected `{actual}`: never insult the customer; say calmly what we can do instead',
      },
      brushOff: {
        'zh-CN': '“{actual}”在和顾客顶撞，删掉它，耐心说明我们能做什么',
        'zh-TW': '「{actual}」在和顧客頂撞，刪掉它，耐心說明我們能做什麼',
        en: 'Unexpected `{actual}`: don’t argue with or brush off the customer; explain patiently what we can do',
      },
    },
    note: {
      'zh-CN': '手册 001：“不能在与客户购物过程中与客户发生冲突，辱骂对骂”；000：“端正心态，切忌避免与顾客的冲撞”。',
      'zh-TW': '手冊 001：「不能在與客戶購物過程中與客戶發生衝突，辱罵對罵」；000：「端正心態，切忌避免與顧客的衝撞」。',
      en: 'Handbook 001: never get into a conflict with a customer, let alone trade insults; 000: keep your temper and never clash with the customer.',
    },
  },
  lexicons: [insults],
  check(_tree, context) {
    for (const match of leftmostLongest(context.find(insults))) {
      if (match.entry.standalone && !standsAlone(context, match)) continue
      context.report({ messageId: match.entry.message, start: match.start, end: match.end, expected: [] })
    }
  },
})

/** Longest lead before a standalone insult worth comparing with the list. */
const maxLead = 8

/**
 * Whether a standalone insult makes up its clause (`你有病吧`), rather than
 * naming a thing inside one (`宠物有病可以吃吗`, `静音万向滚轮`).
 */
function standsAlone(context: RuleContext, match: Match<InsultEntry>): boolean {
  const clause = clauseAt(context, match.normalStart)
  if (!clause || match.normalEnd > clause.normalEnd) return false
  const text = context.normal.text
  // An item of a list (`厨余、垃圾、杂物`) names a thing.
  if (text.charAt(clause.normalStart - 1) === '、' || text.charAt(clause.normalEnd) === '、') return false
  if (match.normalStart - clause.normalStart > maxLead * 2) return false
  const lead = letters(text.slice(clause.normalStart, match.normalStart))
  const tail = letters(text.slice(match.normalEnd, clause.normalEnd))
  if (!standaloneLeads.has(lead) || !standaloneTails.has(tail)) return false
  // With nobody named, a question asks about a thing (`有病吗？` of a plant); with the polite
  // `您`, it asks the customer (`您有病吗？` of a health product's buyer).
  return !((lead === '' || lead === '您') && (tail === '吗' || tail === '么'))
}

const letterOrDigit = /[\p{L}\p{N}]/u

/** The letters and digits of a piece of the normalised text (marks, spaces and emoji dropped). */
function letters(text: string): string {
  let out = ''
  for (const character of text) if (letterOrDigit.test(character)) out += character
  return out
}
