/**
 * no-cash-rebate: never offer money back for buying, reviewing or posting
 * (002 "買家諮詢是否有返現，不能說有返現").
 *
 *   五星好评返现3元哦，记得截图。  →  (remove the offer) 收到宝贝满意的话，欢迎给个好评哦。
 *
 * Refunds of an order, price differences, postage, coupons and gifts are not
 * rebates; a denial (`我们没有返现`) and the customer's words quoted back pass.
 * With a conversation, a yes to the customer's question about a rebate
 * (`有返现吗？` → `有的亲`) is an offer too.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { clauseAt, sentenceAt } from '../src/language/proximity.js'
import { customerSinceLastReply } from '../src/language/conversation.js'
import { type NegationEntry, findNegations, negationLexicon } from '../src/language/negation.js'
import { LexiconSet, type RawMatch, leftmostLongest } from '../src/matcher.js'
import { normalise } from '../src/normalise.js'
import type { Match, RuleContext, Turn } from '../src/types.js'
import {
  type MoneyEntry,
  type OwedEntry,
  affirmatives,
  amountObjects,
  amountUnits,
  askedRebate,
  denials,
  denyingAfter,
  givingVerbs,
  money,
  openers,
  owedOrOff,
  pings,
  placeholders,
  questionWords,
  references,
  triggers,
} from './no-cash-rebate.lexicon.js'

/** How far (normalised units) a negation may stand before Chinese offer words and still deny them (`没有任何返现`). */
const zhReach = 6
/** The same for English, where words are longer (`we don't currently offer any cash back`). */
const enReach = 24
/** How far around the offer a refund or a coupon makes the money owed or a discount (`这边返亲2元差价`). */
const owedBefore = 8
const owedAfter = 6
const symbols = new Set(['$', '¥', '£', '€'])
const numerals = new Set([...'一二两三四五六七八九十百千几半'])
const denying = new Set(denyingAfter)
/** What may follow a yes that stands alone (`有的亲~`). */
const trailing = new Set([...'哦呢啦呀啊哈吧嘛哟滴的了噢哒~!.。！… \n'])

export default defineRule({
  meta: {
    id: 'no-cash-rebate',
    description: 'Disallow offering cash rebates for buying, reviewing or posting.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('no-cash-rebate'),
    messages: {
      offer: {
        'zh-CN': '不能向顾客提供返现：删掉“{actual}”',
        'zh-TW': '不能向顧客提供返現：刪掉「{actual}」',
        en: 'Unexpected `{actual}`: do not offer cash rebates; remove the offer',
      },
      answer: {
        'zh-CN': '顾客问有没有返现，不能说有：删掉“{actual}”',
        'zh-TW': '顧客問有沒有返現，不能說有：刪掉「{actual}」',
        en: 'Unexpected `{actual}`: the customer asked about a cash rebate; do not say yes, remove it',
      },
    },
    note: {
      'zh-CN': '手册 002/003：“买家咨询是否有返现，不能说有返现”。',
      'zh-TW': '手冊 002/003：「買家諮詢是否有返現，不能說有返現」。',
      en: 'Handbooks 002/003: when a buyer asks whether there is a cash rebate, never say there is one.',
    },
  },
  lexicons: [money, triggers, owedOrOff, denials, references, negationLexicon, affirmatives, openers],
  check(_tree, context) {
    const offered = reportOffers(context)
    if (!offered && context.history.length > 0) reportYes(context)
  },
})

interface Span {
  start: number
  end: number
}

/** Report every offer of money in the reply; whether there was one. */
function reportOffers(context: RuleContext): boolean {
  const text = context.normal.text
  const found = leftmostLongest(context.find(money))
  // Most replies give nothing (`给您查一下`): keep the money and its amount, then stop early.
  const candidates: Array<{ match: Match<MoneyEntry>; amount: number }> = []
  for (const match of found) {
    const amount = amountEnd(text, match.normalEnd, symbols.has(match.phrase))
    if (match.entry.kind !== 'verb' || amount >= 0) candidates.push({ match, amount })
  }
  if (candidates.length === 0) return false
  const rewards = context.find(triggers)
  const exempt = context.find(owedOrOff)
  const negations = findNegations(context)
  const denied = context.find(denials)
  const referred = context.find(references)
  let reached = -1
  let offered = false

  for (const { match, amount } of candidates) {
    if (match.normalStart < reached) continue
    const { kind } = match.entry
    const sentence = sentenceAt(context, match.normalStart)
    if (!sentence) continue
    const inSentence = (m: Match) => m.normalStart >= sentence.normalStart && m.normalEnd <= sentence.normalEnd
    if (kind !== 'rebate' && !rewards.some(inSentence)) continue

    const span: Span = { start: match.normalStart, end: amount >= 0 ? amount : match.normalEnd }
    if (text.startsWith(' back', span.end)) span.end += 5
    if (kind === 'money') {
      widenToVerb(span, text)
      widenToNumber(span, text)
    }
    widenToRewards(span, rewards)
    const clause = clauseAt(context, match.normalStart)
    const clauseStart = clause?.normalStart ?? sentence.normalStart
    const clauseEnd = clause?.normalEnd ?? sentence.normalEnd
    const inClause = (m: Match) => m.normalStart >= clauseStart && m.normalEnd <= clauseEnd
    const reach = isAscii(match.phrase) ? enReach : zhReach

    const paysForReview = rewards.some(inClause)
    const owed = (m: Match<OwedEntry>) => inClause(m) && m.normalEnd > span.start - owedBefore && m.normalStart < span.end + owedAfter
    if (exempt.some((m) => owed(m) && !(m.entry.refund && paysForReview))) continue
    if (negations.some((m) => inClause(m) && m.normalEnd <= span.start && span.start - m.normalEnd <= reach)) continue
    if (negations.some((m) => inClause(m) && m.normalStart >= span.end && m.normalStart - span.end <= reach && denying.has(m.phrase))) continue
    if (denied.some(inSentence)) continue
    if (referred.some((m) => inClause(m) && m.normalEnd <= span.start)) continue

    reached = span.end
    offered = true
    context.report({ messageId: 'offer', start: context.normal.starts[span.start]!, end: context.normal.ends[span.end - 1]!, expected: [] })
  }
  return offered
}

/**
 * The end of an amount of money at `from` (`您4元`, `5元`, `[金额x]元`), or -1.
 * After a currency sign a number is enough (`$5`).
 */
function amountEnd(text: string, from: number, afterSymbol: boolean): number {
  let i = from
  while (text.charAt(i) === ' ') i++
  for (const pronoun of amountObjects) {
    if (text.startsWith(pronoun, i)) {
      i += pronoun.length
      break
    }
  }
  while (text.charAt(i) === ' ') i++
  // `返您一个5元红包`: a measure word before the amount.
  for (const measure of ['一个', '个']) {
    if (text.startsWith(measure, i) && startsNumber(text, i + measure.length)) {
      i += measure.length
      break
    }
  }
  const numberStart = i
  const placeholder = placeholders.find((p) => text.startsWith(p, i))
  if (placeholder) i += placeholder.length
  else if (isDigit(text.charCodeAt(i))) {
    while (i - numberStart < 8 && isDigit(text.charCodeAt(i))) i++
    if (text.charAt(i) === '.' && isDigit(text.charCodeAt(i + 1))) {
      i++
      while (i - numberStart < 12 && isDigit(text.charCodeAt(i))) i++
    }
  } else {
    while (i - numberStart < 4 && numerals.has(text.charAt(i))) i++
  }
  if (i === numberStart) return -1
  if (afterSymbol) return i
  while (text.charAt(i) === ' ') i++
  const unit = amountUnits.find((u) => text.startsWith(u, i))
  if (!unit) return -1
  i += unit.length
  // `返2元红包`: what the amount is paid as.
  const form = ['红包', '现金'].find((f) => text.startsWith(f, i))
  return form ? i + form.length : i
}

function startsNumber(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) || numerals.has(text.charAt(i)) || placeholders.some((p) => text.startsWith(p, i))
}

/** `给您发红包`: a verb of giving just before the money belongs to the offer. */
function widenToVerb(span: Span, text: string): void {
  for (const verb of givingVerbs) {
    if (span.start >= verb.length && text.startsWith(verb, span.start - verb.length)) {
      span.start -= verb.length
      return
    }
  }
}

/** `5 dollars`: the number before a unit of money belongs to the offer. */
function widenToNumber(span: Span, text: string): void {
  let i = span.start
  if (text.charAt(i - 1) === ' ') i--
  const end = i
  while (end - i < 8 && isDigit(text.charCodeAt(i - 1))) i--
  if (i < end) span.start = i
}

/** `五星好评返现`: the reward words right before the money belong to the offer. */
function widenToRewards(span: Span, rewards: readonly Match[]): void {
  for (let moved = true; moved; ) {
    moved = false
    for (const m of rewards) {
      if (m.normalEnd === span.start && m.normalStart < span.start) {
        span.start = m.normalStart
        moved = true
      }
    }
  }
}

/** Report a yes to the customer's question about a rebate (`有返现吗？` → `有的亲`). */
function reportYes(context: RuleContext): void {
  if (!askedAboutRebate(context.history)) return
  const text = context.normal.text
  const yes = leftmostLongest(context.find(affirmatives))
  const first = yes[0]
  if (!first) return
  const lead = context.find(openers)
  for (let i = 0; i < first.normalStart; i++) {
    if (!isWordUnit(text.charCodeAt(i))) continue
    if (!lead.some((m) => i >= m.normalStart && i < m.normalEnd)) return
  }
  // A run of yeses: `Yes, we do`.
  let last = first
  for (const next of yes.slice(1)) {
    const gap = text.slice(last.normalEnd, next.normalStart)
    if ([...gap].some((c) => isWordUnit(c.charCodeAt(0)))) break
    last = next
  }
  if (first.entry.alone && first === last) {
    for (let i = last.normalEnd; i < text.length; i++) {
      const c = text.charAt(i)
      if (c === ',' || c === '，' || c === '、') break
      if (trailing.has(c) || !isWordUnit(c.charCodeAt(0))) continue
      if (lead.some((m) => i >= m.normalStart && i < m.normalEnd)) continue
      return
    }
  }
  const sentence = sentenceAt(context, first.normalStart)
  const inSentence = (m: Match) => sentence !== undefined && m.normalStart >= sentence.normalStart && m.normalEnd <= sentence.normalEnd
  if (findNegations(context).some(inSentence)) return
  if (context.find(denials).length > 0) return
  context.report({ messageId: 'answer', start: first.start, end: last.end, expected: [] })
}

/** The lexicons read in the customer's turns, compiled once. */
let customerSet: LexiconSet | undefined
const customerLexicons = [money, askedRebate, triggers, questionWords, pings, negationLexicon] as const

/**
 * Whether the customer's latest question since the agent last spoke asks
 * about a rebate (`有返现吗？`, `Do you give cash back if I leave a review?`).
 */
function askedAboutRebate(history: readonly Turn[]): boolean {
  customerSet ??= new LexiconSet(customerLexicons)
  const turns = customerSinceLastReply(history).filter((turn) => turn.role === 'customer')
  for (let k = turns.length - 1; k >= 0; k--) {
    const text = normalise(turns[k]!.text).text
    const [found, asked, rewards, questions, ping, negation] = customerSet.scan(text) as [RawMatch[], RawMatch[], RawMatch[], RawMatch[], RawMatch[], RawMatch[]]
    const real = questions.filter((q) => !ping.some((p) => q.start >= p.start && q.end <= p.end))
    if (real.length === 0) continue
    // Leftmost-longest, so that the idiom `有没有` hides the `没有` inside it.
    const negators = leftmostLongest(negation).filter((n) => (n.pattern.entry as NegationEntry).negation)
    const negated = (m: RawMatch) => negators.some((n) => n.end <= m.start && m.start - n.end <= 4)
    if (asked.some((m) => !negated(m))) return true
    for (const m of found) {
      const { kind } = m.pattern.entry as MoneyEntry
      if (negated(m)) continue
      if (kind === 'rebate') return true
      if (kind === 'money' && rewards.length > 0) return true
    }
    return false
  }
  return false
}


function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

/** Letters, digits and Han: what makes up words (not marks, spaces or emoji). */
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x3400 && c <= 0x9fff)
}
