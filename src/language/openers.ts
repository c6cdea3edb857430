/**
 * Openers: the words a chat reply puts before what it says — the vocative
 * (`亲`, `亲爱的`, `Hi Anna`), a greeting, an interjection (`好的`, `嗯`, `OK`),
 * a Twitter handle (`@115`), a masked name (`[姓名x]`).
 *
 * Rules that ask "does this clause start with X?" (an order starts with its
 * verb, a scolding question with `难道`) look past them: `亲，赶紧付款` orders
 * just as `赶紧付款` does, while in `我们赶紧为您处理` something else (the
 * subject) stands first.
 */
import { isAsciiAlnum, isHan, isOtherLetter } from '../chars.js'
import { sortedRanges } from '../typed-arrays.js'
import type { Lexicon, LexiconEntry, Match } from '../types.js'

/**
 * Warm terms of address for the customer (`亲亲`, `客官`, `同学`, `掌柜大人`): a reply that opens
 * with one greets the way `亲` does (greet-first), and the words after it are the clause's own.
 */
export const vocatives: readonly string[] = [
  '亲亲', '亲爱的', '亲爱哒', '亲们', '宝宝', '宝贝', '宝子', '小主', '小仙女', '美女', '帅哥', '小哥哥', '小姐姐',
  '姐姐', '哥哥', '老板', '客官', '朋友', '同学', '同学们', '掌柜', '掌柜的', '掌柜大人', '小伙伴', '小可爱',
]

/** Vocatives, greetings and interjections that may open a clause. */
export const openerLexicon: Lexicon<LexiconEntry> = [
  // `亲自`, `亲身` are adverbs, not the vocative `亲`.
  { match: '亲', notBefore: ['自', '身', '手', '眼', '口'] },
  {
    match: [
      ...vocatives, '您好', '哈喽', '哈啰', '嗨', '嗯', '嗯嗯', '噢', '好的', '好滴',
      '咦', '哎', '唉', '诶', '欸', '哎呀', '哇',
      '好吧', '好嘞', '明白', '了解', '那么', '所以', '然后', '另外', '这样', '这样子', '现在', '今天', '那就',
    ],
  },
  // The customer addressed as `这位` + a term of address (`这位客官怕不是…`, `这位顾客，…`); not
  // `这位客户的订单`, a possessive.
  {
    match: ['这位', '您这位'].flatMap((lead) => ['客官', '亲', '朋友', '同学', '美女', '帅哥', '老板', '小姐姐', '小哥哥', '先生', '女士', '顾客', '买家', '客户', '小主'].map((noun) => `${lead}${noun}`)),
    notBefore: ['的', '们'],
  },
  // `你好，…` greets; `你好好反省一下` is `你` with `好好` (well, properly).
  { match: '你好', notBefore: ['好'] },
  // `收到，…` acknowledges; `收到货先检查` says when.
  { match: '收到', notBefore: ['货', '快递', '包裹', '商品', '东西', '后', '的', '了', '退款', '短信', '邮件', '款', '件', '时', '之后', '以后'] },
  // `那` opens a clause (`那自己看吧`), `那边` and `那款` do not.
  { match: '那', notBefore: ['边', '个', '款', '些', '里', '天', '时', '种', '件', '位', '就'] },
  // `好` opens a clause (`好，…`), `好评` and `好看` do not.
  { match: '好', notBefore: ['评', '看', '用', '的', '滴', '吧', '嘞', '处', '多', '像', '几', '了'] },
  { match: '哦', notAfter: ['好', '是', '的', '了'] },
  {
    match: [
      'hi', 'hello', 'hey', 'hiya', 'dear', 'there', 'ok', 'okk', 'okok', 'okay', 'alright', 'so', 'well', 'sure', 'yes', 'yep', 'no',
      'oh', 'ah', 'hmm', 'also', 'and', 'but', 'then', 'next', 'again', 'sir', 'madam', "ma'am", 'folks', 'friend',
      'guys', 'team', 'mate', 'buddy',
    ],
  },
]

/** Where lead-ins that start at a normalised offset end (the longest): `get(start)`, as a map would answer. */
export interface LeadInEnds {
  get(start: number): number | undefined
}

/** Lead-ins by start, in sorted typed arrays: a map of a megabyte's openers held a megabyte or two. */
class SortedLeadIns implements LeadInEnds {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  get(start: number): number | undefined {
    const { starts } = this
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (starts[middle]! < start) low = middle + 1
      else high = middle
    }
    // The longest of those starting here comes first.
    return low < starts.length && starts[low] === start ? this.ends[low] : undefined
  }
}

/** Where each opener (or other lead-in) that starts at a normalised offset ends, longest first. */
export function leadInEnds(...groups: ReadonlyArray<readonly Match[]>): LeadInEnds {
  const { starts, ends } = sortedRanges((add) => {
    for (const matches of groups) for (const match of matches) add(match.normalStart, match.normalEnd)
  })
  return new SortedLeadIns(starts, ends)
}

/**
 * The first normalised offset in `[from, to)` after the lead-ins: marks,
 * spaces and emoji are passed over, so are handles (`@115`) and bracketed
 * masks (`[姓名x]`), and every word that `ends` knows. Returns `to` when
 * nothing else stands there.
 *
 * @param text The normalised text.
 * @param ends Lead-in starts and ends (from `leadInEnds`).
 * @param stops If given, receives every offset the walk passes between
 *   lead-ins, so one walk answers "does only lead-ins precede offset p?" for
 *   every p of the clause.
 */
export function skipLeadIns(text: string, from: number, to: number, ends: LeadInEnds, stops?: Set<number>): number {
  let i = from
  while (i < to) {
    stops?.add(i)
    const end = ends.get(i)
    if (end !== undefined && end <= to) {
      i = end
      continue
    }
    const c = text.charCodeAt(i)
    if (c === 0x40 /* @ */) {
      i++
      while (i < to && (isAsciiAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 0x5f)) i++
      continue
    }
    if (c === 0x5b /* [ */ || c === 0x3010 /* 【 */) {
      // A mask or label is short; a long bracket is text.
      const close = c === 0x5b ? 0x5d : 0x3011
      let k = i + 1
      while (k < to && k - i <= 12 && text.charCodeAt(k) !== close) k++
      if (k < to && text.charCodeAt(k) === close) {
        i = k + 1
        continue
      }
      i++
      continue
    }
    if (isWordUnit(text, i)) return i
    i++
  }
  return to
}

/** Whether the unit at `index` belongs to a word: a Han character, a letter or a digit. */
export function isWordUnit(text: string, index: number): boolean {
  const cp = text.codePointAt(index)!
  return isAsciiAlnum(cp) || isHan(cp) || isOtherLetter(cp)
}

/**
 * Leading `@handle`s of a reply tweet (and the `.` some put before them), with the spaces after:
 * what a rule inserts at the start of a reply goes after them, or the reply leaves its thread.
 */
export const leadingMentions = /^\.?(?:@\w{1,30}[\s,:]*)+/

/** Where the words of `text`'s `[start, end)` begin, past a reply tweet's leading handles. */
export function afterMentions(text: string, start: number, end: number): number {
  return start + (leadingMentions.exec(text.slice(start, end))?.[0].length ?? 0)
}
