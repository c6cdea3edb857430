/**
 * The reply parser: text → nlcst (Root > Paragraph > Sentence > Word /
 * Punctuation / Symbol / WhiteSpace / Source).
 *
 * Segmentation decision: replylint does not segment Chinese into words. A
 * run of Han characters between other characters is one Word, as retext's
 * own parsers treat any run of letters. Dictionary segmenters
 * (Intl.Segmenter, jieba) cost more than the whole lint budget, are
 * superlinear or native, and split shop vocabulary wrongly anyway
 * (`好|评|返|现`, `微|信`). Rules never rely on word boundaries in Chinese:
 * they match lexicon phrases on the normalised character stream (see
 * `normalise.ts`, `matcher.ts`) with explicit boundary conditions (`我` not
 * followed by `们`). A Word per character was measured too: six objects per
 * character made large inputs superlinear through garbage collection.
 *
 * Sentences are what rules reason about, so splitting gets the care:
 * terminal marks (`。！？!?…~` and a sentence-final `.`), line breaks (chat
 * bubbles), white space between two Han characters (bubbles joined by a
 * space), and, in long runs with no punctuation at all
 * (`亲已经是特价了呢真的不能再便宜啦`), a sentence-final particle followed by
 * more text.
 *
 * Every node has an exact position; points are shared between a node's end
 * and the next node's start, and are never mutated.
 */
import type {
  Paragraph,
  Root,
  RootContent,
  Sentence,
  SentenceContent,
  Source,
  WhiteSpace,
} from 'nlcst'
import type { Point as UnistPoint, Position } from 'unist'
import {
  isAsciiAlnum,
  isCombiningMark,
  isDigit,
  isHan,
  isInvisible,
  isOtherLetter,
  isPunctuation,
  isWhiteSpace,
} from './chars.js'
import { doubled } from './typed-arrays.js'

/** Where lines start in a text; turns offsets into line and column. */
export class LineIndex {
  /** Offsets at which each line starts (line 1 starts at 0). */
  readonly starts: number[]

  constructor(text: string) {
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) starts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        starts.push(i + 1)
      }
    }
    this.starts = starts
  }

  /** The 1-based line and column (in UTF-16 units) of a 0-based offset. */
  point(offset: number): UnistPoint & { offset: number } {
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset }
  }
}

const enum Token {
  Word,
  Han,
  Punctuation,
  Symbol,
  WhiteSpace,
  Source,
}

/**
 * Tokens as parallel typed arrays (kind and start; a token ends where the
 * next one starts), reused between calls: a reply makes no garbage here.
 */
let kinds = new Uint8Array(256)
let starts = new Int32Array(257)

/** The largest token buffers kept between calls: a long chat reply fits. */
const maxScratch = 1 << 14

/** Let go of buffers grown for a large input (5 bytes a token). */
function release(): void {
  if (kinds.length <= maxScratch) return
  kinds = new Uint8Array(256)
  starts = new Int32Array(257)
}

function ensure(size: number): void {
  if (kinds.length >= size) return
  let capacity = kinds.length
  while (capacity < size) capacity *= 2
  kinds = new Uint8Array(capacity)
  starts = new Int32Array(capacity + 1)
}

const url =
  /(?:https?:\/\/|www\.)[^\s<>"'“”‘’，。！？、；：（）【】「」《》]{1,2000}|(?:[a-z0-9-]{1,63}\.){1,8}(?:com|cn|net|org|hk|tw|io|me|co|ly|tv|shop|top|vip)(?:\/[^\s<>"'“”‘’，。！？、；：（）【】「」《》]{0,2000})?(?![a-z0-9])/iy
const email = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/iy
const mention = /@[a-z0-9_]{1,30}/iy
const emojiStart = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

/** Length of a URL, e-mail address or @mention at `index`, or 0. */
function sourceLength(text: string, index: number): number {
  const cp = text.charCodeAt(index)
  let pattern: RegExp[] = []
  if (cp === 0x40) pattern = [mention]
  else if (isAsciiAlnum(cp)) pattern = [url, email]
  for (const re of pattern) {
    re.lastIndex = index
    const found = re.exec(text)
    if (found) {
      let value = found[0]
      // Sentence punctuation right after a link is not part of it.
      while (/[.,;:!?)\]]$/.test(value)) value = value.slice(0, -1)
      if (re === mention && index > 0 && isAsciiAlnum(text.charCodeAt(index - 1))) return 0
      return value.length
    }
  }
  return 0
}

function isWordPart(cp: number): boolean {
  return isAsciiAlnum(cp) || (cp >= 0xff10 && cp <= 0xff5a && isAsciiAlnum(cp - 0xfee0)) || (!isHan(cp) && cp >= 0x80 && isOtherLetter(cp))
}

/** Split `text` into tokens (into `kinds` and `starts`); linear. Returns the count. */
function tokenize(text: string): number {
  const length = text.length
  ensure(length + 1)
  let count = 0
  let i = 0
  const push = (kind: Token, start: number) => {
    kinds[count] = kind
    starts[count] = start
    count++
  }
  while (i < length) {
    const cp = text.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    const start = i

    if (isHan(cp)) {
      i += width
      // Marks and invisible characters typed after a character stay with it.
      while (i < length && isTrailing(text.codePointAt(i)!)) i += text.codePointAt(i)! > 0xffff ? 2 : 1
      push(Token.Han, start)
      continue
    }

    if (isWhiteSpace(cp)) {
      i += width
      while (i < length && isWhiteSpace(text.charCodeAt(i))) i++
      push(Token.WhiteSpace, start)
      continue
    }

    if (cp === 0x40 || isAsciiAlnum(cp)) {
      const atWordStart = count === 0 || kinds[count - 1] !== Token.Word
      const source = atWordStart ? sourceLength(text, i) : 0
      if (source > 0) {
        i += source
        push(Token.Source, start)
        continue
      }
    }

    if (isWordPart(cp)) {
      i += width
      while (i < length) {
        const next = text.codePointAt(i)!
        if (isWordPart(next) || isTrailing(next)) {
          i += next > 0xffff ? 2 : 1
          continue
        }
        // Apostrophes inside a word (don't, we’ll) and separators inside a number (87.5, 1,000).
        const after = text.codePointAt(i + 1) ?? 0
        if ((next === 0x27 || next === 0x2019) && isWordPart(after) && !isDigit(after)) {
          i += 2
          continue
        }
        if ((next === 0x2e || next === 0x2c) && isDigit(text.charCodeAt(i - 1)) && isDigit(after)) {
          i += 2
          continue
        }
        break
      }
      push(Token.Word, start)
      continue
    }

    if (isPunctuation(cp) || cp === 0x7e || cp === 0xff5e) {
      i += width
      // A run of one mark (`...`, `！！`, `~~`) is one node.
      while (i < length && text.codePointAt(i) === cp) i += width
      push(Token.Punctuation, start)
      continue
    }

    i += width
    if (emojiStart.test(String.fromCodePoint(cp))) i = emojiEnd(text, i, cp)
    else while (i < length && isTrailing(text.codePointAt(i)!)) i += text.codePointAt(i)! > 0xffff ? 2 : 1
    push(Token.Symbol, start)
  }
  starts[count] = length
  return count
}

function isTrailing(cp: number): boolean {
  return isInvisible(cp) && cp !== 0x200d ? true : cp >= 0x300 && isCombiningMark(cp)
}

/** End of an emoji sequence (modifiers, variation selectors, ZWJ sequences, flags, keycaps). */
function emojiEnd(text: string, index: number, first: number): number {
  let i = index
  if (first >= 0x1f1e6 && first <= 0x1f1ff) {
    const next = text.codePointAt(i) ?? 0
    return next >= 0x1f1e6 && next <= 0x1f1ff ? i + 2 : i
  }
  while (i < text.length) {
    const cp = text.codePointAt(i)!
    if (cp === 0xfe0f || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
      i += cp > 0xffff ? 2 : 1
    } else if (cp === 0x200d) {
      const next = text.codePointAt(i + 1)
      if (next === undefined || !emojiStart.test(String.fromCodePoint(next))) break
      i += 1 + (next > 0xffff ? 2 : 1)
    } else break
  }
  return i
}

/** Marks that end a sentence. */
const terminal = new Set([0x3002, 0xff0e, 0xff01, 0xff1f, 0x21, 0x3f, 0x2026, 0x2025, 0x203c, 0x2047, 0x2048, 0x2049, 0x7e, 0xff5e])
/** Marks that close a sentence after its terminal mark. */
const closing = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x5d, 0x22, 0x27, 0x300b, 0x3009])
/** Sentence-final particles: in a long run with no punctuation, a sentence ends after one. */
const particles = new Set([...'呢啦哦喔吧呀嘛噢哈啊吗嗎嘞咯哟唷哇呐哒嘛'].map((c) => c.charCodeAt(0)))
/** Words that start with a particle character and are not sentence ends (`呢子`, `吧台`). */
const particleCompounds = new Set(['呢子', '吧台', '哈密', '吗啡', '嗎啡', '啊呀', '哈哈', '呀呀', '哇塞'])
const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'no', 'jr', 'sr', 'approx', 'dept', 'inc', 'ltd', 'co'])

/** Minimum clause length (in tokens) before a particle may end a run-on sentence. */
const runOnMinimum = 3

/** Where a white-space token goes: between paragraphs, between the sentences of a paragraph, or inside a sentence. */
const enum Place {
  Root,
  Paragraph,
  Sentence,
}

/**
 * What the segmenter decides, token by token and in order: the tree builder
 * makes nodes of it, the sentence table only offsets. One segmenter for both,
 * so that sentences never differ from the tree's.
 */
interface Sink {
  openParagraph(): void
  openSentence(): void
  /** Tokens `k..last` (a Han run, else one token) into the open sentence. */
  add(k: number, last: number): void
  /** White-space token `k`. */
  space(k: number, place: Place): void
  closeSentence(): void
  closeParagraph(): void
}

/** Split the `count` tokens of `text` into paragraphs and sentences, telling `sink`. */
function segment(text: string, count: number, sink: Sink): void {
  let paragraph = false
  let sentence = false
  let clauseTokens = 0

  const closeSentence = () => {
    if (!sentence) return
    sink.closeSentence()
    sentence = false
    clauseTokens = 0
  }
  const closeParagraph = () => {
    closeSentence()
    if (!paragraph) return
    sink.closeParagraph()
    paragraph = false
  }
  const add = (k: number, last: number) => {
    if (!paragraph) {
      sink.openParagraph()
      paragraph = true
    }
    if (!sentence) {
      sink.openSentence()
      sentence = true
    }
    sink.add(k, last)
  }

  for (let k = 0; k < count; k++) {
    const kind = kinds[k] as Token

    if (kind === Token.WhiteSpace) {
      const breaks = lineBreaks(text, starts[k]!, starts[k + 1]!)
      if (!paragraph || k + 1 === count || breaks >= 2) {
        closeParagraph()
        sink.space(k, Place.Root)
      } else if (breaks === 1 || (kinds[k - 1] === Token.Han && kinds[k + 1] === Token.Han)) {
        closeSentence()
        sink.space(k, Place.Paragraph)
      } else {
        sink.space(k, sentence ? Place.Sentence : Place.Paragraph)
      }
      continue
    }

    if (kind === Token.Punctuation) {
      add(k, k)
      if (isTerminal(text, count, k, text.codePointAt(starts[k]!)!)) {
        // Closing quotes, brackets and emoji right after the terminal mark belong to the sentence.
        while (k + 1 < count && isSentenceTail(text, k + 1)) {
          k++
          add(k, k)
        }
        closeSentence()
      } else {
        clauseTokens = 0
      }
      continue
    }

    if (kind === Token.Han) {
      // A run of Han characters is one Word; a run-on sentence may end inside it.
      let last = k
      clauseTokens++
      let split = endsRunOn(text, count, last, clauseTokens)
      while (!split && last + 1 < count && kinds[last + 1] === Token.Han) {
        last++
        clauseTokens++
        split = endsRunOn(text, count, last, clauseTokens)
      }
      add(k, last)
      k = last
      if (split) closeSentence()
      continue
    }

    add(k, k)
    if (kind === Token.Word) clauseTokens++
  }
  closeParagraph()
}

/**
 * Parse a reply into an nlcst tree.
 *
 * @param text The reply, as typed.
 * @returns The tree; `toString(tree) === text`.
 */
export function parse(text: string): Root {
  const count = tokenize(text)
  // Points are made once per token boundary, in order, and shared by the nodes that meet there.
  const points: Array<UnistPoint & { offset: number }> = new Array(count + 1)
  let line = 1
  let lineStart = 0
  points[0] = { line: 1, column: 1, offset: 0 }
  const boundary = (k: number) => {
    const offset = starts[k]!
    return (points[k] = { line, column: offset - lineStart + 1, offset })
  }
  /** The position of tokens `k..last`; the line and column of later boundaries move past the line breaks of white space. */
  const positionOf = (k: number, last: number): Position => {
    if (kinds[k] === Token.WhiteSpace) {
      for (let i = starts[k]!; i < starts[k + 1]!; i++) {
        const c = text.charCodeAt(i)
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
          line++
          lineStart = i + 1
        }
      }
    }
    return { start: points[k]!, end: boundary(last + 1) }
  }
  const valueOf = (k: number, last: number) => text.slice(starts[k]!, starts[last + 1]!)

  const root: Root = { type: 'RootNode', children: [], position: { start: points[0], end: points[0] } }
  let paragraph: Paragraph | undefined
  let sentence: Sentence | undefined
  const span = (node: Paragraph | Sentence): Position => ({
    start: node.children[0]!.position!.start,
    end: node.children[node.children.length - 1]!.position!.end,
  })

  segment(text, count, {
    openParagraph() {
      paragraph = { type: 'ParagraphNode', children: [] }
      root.children.push(paragraph)
    },
    openSentence() {
      sentence = { type: 'SentenceNode', children: [] }
      paragraph!.children.push(sentence)
    },
    add(k, last) {
      const at = positionOf(k, last)
      const value = valueOf(k, last)
      const kind = kinds[k] as Token
      let node: SentenceContent
      if (kind === Token.Punctuation) node = { type: 'PunctuationNode', value, position: at }
      else if (kind === Token.Symbol) node = { type: 'SymbolNode', value, position: at }
      else if (kind === Token.Source) node = { type: 'SourceNode', value, position: at } satisfies Source
      else node = { type: 'WordNode', children: [{ type: 'TextNode', value, position: at }], position: at }
      sentence!.children.push(node)
    },
    space(k, place) {
      const node: WhiteSpace = { type: 'WhiteSpaceNode', value: valueOf(k, k), position: positionOf(k, k) }
      if (place === Place.Root) (root.children as RootContent[]).push(node)
      else if (place === Place.Sentence) sentence!.children.push(node)
      else paragraph!.children.push(node)
    },
    closeSentence() {
      sentence!.position = span(sentence!)
      sentence = undefined
    },
    closeParagraph() {
      paragraph!.position = span(paragraph!)
      paragraph = undefined
    },
  })
  root.position = { start: points[0], end: points[count]! }
  release()
  return root
}

/**
 * The sentences of a reply as offsets, without building the tree: sentence
 * `i` of `parse(text)` (in document order) spans `[starts[i], ends[i])`.
 */
export function sentenceRanges(text: string): { readonly starts: Int32Array; readonly ends: Int32Array } {
  const count = tokenize(text)
  let from = sentenceStarts
  let to = sentenceEnds
  let size = 0
  segment(text, count, {
    openParagraph() {},
    openSentence() {
      if (size === from.length) {
        from = doubled(from)
        to = doubled(to)
      }
      from[size] = -1
      size++
    },
    add(k, last) {
      if (from[size - 1] === -1) from[size - 1] = starts[k]!
      to[size - 1] = starts[last + 1]!
    },
    space(k, place) {
      if (place === Place.Sentence) to[size - 1] = starts[k + 1]!
    },
    closeSentence() {},
    closeParagraph() {},
  })
  release()
  const ranges = { starts: from.slice(0, size), ends: to.slice(0, size) }
  // Kept for the next reply unless grown for a large input.
  sentenceStarts = from.length <= maxScratch ? from : new Int32Array(64)
  sentenceEnds = to.length <= maxScratch ? to : new Int32Array(64)
  return ranges
}

/** The buffers `sentenceRanges` fills, reused between calls. */
let sentenceStarts = new Int32Array(64)
let sentenceEnds = new Int32Array(64)

/**
 * The links, e-mail addresses and @mentions of a reply (the tree's
 * `SourceNode`s, in order), without building the tree.
 */
export function sources(text: string): Array<{ readonly value: string; readonly start: number; readonly end: number }> {
  const count = tokenize(text)
  const found: Array<{ value: string; start: number; end: number }> = []
  for (let k = 0; k < count; k++) {
    if (kinds[k] === Token.Source) found.push({ value: text.slice(starts[k]!, starts[k + 1]!), start: starts[k]!, end: starts[k + 1]! })
  }
  release()
  return found
}

/**
 * A tree that is parsed when first read: rules that never look at the tree
 * (most of them) do not pay for its nodes, some fifty bytes a character.
 * The first read of `children` or `position` puts the parsed tree's in place
 * as plain properties.
 */
export function parseLazily(text: string): Root {
  let parsed: Root | undefined
  const materialise = (): Root => {
    if (parsed) return parsed
    parsed = parse(text)
    Object.defineProperties(root, {
      children: { value: parsed.children, writable: true, enumerable: true, configurable: true },
      position: { value: parsed.position, writable: true, enumerable: true, configurable: true },
    })
    return parsed
  }
  // Accessors written in a literal: cheaper per lint than defining them one by one.
  const root = {
    type: 'RootNode',
    get children() {
      return materialise().children
    },
    set children(value) {
      materialise()
      root.children = value
    },
    get position() {
      return materialise().position
    },
    set position(value) {
      materialise()
      root.position = value
    },
  } as Root
  return root
}

function isSentenceTail(text: string, k: number): boolean {
  if (kinds[k] === Token.Symbol) return true
  return kinds[k] === Token.Punctuation && closing.has(text.codePointAt(starts[k]!)!)
}

function lineBreaks(text: string, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) count++
    else if (c === 13) {
      count++
      if (i + 1 < end && text.charCodeAt(i + 1) === 10) i++
    } else if (c === 0x2028 || c === 0x2029) count++
  }
  return count
}

/** Quotation marks around a quoted ellipsis: straight, curly and corner. */
const openingQuotes = new Set([0x22, 0x27, 0x201c, 0x2018, 0x300c, 0x300e])
const closingQuotes = new Set([0x22, 0x27, 0x201d, 0x2019, 0x300d, 0x300f])

/** Whether the punctuation token `k` (starting with `cp`) ends its sentence. */
function isTerminal(text: string, count: number, k: number, cp: number): boolean {
  const start = starts[k]!
  const end = starts[k + 1]!
  const hasBefore = k > 0
  const hasAfter = k + 1 < count
  const before = kinds[k - 1]
  const after = kinds[k + 1]
  if (cp === 0x7e || cp === 0xff5e) {
    // `1~2天` is a range, not the chat tilde that closes a sentence.
    return !(hasBefore && hasAfter && isDigit(text.charCodeAt(start - 1)) && isDigit(text.charCodeAt(end)))
  }
  // An ellipsis quoted on its own (`点击"..."图标`, `“…”按钮`) names an icon; it ends nothing.
  if ((cp === 0x2e || cp === 0x2026) && openingQuotes.has(text.charCodeAt(start - 1)) && closingQuotes.has(text.charCodeAt(end))) return false
  if (terminal.has(cp)) return true
  if (cp !== 0x2e) return false
  if (end - start > 1) return true
  if (!hasAfter || after === Token.WhiteSpace || after === Token.Han) {
    if (hasBefore && before === Token.Word && after !== Token.Han) {
      const word = text.slice(starts[k - 1]!, start).toLowerCase()
      if (abbreviations.has(word)) return false
      // An initial (`J. K. Rowling`).
      const capital = hasAfter ? text.charCodeAt(starts[k + 2] ?? end) : 0
      if (word.length === 1 && word >= 'a' && word <= 'z' && capital >= 0x41 && capital <= 0x5a) return false
      // Dotted initials (`the U.S. or Canada`): the sentence goes on when a lower-case word follows.
      const dotted = word.length === 1 && start >= 3 && text.charCodeAt(start - 2) === 0x2e && /[a-z]/i.test(text.charAt(start - 3))
      if (dotted && capital >= 0x61 && capital <= 0x7a) return false
    }
    return true
  }
  // Chinese with ASCII punctuation (`处理,谢谢.[呵呵]`).
  return hasBefore && before === Token.Han && !isDigit(text.charCodeAt(end))
}

/** Whether the Han token `k` is a particle that ends a run-on sentence. */
function endsRunOn(text: string, count: number, k: number, clauseTokens: number): boolean {
  const start = starts[k]!
  if (clauseTokens <= runOnMinimum || !particles.has(text.charCodeAt(start))) return false
  if (k + 1 >= count || kinds[k + 1] !== Token.Han) return false
  const next = starts[k + 1]!
  if (particles.has(text.charCodeAt(next))) return false
  return !particleCompounds.has(text[start]! + text[next]!)
}

/** The unified parser plugin: `unified().use(replylintParse)`. */
export function replylintParse(this: { parser?: unknown }): void {
  this.parser = parse
}
