/**
 * The sounds of Chinese characters, as far as disguise matching needs them:
 * which toneless syllable a character is read with, in which tones, and
 * whether it is common. Read from the generated table, which only holds the
 * syllables of watched words and the characters that sound like them.
 */
import { commonCharacters, gluedWords, primaryReadings, readingTable, realWords } from './table.generated.js'

/** A character is in the table only if jieba counts it at least this often (rarer ones are not typed on purpose). */
export const minimumFrequency = 10

/** jieba's count from which a character is common: another tone of it is another word, not a disguise. */
export const commonFrequency = 2000

/** Whether a character counted `count` times by jieba is common. */
export function isCommonFrequency(count: number): boolean {
  return count >= commonFrequency
}

/** A word counted at least this often by jieba is a real word, never a disguise of a watched one. */
export const realWordFrequency = 20

/** A word counted at least this often by jieba is common enough that a homophone glued to it belongs to it. */
export const gluedWordFrequency = 1000

/**
 * The class of sounds a toneless syllable belongs to, merging the retroflex
 * initials with the plain ones (`zh`/`z`, `ch`/`c`, `sh`/`s`), which many
 * speakers do not tell apart: near-homophones share it. Other merges
 * (`n`/`l`, `-ing`/`-in`) would double the table for few real disguises.
 */
export function fuzzy(syllable: string): string {
  return syllable.replace(/^([zcs])h/, '$1')
}

/** What the table says of one character. */
export interface CharacterSound {
  /** Its toned readings (`wei1`), the most usual first. */
  readonly readings: readonly string[]
  /** Whether it is common. */
  readonly common: boolean
  /** The id of the sound class of its first reading. */
  readonly classId: number
}

interface Sounds {
  readonly byCharacter: Map<number, CharacterSound>
  /** Sound class ids, for keys: `fuzzy(syllable)` → id. */
  readonly classIds: Map<string, number>
  readonly realWords: ReadonlySet<string>
  readonly gluedWords: ReadonlySet<string>
}

let sounds: Sounds | undefined

function load(): Sounds {
  if (sounds) return sounds
  const lists = new Map<number, string[]>()
  const classIds = new Map<string, number>()
  for (const group of readingTable.split(' ')) {
    const match = /^([a-z]+[1-5])(.*)$/u.exec(group)
    if (!match) continue
    const [, reading, characters] = match as unknown as [string, string, string]
    const cls = fuzzy(reading.slice(0, -1))
    if (!classIds.has(cls)) classIds.set(cls, classIds.size)
    for (const c of characters) {
      const cp = c.codePointAt(0)!
      const list = lists.get(cp) ?? []
      list.push(reading)
      lists.set(cp, list)
    }
  }
  for (const entry of primaryReadings.split(' ')) {
    if (!entry) continue
    const cp = entry.codePointAt(0)!
    const first = entry.slice(cp > 0xffff ? 2 : 1)
    const list = lists.get(cp)
    if (list) lists.set(cp, [first, ...list.filter((r) => r !== first)])
  }
  const commonSet = new Set([...commonCharacters].map((c) => c.codePointAt(0)!))
  const byCharacter = new Map<number, CharacterSound>()
  for (const [cp, readings] of lists) {
    byCharacter.set(cp, { readings, common: commonSet.has(cp), classId: classIds.get(fuzzy(readings[0]!.slice(0, -1))) ?? -1 })
  }
  sounds = { byCharacter, classIds, realWords: new Set(realWords.split(' ')), gluedWords: new Set(gluedWords.split(' ')) }
  return sounds
}

/** The sound of `cp`, if the table has it. */
export function soundOf(cp: number): CharacterSound | undefined {
  return load().byCharacter.get(cp)
}

/** Whether `word` is a real word that only sounds like a watched one. */
export function isRealWord(word: string): boolean {
  return load().realWords.has(word)
}

/** Whether `word` is a common word that a homophone at the edge of a watched word may belong to (`在线`). */
export function isGluedWord(word: string): boolean {
  return load().gluedWords.has(word)
}

/** How a character `actual` stands for the character `written` of a watched word. */
export const enum Likeness {
  /** Not alike. */
  None,
  /** The same character. */
  Same,
  /** Same syllable and tone (`薇` for `微`). */
  Homophone,
  /** Same syllable in another tone (`芯` for `信`). */
  OtherTone,
  /** A near syllable (`星` for `信`). */
  Near,
}

/** How `actual` sounds like `written`. */
export function likeness(written: number, actual: number): Likeness {
  if (written === actual) return Likeness.Same
  const a = soundOf(actual)
  const w = soundOf(written)
  if (!a || !w) return Likeness.None
  let best = Likeness.None
  for (const x of w.readings) {
    for (const y of a.readings) {
      if (x === y) return Likeness.Homophone
      if (x.slice(0, -1) === y.slice(0, -1)) best = Likeness.OtherTone
      else if (best === Likeness.None && fuzzy(x.slice(0, -1)) === fuzzy(y.slice(0, -1))) best = Likeness.Near
    }
  }
  return best
}
