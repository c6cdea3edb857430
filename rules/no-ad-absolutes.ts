/**
 * no-ad-absolutes: no absolute terms that China's advertising law bans in
 * product claims (极限词: `最低价`, `全网第一`, `顶级`, `国家级`, `best in the
 * world`); the platforms filter them in listings and chat alike (001 "平台規則
 * …敏感詞規則").
 *
 *   这款是全网最低价，顶级面料。  →  这款是优惠价，优质面料。
 *
 * Time and extent words (`最近`, `最后`, `最快明天到`, `最晚`, `尽最大努力`)
 * and advice (`最好先量一下尺寸`) are not claims, and neither are pledges of
 * service (`努力为用户提供最贴心的服务`: an aim, like `尽最大努力`), a choice among
 * options (`选择您最优惠的快递`), a superlative asked about (`最低价多少一支`,
 * `是最便宜的吗？`) or what the agent did not write (a price
 * tracker's `历史最低价为868元`, a system line: see `src/language/pasted.ts`).
 * `最低价` has no swap that keeps the claim, so it gets the message alone.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { matchCase } from '../src/language/case.js'
import { endsClause } from '../src/language/clause-edges.js'
import { clauseAt } from '../src/language/proximity.js'
import { isPasted } from '../src/language/pasted.js'
import { isQuestion } from '../src/language/questions.js'
import { leftmostLongest } from '../src/matcher.js'
import { lastCustomerTurnOf } from '../src/language/conversation.js'
import type { Match, RuleContext } from '../src/types.js'
import { absolutes, addressedBefore, aimWords, becameSo, attributed, comparisonWords, englishAims, jibes, locating, pledgeObjects, praisedPeople, type AbsoluteEntry } from './no-ad-absolutes.lexicon.js'

/** Particles that may end a clause after a `final` entry (`这款最好用了`, `最好看哦`). */
const particles = new Set([...'了啦哦呢呀哈吧嘛的'])

export default defineRule({
  meta: {
    id: 'no-ad-absolutes',
    description: 'Disallow absolute terms that advertising law bans in product claims.',
    severity: 'warn',
    preset: 'strict',
    url: ruleUrl('no-ad-absolutes'),
    messages: {
      absolute: {
        'zh-CN': '“{actual}”是广告法禁用的极限词，用“{expected}”代替',
        'zh-TW': '「{actual}」是廣告法禁用的極限詞，用「{expected}」代替',
        en: 'Unexpected `{actual}`, use `{expected}` instead',
      },
      rewrite: {
        'zh-CN': '“{actual}”是广告法禁用的极限词，请改为客观描述',
        'zh-TW': '「{actual}」是廣告法禁用的極限詞，請改為客觀描述',
        en: 'Unexpected `{actual}`: advertising law bans absolute claims; describe the product plainly',
      },
    },
    note: {
      'zh-CN': '手册 001：客服要熟悉“平台规则：交易规则、支付流程规则、敏感词规则等”；广告法禁止在商品宣传中使用“最”“第一”“顶级”“国家级”等极限词。',
      'zh-TW': '手冊 001：客服要熟悉「平台規則：交易規則、支付流程規則、敏感詞規則等」；廣告法禁止在商品宣傳中使用「最」「第一」「頂級」「國家級」等極限詞。',
      en: "Handbook 001: know the platform's rules, sensitive words included; China's advertising law bans absolute terms (best, number one, top grade) in product claims.",
    },
  },
  lexicons: [absolutes],
  check(_tree, context) {
    const text = context.normal.text
    // Whether the reply mocks (`垃圾…极品`): asked once, not for each superlative in it.
    let mocked: boolean | undefined
    const mocks = () => (mocked ??= jibes.test(text))
    const found = context
      .find(absolutes)
      .filter((match) => (!match.entry.final || endsClause(text, match.normalEnd, particles)) && !isPasted(context.normal, match.normalStart, match.normalEnd))
      .filter((match) => !aimed(context, match) && !inNameTag(context.text, match.start) && !noClaim(context, match, mocks))
    // Asked to compare (`有没有更耐用的`), the customer wants the superlative's meaning: `很耐用`
    // would no longer answer, so the message stands alone.
    let compared: boolean | undefined
    for (const match of leftmostLongest(found)) {
      const { entry } = match
      const actual = context.text.slice(match.start, match.end)
      let expected: readonly string[]
      if (entry.lead !== undefined && (compared ??= asksToCompare(lastCustomerTurnOf(context.history)?.text))) expected = []
      else if (entry.lead !== undefined && !swapKeepsMeaning(context, match)) expected = []
      else if (entry.lead !== undefined) expected = [entry.lead + actual.slice(1)]
      else expected = entry.expected.map((word) => matchCase(actual, word))
      context.report({ messageId: expected.length > 0 ? 'absolute' : 'rewrite', start: match.start, end: match.end, expected })
    }
  },
})

/**
 * Whether `at` lies inside a handle or a hashtag (`@最牛傻蛋`, `#服务沃最棒#`): a name, not a
 * claim. Read back to the last space, at most a handle's length.
 */
function inNameTag(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - maxTag; i--) {
    const c = text.charAt(i)
    if (c === '@' || c === '#') return true
    if (c === ' ' || c === '\n' || c === '\t' || c === '，' || c === '。' || c === ',') return false
  }
  return false
}

/** The longest handle or hashtag read back over. */
const maxTag = 30

/** Whether the customer's words ask for a comparison (`有没有更耐用的`, `哪个好`, `which is better`). */
function asksToCompare(text: string | undefined): boolean {
  if (text === undefined) return false
  const lower = text.toLowerCase()
  return comparisonWords.some((word) => lower.includes(word))
}

/**
 * Whether `很X` can stand for `最X` here. Not where the superlative is the point: singled out
 * (`只有这款最…`, `就这款最…`), over what one has known (`我戴过最舒服的耳机`), ranked (`…，没有之一`,
 * `最…之一`), or picking one (`最便宜的那款`): there `很` says something else, or nothing
 * grammatical, so the message stands alone (readers found 13 of 30 swaps natural). A place, a
 * time, a tier or the person addressed (`信号最好的地方`, `就你最靠谱`) make no claim at all: `noClaim`.
 */
function swapKeepsMeaning(context: RuleContext, match: Match<AbsoluteEntry>): boolean {
  const text = context.normal.text
  const clause = clauseAt(context, match.normalStart)
  const sentence = clause?.sentence
  const before = clause ? text.slice(back(clause.normalStart, match.normalStart), match.normalStart) : ''
  const after = clause ? text.slice(match.normalEnd, ahead(clause.normalEnd, match.normalEnd)) : ''
  if (/(?:^|[^不])(?:就|只有|唯一|就数|要数|只)[^，。]{0,6}$/u.test(before)) return false
  if (/\p{Script=Han}过/u.test(before)) return false
  if (/^的?(?:那个|那款|那家)/u.test(after) || /^[^，。]{0,8}之一/u.test(after)) return false
  if (sentence && text.slice(back(sentence.normalStart, match.normalStart), ahead(sentence.normalEnd, match.normalEnd)).includes('没有之一')) return false
  return true
}

/**
 * Whether a superlative makes no claim at all: it locates the extreme (`信号最好的地方`, `最便宜的一档`),
 * praises the person addressed (`就你最靠谱了`), quotes a claim as the other side's
 * (`你们眼中最好用的`), or, for `极品`/`国家级`, mocks (`垃圾…极品`, `国家级的羞耻`, `你们简直极品`). Readers found these were no advertising (reading 2: 6 of 13 customer hits).
 */
function noClaim(context: RuleContext, match: Match<AbsoluteEntry>, mocks: () => boolean): boolean {
  const text = context.normal.text
  const clause = clauseAt(context, match.normalStart)
  if (!clause) return false
  const after = text.slice(match.normalEnd, ahead(clause.normalEnd, match.normalEnd))
  // Asked (`最低价多少一支`, `是最便宜了吗`), a superlative is what the asker wants to know, not a claim.
  if (isQuestion(clause) || asksAmount.test(after)) return true
  const before = text.slice(back(clause.normalStart, match.normalStart), match.normalStart)
  if (text.charAt(match.normalStart) === '最' && (locating.test(after) || addressedBefore.test(before))) return true
  // A claim put in the other side's mouth (`你们眼中东半球最好用的手机`, `所谓的顶级`): quoted, not made.
  if (attributed.test(before)) return true
  // `Shawn's cards are the best`: praise of a named person's work, as `最牛的实习生` praises a person.
  if (match.phrase === 'the best' && praisesSomeonesWork(context, match)) return true
  if (match.phrase !== '极品' && match.phrase !== '国家级') return false
  // `你们简直极品`: the person addressed is what is called 极品.
  return mocks() || (match.phrase === '极品' && /[你您]/u.test(before))
}

/**
 * Whether `the best` is said of a named person's work (`And Shawn's cards are the best.`): a
 * possessive name earlier in its sentence and nothing of the shop's (`our`, `this`, `it`).
 */
function praisesSomeonesWork(context: RuleContext, match: Match<AbsoluteEntry>): boolean {
  const sentence = context.sentenceAt(match.start)
  if (!sentence) return false
  const before = context.text.slice(back(sentence.start, match.start), match.start)
  return /\b[A-Z][a-z]+['’]s\b/.test(before) && !/\b(?:our|ours|this|these|that|those|it|it's|its|we|we're)\b/i.test(before)
}

/** The amount asked right after the superlative, without a question mark (`最低价多少一支`). */
const asksAmount = /^(?:是|能|可以|会|要)?(?:多少|几)/u

/**
 * How far around a superlative its clause or sentence is read, in UTF-16 units: beyond any word
 * that bears on it, and a bound, so that a clause of thousands of superlatives (a paste, a flood)
 * is not read again from its start for each.
 */
const reach = 96

/** Where reading back from `at` starts: the clause's or sentence's start, or `reach` before. */
const back = (start: number, at: number) => Math.max(start, at - reach)

/** Where reading on from `at` stops: the clause's or sentence's end, or `reach` after. */
const ahead = (end: number, at: number) => Math.min(end, at + reach)

/** How far a pledge's object (`服务`) may stand after the superlative (`最贴心、最优质的服务`). */
const pledgeReach = 10

/** What may stand between `最X` and the service it pledges: more `最X`, `的`, a short modifier (`的购物体验`). */
const pledgeGap = /^(?:[、和与及]最\p{Script=Han}{1,4}?)*的?\p{Script=Han}{0,2}$/u

/**
 * Whether a superlative states an aim or a choice rather than a claim: an aim
 * or choice word earlier in its clause (English: its sentence), or a service
 * pledge (`最贴心、最优质的服务`, `最好的购物体验`), or praise of a person (`最牛的实习生`).
 */
function aimed(context: RuleContext, match: Match<AbsoluteEntry>): boolean {
  const text = context.normal.text
  const clause = clauseAt(context, match.normalStart)
  if (!clause) return false
  const before = text.slice(back(clause.normalStart, match.normalStart), match.normalStart)
  if (aimWords.some((word) => before.includes(word)) && !becameSo.test(before)) return true
  const sentence = clause.sentence
  if (/[a-z]/.test(text.charAt(match.normalStart)) && englishAims.test(text.slice(back(sentence.normalStart, match.normalStart), match.normalStart))) return true
  if (text.charAt(match.normalStart) !== '最') return false
  const after = text.slice(match.normalEnd, Math.min(clause.normalEnd, match.normalEnd + pledgeReach))
  return [...pledgeObjects, ...praisedPeople].some((object) => {
    const at = after.indexOf(object)
    return at >= 0 && pledgeGap.test(after.slice(0, at))
  })
}
