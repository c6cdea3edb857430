/**
 * max-recommendations: recommend two items, not a catalogue (003 "推薦兩款，
 * 說出他們各自的優點，切記不要推薦太多了，那就相當於沒推薦").
 *
 *   推荐这几款：1. 白T 2. 条纹衫 3. 外套  →  推荐两款：白T更百搭，条纹衫更显瘦，您可以对比看看哦。
 *
 * Counts, in one reply, product links (item pages and share links of the
 * marketplaces, found as the parser's `SourceNode`s), the items of an
 * enumerated list (`1. … 2. …`, `①②③`, `一、二、`, `第一款…第二款…`,
 * lines starting with `-` or `•`), names listed inline after a cue
 * (`推荐白T、条纹衫、外套`, `we'd suggest the A, the B or the C`) and counts
 * stated in words (`推荐这三款`, `here are three`). A list counts only when something says it offers
 * products (`推荐`, `这几款`, `here are`, links, `第N款`) and its items are
 * not steps (`申请退款`, `click Returns`) nor the colours or sizes of one
 * product (`1. 白色 2. 黑色 3. 灰色`).
 */
import * as z from 'zod/mini'
import { lowerBound } from '../src/binary-search.js'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { leftmostLongest } from '../src/matcher.js'
import { sources } from '../src/parse.js'
import type { RuleContext } from '../src/types.js'
import {
  ordinals,
  procedureCues,
  productHosts,
  productPaths,
  recommendationCues,
  statedCounts,
  stepWords,
} from './max-recommendations.lexicon.js'

const options = z.strictObject({
  /**
   * How many items one reply may recommend.
   *
   * @default 2
   */
  max: z._default(z.int().check(z.positive()), 2),
})

/** An item of a list, a link, or an ordinal: original offsets. */
interface Item {
  start: number
  end: number
}

/** A numbered marker: which numbering it belongs to, its number, and where it and its item start. */
interface Marker {
  family: 'digit' | 'circled' | 'han' | 'ordinal'
  value: number
  start: number
  /** Where the item's text starts (after the marker). */
  body: number
}

export default defineRule({
  meta: {
    id: 'max-recommendations',
    description: 'Limit how many items one reply recommends.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('max-recommendations'),
    messages: {
      tooMany: {
        'zh-CN': '一次推荐了 {count} 款，最多推荐 {max} 款，说出它们各自的优点，让顾客自己选',
        'zh-TW': '一次推薦了 {count} 款，最多推薦 {max} 款，說出它們各自的優點，讓顧客自己選',
        en: 'Unexpected {count} recommendations in one reply: recommend at most {max} and say what is good about each',
      },
    },
    note: {
      'zh-CN': '手册 003：“推荐两款，说出他们各自的优点，让买家自己去选择一下。切记不要推荐太多了，那就相当于没推荐”。',
      'zh-TW': '手冊 003：「推薦兩款，說出他們各自的優點，讓買家自己去選擇一下。切記不要推薦太多了，那就相當於沒推薦」。',
      en: 'Handbook 003: recommend two, say what is good about each and let the buyer choose; recommending too many is as good as recommending none.',
    },
    options,
  },
  lexicons: [recommendationCues, procedureCues, stepWords, statedCounts, ordinals],
  check(_tree, context) {
    const { max } = context.options
    // Every URL holds a dot, so most replies skip the search.
    const links = context.text.includes('.') ? productLinks(context.text) : []
    const stated = leftmostLongest(context.find(statedCounts)).filter((match) => match.entry.count > max)
    const markers = findMarkers(context.text)
    for (const match of leftmostLongest(context.find(ordinals))) {
      markers.push({ family: 'ordinal', value: match.entry.value, start: match.start, body: match.start })
    }
    markers.sort((a, b) => a.start - b.start)
    let list = longestRun(context, markers)
    const bullets = bulletItems(context.text)
    if (bullets.length > list.items.length) list = { items: bullets, selfCued: false }
    const named = namedItems(context)
    if (named.length > list.items.length) list = { items: named, selfCued: false }
    const listed = englishItems(context)
    if (listed.length > list.items.length) list = { items: listed, selfCued: false }
    if (list.items.length > 0 && !list.selfCued && !offersProducts(context, list.items, links.length > 0)) list = { items: [], selfCued: false }

    const items = [...list.items]
    const listStart = items[0]?.start ?? -1
    const listEnd = items[items.length - 1]?.end ?? -1
    for (const link of links) if (link.start < listStart || link.start >= listEnd) items.push(link)
    items.sort((a, b) => a.start - b.start)

    const statedCount = stated.reduce((most, match) => Math.max(most, match.entry.count), 0)
    const count = Math.max(items.length, statedCount)
    if (count <= max) return
    const data = { count: String(count), max: String(max) }
    if (items.length > max) {
      context.report({ messageId: 'tooMany', start: items[max]!.start, end: items[items.length - 1]!.end, expected: [], data })
    } else {
      const match = stated.find((found) => found.entry.count === statedCount)!
      context.report({ messageId: 'tooMany', start: match.start, end: match.end, expected: [], data })
    }
  },
})

/** Distinct product links of the reply: the parser's sources (`SourceNode`s) that are product pages. */
function productLinks(text: string): Item[] {
  const seen = new Set<string>()
  const found: Item[] = []
  for (const { value, start, end } of sources(text)) {
    if (isProductUrl(value) && !seen.has(value)) {
      seen.add(value)
      found.push({ start, end })
    }
  }
  return found
}

function isProductUrl(url: string): boolean {
  const lower = url.toLowerCase()
  const afterScheme = lower.replace(/^https?:\/\//, '')
  const slash = afterScheme.indexOf('/')
  const host = slash < 0 ? afterScheme : afterScheme.slice(0, slash)
  const path = slash < 0 ? '' : afterScheme.slice(slash)
  if (productHosts.some((known) => host === known || host.endsWith(`.${known}`))) return true
  return productPaths.some(([known, marker]) => (host.startsWith(known) || host.includes(`.${known}`)) && path.includes(marker))
}

/** Circled and parenthesised numbers: `①`, `⑴`, `⒈`, `❶`, `➀`, `➊`, `㈠`, with the first code point of each block. */
const circledBlocks: ReadonlyArray<readonly [first: number, size: number]> = [
  [0x2460, 20],
  [0x2474, 20],
  [0x2488, 20],
  [0x2776, 10],
  [0x2780, 10],
  [0x278a, 10],
  [0x3220, 10],
]
const hanDigits = '一二三四五六七八九十'
/** Marks that may close a number to make it a list marker: `1.`, `1、`, `1)`, `1）`, `1．`. */
const closers = new Set([0x2e, 0x3001, 0x29, 0xff09, 0xff0e])
/** Marks a Chinese numeral marker may stand after (`亲：一、…`): anything but a character that makes it a word (`统一、`). */
const hanMarkerOpeners = /[\s,.;:!?，。；：！？、~～（(【\[]/

/** Every numbered list marker of the text, in one linear pass. */
function findMarkers(text: string): Marker[] {
  const markers: Marker[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const digit = digitValue(c)
    if (digit !== undefined) {
      // A number of one or two digits, not part of a longer number or a word (`87.5`, `No.1`, `v2.`).
      let value = digit
      let end = i + 1
      const second = digitValue(text.charCodeAt(end))
      if (second !== undefined) {
        value = value * 10 + second
        end++
      }
      const before = text.charCodeAt(i - 1)
      if (i > 0 && (digitValue(before) !== undefined || before === 0x2e || before === 0xff0e || /[a-z%$¥]/i.test(text[i - 1]!))) {
        i = end - 1
        continue
      }
      const close = text.charCodeAt(end)
      const afterClose = text.charCodeAt(end + 1)
      if (closers.has(close) && digitValue(afterClose) === undefined) {
        const opened = before === 0x28 || before === 0xff08
        // `(1)` is a marker; a lone `1)` too; `1.` only when a number does not go on (`1.5`).
        markers.push({ family: 'digit', value, start: opened ? i - 1 : i, body: end + 1 })
      } else if (close === 0x20e3 || (close === 0xfe0f && afterClose === 0x20e3)) {
        markers.push({ family: 'digit', value, start: i, body: end + (close === 0xfe0f ? 2 : 1) })
      }
      i = end - 1
      continue
    }
    if (c >= 0x2460 && c <= 0x3229) {
      for (const [first, size] of circledBlocks) {
        if (c >= first && c < first + size) {
          markers.push({ family: 'circled', value: c - first + 1, start: i, body: i + 1 })
          break
        }
      }
      continue
    }
    // `一、`: look at the numeral only when the mark after it says it may be one.
    const next = text.charCodeAt(i + 1)
    if (next !== 0x3001 && next !== 0xff0e) continue
    const han = hanDigits.indexOf(text[i]!)
    if (han >= 0 && (i === 0 || hanMarkerOpeners.test(text[i - 1]!))) markers.push({ family: 'han', value: han + 1, start: i, body: i + 2 })
  }
  return markers
}

function digitValue(c: number): number | undefined {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10
  return undefined
}

/** The longest run `1, 2, 3, …` of one family of markers, each with some text, as items. */
function longestRun(context: RuleContext, markers: readonly Marker[]): { items: Item[]; selfCued: boolean } {
  const text = context.text
  let best: Marker[] = []
  const open = new Map<Marker['family'], Marker[]>()
  for (const marker of markers) {
    const run = open.get(marker.family)
    const last = run?.[run.length - 1]
    if (run && last && marker.value === last.value + 1 && hasWords(text, last.body, marker.start)) run.push(marker)
    else if (marker.value === 1) open.set(marker.family, [marker])
    else continue
    const current = open.get(marker.family)!
    if (current.length > best.length) best = current
  }
  if (best.length < 2) return { items: [], selfCued: false }
  const items = best.map((marker, index) => ({
    start: marker.start,
    end: index + 1 < best.length ? trimEnd(text, marker.start, best[index + 1]!.start) : itemEnd(text, marker.body),
  }))
  // `第三款` names a product itself.
  return { items, selfCued: best[0]!.family === 'ordinal' }
}

/** Whether `[from, to)` holds a letter, a digit or a Han character. */
function hasWords(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) return true
  return false
}

/** End of `[start, end)` without the spaces and separators before the next marker. */
function trimEnd(text: string, start: number, end: number): number {
  let k = end
  while (k > start + 1 && /[\s,，;；、]/.test(text[k - 1]!)) k--
  return k
}

/** The end of the last item: the end of its line, sentence or clause (`4. 针织衫，都很百搭哦`). */
function itemEnd(text: string, body: number): number {
  let k = body
  let words = false
  while (k < text.length) {
    const ch = text[k]!
    if (ch === '\n' || ch === '\r' || /[。！？!?~～]/.test(ch)) break
    if (words && /[，,；;]/.test(ch)) break
    if (/[\p{L}\p{N}]/u.test(ch)) words = true
    k++
  }
  return Math.max(trimEnd(text, body, k), body)
}

/** Lines that start with a bullet (`- `, `• `, `* `, `●`), in the longest run of consecutive such lines. */
function bulletItems(text: string): Item[] {
  if (!text.includes('\n')) return []
  let best: Item[] = []
  let run: Item[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    let k = lineStart
    while (k < lineEnd && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u3000')) k++
    if (/[-•·*●○▪◆◇★☆✓✔➤▶]/.test(text[k] ?? '') && hasWords(text, k + 1, lineEnd)) {
      run.push({ start: k, end: trimEnd(text, k, lineEnd) })
      if (run.length > best.length) best = run
    } else if (k < lineEnd) {
      run = []
    }
    lineStart = lineEnd + 1
  }
  return best.length >= 2 ? best : []
}

/** Marks that end the stretch of names after `推荐` (`推荐白T、条纹衫、外套，都很百搭`). */
const stretchEnd = /[，,。！？!?；;\n]/
/** Words that join the last name to the others (`白T、条纹衫和外套`). */
const lastJoin = /和|跟|以及|还有|或者?/
/** A clause that goes on with the names after a comma (`…，或者小号的斜挎包`). */
const continued = /^\s*(或者|或是|还有|以及|再或者|或)/
/** Words that end the last name (`外套这几款`, `外套等`, `外套也很百搭`). */
const lastEnd = /这|那|等|几款|都|也/
/** Words that make the names criteria to choose by, not products (`推荐您按照尺码表、身高、体重来选`). */
const criteria = /按照|根据|参考|依据|结合|按(?!摩|键|钮|压)/

/**
 * The names listed with `、` right after a cue that introduces them
 * (`推荐白T、条纹衫、外套`, `这几款都不错：白T、条纹衫、外套`), when there are at
 * least three: a list without numbers.
 */
function namedItems(context: RuleContext): Item[] {
  const text = context.text
  if (!text.includes('、')) return []
  for (const cue of context.find(recommendationCues)) {
    if (cue.entry.closes) {
      const items = namesBefore(text, cue.start)
      if (items.length >= 3) return items
      continue
    }
    if (!cue.entry.introduces) continue
    let end = stretchTo(text, cue.end, cue.end + 80, stretchEnd)
    // `这款托特包、那款双肩包，或者小号的斜挎包`: a joining word after the comma goes on with the list.
    if (end < text.length && /[，,]/.test(text[end]!) && continued.test(text.slice(end + 1, end + 4))) {
      end = stretchTo(text, end + 1, cue.end + 120, stretchEnd)
    }
    if (criteria.test(text.slice(cue.end, end))) continue
    const colon = text.slice(cue.end, end).search(/[:：]/)
    const items = namesIn(text, colon >= 0 ? cue.end + colon + 1 : cue.end, end)
    if (items.length < 2) continue
    const last = items[items.length - 1]!
    // Past its first character: `这款外套` starts with what would end it.
    const tail = lastEnd.exec(text.slice(last.start + 1, last.end))
    if (tail) last.end = last.start + 1 + tail.index
    // `条纹衫和外套`: the last name holds two.
    const join = lastJoin.exec(text.slice(last.start, last.end))
    if (join && join.index > 0) {
      const at = last.start + join.index
      items.splice(items.length - 1, 1, { start: last.start, end: at }, { start: at + join[0].length, end: last.end })
    }
    if (items.length >= 3) return items
  }
  return []
}

/** Where an English list of names ends: the end of its sentence. */
const englishStretchEnd = /[.!?;\n]/
/** What separates English names: commas, `and`, `or` (`the A, the B, or the C`). */
const englishSeparator = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/gi
/** Words before a name that are not part of it. */
const englishLead = /^(?:the|our|a|an|either|maybe|perhaps|trying|try)\s+/i
/** Most words in an English name; the last may carry a few more (`or the Rose Toner for dry skin`). */
const englishNameWords = 5

/**
 * The names an English recommendation lists inline (`we'd suggest the Oat
 * Cream, the Ceramide Lotion, the Aloe Gel, or the Rose Toner`), when there
 * are at least three short ones and none is an activity (`suggest checking
 * the chart, measuring …`).
 */
function englishItems(context: RuleContext): Item[] {
  const text = context.text
  if (!text.includes(',')) return []
  for (const cue of context.find(recommendationCues)) {
    if (!cue.entry.explicit && !cue.entry.introduces) continue
    if (!/^[a-z]/i.test(text.slice(cue.start, cue.end))) continue
    const end = stretchTo(text, cue.end, cue.end + 200, englishStretchEnd)
    let start = cue.end
    const colon = text.slice(start, end).indexOf(':')
    if (colon >= 0) start += colon + 1
    const items: Item[] = []
    englishSeparator.lastIndex = start
    let from = start
    const stretch = text.slice(0, end)
    for (let m = englishSeparator.exec(stretch); ; m = englishSeparator.exec(stretch)) {
      const to = m ? m.index : end
      const part = text.slice(from, to).trim()
      if (part) {
        const at = text.indexOf(part, from)
        items.push({ start: at, end: at + part.length })
      }
      if (!m) break
      // Every separator holds a comma or a spaced `and`/`or`: never empty, so `exec` moves on.
      from = m.index + m[0].length
    }
    if (items.length < 3) continue
    const names = items.map((item) => text.slice(item.start, item.end).replace(englishLead, ''))
    const words = (name: string) => name.split(/\s+/).length
    // The first part holds the cue's object (`we'd suggest the Oat Cream`): judged as a name too.
    if (names.some((name, i) => words(name) > (i === names.length - 1 ? englishNameWords * 2 : englishNameWords) || /^\w+ing\b/i.test(name) || !/^[a-z0-9]/i.test(name))) continue
    return items
  }
  return []
}

/** Where a stretch of names from `from` ends: at the first `stop` mark, the text's end or `limit`. */
function stretchTo(text: string, from: number, limit: number, stop: RegExp): number {
  let end = from
  while (end < text.length && end < limit && !stop.test(text[end]!)) end++
  return end
}

/** The names listed with `、` in the stretch that ends at `end`, where a closing cue judges them together. */
function namesBefore(text: string, end: number): Item[] {
  let start = end
  while (start > 0 && end - start < 80 && !stretchEnd.test(text[start - 1]!)) start--
  return criteria.test(text.slice(start, end)) ? [] : namesIn(text, start, end)
}

/** The names in `text[from, to)` that `、` separates, each holding a word. */
function namesIn(text: string, from: number, to: number): Item[] {
  const items: Item[] = []
  let start = from
  for (let k = from; k <= to; k++) {
    if (k < to && text[k] !== '、') continue
    if (hasWords(text, start, k)) items.push({ start, end: k })
    start = k + 1
  }
  return items
}

/**
 * Whether a list offers products: the reply says so outside the list
 * (`推荐`, `这几款`, `here are`) or holds product links, no procedure word speaks against it
 * (unless the reply recommends in so many words), and its items are not
 * steps or the colours and sizes of one product.
 */
function offersProducts(context: RuleContext, items: readonly Item[], hasLinks: boolean): boolean {
  // A cue inside an item is part of that item (`4. 优化智能推荐算法`), not a word about the list.
  // Items are in order and apart: a binary search finds the one a cue could lie in.
  const inside = (start: number) => {
    const item = items[lowerBound(items.length, (i) => items[i]!.start <= start) - 1]
    return item !== undefined && start < item.end
  }
  const cues = context.find(recommendationCues).filter((cue) => !inside(cue.start))
  if (cues.length === 0 && !hasLinks) return false
  const explicit = cues.some((cue) => cue.entry.explicit)
  if (!explicit && context.find(procedureCues).length > 0) return false
  const steps = [...context.find(stepWords)].sort((a, b) => a.start - b.start)
  let actions = 0
  let variants = 0
  for (const item of items) {
    // Only the steps that start in the item are read: each step once over all items.
    let has = false
    for (let k = lowerBound(steps.length, (i) => steps[i]!.start < item.start); k < steps.length && steps[k]!.start < item.end && !has; k++) has = steps[k]!.end <= item.end
    if (has) actions++
    if (isVariant(context.text.slice(item.start, item.end))) variants++
  }
  return actions * 2 <= items.length && variants * 2 <= items.length
}

/** An item that is only a colour or a size (`白色`, `白`, `M码`, `XL`): a variant of one product. */
function isVariant(item: string): boolean {
  const body = item.replace(/^[\s\d.、)）(（①-⑳•·*-]+|[\s，,。；;]+$/gu, '')
  if (/^(?:x{0,3}[sml]|\d?xl|均码|free ?size)$/i.test(body)) return true
  if (/^[白黑灰红紅蓝藍绿綠黄黃紫粉棕咖米杏橙金银銀]$/.test(body)) return true
  return body.length <= 4 && /[色码碼號号]$/.test(body)
}

