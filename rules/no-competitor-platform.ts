/**
 * no-competitor-platform: don't send customers to other marketplaces (003
 * item 6, in English in 002: "買家有諮詢到你們有京東嗎？回覆客戶我暫時只負責
 * 天貓其他平臺不清楚 抱歉親").
 *
 *   京东也有，那边还便宜一点。  →  我们这边只负责天猫店铺哦，其他平台不太清楚，抱歉亲。
 *
 * A marketplace's name is a pointer only with a cue: the goods are there too
 * (`京东也有`, `also sell on Amazon`), cheaper there (`抖音店更便宜`), go
 * there (`去拼多多买`), a shop or link there (`拼多多店`, `jd.com/…`). A mere
 * mention stays quiet: couriers and payments (`京东快递`, `京东白条`), the
 * customer's own order there (`您在京东买的`), warnings (`拼多多上的都是仿品`),
 * negations (`京东那边不太清楚`), and the shop's own marketplace. A brand's
 * helpdesk (a platform that is no marketplace: Weibo, Twitter) naming its
 * official stores (`天猫旗舰店`, `京东自营`, `official store on Amazon`) points
 * to its own channels, not to a competitor.
 */
import * as z from 'zod/mini'
import { lowerCaseInPlace } from '../src/chars.js'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { startsSentence } from '../src/language/case.js'
import { findNegations } from '../src/language/negation.js'
import { anyWithin, clauseAt, isLatinPhrase, listClauseStart, onlyLinkingWords, unbroken } from '../src/language/proximity.js'
import { leftmostLongest } from '../src/matcher.js'
import { normalisedIndex } from '../src/normalise.js'
import { lowerBound } from '../src/binary-search.js'
import type { ClauseInfo, Match, RuleContext, SentenceInfo } from '../src/types.js'
import { isQuestion } from '../src/language/questions.js'
import {
  comparisons,
  type CueEntry,
  cuesAfter,
  cuesBefore,
  domains,
  handbookReply,
  linkingWords,
  notPointers,
  officialStores,
  ownNames,
  platformAliases,
  platforms,
} from './no-competitor-platform.lexicon.js'

/** Most characters between a Chinese cue and the marketplace (`去看看京东`). */
const maxBeforeGap = 3
/** Most characters between the marketplace and a Chinese cue after it (`京东那边价格更低`). */
const maxAfterGap = 6
/** Most linking words between an English cue and the marketplace. */
const maxLinkingWords = 3

const options = z.strictObject({
  /**
   * The shop's own marketplace: its names never fire. `taobao` covers 淘宝 and
   * 天猫; others are `jd`, `pinduoduo`, `douyin`, `kuaishou`, `xiaohongshu`,
   * `vipshop`, `suning`, `shopee`, `lazada`, `amazon`, … Left at its default,
   * `context.platform` of the lint call decides; set to anything else, the
   * option wins over `context.platform`.
   *
   * @default 'taobao'
   */
  platform: z._default(z.string().check(z.minLength(1)), 'taobao'),
})

/** A marketplace named in the reply, in normalised offsets. */
interface Named {
  normalStart: number
  normalEnd: number
}

/** A link to a marketplace: a pointer by itself. */
interface Link {
  /** The URL's range in the original text. */
  start: number
  end: number
  normalStart: number
}

/** Other marketplaces and sales channels, unnamed (`其他平台`, `别家`, `官网`). */
const elsewhere = '其他平台|其它平台|别的平台|别家|别的店|其他店|其他店铺|其他网站|别的网站|其他渠道|别的渠道|外面|外边'
/** The shop's own channels off the marketplace (`官网`, `小程序商城`). */
const ownSitesElsewhere = '官网|官方网站|官方商城|小程序|微商城|商城小程序|公众号商城|微店'
/** The customer's words that ask about buying elsewhere: any marketplace, another shop, or a price there. */
const askedElsewhere =
  '淘宝|天猫|京东|拼多多|唯品会|苏宁|抖音|快手|闲鱼|亚马逊|当当|别家|别的店|其他店|其他平台|别的平台|其它平台|官网|实体店|专卖店|专柜|网上|amazon|ebay|walmart|aliexpress|temu|shein|elsewhere|other_sites|another_site|other_stores'

/** What makes a channel a pointer: the goods there, cheaper or easier there, buying there. */
const betterThere = '也有|有卖|在卖|也卖|更便宜|便宜|更优惠|优惠|更划算|有活动|活动多|有折扣|打折|只要|买得到|能买到|也能买|可以买|下单|购买|有现货|有货'
/** Warnings, and the handbook's "其他平台不太清楚": no pointer. */
/** Negators, without the `别` of `别家`, `别的平台`. */
const negated = '不|没|没有|无|未|无法|不能|不会'
const noPointer = '不清楚|不了解|不负责|只负责|假|仿|山寨|盗版|授权|真伪|防伪|查询|验证|注册|激活|保修|说明书|下载'

export default defineRule({
  meta: {
    id: 'no-competitor-platform',
    description: 'Disallow pointing customers to other marketplaces.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('no-competitor-platform'),
    messages: {
      link: {
        'zh-CN': '不要发其他平台的链接（“{actual}”）',
        'zh-TW': '不要發其他平台的連結（「{actual}」）',
        en: 'Unexpected `{actual}`: do not send links to other marketplaces',
      },
      unasked: {
        'zh-CN': '不要把顾客引到其他平台（“{actual}”）',
        'zh-TW': '不要把顧客引到其他平臺（「{actual}」）',
        en: 'Unexpected `{actual}`: do not send customers to other marketplaces',
      },
      pointer: {
        'zh-CN': '不要把顾客引到其他平台（“{actual}”），用“{expected}”代替',
        'zh-TW': '不要把顧客引到其他平台（「{actual}」），用「{expected}」代替',
        en: 'Unexpected `{actual}`, use `{expected}` instead: do not send customers to other marketplaces',
      },
    },
    note: {
      'zh-CN': '手册 003 第 6 条（002 为英文版）：“买家有咨询到你们有京东吗？回复客户我暂时只负责天猫其他平台不清楚 抱歉亲”。',
      'zh-TW': '手冊 003 第 6 條（002 為英文版）：「買家有諮詢到你們有京東嗎？回覆客戶我暫時只負責天貓其他平臺不清楚 抱歉親」。',
      en: 'Handbook 002/003 item 6: asked about JD, reply that you only look after the Tmall store and know nothing of other platforms, sorry.',
    },
    options,
  },
  lexicons: [platforms, cuesBefore, cuesAfter, notPointers, comparisons, officialStores],
  constructions: [
    {
      id: 'elsewhere-better',
      meaning: 'other marketplaces, unnamed, where the goods are too, or cheaper (`其他平台更便宜`, `别家也有卖`)',
      example: '其他平台更便宜哦',
      pattern: `${elsewhere} ~6 ${betterThere}`,
      messageId: 'pointer',
      unless: { clause: [negated, noPointer], before: '比|比起|相比|对比' },
      expected: ['我们这边只负责本店哦，其他平台不太清楚，抱歉亲'],
    },
    {
      id: 'go-elsewhere',
      meaning: 'sending the customer to another marketplace, unnamed (`去别的平台看看`)',
      example: '您可以去别的平台看看',
      pattern: `去|到|上|换 ~2 ${elsewhere} ~4 看看|看一下|逛逛|买|下单|购买|搜|搜一下|找找|问问`,
      messageId: 'pointer',
      unless: { clause: [negated, noPointer] },
      expected: ['我们这边只负责本店哦，其他平台不太清楚，抱歉亲'],
    },
    {
      id: 'own-site-elsewhere',
      meaning: 'sending the customer to the shop’s own site or mini-program to buy (`我们官网下单更优惠`)',
      example: '我们小程序商城也能买',
      pattern: `我们|我们家|本店|小店|去|到|上|关注 ~3 ${ownSitesElsewhere} ~6 ${betterThere}`,
      messageId: 'pointer',
      unless: { clause: [negated, noPointer], before: '比|比起|相比|对比|如果|若|是在' },
      expected: ['我们这边只负责本店哦，其他平台不太清楚，抱歉亲'],
    },
    {
      id: 'cheaper-elsewhere',
      meaning: 'English: cheaper, or to be bought, on other sites',
      example: 'You can find it cheaper on other sites.',
      pattern: 'cheaper|for_less|better_price|better_deal|lower_price|buy|order|get ~8 elsewhere|other_sites|another_site|other_platforms|other_marketplaces|other_websites',
      messageId: 'pointer',
      unless: { clause: ['@negator', 'than|fake|counterfeit|scam'] },
      expected: ['We only look after our store here, sorry'],
    },
    {
      id: 'en-we-sell-there',
      meaning: 'English: the shop\'s own listing on another marketplace offered (`we also have it on Amazon`)',
      example: 'If you need it sooner, we also have it on Amazon with Prime shipping.',
      pattern: 'we|we_also|we_are|we_are_also ~3 have|sell|list|stock|carry ~10 on|at amazon|ebay|walmart|aliexpress|etsy|temu|shein',
      messageId: 'pointer',
      unless: { clause: ['@negator', 'fake|counterfeit|scam'] },
      expected: ['We only look after our store here, sorry'],
    },
  ],
  check(_tree, context) {
    const chosen = context.options.platform === 'taobao' ? context.platform : context.options.platform
    const own = canonical(chosen)
    const named: Named[] = []
    for (const match of leftmostLongest(context.find(platforms))) {
      if (match.entry.platform && match.entry.platform !== own) named.push({ normalStart: match.normalStart, normalEnd: match.normalEnd })
    }
    const urls = links(context, own)
    if (named.length === 0 && urls.length === 0) return

    const before = context.find(cuesBefore).sort((a, b) => a.normalEnd - b.normalEnd || b.normalStart - a.normalStart)
    const after = context.find(cuesAfter).sort((a, b) => a.normalStart - b.normalStart || b.normalEnd - a.normalEnd)
    // A brand's helpdesk (not a shop on a marketplace) naming its official stores sends nobody to a competitor.
    const official = marketplaces.has(own) ? [] : context.find(officialStores)
    const excuses = leftmostLongest([...context.find(notPointers), ...official])
    const negations = findNegations(context)
    const compared = new Set(context.find(comparisons).map((match) => match.normalEnd))
    const normal = context.normal.text
    /** A negation or an excuse (the customer's own order there, a warning about fakes) clears a mention. */
    const excused = (clause: ClauseInfo, at: number) =>
      anyWithin(negations, listClauseStart(context, at), clause.normalEnd) || anyWithin(excuses, clause.sentence.normalStart, clause.sentence.normalEnd)
    const done = new Set<SentenceInfo>()
    const flagged: Array<[number, number]> = []
    for (const name of named.sort((a, b) => a.normalStart - b.normalStart)) {
      const clause = clauseAt(context, name.normalStart)
      if (!clause || done.has(clause.sentence) || comparedWith(normal, compared, name.normalStart)) continue
      const cue = pointer(normal, name, before, after)
      // `这款是京东同款吗？`: a question about the other marketplace sends nobody there, unless it suggests going.
      if (!cue || (!cue.entry.invites && isQuestion(clause.sentence)) || excused(clause, name.normalStart)) continue
      done.add(clause.sentence)
      const start = (clauseAt(context, Math.min(name.normalStart, cue.normalStart)) ?? clause).start
      // The cue may end in a later sentence where the parser broke a disguise (`京 东 也有卖`).
      const last = clauseAt(context, Math.max(name.normalEnd, cue.normalEnd) - 1)?.sentence ?? clause.sentence
      const end = trimmedEnd(context.text, start, Math.max(clause.sentence.end, last.end))
      // The handbook's line answers a customer who asked about another marketplace; put where
      // nobody asked, it is a non sequitur (readers found it so), so the message stands alone.
      if (context.history.length > 0 && !context.customerSays(askedElsewhere)) context.report({ messageId: 'unasked', start, end, expected: [] })
      else context.report({ messageId: 'pointer', start, end, expected: [reply(context, own, start, end, clause.sentence)] })
      flagged.push([start, end])
    }
    // A link has no in-place rewrite: it has to go.
    for (const link of urls) {
      const clause = clauseAt(context, link.normalStart)
      if (clause && excused(clause, link.normalStart)) continue
      // One diagnostic per place: a link inside a flagged sentence is part of it.
      if (insideFlagged(flagged, link.start, link.end)) continue
      context.report({ messageId: 'link', start: link.start, end: link.end, expected: [] })
    }
  },
})

/** The marketplaces a shop may sell on: anywhere else (a Weibo or Twitter helpdesk), the agent speaks for a brand. */
const marketplaces: ReadonlySet<string> = new Set(platforms.flatMap((entry) => (entry.platform ? [entry.platform] : [])))

/** Whether `[start, end)` lies inside one of the flagged ranges (in order, not overlapping). */
function insideFlagged(flagged: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  const k = lowerBound(flagged.length, (i) => flagged[i]![0] < start + 1) - 1
  return k >= 0 && end <= flagged[k]![1]
}

/** Whether a comparison stands right before the name (`比京东`, `than on Amazon`). */
function comparedWith(normal: string, compared: ReadonlySet<number>, start: number): boolean {
  return compared.has(start) || (normal.charAt(start - 1) === ' ' && compared.has(start - 1))
}

/** The canonical id of a platform name given in the option or the context. */
function canonical(platform: string): string {
  const key = platform.trim().toLowerCase()
  return platformAliases[key] ?? key
}

/**
 * The cue that makes a mention a pointer, if one stands close enough. Only
 * the few cues nearest the name are tried, so a long reply stays linear.
 *
 * @param before Cues before names, in order of their ends.
 * @param after Cues after names, in order of their starts.
 */
function pointer(normal: string, name: Named, before: readonly Match<CueEntry>[], after: readonly Match<CueEntry>[]): Match<CueEntry> | undefined {
  let k = lowerBound(before.length, (i) => before[i]!.normalEnd < name.normalStart + 1) - 1
  for (let tried = 0; k >= 0 && tried < nearest; k--, tried++) {
    const cue = before[k]!
    if (name.normalStart - cue.normalEnd > 24) break
    if (!unbroken(normal, cue.normalEnd, name.normalStart)) break
    const gap = normal.slice(cue.normalEnd, name.normalStart)
    if (cue.entry.adjacent && gap.trim() !== '') continue
    if (isLatinPhrase(cue.phrase) ? onlyLinkingWords(gap, linkingWords, maxLinkingWords) : gap.trim().length <= maxBeforeGap) return cue
  }
  k = lowerBound(after.length, (i) => after[i]!.normalStart < name.normalEnd)
  for (let tried = 0; k < after.length && tried < nearest; k++, tried++) {
    const cue = after[k]!
    if (cue.normalStart - name.normalEnd > 24) break
    // A sentence-wide cue only needs the sentence (the caller's clause lookups keep to it): no end of sentence between.
    if (cue.entry.sentence) {
      if (!endsSentenceBetween(normal, name.normalEnd, cue.normalStart)) return cue
      continue
    }
    if (!unbroken(normal, name.normalEnd, cue.normalStart)) continue
    const gap = normal.slice(name.normalEnd, cue.normalStart).trim()
    if (cue.entry.adjacent ? adjacentGap.has(gap) : isLatinPhrase(cue.phrase) ? gap === '' || gap.split(' ').length <= maxLinkingWords : gap.length <= maxAfterGap) return cue
  }
  return undefined
}

/** Whether a sentence ends between two offsets of the normalised text (`。`, `！`, `？`, a line break). */
function endsSentenceBetween(normal: string, from: number, to: number): boolean {
  return /[.!?。！？\n]/.test(normal.slice(from, to))
}

/** What may stand between a name and an adjacent cue (`拼多多店`, `京东上买`, `抖音的店`). */
const adjacentGap = new Set(['', '上', '里', '的', '上的', '里的', '的官方', '官方', '自营', '上面', '里面', '上也', '那边', '那里'])

/** How many cues on each side of a name are tried. */
const nearest = 4



/**
 * Links to other marketplaces, as whole URLs. Found in the original text: the
 * normaliser drops the `/` of `jd.com/item`, which would glue the host to its
 * path.
 */
function links(context: RuleContext, own: string): Link[] {
  const text = context.text
  if (!text.includes('.')) return []
  const lower = lowerCaseInPlace(text)
  const found: Link[] = []
  const starts = new Set<number>()
  for (const { domain, platform } of domains) {
    if (platform === own) continue
    for (let at = lower.indexOf(domain); at >= 0; at = lower.indexOf(domain, at + domain.length)) {
      const previous = lower.charCodeAt(at - 1)
      // The domain itself or a subdomain of it (`item.jd.com`), not a longer name (`ajd.com`).
      if (at > 0 && ((previous >= 0x61 && previous <= 0x7a) || (previous >= 0x30 && previous <= 0x39) || previous === 0x2d)) continue
      const url = urlAround(lower, at)
      if (!url || starts.has(url[0]) || context.isQuoted(url[0], url[1])) continue
      starts.add(url[0])
      found.push({ start: url[0], end: url[1], normalStart: normalisedIndex(context.normal, at) })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Characters that end a URL written into a chat reply: white space, Chinese, full-width forms, quotation marks. */
const outsideUrl = /[\s\u2018-\u201f\u3000-\u9fff\uff00-\uffef]/

/**
 * The URL around the domain at `at`, or `undefined` for a site's name in
 * prose (`Amazon.de`): a URL has a scheme or a path, or starts with `www.`.
 * Bounded to 300 characters each way.
 */
function urlAround(lower: string, at: number): [number, number] | undefined {
  let start = at
  while (start > 0 && start > at - 300 && /[a-z0-9.-]/.test(lower.charAt(start - 1))) start--
  const host = start
  if (lower.startsWith('://', start - 3)) {
    start -= 3
    while (start > 0 && start > host - 12 && /[a-z]/.test(lower.charAt(start - 1))) start--
  }
  let end = at
  while (end < lower.length && end < at + 300 && !outsideUrl.test(lower.charAt(end))) end++
  // Closing punctuation and a masked tail (`…/issue/[数字x]`) belong to the sentence, not to the link.
  while (end > at && /[.,;:!?()[\]'"]/.test(lower.charAt(end - 1))) end--
  const path = lower.indexOf('/', at)
  const isUrl = start < host || lower.startsWith('www.', host) || (path >= 0 && path < end)
  return isUrl ? [start, end] : undefined
}

/** The end of the sentence without its closing punctuation, emoji and spaces. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s\p{P}\p{S}]/u.test(text.charAt(end - 1))) end--
  return end
}

/** The handbook's reply, for the shop's marketplace, in the language and script of the reply. */
function reply(context: RuleContext, own: string, start: number, end: number, sentence: SentenceInfo): string {
  if (context.lang === 'en' && !/[\u3400-\u9fff]/.test(context.text.slice(sentence.start, sentence.end))) {
    return startsSentence(context.text, sentence.start, start) ? handbookReply.en : 'w' + handbookReply.en.slice(1)
  }
  const name = ownNames[own]
  return name ? handbookReply.named.replace('{platform}', name) : handbookReply.unnamed
}
