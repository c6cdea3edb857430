/**
 * Which Chinese script a text is written in, so that a suggestion reads in
 * the same script as the words it replaces (`快點確認收貨` → `麻煩您儘快確認收貨喔`,
 * `這是您自己沒看清楚` → `可能是我們沒有說明清楚`).
 */
import tsCharacters from 'opencc-js/dict/TSCharacters'
import { isTraditional } from '../normalise.js'
import type { SentenceInfo, Turn } from '../types.js'

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
  for (let i = history.length - 1; i >= 0; i--) {
    const script = scriptOf(history[i]!.text)
    if (script !== undefined) return script
  }
  return false
}

/**
 * The traditional form of each simplified character, where the choice is
 * not the first one OpenCC lists (`发` → `發`, not `髮`; `干` → `幹`).
 * Suggestion templates only use everyday words, so the common reading wins.
 */
const preferredTraditional: Readonly<Record<string, string>> = {
  发: '發', 干: '幹', 后: '後', 里: '裡', 面: '面', 只: '只', 台: '台', 系: '係', 复: '復', 几: '幾', 么: '麼', 准: '準',
  尽: '盡', 余: '餘', 冲: '衝', 历: '歷', 松: '鬆', 范: '範', 征: '徵', 钟: '鐘', 表: '錶', 才: '才', 须: '須',
  了: '了', 着: '著', 于: '於', 云: '雲', 斗: '鬥', 谷: '穀', 舍: '捨', 划: '劃', 制: '製', 获: '獲', 托: '託', 汇: '匯',
  借: '借', 当: '當', 处: '處', 价: '價', 咱: '咱', 卷: '捲', 团: '團', 凶: '兇', 秋: '秋', 网: '網', 赞: '讚', 症: '症', 布: '布',
  合: '合',
}

let traditionalOf: Map<number, number> | undefined

/**
 * Write a simplified text in traditional characters, one character for one,
 * so that suggestions keep the reply's script (OpenCC's character table,
 * read backwards).
 */
export function toTraditional(text: string): string {
  if (!traditionalOf) {
    const table = new Map<number, number>()
    for (const pair of tsCharacters.split('|')) {
      const space = pair.indexOf(' ')
      if (space < 0) continue
      const traditional = pair.codePointAt(0)!
      const simplifiedForm = pair.codePointAt(space + 1)!
      if (traditional !== simplifiedForm && !table.has(simplifiedForm)) table.set(simplifiedForm, traditional)
    }
    for (const [simplifiedForm, traditional] of Object.entries(preferredTraditional)) {
      if ([...simplifiedForm].length === 1) table.set(simplifiedForm.codePointAt(0)!, traditional.codePointAt(0)!)
    }
    traditionalOf = table
  }
  const table = traditionalOf
  let out = ''
  for (const char of text) {
    const to = table.get(char.codePointAt(0)!)
    out += to === undefined ? char : String.fromCodePoint(to)
  }
  return out
}
