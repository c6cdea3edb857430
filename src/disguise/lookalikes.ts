/**
 * Characters that look like a Latin letter or a digit, or stand for a word,
 * and are used to spell a watched word past a filter.
 *
 * NFKC already folds full-width, circled (`Ⓠ`), parenthesised, superscript
 * and mathematical (`𝐐`) letters and digits; this adds what it leaves alone.
 */

/** Pairs of look-alike and letter, as one string per letter: the letter, then what looks like it. */
const letters = [
  'a аαɑᴀ',
  'b вβʙ',
  'c сϲᴄ',
  'd ԁᴅ',
  'e еёεᴇ',
  'f ꜰ',
  'g ɡɢ',
  'h нһʜ',
  'i іїιɪı',
  'j јϳᴊȷ',
  'k кκᴋ',
  'l ʟ',
  'm мᴍ',
  'n ηɴ',
  'o оοᴏσ',
  'p рρᴘ',
  'q ԛꞯ',
  'r ʀ',
  's ѕꜱ',
  't тτᴛ',
  'u υᴜ',
  'v νᴠ',
  'w ԝᴡ',
  'x хχ',
  'y уγʏ',
  'z ᴢ',
]

/** Ranges of letters in alphabet order that no normalisation folds: negative circled and squared. */
const letterRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1f150, 0x1f169], // 🅐-🅩
  [0x1f170, 0x1f189], // 🅰-🆉
]

/** Digits in circles that NFKC leaves alone: ❶-❿, ➀-➉, ➊-➓, ⓵-⓾ (1 to 10; 10 is left out). */
const digitRanges: readonly number[] = [0x2776, 0x2780, 0x278a, 0x24f5]

let table: Map<number, number> | undefined

/** The Latin letter or ASCII digit that `cp` (already lower-cased) looks like, if any. */
export function lookalike(cp: number): number | undefined {
  if (!table) {
    table = new Map()
    for (const line of letters) {
      const letter = line.charCodeAt(0)
      for (const c of line.slice(2)) table.set(c.codePointAt(0)!, letter)
    }
    for (const [from, to] of letterRanges) for (let cp = from; cp <= to; cp++) table.set(cp, 0x61 + cp - from)
    for (const from of digitRanges) for (let k = 0; k < 9; k++) table.set(from + k, 0x31 + k)
    table.set(0x24ff, 0x30) // ⓿
  }
  return table.get(cp)
}

/**
 * Whether a regional indicator (`🇶`) is at `cp`: two of them make a flag
 * (`🇨🇳`), so they fold to letters only where a watched word is spelled.
 */
export function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff
}

/** Chinese numerals as digits, for numbers read out (`一三九…`, `幺` for 1); 两 and 十 are left out: they count. */
export const numerals: ReadonlyMap<number, number> = new Map(
  '〇0零0一1二2三3四4五5六6七7八8九9幺1壹1贰2叁3肆4伍5陆6柒7捌8玖9'
    .match(/../gu)!
    .map((pair) => [pair.codePointAt(0)!, pair.charCodeAt(1)]),
)

/**
 * Emoji that stand for a word, with the words they may stand for, best
 * first: an emoji folds to a watched word it stands for (`🧧` to 红包,
 * `红🎁` to 红包, `🐧` to qq), never to anything else.
 */
export const emojiWords: ReadonlyMap<number, readonly string[]> = new Map(
  Object.entries({
    '🧧': ['红包'],
    '🎁': ['礼物', '礼品', '包'],
    '💰': ['钱', '现金', '现'],
    '💵': ['钱', '现金'],
    '💴': ['钱', '现金'],
    '💸': ['钱'],
    '📱': ['手机', '电话'],
    '📞': ['电话'],
    '☎': ['电话'],
    '🐧': ['qq', '企鹅'],
    '🐶': ['狗'],
    '🐷': ['猪'],
    '🐖': ['猪'],
    '🔑': ['密码'],
    '⭐': ['星'],
    '🌟': ['星'],
    '✉': ['短信', '信'],
  }).map(([emoji, words]) => [emoji.codePointAt(0)!, words]),
)
