/**
 * Pasted text: what stands in a reply without being the agent's own claim or
 * answer — a system or bot line (`结果:…不支持比价价保`, `原因:无法联系客户`,
 * `【自动回复】…`), a price tracker's statistics (`历史最低价为868元`), a note
 * inside a product title (`(非卖品 请勿下单)`), a numbered line of a product's
 * specification (`3.语音控制：A款不支持命令词；`). Quotations are left out by
 * `context.find` already.
 *
 * Rules that judge what the agent says (`no-ad-absolutes`, `fewer-negatives`,
 * `apologise-when-refusing`) skip what falls inside: the agent did not write
 * `最低价` or `无法` there, a tool or a listing did.
 */
import type { Normalised } from '../types.js'

/**
 * Field labels of system, order and courier records: `label:` and what
 * follows to the end of its sentence was filled in by a system
 * (`原因:无法联系客户`, `处理结果：不支持…`).
 */
const fieldLabels = [
  '结果', '处理结果', '审核结果', '审核意见', '原因', '驳回原因', '失败原因', '异常原因', '备注', '状态', '订单状态', '物流状态',
  '物流信息', '配送信息', '系统提示', '系统消息', '商品名称', '商品名', '品名', '商品标题', '标题', '规格', '型号',
]

/** Words of a price tracker's or a bot's line: the whole sentence is its statistics, not a claim. */
const botWords = ['实时最低价', '历史最低价', '历史最低', '历史最高价', '报价参考', '价格走势', '历史价格', '自动回复', '系统消息', '机器人回复']

/** Sentence ends in the normalised text. */
const sentenceEnds = new Set(['。', '！', '？', '!', '?', '\n', '；', ';'])

/** Clause marks: a bracketed note holding one is the agent's own aside, not a label. */
const clauseMarks = new Set([',', '，', '。', '！', '？', '!', '?', ';', '；', '~', '～'])

/** Particles and persons that mark the agent talking (`(商品不变哦)`), not a listing's label. */
const talking = new Set([...'哦呢啦吧呀哈嘛哟您你我亲咱'])

const brackets = new Map([
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
])

/** The head of a numbered specification field: `3.语音控制：`, `2、充电盒续航时间:`. */
const specLine = /(?<![\p{L}\p{N}])\d{1,2}[.、]\s?\p{Script=Han}{2,8}[:：]/gu
/** What every `specLine` holds. */
const specStart = /\d[.、]/

/** Longest bracketed note read as a listing's label. */
const maxNote = 20

const cache = new WeakMap<Normalised, ReadonlyArray<readonly [number, number]>>()

/**
 * The normalised ranges `[start, end)` of pasted text in a reply, in order
 * and not overlapping; linear in the reply, computed once per reply.
 */
export function pastedRanges(normal: Normalised): ReadonlyArray<readonly [number, number]> {
  const known = cache.get(normal)
  if (known) return known
  const text = normal.text
  const ranges: Array<[number, number]> = []
  const add = (from: number, to: number) => {
    const last = ranges.at(-1)
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else ranges.push([from, to])
  }
  const sentenceStart = (at: number) => {
    let i = at
    while (i > 0 && !sentenceEnds.has(text[i - 1]!)) i--
    return i
  }
  const sentenceEnd = (at: number) => {
    let i = at
    while (i < text.length && !sentenceEnds.has(text[i]!)) i++
    return i
  }
  const found: Array<[number, number]> = []
  for (const word of botWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) found.push([sentenceStart(at), sentenceEnd(at)])
  }
  // A label counts only before its colon: without one in the reply, no label is looked for.
  if (text.includes(':') || text.includes('：')) for (const label of fieldLabels) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length)) {
      const colon = at + label.length
      // A label is followed by its colon (`原因:…`, not `的原因是`); a short one also stands at the start of a
      // clause, while a long one is the system's own (`您好审核意见:…`: normalising took the space out).
      if (text[colon] !== ':' && text[colon] !== '：') continue
      const before = at > 0 ? text[at - 1]! : ''
      if (label.length < 4 && before && !/[\s,，。:：;；!！?？\]】)）.]/u.test(before)) continue
      found.push([at, sentenceEnd(colon)])
    }
  }
  // A numbered field of a specification sheet: `3.语音控制：…` up to its `；` or the sentence end.
  // Most replies hold no `3.` or `2、`: the Unicode scan for a field's head is skipped.
  if (specStart.test(text)) for (const spec of text.matchAll(specLine)) {
    const from = spec.index + spec[0].length
    let to = from
    while (to < text.length && !sentenceEnds.has(text[to]!) && text[to] !== '；' && text[to] !== ';') to++
    found.push([spec.index, to])
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // Compared as code units first: a one-character string per Han character showed in the profile.
    if (c !== 0x28 && c !== 0xff08 && c !== 0x3010) continue
    const closer = brackets.get(text[i]!)
    if (closer === undefined || i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!)) continue
    // A note glued to a name (`耳机(非卖品 请勿下单)`): short, without clause marks or an agent's voice.
    let k = i + 1
    while (k < text.length && k - i <= maxNote && text[k] !== closer && !clauseMarks.has(text[k]!) && !talking.has(text[k]!)) k++
    if (text[k] === closer && k > i + 1) found.push([i, k + 1])
  }
  found.sort((a, b) => a[0] - b[0])
  for (const [from, to] of found) add(from, to)
  cache.set(normal, ranges)
  return ranges
}

/** Whether the normalised range `[start, end)` lies inside pasted text. */
export function isPasted(normal: Normalised, start: number, end: number): boolean {
  const ranges = pastedRanges(normal)
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const [from, to] = ranges[middle]!
    if (end <= from) high = middle - 1
    else if (start >= to) low = middle + 1
    else return start >= from && end <= to
  }
  return false
}
