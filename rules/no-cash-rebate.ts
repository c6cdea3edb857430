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
import { isQuestion } from '../src/language/questions.js'
import { clauseAt, runOnStart, sentenceAt } from '../src/language/proximity.js'
import { type NegationEntry, findNegations, negationLexicon } from '../src/language/negation.js'
import { isDigit } from '../src/chars.js'
import { MatchIndex } from '../src/language/match-index.js'
import { classWords } from '../src/language/classes.js'
import { isWordUnit } from '../src/language/openers.js'
import { LexiconSet, type RawMatch, leftmostLongest } from '../src/matcher.js'
import { normalise } from '../src/normalise.js'
import type { Match, RuleContext, Turn } from '../src/types.js'
import {
  type MoneyEntry,
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
  programmes,
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
/** The longest word of the rule's lexicons, so a window search finds a word that only ends inside it. */
const longestWord = 20
const symbols = new Set(['$', '¥', '£', '€'])
const numerals = new Set([...'一二两三四五六七八九十百千几半'])
const denying = new Set(denyingAfter)
const togetherAfter = new Set([...'儿发寄装'])
/** Particles that may follow a yes that stands alone (`有的哦~`); marks and spaces are no words anyway. */
const yesTail = new Set([...classWords('finalParticle'), '的', '了', '哒'])

/** Money owed back or taken off the price: not a rebate, even beside a review (`好评后可以领5元优惠券`). */
const owedWords = '差价|运费|邮费|快递费|价保|保价|退款|退货|退回|原路|优惠|券|折|立减|便宜|补发|coupon|coupons|voucher|off|discount|refund|refunds|refunded|return|returns|returned|credit|credited|claim|shipping|postage'
/** A helpdesk reporting what a seller promised (`卖家答应您好评就返还5元`) offers nothing itself. */
const reported = '卖家|商家|店家|seller|merchant'
/** What a review is bought with, named as money (`领红包`, `转账给您3元`). */
const paidIn = '元|块|块钱|红包|现金|钱|零钱|🧧|💰|rmb'
/** `一块儿`, `一块发`: 块 as "together", not a yuan. */
const together = '儿|发|寄|处理|打包|装'
/** The reviews, photos and stars a rebate buys. */
const bought = '好评|五星|5星|五分|晒图|晒单|追评|带图|加图|带视频|图文|买家秀|满分'
/** English money, and the reviews it buys. */
const paidInEnglish = '$|dollars|dollar|bucks|cash|money|gift_card|paypal|venmo'
const reviewsEnglish = 'review|reviews|rating|ratings|5-star|five-star|feedback|photo_review'
/** A customer's question about a rebate, in their latest turns. */
const askedAboutMoney = ['返现|返利|返钱|返红包|cash_back|cashback|rebate|rebates', `@review ~10 返|红包|现金|钱|奖励|${paidInEnglish}|paid|pay`, '有返|返不返|返多少|返几']
/**
 * Yes words beyond those the rule's `check` reads at the start of a reply
 * (`有的`, `是的`, `可以的`, `Yes, we do`, with its own tests for negated
 * questions): these add the interjections and colloquial forms.
 */
const yesWords = '对|对哒|对滴|对呀|是呢|是哒|是哦|有嘞|有呀|当然啦|当然了|必须有|肯定有|肯定的|yeah|yup|能|能的|行|行的|没问题|可以哒|可以滴|可以呀|可以哦|you_bet|we_do_indeed|支持|支持的|支持哦|支持滴|真的|是真的|老规矩|照旧|照常|一样有|一样的|都有|都有的'
/** Yes words that are also openers (`嗯嗯`, `yep`, `sure`): `^` would pass over them, so they are matched where they stand. */
const yesOpeners = '嗯|嗯嗯|恩恩|yep|sure_do|we_sure_do|sure_thing'
/** A yes already flagged by `check`, or an offer it flags (`有的哦，五星好评返现3元`): one diagnostic is enough. */
const flaggedByCheck = '返现|返现金|返红包|cash_back|cashback|rebate'

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
  lexicons: [money, triggers, owedOrOff, denials, references, programmes, negationLexicon, affirmatives, openers],
  constructions: [
    {
      id: 'review-then-money',
      meaning: 'a review, photo or star followed by money given for it, however the money is described',
      example: '追评带视频给您返两块',
      pattern: `@review ~16 @giveBack|转账|转帐|打款 ~6 ${paidIn} !${together} 的? 红包|现金?`,
      scope: 'sentence',
      unless: { sentence: [owedWords, reported], clause: '@negator' },
    },
    {
      id: 'money-then-review',
      meaning: 'money given, then the review, photo or star it pays for',
      example: '送您一个红包，给个五星就行',
      pattern: `@giveBack|转账|转帐|打款 ~4 ${paidIn} !${together} ~12 ${bought}`,
      scope: 'sentence',
      unless: { sentence: [owedWords, reported], clause: '@negator' },
    },
    {
      id: 'review-earns-money',
      meaning: 'a review, photo or star that earns money, with no one named giving it (`给五星的话会有5块钱的感谢费`)',
      example: '给五星的话，我们这边会有5块钱的感谢费',
      pattern: `@review ~16 有|会有|可得|可获得|获得|得到|拿到|能拿|可拿|可领 ~6 ${paidIn} !${together}`,
      scope: 'sentence',
      unless: { sentence: [owedWords, reported, '抽奖|积分'], clause: '@negator' },
    },
    {
      id: 'review-then-share-back',
      meaning: 'a share of the price paid back for a review (`好评返10%货款`, `五星好评返百分之十`)',
      example: '好评返10%货款',
      pattern: '@review ~16 返|返还|返您|返你|退您|退你|给您返 ~4 %|百分之',
      scope: 'sentence',
      unless: { sentence: [owedWords, reported, '折|折扣|优惠券|券'], clause: '@negator' },
    },
    {
      id: 'review-then-transfer',
      meaning: 'a transfer or a red packet for a review, the amount left unsaid (`好評給五星，我們私下轉帳給您`)',
      example: '好评给五星，我们私下转账给您',
      // 轉帳 reads 转帐 once simplified.
      pattern: '@review ~16 转账|转帐|转钱|打钱|打款|转红包|发红包|微信转|支付宝转',
      scope: 'sentence',
      // With an amount after it, `review-then-money` and the check flag the money itself.
      unless: { sentence: [owedWords, reported], clause: '@negator', after: paidIn },
    },
    {
      id: 'share-back-for-review',
      meaning: 'English: a share of the price back for a review',
      example: 'Get 10% back when you post a photo review!',
      pattern: `get|receive|earn|enjoy ~4 % back ~24 ${reviewsEnglish}`,
      scope: 'sentence',
      unless: { sentence: [owedWords, reported], clause: '@negator' },
    },
    {
      id: 'review-then-payment-app',
      meaning: 'English: a review, then something sent through a payment app or as a gift card',
      example: 'Leave a review and we’ll send you a little thank-you via PayPal.',
      pattern: `leave|post|write|give|drop ~16 ${reviewsEnglish} ~60 paypal|venmo|zelle|cash_app|gift_card|amazon_card`,
      scope: 'sentence',
      unless: { sentence: [owedWords, reported], clause: '@negator' },
    },
    {
      id: 'money-for-review',
      meaning: 'English: money for a review or a rating',
      example: 'We will PayPal you 10 dollars after you post a review.',
      pattern: `${paidInEnglish} ~24 for|per|with|after|once ~16 ${reviewsEnglish}`,
      scope: 'sentence',
      unless: { sentence: [owedWords, reported], clause: '@negator' },
    },
    {
      id: 'review-then-payment',
      meaning: 'English: leave a review, then get money',
      example: 'Post a photo review and get $5!',
      pattern: `leave|post|write|give|drop ~16 ${reviewsEnglish} ~24 get|receive|earn|send_you|pay_you|paypal_you|venmo_you ~10 ${paidInEnglish}`,
      scope: 'sentence',
      unless: { sentence: [owedWords, reported], clause: '@negator' },
    },
    {
      id: 'money-when-asked',
      meaning: 'with history: money given, however described, when the customer asked about a rebate',
      example: '我们转账给您3元',
      exampleCustomer: '亲，好评有返现吗？',
      pattern: `@giveBack|转账|转帐|打款 ~4 ${paidIn} !${together}`,
      scope: 'sentence',
      customerSaid: askedAboutMoney,
      unless: { sentence: [owedWords, reported], clause: '@negator' },
    },
    {
      id: 'yes-word',
      meaning: 'with history: a clause that is only a yes, in any wording, to the customer’s question about a rebate',
      example: '没问题亲~',
      exampleCustomer: '亲，好评有返现吗？',
      pattern: `^ ${yesWords} 的? @finalParticle? 亲|亲亲|dear? $`,
      customerSaid: askedAboutMoney,
      messageId: 'answer',
      unless: { reply: ['@negator', flaggedByCheck] },
    },
    {
      id: 'amount-as-answer',
      meaning: 'with history: the amount alone, answering how much the rebate is (`3块哦亲`, `两块钱哦`)',
      example: '3块哦亲',
      exampleCustomer: '晒图返多少？',
      pattern: `^ ~4 元|块|块钱|毛|rmb|dollars|bucks 钱? @finalParticle? 亲|亲亲|dear? $`,
      customerSaid: askedAboutMoney,
      messageId: 'answer',
      unless: { reply: ['@negator', flaggedByCheck, '券|优惠|差价|运费|邮费|coupon|voucher|off'] },
    },
    {
      id: 'yes-interjection',
      meaning: 'with history: a clause that is only an interjection of assent (`嗯嗯亲~`, `Sure do!`)',
      example: '嗯嗯亲~',
      exampleCustomer: '亲，好评有返现吗？',
      pattern: `${yesOpeners} 亲|亲亲|dear? $`,
      customerSaid: askedAboutMoney,
      messageId: 'answer',
      unless: { reply: ['@negator', flaggedByCheck] },
    },
    {
      id: 'share-sent-back-en',
      meaning: 'English: a share of the price sent back to the buyer for buying (`we send 10% of the total back to your account`)',
      example: 'Buy two and we send 10% of the total back to your account after delivery.',
      pattern: "we|we'll|i|i'll|we_will|i_will send|give|pay|transfer|credit|wire ~6 %|percent ~24 back",
      // Money back for a return, a fault or an overcharge is a refund (the catalogue's exception).
      unless: { sentence: ['@negator', 'return|returned|refund|difference|overcharge|overcharged|damaged|faulty|broken|wrong|missing|cancel|cancelled'] },
    },
    {
      id: 'yes-it-pays',
      meaning: 'with history: a yes that says the rebate is paid (`会返的`, `可以返哦`)',
      example: '会返的亲',
      exampleCustomer: '亲，好评有返现吗？',
      pattern: '^ ~4 返|返的|返哒|返滴|返哦|给的 亲|亲亲? $',
      customerSaid: askedAboutMoney,
      messageId: 'answer',
      unless: { reply: ['@negator', flaggedByCheck] },
    },
    {
      id: 'how-to-claim',
      meaning: 'with history: telling the customer how to claim the rebate they asked about is a yes',
      example: '五星好评截图发给客服领取哦',
      exampleCustomer: '亲，好评有返现吗？',
      pattern: '截图|好评|五星|晒图|评价|追评 ~10 发给|发|给|找|联系|私信 ~3 客服|我们|我|小妹|售后 ~10 领|领取|返|就行|就可以|即可|就好|登记|兑换?',
      scope: 'sentence',
      customerSaid: askedAboutMoney,
      messageId: 'answer',
      unless: { reply: ['@negator', '券|优惠|coupon|voucher', flaggedByCheck], before: [`^ ${yesWords}|有的|有滴|有哒|有哦|有呢|是的|是滴|可以的|对的|会的|当然|当然有|当然可以|必须的`, yesOpeners] },
    },
  ],
  check(_tree, context) {
    const offered = reportOffers(context)
    if (!offered && context.history.length > 0) reportYes(context)
  },
})

interface Span {
  start: number
  end: number
}

/** Report every offer of money in the reply; whether there was one. Linear: every lookup is a binary search. */
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
  const rewardList = context.find(triggers)
  const rewards = new MatchIndex(rewardList)
  const exempt = new MatchIndex(context.find(owedOrOff))
  const negations = new MatchIndex(findNegations(context))
  const denied = new MatchIndex(context.find(denials))
  const referred = new MatchIndex(context.find(references))
  const programme = new MatchIndex(context.find(programmes))
  // Where each reward ends, and the earliest start of one ending there (`五星好评` before `返现`).
  const rewardStarts = new Map<number, number>()
  for (const m of rewardList) rewardStarts.set(m.normalEnd, Math.min(m.normalStart, rewardStarts.get(m.normalEnd) ?? m.normalStart))
  let reached = -1
  let offered = false

  for (const { match, amount } of candidates) {
    if (match.normalStart < reached) continue
    const { kind } = match.entry
    const sentence = sentenceAt(context, match.normalStart)
    if (!sentence) continue
    // The review may be a bubble of its own on the same line (`好评后 8元红包`).
    const lineStart = runOnStart(context, match.normalStart) ?? sentence.normalStart
    const rewarded = rewards.any(lineStart, sentence.normalEnd)
    if (kind !== 'rebate' && !rewarded) continue
    // A card's or a bank's cash-back programme, or a carrier's contract, explained to its holder
    // buys no review (a purchase is what such programmes pay back on).
    const reviewed = rewarded && rewards.find(lineStart, sentence.normalEnd, (m) => !m.entry.purchase) !== undefined
    if (!reviewed && programme.any(lineStart, sentence.normalEnd)) continue
    // Asked about, a rebate is not offered (`返现在哪里？`, `请问有返现吗？`).
    if (!rewarded && isQuestion(sentence)) continue

    const span: Span = { start: match.normalStart, end: amount >= 0 ? amount : match.normalEnd }
    if (text.startsWith(' back', span.end)) span.end += 5
    if (kind === 'money') {
      widenToVerb(span, text)
      widenToNumber(span, text)
    }
    for (let from = rewardStarts.get(span.start); from !== undefined && from < span.start; from = rewardStarts.get(span.start)) span.start = from
    const clause = clauseAt(context, match.normalStart)
    const clauseStart = clause?.normalStart ?? sentence.normalStart
    const clauseEnd = clause?.normalEnd ?? sentence.normalEnd
    const reach = isAscii(match.phrase) ? enReach : zhReach

    const paysForReview = rewards.any(clauseStart, clauseEnd)
    const near = (m: Match) => m.normalEnd > span.start - owedBefore && m.normalStart < span.end + owedAfter
    const from = Math.max(clauseStart, span.start - owedBefore - longestWord)
    const to = Math.min(clauseEnd, span.end + owedAfter + longestWord)
    if (exempt.find(from, to, (m) => near(m) && !(m.entry.refund && paysForReview))) continue
    if (negations.find(Math.max(clauseStart, span.start - reach - longestWord), span.start, (m) => span.start - m.normalEnd <= reach)) continue
    if (negations.find(span.end, Math.min(clauseEnd, span.end + reach + longestWord), (m) => m.normalStart - span.end <= reach && denying.has(m.phrase))) continue
    if (denied.any(sentence.normalStart, sentence.normalEnd)) continue
    if (referred.any(clauseStart, span.start)) continue

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
  // `给您一块儿处理`: 块 as "together", not a yuan.
  if (unit === '块' && togetherAfter.has(text.charAt(i))) return -1
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

/** Report a yes to the customer's question about a rebate (`有返现吗？` → `有的亲`). */
function reportYes(context: RuleContext): void {
  if (!askedAboutRebate(context.history)) return
  const text = context.normal.text
  const yes = leftmostLongest(context.find(affirmatives))
  const first = yes[0]
  if (!first) return
  // Which units belong to an opener (`亲`, `Hi`), marked once so the scans below stay linear.
  const lead = new Uint8Array(text.length)
  for (const m of context.find(openers)) lead.fill(1, m.normalStart, m.normalEnd)
  for (let i = 0; i < first.normalStart; i++) {
    if (!isWordUnit(text, i)) continue
    if (!lead[i]) return
  }
  // A run of yeses: `Yes, we do`.
  let last = first
  for (const next of yes.slice(1)) {
    const gap = text.slice(last.normalEnd, next.normalStart)
    if (gap.split('').some((_, k) => isWordUnit(gap, k))) break
    last = next
  }
  if (first.entry.alone && first === last) {
    for (let i = last.normalEnd; i < text.length; i++) {
      const c = text.charAt(i)
      if (c === ',' || c === '，' || c === '、') break
      if (yesTail.has(c) || !isWordUnit(text, i) || lead[i]) continue
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
/**
 * The customer's turns since the agent last answered: an agent turn that only greets
 * (`亲，您好呀~`) leaves the question before it open. Read back a few turns at most.
 */
function customerSinceLastAnswer(history: readonly Turn[]): Turn[] {
  const turns: Turn[] = []
  for (let k = history.length - 1; k >= 0 && k >= history.length - maxTurnsBack; k--) {
    const turn = history[k]!
    if (turn.role === 'customer') turns.unshift(turn)
    else if (!onlyGreets(turn.text)) break
  }
  return turns
}

/** How many turns back an open question is looked for. */
const maxTurnsBack = 6

/** Whether an agent's turn only greets (`亲，您好呀~`, `在的`, `Hi there!`). */
function onlyGreets(text: string): boolean {
  const rest = normalise(text).text.replace(greetingOnly, '')
  return rest.length <= 2 && !/[?？]/.test(text)
}

/** Greeting words and what pads them. */
const greetingOnly = /亲爱的|亲亲|亲|您好|你好|在的|在呢|呀|啊|哦|哈|~|～|,|，|!|！|\.|。|\s|hi|hello|hey|there/g

function askedAboutRebate(history: readonly Turn[]): boolean {
  customerSet ??= new LexiconSet(customerLexicons)
  const turns = customerSinceLastAnswer(history)
  for (let k = turns.length - 1; k >= 0; k--) {
    const text = normalise(turns[k]!.text).text
    const [found, asked, rewards, questions, ping, negation] = customerSet.scan(text) as [RawMatch[], RawMatch[], RawMatch[], RawMatch[], RawMatch[], RawMatch[]]
    // How far a ping (`在吗`) covering each unit reaches: a question word inside one asks nothing.
    const pingReach = new Int32Array(text.length)
    for (const p of ping) for (let i = p.start; i < p.end; i++) pingReach[i] = Math.max(pingReach[i]!, p.end)
    const real = questions.filter((q) => pingReach[q.start]! < q.end)
    // Or asked by its form alone (`好评有返现不`).
    if (real.length === 0 && !isQuestion({ normal: text })) continue
    // Leftmost-longest, so that the idiom `有没有` hides the `没有` inside it.
    const negators = leftmostLongest(negation).filter((n) => (n.pattern.entry as NegationEntry).negation)
    // Where negators end, so that asking "negated just before?" is a few lookups, not a scan.
    const negatorEnds = new Uint8Array(text.length + 1)
    for (const n of negators) negatorEnds[n.end] = 1
    const negated = (m: RawMatch) => negatorEnds.subarray(Math.max(0, m.start - 4), m.start + 1).includes(1)
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


function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}
