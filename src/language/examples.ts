/**
 * Examples: a value written after `例如`, `比如`, `e.g.` shows a format
 * (`例如：要呼转到13810011234`, `如：xx市xx区`), it is not a real one. Used by
 * `no-other-orders` (an example number is nobody's) and `no-placeholder` (an
 * example `xx` is not a field left unfilled).
 */
import { normalisePhrase } from '../normalise.js'

/** Words that introduce an example, normalised (simplified Chinese, lower case). */
const exampleWords: readonly string[] = ['例如', '比如', '举例', '譬如', '格式', '样例', '示例', '如:', 'e.g.', 'for example', 'such as', 'format'].map(normalisePhrase)

/** Where a sentence ends in the normalised view: an example does not reach past it. */
const sentenceEnds = new Set(['。', '!', '?', '\n'])

/**
 * Whether an example word stands before `index` of the normalised text `normal`,
 * within `window` units and in the same sentence.
 */
export function afterExampleWord(normal: string, index: number, window = 40): boolean {
  let from = index
  while (from > 0 && index - from < window && !sentenceEnds.has(normal[from - 1]!)) from--
  const head = normal.slice(from, index)
  return exampleWords.some((word) => containsWord(head, word))
}

/** Whether `text` holds `word`, as a whole word when it is English (`format`, not `information`). */
function containsWord(text: string, word: string): boolean {
  if (!isLatin(word.charCodeAt(0))) return text.includes(word)
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLatin(text.charCodeAt(at - 1)) && !isLatin(text.charCodeAt(at + word.length))) return true
  }
  return false
}

function isLatin(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}
