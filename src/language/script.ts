/**
 * Which Chinese script a reply is written in, so that a suggestion reads in
 * the same script (`快點確認收貨` → `麻煩您儘快確認收貨喔`).
 */
import { isTraditional, toSimplified } from '../normalise.js'

/**
 * Whether `text` (original) holds a traditional character: one whose
 * simplified form differs (OpenCC's table also maps a few characters to
 * themselves, `才`, `吃`, which say nothing about the script).
 */
export function isTraditionalText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!
    if (isTraditional(cp) && toSimplified(cp) !== cp) return true
  }
  return false
}
