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
]

/**
 * Spellings folded wherever they stand. Disguises of watched words (`薇信`,
 * `扣扣`, `反现`) are not listed here: they are found from data, for the
 * lexicon entries marked `watch` (see `disguise/watch.ts`).
 */
export const phraseFolds: readonly Fold[] = [
  { from: '甚么', to: '什么', why: 'traditional 甚麼 after character conversion' },
]
