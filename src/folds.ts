/**
 * Spellings that the normaliser folds onto one canonical form, so that a
 * lexicon entry written once catches its variants.
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

/** Look-alike and homophone spellings of watched words, used to dodge filters. */
export const phraseFolds: readonly Fold[] = [
  { from: '甚么', to: '什么', why: 'traditional 甚麼 after character conversion' },
  { from: '薇信', to: '微信', why: 'homophone used to dodge contact filters' },
  { from: '威信', to: '微信', why: 'homophone used to dodge contact filters' },
  { from: '徽信', to: '微信', why: 'look-alike used to dodge contact filters' },
  { from: '危信', to: '微信', why: 'homophone used to dodge contact filters' },
  { from: '维信', to: '微信', why: 'homophone used to dodge contact filters' },
  { from: 'v信', to: '微信', why: 'pinyin initial for 微 (v❤信, V信)' },
  { from: 'w信', to: '微信', why: 'pinyin initial for 微' },
  { from: '胃信', to: '微信', why: 'homophone used to dodge contact filters' },
  { from: '扣扣', to: 'qq', why: 'homophone spelling of QQ' },
  { from: '反现', to: '返现', why: 'homophone used to dodge rebate filters' },
  { from: '返钱', to: '返现', why: 'synonym: money back' },
  { from: '反钱', to: '返现', why: 'homophone of 返钱' },
  { from: '饭现', to: '返现', why: 'homophone used to dodge rebate filters' },
  { from: '返觋', to: '返现', why: 'look-alike used to dodge rebate filters' },
]
