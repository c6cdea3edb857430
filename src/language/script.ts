/**
 * Which Chinese script a text is written in, so that a suggestion reads in
 * the same script as the words it replaces (`快點確認收貨` → `麻煩您儘快確認收貨喔`,
 * `這是您自己沒看清楚` → `可能是我們沒有說明清楚`).
 */
import { isTraditional } from '../normalise.js'
import { traditionalPairs, traditionalPhrases } from './traditional-table.js'
import type { SentenceInfo, Turn } from '../types.js'
import { foldHistory, type HistoryFold } from './conversation.js'

/** Whether `text[start, end)` holds a traditional character. */
function hasTraditional(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x3400 && c <= 0x9fff && isTraditional(c)) return true
  }
  return false
}

/** Whether `text` (original) holds a traditional character. */
export function isTraditionalText(text: string): boolean {
  return hasTraditional(text)
}

/** Sentences already looked at, so that every match in one sentence costs one scan. */
const traditionalSentences = new WeakMap<SentenceInfo, boolean>()

/** Whether the span `[start, end)`, or else the sentence around it, is written in traditional characters. */
export function traditionalAround(text: string, start: number, end: number, sentence: SentenceInfo | undefined): boolean {
  if (hasTraditional(text, start, end)) return true
  if (!sentence) return false
  let known = traditionalSentences.get(sentence)
  if (known === undefined) {
    known = hasTraditional(text, sentence.start, sentence.end)
    traditionalSentences.set(sentence, known)
  }
  return known
}

/**
 * Han characters a text needs, none of them traditional, before it counts as
 * simplified: most short phrases share every character between the scripts
 * (`不行`, `有`), but a few words almost never do.
 */
const simplifiedEvidence = 4

/** `true` traditional, `false` simplified, `undefined` when the text cannot tell. */
function scriptOf(text: string): boolean | undefined {
  let han = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x3400 || c > 0x9fff) continue
    if (isTraditional(c)) return true
    han++
  }
  return han >= simplifiedEvidence ? false : undefined
}

/**
 * Whether Chinese suggestions should be written in traditional characters.
 *
 * The texts are asked in order, and the first that tells decides: usually
 * the flagged words, then the whole reply, then the conversation from its
 * latest turn back (the customer's script is the one to answer in).
 *
 * @returns `false` (simplified) when nothing tells.
 */
export function writesTraditional(texts: readonly string[], history: readonly Turn[] = []): boolean {
  for (const text of texts) {
    const script = scriptOf(text)
    if (script !== undefined) return script
  }
  return foldHistory(history, latestScript) ?? false
}

let traditionalOf: Map<string, string> | undefined

/**
 * Write a simplified text in traditional characters, one character for one,
 * so that suggestions keep the reply's script. The table (generated from
 * OpenCC's STCharacters) covers the characters rules write; others, and
 * what is already traditional, stay as they are.
 */
export function toTraditional(text: string): string {
  if (!traditionalOf) {
    const table = new Map<string, string>()
    const pairs = [...traditionalPairs]
    for (let i = 0; i + 1 < pairs.length; i += 2) table.set(pairs[i]!, pairs[i + 1]!)
    traditionalOf = table
    for (const entry of traditionalPhrases.split('|')) {
      const half = entry.length / 2
      if (half >= 2) phraseOf.set(entry.slice(0, half), entry.slice(half))
    }
  }
  let out = ''
  for (let i = 0; i < text.length; ) {
    // The longest word first (联系 → 聯繫), then the character (系 → 系).
    let word: string | undefined
    let length = maxPhrase
    for (; length >= 2 && !word; length--) word = i + length <= text.length ? phraseOf.get(text.slice(i, i + length)) : undefined
    if (word) {
      out += word
      i += length + 1
      continue
    }
    const char = String.fromCodePoint(text.codePointAt(i)!)
    out += traditionalOf.get(char) ?? char
    i += char.length
  }
  return out
}

/** Words that convert otherwise than their characters, filled with the character table. */
const phraseOf = new Map<string, string>()
/** The longest word of `traditionalPhrases`, in UTF-16 units. */
const maxPhrase = 4
/** The script of the latest turn that tells one. */
const latestScript: HistoryFold<boolean | undefined> = { init: () => undefined, step: (script, turn) => scriptOf(turn.text) ?? script }

/**
 * Kana or Hangul: a reply in Japanese or Korean (`アマゾンです`), which shares Han characters with
 * Chinese but not its words; rules that add Chinese or English words leave it alone.
 */
export const otherScript = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
