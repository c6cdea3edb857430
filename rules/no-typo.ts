/**
 * no-typo: well-known typos of Chinese chat, and English misspellings (000
 * "避免錯別字的出現").
 *
 *   亲，以经给您发货了，因该明天就到。  →  亲，已经给您发货了，应该明天就到。
 *
 * Each typo is looked for only where it cannot be a correct word: `以经` not
 * in `所以经常` or `以经济实惠为主`, `在见` only as a farewell (not in
 * `现在见到`), `跟新` not in `跟新款很搭`. The suggestion keeps the script of
 * the reply (`以經` → `已經`, `因該` → `應該`): only the wrong characters
 * change. A fix is offered only where every occurrence in that context is a
 * typo. English replies are checked for the misspellings that are never
 * another word (`recieve`, `untill`), replaced whole in the case typed.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { matchCase } from '../src/language/case.js'
import { endsClause, startsClause } from '../src/language/clause-edges.js'
import { isLatinPhrase } from '../src/language/proximity.js'
import { leftmostLongest } from '../src/matcher.js'
import type { Construction, RuleContext } from '../src/types.js'
import { againSteps, doneSteps, laterSteps, laterTimes, noMoreOrUndone, notAgainAfter, placeAfter, shopSubjects, typos, type TypoEntry } from './no-typo.lexicon.js'

/** `以` typed for `已` before a step the shop has done, flagged alone (`以了解`, `以备注`). */
const alreadyDone = `< 以 > ${doneSteps.join('|')} !时间|日期`
/** What follows `以…` when it means "by, according to" (`以收到货的时间为准`): no typo there. */
const notAStandard: Construction['unless'] = { after: '为准|为主|为依据|为标准|计算' }

/** Sentence particles that may follow a word that ends its clause (`再见啦`, `再见亲`, `更新了吗`). */
const particles = new Set([...'了啦哦呢呀哈吧嘛吗亲哟喽咯噢啊'])

export default defineRule({
  meta: {
    id: 'no-typo',
    description: 'Disallow common typos in Chinese and English replies.',
    severity: 'warn',
    preset: 'strict',
    url: ruleUrl('no-typo'),
    fixable: true,
    messages: {
      typo: {
        'zh-CN': '错别字：“{actual}”应为“{expected}”',
        'zh-TW': '錯別字：「{actual}」應為「{expected}」',
        en: 'Unexpected `{actual}`, use `{expected}` instead',
      },
    },
    note: {
      'zh-CN': '手册 000：淘宝职业客服“避免错别字的出现”。',
      'zh-TW': '手冊 000：淘寶職業客服「避免錯別字的出現」。',
      en: 'Handbook 000: a professional Taobao agent avoids typos.',
    },
  },
  lexicons: [typos],
  // Typos of one character that only their neighbours prove, as constructions: a cross product of
  // phrases would store every pair.
  constructions: [
    {
      id: 'later-again',
      meaning: '在 typed for 再 (again) between a later time and the agent\'s next step (`稍后在联系您`); not before a place (`稍后在页面查看`).',
      example: '稍后在联系您',
      pattern: `${laterTimes.join('|')} < 在 > ${laterSteps.join('|')} !${placeAfter.join('|')}`,
      expected: ['再'],
      fix: true,
    },
    {
      id: 'no-more-again',
      meaning: '在 typed for 再 (again) after a word of no or undoing, before doing it again (`无法在恢复`, `先取消在重新拍`); not before a place or a time (`不能在申请页面修改`).',
      example: '已提交取消申请的订单无法在恢复呢',
      pattern: `${noMoreOrUndone.join('|')} < 在 > ${againSteps.join('|')} !${notAgainAfter.join('|')}`,
      unless: { before: '正|正在|还|一直' },
      expected: ['再'],
      fix: true,
    },
    {
      id: 'shop-already',
      meaning: '以 typed for 已 (already) between the shop and what it has done (`我们以了解`); not `以…为准` (`我们以收到货的时间为准`) nor 以为 (thought).',
      example: '您反映的情况我们以了解',
      pattern: `${shopSubjects.join('|')} ${alreadyDone}`,
      unless: notAStandard,
      expected: ['已'],
    },
    {
      id: 'opens-already',
      meaning: 'The same 以 at the head of a clause, the shop\'s subject left out (`此单可以取件，以备注服务单`).',
      example: '此单可以取件，以备注服务单',
      pattern: `^ ${alreadyDone}`,
      unless: notAStandard,
      expected: ['已'],
    },
  ],
  check(_tree, context) {
    const text = context.normal.text
    const found = context.find(typos).filter((match) => {
      const { entry } = match
      if (entry.final && !endsClause(text, match.normalEnd, particles)) return false
      if (entry.standard !== undefined) {
        const rest = restOfClause(context, match.start, match.normalEnd)
        const at = rest.indexOf(entry.standard)
        if (at < 0 || rest.slice(0, at).includes('以')) return false
      }
      return !entry.initial || startsClause(text, match.normalStart + match.phrase.indexOf(entry.typo))
    })
    for (const match of leftmostLongest(found)) {
      const { entry } = match
      const from = match.normalStart + match.phrase.indexOf(entry.typo)
      const to = from + entry.typo.length
      const start = context.normal.starts[from]!
      const end = context.normal.ends[to - 1]!
      const typed = context.text.slice(start, end)
      const latin = isLatinPhrase(entry.typo)
      // The normal view joins Han characters across a space (a chat line's bubbles); a typo is typed inside
      // one word, so a Chinese one that spans a space is two words (`转人工 做席忙`).
      if (!latin && /\s/.test(typed)) continue
      // An English word is replaced whole, in the case it was typed in (`Recieved` → `Received`).
      const expected = latin ? matchCase(typed, entry.expected[0]) : correct(context, from, entry)
      const certain = entry.fix === true || (entry.fix === 'initial' && startsClause(text, from))
      context.report({ messageId: 'typo', start, end, expected: [expected], fix: certain ? { range: [start, end], text: expected } : undefined })
    }
  },
})

/** The normalised rest of the clause holding `start` (original offset), from normalised `from`. */
function restOfClause(context: RuleContext, start: number, from: number): string {
  const clause = context.clauseAt(start)
  return clause ? context.normal.text.slice(from, Math.max(from, clause.normalEnd)) : ''
}

/**
 * The correct spelling of the Chinese typo at normalised `[from, …)`, written like the
 * reply: the characters the typo got right stay as typed (`以經` keeps `經`),
 * the wrong ones come in the reply's script (`因該` → `應該`).
 */
function correct(context: RuleContext, from: number, entry: TypoEntry): string {
  // Written in simplified: the engine writes it traditional for a traditional reply.
  const spelling = entry.expected[0]
  let out = ''
  for (let i = 0; i < entry.typo.length; i++) {
    const k = from + i
    out += entry.typo[i] === spelling[i] ? context.text.slice(context.normal.starts[k]!, context.normal.ends[k]!) : spelling[i]!
  }
  return out
}
