/**
 * no-cold-reply: don't answer coldly (000 "對待顧客要熱情尊重，切忌冷淡"). Fires when
 * the whole reply is a bare, clipped answer with nothing warm about it.
 *
 *   没有  →  亲，这款暂时没有哦，我们帮您看看相似的款式
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { classes } from '../src/language/classes.js'
import type { Match } from '../src/types.js'
import { bareAnswers, type ColdEntry } from './no-cold-reply.lexicon.js'

const pictograph = /\p{Extended_Pictographic}/u

/** Longest normalised reply worth looking at: a bare answer, a mention and a signature fit. */
const maxLength = 64

/**
 * Warmth (the catalogue): a term of address, a soft particle or mark, an
 * emoji, a greeting, thanks, an apology or an offer of help — and links or
 * masks, which carry content the reply points to.
 */
const warmth =
  '@second|@vocative|方便提供|方便私信|方便告知|方便发|方便的话|方便说|方便留|@greeting|@thanks|@apology|@finalParticle|@emoji|亲|客官|#e-s|#e-b|谢|客气|~|!|帮|为您|请|麻烦|欢迎|嘿|嘻|[链接|[商品|[表情|http|www|.com|问下|查下|问一下|查一下|查看一下|我查看|我看一下|我看下|我这边看|核实一下|核实下|帮您核实|为您核实|处理一下|为您处理|帮您处理|给您处理|马上处理|尽快处理|现在处理|我来|我们来|交给我|交给我们|交给小妹|交给妹子|包在|这就|看看|确认一下|确认下|查询一下|反馈一下|反馈下|跟进|please|happy|glad|welcome|sorry|thanks|cheers|fam|mate|buddy|pal|night|morning|evening|afternoon|hi|hello|hey|dear|anytime|any_time|my_pleasure|no_worries|you_bet|:)|!'

/**
 * Words that make a reply a sentence addressed to someone (a subject, a copula, an aspect or
 * modal word): `订单已经发出了` informs; `预计两个工作日寄出` only names the answer.
 */
const sentenceWords =
  '@we|是|有|会|能|可以|在|了|的|要|吗|已|将|可|不|没|还|就|都|也|给|让|被|把|对|这|那|我|它|they|we|i|it|is|are|was|were|will|can|could|have|has|had|do|does|did|should|would|may|might|this|that|there|here'

/**
 * A reply that is only a masked name or site of a data set (`[姓名x]`) or an emoticon code carries
 * no words to judge. A masked value (`[订单x]`, `[数字x]个`) is a bare answer like `3件`: cold.
 */
const dataOnly = '^^ [姓名x|[站点x|[呵呵 ~4 $'

/**
 * Whole replies that hold or acknowledge rather than answer: the hold handbook 001 recommends
 * (`稍等`) and a receipt (`收到`). The bare-phrase constructions read any short reply, so they
 * name these (a reader of the corpus hits found `稍等` flagged against the page).
 */
const acknowledgements = '^^ 稍等|请稍等|稍等一下|稍等下|收到|收到了 $'

export default defineRule({
  meta: {
    id: 'no-cold-reply',
    description: 'Disallow cold, bare one-word replies.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('no-cold-reply'),
    messages: {
      cold: {
        'zh-CN': '“{actual}”太冷淡了，热情一点：“{expected}”',
        'zh-TW': '「{actual}」太冷淡了，熱情一點：「{expected}」',
        en: 'Unexpected `{actual}`, use `{expected}` instead',
      },
      bare: {
        'zh-CN': '“{actual}”太冷淡了，加上称呼、语气词或一句帮忙的话',
        'zh-TW': '「{actual}」太冷淡了，加上稱呼、語氣詞或一句幫忙的話',
        en: 'Unexpected `{actual}`: too curt; add a greeting, a friendly word or an offer to help',
      },
    },
    note: {
      'zh-CN': '手册 000：“对待顾客要热情尊重，切忌冷淡”。',
      'zh-TW': '手冊 000：「對待顧客要熱情尊重，切忌冷淡」。',
      en: 'Handbook 000: treat customers warmly and with respect; never be cold.',
    },
  },
  lexicons: [bareAnswers, classes.emoji],
  constructions: [
    {
      id: 'bare-phrase',
      meaning: 'The whole reply is a bare word or noun phrase (`深蓝色`, `顺丰`, `3件`), with nothing warm around it.',
      example: '深蓝色',
      pattern: '^^ ~7 $',
      scope: 'reply',
      question: false,
      unless: { reply: [warmth, dataOnly, acknowledgements] },
      messageId: 'bare',
    },
    {
      id: 'bare-statement',
      meaning: 'A short reply that only names the answer — a thing, a size, a place, a time (`尺寸 60x40x30mm`, `预计两个工作日寄出`, `Out of stock.`) — with no sentence around it and nothing warm.',
      example: '预计两个工作日寄出',
      pattern: '^^ ~24 $',
      scope: 'reply',
      question: false,
      unless: { reply: [warmth, sentenceWords, dataOnly, acknowledgements] },
      messageId: 'bare',
    },
    {
      id: 'short-statement',
      meaning: 'A reply of a few words that states the answer and nothing more (`审核明天就审核了`, `版本号是V4.6`): a sentence, but one with nothing warm in it.',
      example: '审核明天就审核了',
      pattern: '^^ ~8 $',
      scope: 'reply',
      question: false,
      // An A-not-A question asks even without its mark (`是不是确定没有货`).
      unless: { reply: [warmth, dataOnly, acknowledgements, '是不是|是否|有没有|能不能|可不可以|要不要|会不会|对不对|行不行|好不好|可以吗|多少|什么|哪|几点|几时|几号|几天|多久|为什么|为啥|怎么|咋|谁'] },
      messageId: 'bare',
    },
    {
      id: 'grudging',
      meaning: 'A grudging "fine then" (`额好吧`, `那行吧`): its 吧 gives in, it is not warm.',
      example: '额好吧',
      pattern: '^^ 额|呃|嗯|哦|那|唉? 好吧|行吧|算了吧|随便吧|就这样吧|那好吧 $',
      scope: 'reply',
      question: false,
      unless: { reply: ['@second|@greeting|@thanks|@apology|@emoji|亲|~|帮|为您'] },
      messageId: 'bare',
    },
    {
      id: 'bare-why',
      meaning: 'A bare question word thrown back as the whole reply (`为什么`, `啥？`, `Why?`): it asks nothing the customer can answer warmly, it pushes back.',
      example: '为什么',
      pattern: '^^ 为什么|为啥|为毛|干嘛|什么|啥|咋了|怎么了|why|what|huh|so $',
      scope: 'reply',
      // The 么 of 为什么 is no particle of warmth; 呢, 呀, 哦 after it are.
      unless: { reply: [warmth.replace('@finalParticle|', ''), '呢|哦|呀|啊|哈|啦|嘛|呐'] },
      messageId: 'bare',
    },
    {
      id: 'en-bare',
      meaning: 'A bare English answer (`No.`, `Nope`, `Done.`), with nothing warm around it.',
      example: 'Nope.',
      pattern: '^ @enBare $',
      scope: 'reply',
      question: false,
      unless: { reply: warmth },
      messageId: 'bare',
    },
  ],
  check(_tree, context) {
    const text = context.normal.text
    if (text.length > maxLength) return
    // Any emoji warms a reply (the catalogue), not only the common ones of `@emoji`.
    if (pictograph.test(text) || context.find(classes.emoji).length > 0) return
    const longest = new Map<number, Match<ColdEntry>>()
    for (const match of context.find(bareAnswers)) {
      // A piece must end where the reply or a mark ends it: `嗯嗯` is not `嗯` twice.
      if (match.normalEnd < text.length && !isSeparator(text.charCodeAt(match.normalEnd))) continue
      const known = longest.get(match.normalStart)
      if (!known || known.normalEnd < match.normalEnd) longest.set(match.normalStart, match)
    }
    if (longest.size === 0) return

    const pieces: Match<ColdEntry>[] = []
    let at = 0
    while (at < text.length) {
      if (isSeparator(text.charCodeAt(at))) {
        at++
        continue
      }
      const piece = longest.get(at)
      if (piece) {
        pieces.push(piece)
        at = piece.normalEnd
        continue
      }
      // A Twitter reply opens with the customer's handle and may close with the agent's initials.
      if (pieces.length === 0 && text.charCodeAt(at) === 0x40) {
        at = wordEnd(text, at)
        continue
      }
      if (pieces.length > 0 && isSignature(text.slice(at))) break
      return
    }
    if (pieces.length === 0) return

    const first = pieces[0]!
    const last = pieces[pieces.length - 1]!
    // The span runs on over the marks that close the answer (`No.`, `没有。`).
    let normalEnd = last.normalEnd
    while (normalEnd < text.length && isSeparator(text.charCodeAt(normalEnd)) && !isSpace(text.charCodeAt(normalEnd))) normalEnd++
    const start = first.start
    const end = context.normal.ends[normalEnd - 1]!
    const entry = rewriteOf(pieces)
    const expected = entry ? entry.expected : []
    context.report({ messageId: expected.length > 0 ? 'cold' : 'bare', start, end, expected: [...expected] })
  },
})

/** The entry whose rewrite fits the reply: its one answer, or its last grunt; none for two different answers. */
function rewriteOf(pieces: readonly Match<ColdEntry>[]): ColdEntry | undefined {
  const answers = pieces.filter((piece) => !piece.entry.grunt)
  if (answers.length === 0) return pieces[pieces.length - 1]!.entry
  return answers.every((piece) => piece.entry === answers[0]!.entry) ? answers[0]!.entry : undefined
}

/** Marks and spaces between bare words (not `?` nor `~`: a question asks, a tilde is warm). */
const separators = new Set([...' \n\t.,!;:。、…·'].map((c) => c.charCodeAt(0)))

/** Whether a UTF-16 unit of the normalised reply separates bare words. */
function isSeparator(unit: number): boolean {
  return separators.has(unit)
}

/** Whether a UTF-16 unit of the normalised reply is white space. */
function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x09
}

/** The end of the word (a handle) that starts at `from`. */
function wordEnd(text: string, from: number): number {
  let at = from
  while (at < text.length && !isSpace(text.charCodeAt(at))) at++
  return at
}

/** `^JK`, `*HCK`, `-Becky`, `2/2`: an agent's initials or name, or a tweet's part number. */
const signature = /^(?:[\^*][a-z]{1,12}|[-–—][a-z]{1,15}|\d{1,2}\/\d{1,2})$/

/** Whether the rest of the reply is only signatures. */
function isSignature(rest: string): boolean {
  const tokens = rest.split(/[ \n\t]/).filter((token) => token.length > 0)
  return tokens.length > 0 && tokens.length <= 3 && tokens.every((token) => signature.test(token))
}
