/**
 * apologise-when-refusing: a refusal needs an apology in the same reply (000
 * "在拒绝的时候，一定要说抱歉的话"; 002 "I don't know. Sorry dear"; 001 "诚恳道歉").
 *
 * Fires once per reply, on its first refusal, when the reply holds no apology;
 * the fix puts `非常抱歉，` / `Sorry, ` at the start of that sentence, after a
 * greeting such as `亲，`.
 *
 *   亲，这个价格真的没办法再少了哦。  →  亲，非常抱歉，这个价格真的没办法再少了哦。
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { clauseAt } from '../src/language/proximity.js'
import { apologyLexicon, has } from '../src/language/courtesy.js'
import { isPasted } from '../src/language/pasted.js'
import { isQuestion } from '../src/language/questions.js'
import { leftmostLongest } from '../src/matcher.js'
import type { ClauseInfo, Fix, Match, RuleContext, SentenceInfo } from '../src/types.js'
import {
  afterAlone,
  frames,
  later,
  lowerCaseOpeners,
  mainClause,
  notRefusals,
  objects,
  openers,
  questionTags,
  refusals,
  requestReach,
  requests,
  rightBefore,
  type ObjectEntry,
  type RefusalEntry,
  type RequestEntry,
  usageBefore,
  usageReach,
  conditions,
  exceptions,
  yesAnswers,
} from './apologise-when-refusing.lexicon.js'

/** What the fix inserts, by the language of the refusal. */
const apologies = { zh: '非常抱歉，', en: 'Sorry, ' } as const

/** How far after a refusal word a `later` word may start, in normalised characters. */
const laterReach = 12

export default defineRule({
  meta: {
    id: 'apologise-when-refusing',
    description: 'Require an apology in a reply that refuses the customer.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('apologise-when-refusing'),
    fixable: true,
    messages: {
      refusal: {
        'zh-CN': '“{actual}”是在拒绝顾客，回复里却没有道歉：在这句话开头加上“{apology}”',
        'zh-TW': '「{actual}」是在拒絕顧客，回覆裡卻沒有道歉：在這句話開頭加上「{apology}」',
        en: 'Unexpected refusal `{actual}` without an apology: start the sentence with `{apology}`',
      },
      refusalPlain: {
        'zh-CN': '“{actual}”是在拒绝顾客，回复里却没有道歉：在这句话开头加上“非常抱歉，”',
        'zh-TW': '「{actual}」是在拒絕顧客，回覆裡卻沒有道歉：在這句話開頭加上「非常抱歉，」',
        en: 'Unexpected refusal `{actual}` without an apology: start the sentence with `Sorry, `',
      },
    },
    note: {
      'zh-CN': '手册 000：“在拒绝的时候，一定要说抱歉的话”；001：“诚恳道歉”；003 的示范回复：“其他平台不清楚 抱歉亲”。',
      'zh-TW': '手冊 000：「在拒絕的時候，一定要說抱歉的話」；001：「誠懇道歉」；003 的示範回覆：「其他平臺不清楚 抱歉親」。',
      en: 'Handbook 000: "when refusing, always say sorry"; 001: "apologise sincerely"; 002\'s model reply: "I don\'t know. Sorry dear".',
    },
  },
  lexicons: [apologyLexicon, refusals, notRefusals, requests, frames, mainClause, objects, usageBefore, later, rightBefore, questionTags, openers, yesAnswers, exceptions, conditions],
  // Ways of saying no beyond the refusal words (the catalogue: "any other way of saying no to what
  // the customer asked"), each only in a reply without an apology.
  constructions: [
    {
      id: 'will-not-give',
      meaning: '`不给退`, `不会给您换`: the shop will not give what was asked.',
      example: '这个不给退',
      pattern: '不给|不会给|不能给|不肯 ~3 退|换|补|赔|开|发|寄|改|修|处理|优惠|便宜|报销|保修',
      question: false,
      // Someone else refusing (`商家为什么不给您退货呢`) is the customer's problem to hear, not the shop's no.
      unless: { reply: '@apology', clause: '如果|要是|的话|否则', before: '商家|卖家|厂家|快递|他们|对方|为什么|为啥|什么|怎么' },
      messageId: 'refusalPlain',
    },
    {
      id: 'out-of-the-question',
      meaning: '`退款是不可能的`, `恕难从命`: a flat no.',
      example: '退款是不可能的',
      pattern: '是不可能的|不可能给|不可能退|不可能换|不可能赔|恕难从命|无法满足|满足不了|不予受理|不予处理|不予退|不予换',
      question: false,
      unless: { reply: '@apology' },
      messageId: 'refusalPlain',
    },
    {
      id: 'bare-not',
      meaning: '`不包邮`, `这个不退的`, `我们不开发票`: 不 before a service the customer asks for.',
      example: '这款不包邮哦',
      pattern: '不 包邮|议价|讲价|开发票|开票|退换|补发|改价|还价|退款|退货|换货|退|换 !色|掉|成|了|过|来',
      question: false,
      unless: { reply: '@apology', clause: '如果|如|若|要是|的话|会不会|是不是|能不能|可不可以|否则|不然', before: '商家|卖家|厂家|快递|他们|对方|为什么|为啥|什么|怎么|都|您|你' },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-will-not',
      meaning: '"We won\'t refund this", "That\'s not something we can do", "No refunds on sale items".',
      example: "We won't refund this.",
      pattern: "we|we'll|i|i'll won't|will_not|will_never|do_not|don't refund|replace|exchange|accept|cover|reimburse|compensate|honor|honour|give",
      question: false,
      unless: { reply: '@apology' },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-not-something',
      meaning: '"That is not something we can do", "No refunds/returns on …".',
      example: "That's not something we can do.",
      pattern: "not_something_we|not_something_i|no_refunds|no_returns|no_exchanges|no_cancellations",
      question: false,
      unless: { reply: '@apology' },
      messageId: 'refusalPlain',
    },
  ],
  check(_tree, context) {
    // Most replies refuse nothing: look for a refusal word before anything else.
    const found = context.find(refusals)
    if (found.length === 0 || has(context, apologyLexicon)) return
    // Which normalised characters a set phrase covers, so that each refusal word is checked in O(its length).
    const idiom = new Uint8Array(context.normal.text.length)
    for (const match of context.find(notRefusals)) idiom.fill(1, match.normalStart, match.normalEnd)
    const places = new Places(context)
    // Each candidate is checked against its clause; the cap keeps a hostile reply (thousands of `不能`) linear.
    const refusal = leftmostLongest(found)
      .filter((match) => !idiom.subarray(match.normalStart, match.normalEnd).includes(1) && !isPasted(context.normal, match.normalStart, match.normalEnd))
      .slice(0, maxCandidates)
      .find((match) => refuses(context, places, match))
    if (!refusal) return
    const sentence = context.sentenceAt(refusal.start)!
    const lang = sentenceLang(sentence.normal) ?? refusal.entry.lang
    context.report({
      messageId: 'refusal',
      start: refusal.start,
      end: refusal.end,
      expected: [],
      fix: insertApology(context, sentence, refusal, lang),
      data: { apology: apologies[lang].trim() },
    })
  },
})

/** How many refusal words of one reply are examined (a reply rarely holds more than three). */
const maxCandidates = 16

/** The matches a refusal word is judged by, found once per reply. */
class Places {
  readonly frames: Match[]
  readonly mainClause: Match[]
  readonly objects: Match<ObjectEntry>[]
  readonly later: Match[]
  readonly usage: Match[]
  readonly rightBefore: Match[]
  readonly requests: Match<RequestEntry>[]
  readonly tags: Match[]
  readonly yes: Match[]
  readonly exceptions: Match[]
  readonly firstClauseEnd: number
  readonly conditions: Match[]

  constructor(context: RuleContext) {
    this.conditions = context.find(conditions)
    this.yes = context.find(yesAnswers)
    this.exceptions = context.find(exceptions)
    this.firstClauseEnd = context.clauses[0]?.normalEnd ?? 0
    this.frames = context.find(frames)
    this.mainClause = context.find(mainClause)
    this.objects = context.find(objects)
    this.later = context.find(later)
    this.usage = context.find(usageBefore)
    this.rightBefore = context.find(rightBefore)
    this.requests = context.find(requests)
    this.tags = context.find(questionTags)
  }
}

/** Whether a refusal word, where it stands, refuses the customer something. */
function refuses(context: RuleContext, places: Places, refusal: Match<RefusalEntry>): boolean {
  const clause = clauseAt(context, refusal.normalStart)
  if (!clause || isQuestion(clause) || checksBack(places, clause.sentence, refusal)) return false
  const inClause = (match: Match) => match.normalStart >= clause.normalStart && match.normalEnd <= clause.normalEnd
  const after = (match: Match, reach: number) => inClause(match) && match.normalStart >= refusal.normalEnd && match.normalStart - refusal.normalEnd <= reach
  if (framed(places, clause, refusal) || yesExcept(places, clause, refusal) || consequence(context, places, clause)) return false
  if (places.objects.some((object) => after(object, object.entry.within))) return false
  if (places.later.some((word) => after(word, laterReach))) return false
  if (places.usage.some((word) => inClause(word) && word.normalEnd <= refusal.normalStart && refusal.normalStart - word.normalEnd <= usageReach)) return false
  const text = context.normal.text
  const adjacent = (word: Match) => word.normalEnd === refusal.normalStart || (word.normalEnd + 1 === refusal.normalStart && text.charAt(word.normalEnd) === ' ')
  if (places.rightBefore.some(adjacent) || attributive(text, refusal.normalStart, refusal.normalEnd)) return false
  if (!refusal.entry.ambiguous || standsAlone(text, refusal.normalEnd, clause.normalEnd)) return true
  const reach = requestReach[refusal.entry.lang]
  return places.requests.some((word) => {
    if (!inClause(word)) return false
    if (word.normalStart >= refusal.normalEnd) return word.entry.where !== 'before' && word.normalStart - refusal.normalEnd <= reach
    return word.entry.where !== 'after' && word.normalEnd <= refusal.normalStart
  })
}

/**
 * Whether the refusal only qualifies a yes: the sentence names an exception
 * (`…等特殊商品除外`), or a yes stands in an earlier clause of its sentence or
 * in the reply's first clause (`都可以的，不支持到付`).
 */
function yesExcept(places: Places, clause: ClauseInfo, refusal: Match): boolean {
  const sentence = clause.sentence
  if (places.exceptions.some((word) => word.normalStart >= sentence.normalStart && word.normalEnd <= sentence.normalEnd)) return true
  return places.yes.some(
    (word) => word.normalEnd <= clause.normalStart && (word.normalStart >= sentence.normalStart || word.normalEnd <= places.firstClauseEnd) && word.normalEnd <= refusal.normalStart,
  )
}

/**
 * Whether the refusal's clause is the consequence of a condition that opens
 * the clause before it in the same sentence (`若是不满足开通条件，系统无法操作`):
 * a rule explained, not a no to the customer.
 */
function consequence(context: RuleContext, places: Places, clause: ClauseInfo): boolean {
  const index = context.clauses.indexOf(clause)
  const before = index > 0 ? context.clauses[index - 1]! : undefined
  if (!before || before.sentence !== clause.sentence) return false
  return places.conditions.some((word) => word.normalStart >= before.normalStart && word.normalStart - before.normalStart <= 2)
}

/** Whether the refusal's sentence is a question that checks what the customer said (`…，是吗？`). */
function checksBack(places: Places, sentence: SentenceInfo, refusal: Match): boolean {
  return isQuestion(sentence) && places.tags.some((tag) => tag.normalStart >= refusal.normalEnd && tag.normalEnd <= sentence.normalEnd)
}

/**
 * Whether a condition, question or purpose word earlier in the clause reaches
 * the refusal word (no `就`/`then` between them): `如果还是无法登录`,
 * `if you can't find it`, `否则无法退换`.
 */
function framed(places: Places, clause: ClauseInfo, refusal: Match): boolean {
  const frame = places.frames.filter((match) => match.normalStart >= clause.normalStart && match.normalEnd <= refusal.normalStart).at(-1)
  if (!frame) return false
  return !places.mainClause.some((word) => word.normalStart >= frame.normalEnd && word.normalEnd <= refusal.normalStart)
}

/** Particles that may follow `…的` at the end of a refusal (`不支持的哦`): then `的` ends it, it does not make it describe a noun. */
const particlesAfterDe = new Set([...'了哦呢啊呀哈啦哟嘛吧哒噢欧喽咯亲'])

/**
 * Whether the refusal word describes a noun (`上面有不支持的快递`, `从我们无法控制
 * 的渠道`): up to a short verb, then `的` and a Han character that is no
 * particle. After `是` it still refuses (`定制款是不能退的商品`).
 */
function attributive(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) === '是') return false
  for (let at = end; at <= end + maxVerb; at++) {
    const c = text.codePointAt(at)
    if (c === undefined || c < 0x4e00 || c > 0x9fff) return false
    if (text.charAt(at) !== '的') continue
    const next = text.codePointAt(at + 1)
    return next !== undefined && next >= 0x4e00 && next <= 0x9fff && !particlesAfterDe.has(text.charAt(at + 1))
  }
  return false
}

/** The longest verb between a refusal word and the `的` of a description (`无法控制的`). */
const maxVerb = 3

/** Whether only particles and pet names follow the refusal word in its clause: `不可以的哦亲~`, `We can't.` */
function standsAlone(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!afterAlone.has(text.charAt(i))) return false
  return true
}

/** Separators after an opener: comma, enumeration comma, tilde, exclamation mark, space (normalised). */
const separators = new Set([',', '、', '~', '!', ' '])

/**
 * The fix: the apology at the start of the refusal's sentence, after its
 * openers (`亲，`, `您好，`, `Hi Anna,`) so the greeting still comes first.
 * English keeps its capitals right: `We can't…` → `Sorry, we can't…`.
 */
function insertApology(context: RuleContext, sentence: SentenceInfo, refusal: Match<RefusalEntry>, lang: 'zh' | 'en'): Fix {
  const text = context.normal.text
  // The longest opener at each place: `亲爱的` rather than the `亲` in it.
  const longest = new Map<number, Match>()
  for (const match of context.find(openers)) {
    if ((longest.get(match.normalStart)?.normalEnd ?? -1) < match.normalEnd) longest.set(match.normalStart, match)
  }
  let at = sentence.normalStart
  for (let opener = longest.get(at); opener; opener = longest.get(at)) {
    let next = opener.normalEnd
    if (isLatin(text.charCodeAt(opener.normalStart))) next = skipName(text, next)
    if (!separators.has(text.charAt(next))) break
    while (separators.has(text.charAt(next))) next++
    if (next >= refusal.normalEnd) break
    at = next
  }
  const offset = at < text.length ? context.normal.starts[at]! : context.text.length
  if (lang === 'zh') return { range: [offset, offset], text: apologies.zh }
  const afterOpener = at > sentence.normalStart
  const sorry = afterOpener ? 'sorry, ' : apologies.en
  const word = /^[A-Za-z']{1,20}/.exec(context.text.slice(offset, offset + 20))?.[0] ?? ''
  if (word && /^[A-Z][a-z']*$/.test(word) && lowerCaseOpeners.has(word.toLowerCase())) {
    return { range: [offset, offset + 1], text: sorry + word.charAt(0).toLowerCase() }
  }
  return { range: [offset, offset], text: sorry }
}

/**
 * The language a sentence is mostly in, counting a Latin word as one unit
 * against each Han character (`亲，这款L码不能退哦` is Chinese);
 * `undefined` when it holds neither.
 */
function sentenceLang(normal: string): 'zh' | 'en' | undefined {
  let han = 0
  let words = 0
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i)
    if (c >= 0x3400 && c <= 0x9fff) han++
    else if (isLatin(c) && !isLatin(normal.charCodeAt(i - 1))) words++
  }
  if (han === 0 && words === 0) return undefined
  return han >= words ? 'zh' : 'en'
}

/** After an English opener, skip a name of up to three words (`Hi Anna Lee,`). */
function skipName(text: string, from: number): number {
  let at = from
  for (let words = 0; words < 3 && text.charAt(at) === ' ' && isLatin(text.charCodeAt(at + 1)); words++) {
    at++
    while (isLatin(text.charCodeAt(at))) at++
  }
  return at
}

function isLatin(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}
