/**
 * Which Chinese script a suggestion should be written in. A rewrite in
 * simplified characters does not read naturally in place of words written in
 * traditional ones (`這是您自己沒看清楚` → `可能是我們沒有說明清楚`), so rules
 * that suggest whole Chinese sentences keep both spellings and pick one here.
 */
import { isHan } from '../chars.js'
import { isTraditional, toSimplified } from '../normalise.js'
import type { Turn } from '../types.js'

/**
 * Han characters a text needs, none of them traditional, before it counts as
 * simplified: most short phrases share every character between the scripts
 * (`不行`, `有`), but a few words almost never do.
 */
const simplifiedEvidence = 4

/**
 * Characters of the simplified standard (GB 2312) that OpenCC's table still maps
 * (`什么` → `什幺`, `著名` → `着名`): they say nothing about the script.
 */
const sharedCharacters = new Set([...'么著乾菸薹拚捱摺吒徵夥榘袷麴醣'].map((c) => c.codePointAt(0)!))

/** `true` traditional, `false` simplified, `undefined` when the text cannot tell. */
function scriptOf(text: string): boolean | undefined {
  let han = 0
  for (const character of text) {
    const cp = character.codePointAt(0)!
    if (!isHan(cp)) continue
    // `isTraditional` also answers yes for a dozen characters that OpenCC maps to themselves (`才`, `吃`, `床`).
    if (isTraditional(cp) && toSimplified(cp) !== cp && !sharedCharacters.has(cp)) return true
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
