/**
 * Letter case for English suggestions: a replacement reads naturally only in
 * the case of the words it replaces.
 */
import { afterMentions } from './openers.js'

/**
 * Give `replacement` the case of `source`: all capitals stay all capitals
 * (`MY` → `OUR`), a capital first letter stays capital (`My` → `Our`),
 * anything else keeps the replacement as written.
 */
export function matchCase(source: string, replacement: string): string {
  const letters = source.replace(/[^A-Za-z]/g, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase()
  if (/^[A-Z]/.test(source)) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}

/** Capitalise the first letter (for a replacement that starts a sentence). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Whether `offset` starts its sentence: only white space, quotation marks or
 * brackets stand between the sentence start and it.
 */
export function startsSentence(text: string, sentenceStart: number, offset: number): boolean {
  // A reply tweet's leading handles (`@user I'm …`) stand before its first sentence, not in it.
  const from = afterMentions(text, sentenceStart, offset)
  for (let i = from; i < offset; i++) {
    if (!/[\s"'“‘(\[【「]/.test(text.charAt(i))) return false
  }
  return true
}
