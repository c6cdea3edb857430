/**
 * Which Chinese script a reply is written in, so a suggestion reads in the
 * same script (`快點確認收貨` → `麻煩您儘快確認收貨喔`), and a question test
 * that is safe against the normaliser's `么` fold.
 *
 * OpenCC's character table also lists the simplified `么` as the traditional
 * form of `幺`, so the normalised view turns simplified `什么` into `什幺` while
 * traditional `什麼` becomes `什么`. Until the normaliser leaves `么` alone,
 * these helpers undo that one fold.
 */
import type { SentenceInfo } from '../types.js'
import { isTraditional, toSimplified } from '../normalise.js'
import { isQuestion } from './questions.js'

/** `么` (U+4E48): simplified, though the table maps it to `幺`. */
const me = 0x4e48

/** Whether `text` (original) holds a traditional character. */
export function isTraditionalText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!
    if (cp !== me && isTraditional(cp) && toSimplified(cp) !== cp) return true
  }
  return false
}

/**
 * `isQuestion`, also for simplified questions ending in `么` or asking with
 * `什么`/`怎么` (`你不会自己看么`, `怎么可能会坏呢`).
 */
export function asks(sentence: Pick<SentenceInfo, 'normal'>): boolean {
  if (isQuestion(sentence)) return true
  return sentence.normal.includes('幺') && isQuestion({ normal: sentence.normal.replaceAll('幺', '么') })
}
