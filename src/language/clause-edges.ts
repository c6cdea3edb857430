/**
 * Edges of a clause in the normalised view: whether a word ends its clause
 * (`再见！`, `这款最好用了`) or starts it (`所已您…`). Lexicon matches carry
 * no such condition, and a word like `在见` or `最好用` is a typo or a claim
 * only at an edge (`现在见到`, `最好用温水洗` are right).
 */

const wordCharacter = /[\p{L}\p{N}]/u

/**
 * Whether nothing but spaces, punctuation or one of `particles` follows the
 * normalised offset `at`.
 *
 * @param text The normalised text.
 * @param particles Sentence particles that may close the clause (`了`, `哦`, `亲`).
 */
export function endsClause(text: string, at: number, particles: ReadonlySet<string>): boolean {
  let k = at
  while (text[k] === ' ') k++
  if (k >= text.length || particles.has(text[k]!)) return true
  return !wordCharacter.test(text[k]!)
}

/**
 * Whether everything in `[from, to)` closes the clause: spaces, punctuation or `particles`
 * only (`加我微信哦~`, not `添加微信为好友`). Unlike `endsClause`, which reads the first
 * character after a word, this reads the whole rest of a known clause.
 */
export function closesClause(text: string, from: number, to: number, particles: ReadonlySet<string>): boolean {
  return !holdsWords(text, from, to, particles)
}

const noParticles: ReadonlySet<string> = new Set()

/**
 * Whether `[from, to)` holds a letter or a digit, other than one of `except`; a character
 * outside the Basic Multilingual Plane (CJK Extension B and beyond) is read whole, not as
 * two halves.
 */
export function holdsWords(text: string, from: number, to: number, except: ReadonlySet<string> = noParticles): boolean {
  for (let k = from; k < to; ) {
    const character = String.fromCodePoint(text.codePointAt(k)!)
    if (wordCharacter.test(character) && !except.has(character)) return true
    k += character.length
  }
  return false
}

/** Whether nothing but spaces or punctuation comes before the normalised offset `at`. */
export function startsClause(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && text[k] === ' ') k--
  return k < 0 || !wordCharacter.test(text[k]!)
}
