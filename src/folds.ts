/**
 * Spellings that the normaliser folds onto one canonical form everywhere,
 * so that a lexicon entry written once catches its variants.
 *
 * Every entry keeps its length (`from.length === to.length`), so folding never
 * moves an offset. Entries are written in normalised form: lower case,
 * simplified Chinese, half-width.
 */
export interface Fold {
  /** The variant as it appears after the other normalisation steps. */
  readonly from: string
  /** What it is folded to. */
  readonly to: string
  /** Why the variant exists. */
  readonly why: string
}

/** Single characters that traditional → simplified conversion leaves alone. */
export const characterFolds: readonly Fold[] = [
  { from: '妳', to: '你', why: 'feminine "you", common in Taiwanese replies' },
  { from: '喔', to: '哦', why: 'Taiwanese spelling of the particle 哦' },
  { from: '唷', to: '哟', why: 'Taiwanese spelling of the particle 哟' },
  // Written Cantonese (Hong Kong and Guangdong shops, and customers who write as they speak):
  // characters Mandarin does not use, folded to their Mandarin words so every rule reads them.
  // Not 係 (conversion makes it 系, which Mandarin uses) nor 唔 (唔该 thanks; see the phrases).
  { from: '冇', to: '没', why: 'Cantonese "not have"' },
  { from: '嘅', to: '的', why: 'Cantonese possessive particle' },
  { from: '咗', to: '了', why: 'Cantonese perfective particle' },
  { from: '喺', to: '在', why: 'Cantonese "be at"' },
  { from: '睇', to: '看', why: 'Cantonese "look"' },
  { from: '哋', to: '们', why: 'Cantonese plural (我哋, 你哋)' },
  { from: '佢', to: '他', why: 'Cantonese "he, she"' },
  { from: '啲', to: '些', why: 'Cantonese "some"' },
  { from: '嚟', to: '来', why: 'Cantonese "come"' },
  { from: '畀', to: '给', why: 'Cantonese "give"' },
  { from: '攞', to: '拿', why: 'Cantonese "take"' },
  { from: '揾', to: '找', why: 'Cantonese "look for" (搵 after conversion)' },
]

/**
 * Spellings folded wherever they stand. Disguises of watched words (`薇信`,
 * `扣扣`, `反现`) are not listed here: they are found from data, for the
 * lexicon entries marked `watch` (see `disguise/watch.ts`).
 */
export const phraseFolds: readonly Fold[] = [
  { from: '甚么', to: '什么', why: 'traditional 甚麼 after character conversion' },
  // Cantonese negations, as words: 唔 alone is also the 唔 of 唔该 ("thanks").
  ...cantonese('唔使 不用|唔洗 不用|唔得 不行|唔可以 不可以|唔会 不会|唔好 不要|唔识 不会|唔知 不知|唔系 不是|唔想 不想|唔要 不要|唔够 不够|唔准 不准|唔记得 不记得|唔明 不懂|唔能 不能|唔啱 不对|乜嘢 什么|点解 为何|边度 哪里|边个 哪个|而家 现在|咁样 这样|系咪 是不|系你自己 是你自己|就系 就是|真系 真是|啱身 合身|啱啱好 刚刚好|快些 快点|唔买 不买|嘈 吵'),
]

/** Phrase folds of written Cantonese, `from to` pairs separated by `|`. */
function cantonese(pairs: string): Fold[] {
  return pairs.split('|').map((pair) => {
    const [from, to] = pair.split(' ') as [string, string]
    return { from, to, why: 'written Cantonese' }
  })
}
