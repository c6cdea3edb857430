/**
 * Words of `no-absolute-claim`: the words that make a claim absolute
 * (`绝对`, `保证`, `definitely won't`) and the outcomes they guarantee
 * (`不起球`, `没问题`, `fade`), each outcome with the hedged wording the
 * handbooks use instead (000 "不要下斷言，要讓顧客做決定"; 002 "it will not
 * pill when worn normally").
 */
import { chineseConditions } from '../src/language/classes.js'
import type { Lexicon, LexiconEntry } from '../src/types.js'

/**
 * What an outcome is: a defect that will not happen (`不起球`), "no problem"
 * (`没问题`), durability (`耐穿`), or the customer's satisfaction (`您满意`).
 */
export type OutcomeKind = 'defect' | 'noProblem' | 'durable' | 'satisfied'

/** A word that makes what follows it absolute. */
export interface IntensifierEntry extends LexiconEntry {
  /** Nothing replaces the word alone: the rewrite belongs to the whole claim. */
  readonly expected: readonly []
  /** The outcomes it makes into a guarantee (`完全没问题` is a polite "sure", so `完全` only reaches defects). */
  readonly reach: readonly OutcomeKind[]
}

/** A guaranteed outcome, with its hedged rewrite of the whole claim. */
export interface OutcomeEntry extends LexiconEntry {
  readonly kind: OutcomeKind
  /** The hedged claim in simplified Chinese, best first (the engine writes it in the reply's script). */
  readonly expected: readonly string[]
}

const all: readonly OutcomeKind[] = ['defect', 'noProblem', 'durable', 'satisfied']

export const intensifiers: Lexicon<IntensifierEntry> = [
  { match: ['绝对', '保证', '保准', '准保', '担保', '肯定', '一定', '百分百', '百分之百', '100%', '铁定', '打包票', '一百个放心'], expected: [], reach: all },
  { match: ['永远'], expected: [], reach: ['defect', 'noProblem', 'durable'] },
  // `永不褪色`, `绝不起球`: the single characters only before a negated outcome.
  { match: '永', notBefore: ['远', '久', '恒'], expected: [], reach: ['defect'] },
  { match: '绝', notBefore: ['对'], notAfter: ['拒', '杜', '断', '谢', '灭', '隔'], expected: [], reach: ['defect'] },
  { match: ['完全', '从来', '根本'], expected: [], reach: ['defect'] },
  // `包您满意`: `包` is also "bag" (`这个包不掉色`), so it reaches satisfaction only.
  { match: '包', expected: [], reach: ['satisfied'] },
  // `包你不会过敏`, `包您不掉色`, `管保不起球`: with the person or as 包管, no bag is meant.
  { match: ['包你', '包您', '包管', '管保'], notBefore: ['满意'], expected: [], reach: ['defect'] },
]

/** Chinese rewrite templates, by how the product is used; `X` is the defect. */
const wear = (x: string): Pick<OutcomeEntry, 'expected'> => ({ expected: [`正常穿着是不会${x}的`] })
const wash = (x: string): Pick<OutcomeEntry, 'expected'> => ({ expected: [`正常洗涤一般不会${x}`] })
const use = (x: string): Pick<OutcomeEntry, 'expected'> => ({ expected: [`正常使用一般不会${x}`] })
const store = (x: string): Pick<OutcomeEntry, 'expected'> => ({ expected: [`正常保存一般不会${x}`] })
const fairly = (x: string): Pick<OutcomeEntry, 'expected'> => ({ expected: [`比较${x}`] })

/** `漏` is also "left out" (`不会漏发`): a shop's promise about packing, not a product claim. */
const packing = ['发', '掉', '单', '寄', '件', '拍', '装', '送', '看', '回', '处理', '给']

export const outcomes: Lexicon<OutcomeEntry> = [
  // Clothing (handbook 002: "it will not pill when worn normally").
  { match: ['不起球', '不会起球', '不起毛球', '不会起毛球', '没有起球', '不可能起球'], kind: 'defect', ...wear('起球') },
  { match: ['不掉毛', '不会掉毛'], kind: 'defect', ...wear('掉毛') },
  { match: ['不起毛', '不会起毛'], notBefore: ['球'], kind: 'defect', ...wear('起毛') },
  { match: ['不起静电', '不会起静电'], kind: 'defect', ...wear('起静电') },
  { match: ['不开线', '不会开线', '不脱线', '不会脱线'], kind: 'defect', ...wear('开线') },
  { match: ['不勾丝', '不会勾丝'], kind: 'defect', ...wear('勾丝') },
  { match: ['不起皱', '不会起皱', '不会皱'], kind: 'defect', ...wear('起皱') },
  { match: ['不磨脚', '不会磨脚'], kind: 'defect', ...wear('磨脚') },
  { match: ['不透', '不会透', '不透光', '不走光', '不会走光'], notBefore: ['气', '明', '风', '露'], kind: 'defect', ...wear('透') },
  // Washing.
  { match: ['不褪色', '不会褪色', '不退色', '不会退色'], kind: 'defect', ...wash('褪色') },
  { match: ['不掉色', '不会掉色', '不掉颜色', '不会掉颜色'], kind: 'defect', ...wash('掉色') },
  { match: ['不串色', '不会串色', '不染色', '不会染色'], kind: 'defect', ...wash('串色') },
  { match: ['不缩水', '不会缩水'], kind: 'defect', ...wash('缩水') },
  { match: ['不发黄', '不会发黄', '不变黄', '不会变黄'], kind: 'defect', ...wash('发黄') },
  // Use.
  { match: ['不坏', '不会坏', '坏不了', '用不坏', '不会用坏', '不会损坏', '不损坏'], kind: 'defect', ...use('坏') },
  { match: ['不湿', '不会湿', '不进水', '不会进水', '不渗水', '不会渗水', '不会湿透', '不湿透'], kind: 'defect', ...use('进水') },
  { match: ['不变形', '不会变形'], kind: 'defect', ...use('变形') },
  { match: ['不磨损', '不会磨损'], kind: 'defect', ...use('磨损') },
  { match: ['不破', '不会破', '不破损', '不会破损'], notBefore: ['费', '例', '产', '格'], kind: 'defect', ...use('破损') },
  { match: ['不会断', '不断裂', '不会断裂'], kind: 'defect', ...use('断裂') },
  { match: ['不开裂', '不会开裂', '不裂', '不会裂'], kind: 'defect', ...use('开裂') },
  { match: ['不生锈', '不会生锈'], kind: 'defect', ...use('生锈') },
  { match: ['不漏', '不会漏', '不漏水', '不会漏水', '不漏气', '不会漏气', '不侧漏', '不会侧漏'], notBefore: packing, kind: 'defect', ...use('漏') },
  { match: ['不开胶', '不会开胶', '不脱胶', '不会脱胶'], kind: 'defect', ...use('开胶') },
  // Pillows, mattresses, sofas and hats that keep their shape (`保证不塌`).
  { match: ['不塌', '不会塌', '不塌陷', '不会塌陷', '不会变塌'], notBefore: ['方'], kind: 'defect', ...use('塌陷') },
  { match: ['滴水不漏'], kind: 'defect', ...use('漏') },
  { match: ['不掉漆', '不会掉漆', '不掉皮', '不会掉皮'], kind: 'defect', ...use('掉漆') },
  { match: ['不变色', '不会变色', '不氧化', '不会氧化'], kind: 'defect', ...use('变色') },
  { match: ['不卡', '不会卡', '不卡顿', '不会卡顿', '不死机', '不会死机'], notBefore: ['片', '号', '住', '券', '包', '通'], kind: 'defect', ...use('卡顿') },
  { match: ['不过敏', '不会过敏', '不刺激', '不会刺激', '不会敏感', '不敏感', '不会泛红', '不会长痘', '不会闷痘'], kind: 'defect', ...use('过敏') },
  { match: ['不发霉', '不会发霉', '不变质', '不会变质'], kind: 'defect', ...store('变质') },
  // "No problem": `肯定没问题` (the catalogue's own example).
  {
    match: ['没问题', '没有问题', '不会有问题', '不会出问题', '没有任何问题', '不会有任何问题', '没毛病'],
    kind: 'noProblem',
    expected: ['一般是没有问题的', '正常使用是没有问题的'],
  },
  // Durability.
  { match: ['耐穿', '经穿'], kind: 'durable', ...fairly('耐穿') },
  { match: ['耐用', '抗造'], kind: 'durable', ...fairly('耐用') },
  { match: ['耐磨'], kind: 'durable', ...fairly('耐磨') },
  { match: ['结实'], kind: 'durable', ...fairly('结实') },
  // Warmth, the promise of winter clothes and bedding (`保证暖和`, `绝对保暖`, `穿着肯定不冷`).
  { match: ['暖和', '保暖'], notBefore: ['的时候', '天'], kind: 'durable', ...fairly('保暖') },
  { match: ['不冷', '不会冷'], notBefore: ['静', '淡', '门', '漠'], kind: 'defect', ...wear('冷') },
  { match: ['好用', '管用'], kind: 'durable', ...fairly('好用') },
  { match: ['有效', '有效果'], notBefore: ['期', '的话', '时间', '订单', '凭证'], kind: 'durable', expected: ['一般是有效果的'] },
  // Satisfaction: `包您满意`, `保证您满意`.
  { match: ['满意', '您满意', '你满意', '亲满意'], kind: 'satisfied', expected: ['希望您满意'] },
]

/**
 * How an English intensifier attaches to its outcome: to a verb after a modal
 * (`definitely won't fade`), to an infinitive (`guaranteed never to pill`), or
 * to a noun (`guaranteed no pilling`).
 */
export type EnglishForm = 'modal' | 'infinitive' | 'noun'

/** An English intensifier with its negation or modal (`definitely won't`, `guaranteed not to`). */
export interface EnglishIntensifierEntry extends LexiconEntry {
  readonly expected: readonly []
  readonly form: EnglishForm
  /** Whether it guarantees that something will not happen (`won't fade`) or will (`will last`). */
  readonly negative: boolean
}

export const englishIntensifiers: Lexicon<EnglishIntensifierEntry> = [
  {
    match: [
      "definitely won't", 'definitely will not', 'will definitely not', "definitely doesn't", 'definitely does not', "definitely don't",
      "absolutely won't", 'absolutely will not', "certainly won't", 'certainly will not', "100% won't", '100% will not',
      "guaranteed won't", "won't ever", 'will not ever', 'will never', 'will never ever', "'ll never", 'would never', "'d never", 'can never',
      'never', 'never ever', 'never, ever',
    ],
    expected: [],
    form: 'modal',
    negative: true,
  },
  {
    match: [
      'guaranteed not to', 'guaranteed never to', 'guaranteed to never', 'guaranteed to not', '100% guaranteed not to', '100% guaranteed never to',
      'certain not to', 'certain never to',
    ],
    expected: [],
    form: 'infinitive',
    negative: true,
  },
  { match: ['will definitely', 'definitely will', 'will absolutely', 'will certainly', 'will always', 'definitely'], expected: [], form: 'modal', negative: false },
  { match: ['guaranteed to', 'certain to'], expected: [], form: 'infinitive', negative: false },
  { match: ['definitely no', 'guaranteed no', 'absolutely no', '100% no'], expected: [], form: 'noun', negative: true },
]

/** An English outcome verb (base and third person), with its hedged rewrites. */
export interface EnglishOutcomeEntry extends LexiconEntry {
  /** After a modal: `shouldn't fade with normal washing`. */
  readonly expected: readonly string[]
  /** After `guaranteed (not) to`: `unlikely to fade with normal washing`. */
  readonly infinitive: readonly string[]
  /** Whether the verb is a defect (negated by the intensifier) or durability (`last`). */
  readonly negative: boolean
  /** Only when it ends its clause. */
  readonly final?: boolean
  /** A noun (`pilling`), guaranteed away by `guaranteed no`; `expected` is then the whole rewrite. */
  readonly noun?: true
}

function defect(base: string, third: string, usage: 'wear' | 'washing' | 'use', extra: readonly string[] = []): EnglishOutcomeEntry {
  return {
    match: [base, third, ...extra],
    expected: [`shouldn't ${base} with normal ${usage}`],
    infinitive: [`unlikely to ${base} with normal ${usage}`],
    negative: true,
  }
}

/** How a defect named by a noun shows: in the wash, in wear, or in use. */
function usageOf(noun: string): 'washing' | 'wear' | 'use' {
  if (/^(?:fading|shrink|bleeding)/.test(noun)) return 'washing'
  if (/^(?:pilling|fraying|tearing|wrinkl)/.test(noun)) return 'wear'
  return 'use'
}

export const englishOutcomes: Lexicon<EnglishOutcomeEntry> = [
  defect('fade', 'fades', 'washing'),
  defect('bleed', 'bleeds', 'washing'),
  defect('discolour', 'discolours', 'washing', ['discolor', 'discolors']),
  defect('shrink', 'shrinks', 'washing'),
  defect('pill', 'pills', 'wear'),
  defect('fray', 'frays', 'wear'),
  defect('tear', 'tears', 'wear'),
  defect('rip', 'rips', 'wear'),
  defect('wrinkle', 'wrinkles', 'wear'),
  defect('stretch out', 'stretches out', 'wear'),
  defect('lose its shape', 'loses its shape', 'wear'),
  defect('wear out', 'wears out', 'wear'),
  defect('fall apart', 'falls apart', 'use'),
  defect('break', 'breaks', 'use'),
  defect('crack', 'cracks', 'use'),
  defect('rust', 'rusts', 'use'),
  defect('leak', 'leaks', 'use'),
  defect('peel', 'peels', 'use'),
  defect('tarnish', 'tarnishes', 'use'),
  defect('warp', 'warps', 'use'),
  {
    match: ['last forever', 'lasts forever', 'last for years', 'lasts for years', 'last a lifetime', 'lasts a lifetime', 'hold up', 'holds up'],
    expected: ['should last with normal use'],
    infinitive: ['likely to last with normal use'],
    negative: false,
  },
  // Nouns that are not also a verb form above (`wrinkles`, `rust`, `leaks` are).
  ...(['pilling', 'fading', 'shrinking', 'shrinkage', 'bleeding', 'fraying', 'tearing', 'wrinkling', 'rusting', 'leaking', 'peeling', 'cracking'] as const).map(
    (noun): EnglishOutcomeEntry => ({
      match: noun,
      expected: [`hardly any ${noun} with normal ${usageOf(noun)}`],
      infinitive: [],
      negative: true,
      noun: true,
    }),
  ),
  // Bare `last` is also "previous" (`definitely last week`): only at the end of its clause.
  { match: ['last', 'lasts'], expected: ['should last with normal use'], infinitive: ['likely to last with normal use'], negative: false, final: true },
]

/**
 * Sizes and fit: a guarantee about them is `no-size-promise`'s to report
 * (`您168cm穿M码绝对合适`, `穿M码肯定没问题`, `This size will definitely fit`).
 */
export const fitWords: Lexicon<LexiconEntry> = [
  {
    match: [
      '合适', '合身', '能穿', '可以穿', '穿得下', '穿不下', '正好', '刚好', '尺码', '尺寸', '码数', '大号', '小号', '中号', '身高', '体重', '公分',
      's号', 'm号', 'l号', 'xl号', 'xxl号', 'xs号', 'cm', 'fit', 'fits', 'size', 'sizes', 'sizing',
    ],
  },
  { match: '码', notAfter: ['条', '密', '号', '编', '证', '维', '代', '价', '起', '加'] },
  { match: '斤', notAfter: ['公'] },
]

// Constructions (see `constructions` in no-absolute-claim.ts): word lists joined into pattern alternatives.

/** Defects a product may show, after a negation (`都不起球`, `都不会掉色`). */
export const defects = [
  '起球', '起毛球', '掉毛', '起毛', '起静电', '开线', '脱线', '勾丝', '起皱', '磨脚', '走光', '褪色', '退色', '掉色', '串色', '染色', '缩水', '发黄',
  '变黄', '变形', '磨损', '破损', '断裂', '开裂', '生锈', '漏水', '漏气', '侧漏', '开胶', '脱胶', '掉漆', '掉皮', '变色', '氧化', '卡顿', '死机',
  '过敏', '发霉', '变质', '坏', '出问题', '有问题', '色差', '异味', '甲醛超标', '掉渣', '起泡', '脱落', '松动', '跑偏', '褪', '掉',
  // Side effects of food and cosmetics (`吃了绝对不上火`).
  '上火', '长痘', '拉肚子', '发胖', '闷痘',
  // Down, batteries, shoes, food, electronics: defects of other goods.
  '脱皮', '起皮', '爆皮', '裂开', '闪', '闪烁', '频闪', '不亮', '漏光', '这种问题', '这个问题', '类似问题', '跑绒', '钻绒', '掉绒', '漏绒', '鼓包', '漏电', '发烫', '过热', '异响', '掉跟', '断线', '掉钻', '长痘', '闷脚', '结块', '发臭', '串味', '渗漏',
  '生虫', '霉变', '变软', '塌陷', '爆炸', '爆裂', '短路', '失灵', '失效', '变味', '起坨', '开花', '褪色掉色', '伤手', '伤皮肤', '烂脸',
  '粘', '粘锅', '糊锅', '掉涂层', '起皮', '褪毛', '烧坏', '烧掉', '烧了',
  // Rainwear, shoes and bags: what waterproof goods are promised not to do.
  '湿', '进水', '渗水', '湿透',
].join('|')

/** Certainty, as a quality claim uses it (not `稳`, which is also `稳定`). */
// `包你`, `保你` ("I promise you"): the colloquial guarantee, Cantonese `包你唔會濕` too.
export const sure = ['绝对', '肯定', '百分百', '百分之百', '100%', '保证', '铁定', '完全', '保准', '一定', '包你', '包您', '保你', '保您'].join('|')

/** What a product's quality is. */
export const qualities = ['质量', '品质', '做工', '效果', '面料', '材质', '质感', '用料', '工艺'].join('|')

/** Judged good, or nothing to worry about. */
export const good = ['好', '没问题', '没得说', '杠杠', '过关', '过硬', '靠谱', '放心', '有保障', '一流', '没话说', '不用担心', '不会差', '不差', '顶呱呱'].join('|')

/** The customer's satisfaction, promised (`绝对不会后悔`). */
// `值得`, not `值` (`一定值` is `a certain value`).
export const pleased = ['满意', '不会后悔', '不后悔', '喜欢', '爱上', '回购', '物超所值', '值得', '不会让您失望', '不会让你失望', '不会失望', '不让您失望', '让您后悔', '不吃亏', '还想买', '还会再来'].join('|')

/** Lasting for years. */
export const years = ['好几年', '几年', '十年', '十年八年', '一辈子', '很久', '很多年', '好多年', '一两年', '三五年', '几十年'].join('|')

/** Arriving. */
export const arrives = ['到', '送到', '到货', '收到', '送达', '到达'].join('|')

/** Conditions that take the certainty out of a claim (`如果质量有问题，肯定给您换`). */
export const conditions = [...chineseConditions, '若', '正常', '一般', '通常', '基本', '几乎', '很少', '大部分', '大多', '不能', '不敢', '没法', '无法', '很难', '不一定', '不', '没'].join('|')

/** English outcomes after `will definitely` (a fix or a look is effort, not a claim: not here). */
export const englishOutcomesAfterWill = ['work', 'arrive', 'last', 'be_fine', 'be_perfect', 'be_delivered', 'get_there', 'solve_the_problem', 'stop_the_leak'].join('|')

/** Absolute English properties (`100% waterproof`). */
export const englishAbsolutes = [
  'waterproof', 'unbreakable', 'indestructible', 'leakproof', 'leak-proof', 'scratch-proof', 'scratchproof', 'stain-proof', 'fade-proof',
  'safe', 'risk-free', 'foolproof', 'flawless', 'perfect', 'durable', 'effective', 'reliable',
].join('|')

// Round 2 (families written from the phenomenon; see the rule page's Constructions).

/** Every product or piece (`所有产品`, `每一件`). */
export const every = ['所有', '全部', '每一件', '每件', '每个', '件件', '个个', '统统', '任何一件', '每一款', '每款', '全店', '全部都'].join('|')

/** Flaws named as nouns, beyond `defects` (`质量问题`, `瑕疵`). */
export const flaws = ['质量问题', '瑕疵', '缺陷', '次品', '残次品', '毛病', '故障'].join('|')

/** It cannot happen (`不可能掉色`, `掉色是不存在的`). */
export const impossible = ['不可能', '没可能', '绝无可能', '绝不可能', '根本不可能', '绝对不可能', '不存在', '不会存在'].join('|')
/** What makes `不可能` an honest limit (`不可能完全不缩水`). */
export const honestLimit = ['完全', '避免', '百分之百', '百分百', '100%', '一点', '不', '绝对不'].join('|')

/** Reassurance that makes a flat "it won't" a guarantee (`放心，不会掉色的`). */
export const restAssured = ['放心', '请放心', '您放心', '放一百个心', '放一万个心', '放宽心', '尽管放心', '大可放心', '完全放心'].join('|')
/** What keeps it a hedge or an instruction (`正常穿着不会起球`, `手洗就不会掉色`). */
export const hedgedCare = ['正常', '一般', '通常', '基本', '大部分', '大多', '如果', '尽量', '可能', '只要', '注意', '记得', '避免', '不要', '别', '就不会', '的话', '按照', '建议'].join('|')

/** Working as claimed (`肯定有效`). */
export const effective = [
  '有效', '见效', '管用', '有用', '有效果', '起作用', '立竿见影', '药到病除', '能见效', '能治好', '根治', '变白', '美白', '长高', '祛痘', '减肥',
  '掉秤', '够用', '瘦', '变瘦', '瘦下来', '修好', '洗掉', '洗干净', '去掉', '去除', '祛除', '治好', '消除', '恢复',
].join('|')

/** Safe, as claimed. */
export const safe = ['安全', '无害', '无毒', '无刺激', '零添加', '环保无害', '无副作用'].join('|')

/** Used hard (`洗多少次`, `穿一百次`). */
export const usedHard = ['洗', '穿', '用', '戴', '晒', '泡', '摔', '折', '洗涤', '水洗', '机洗', '暴晒', '拉扯'].join('|')

/** Never went wrong (`从来没出过问题`). */
export const neverYet = ['从来', '从未', '从没', '从来都', '一直都', '至今'].join('|')
export const wentWrong = ['出过', '有过', '退过', '投诉过', '反馈过', '人退过', '人投诉过', '人反馈过', '人说过'].join('|')
export const complaintsOf = ['问题', '质量问题', '投诉', '差评', '退货', '货', '瑕疵', '色差', '毛病', '故障'].join('|')


// English.

/** Defects, as verbs (`it won't fade`). */
export const englishDefects = [
  'fade', 'fades', 'shrink', 'shrinks', 'pill', 'pills', 'break', 'breaks', 'tear', 'tears', 'rip', 'rips', 'crack', 'cracks', 'rust', 'rusts', 'leak',
  'leaks', 'peel', 'peels', 'fray', 'frays', 'fail', 'fails', 'fall_apart', 'wear_out', 'stop_working', 'go_wrong', 'lose_its_shape', 'bleed', 'discolor',
  'discolour', 'warp', 'scratch',
].join('|')
/** Defects, as nouns (`zero chance of fading`). */
export const englishDefectNouns = ['fading', 'shrinking', 'shrinkage', 'pilling', 'tearing', 'breaking', 'cracking', 'rusting', 'leaking', 'peeling', 'fraying', 'damage', 'defects', 'problems', 'issues'].join('|')

/** Years of use, said to be no problem (`用十年都没问题`). */
export const noProblemFor = ['没问题', '没事', '不会坏', '不坏', '不成问题', '妥妥的', '杠杠的', '不带掉的', '不带坏的', '不会掉', '不掉'].join('|')

/** Looking exactly as pictured (`跟图片一模一样`). */
export const pictured = ['图片', '实物', '照片', '图', '主图', '详情页', '视频'].join('|')
export const identical = ['一模一样', '完全一样', '一样', '一致', '完全一致', '没有差别', '无差别', '没有任何差别', '没色差', '零色差'].join('|')

/** What makes satisfaction a promise of service, not of the product (`满意的答复`, `满意的说法`). */
export const serviceOutcome = [
  '的答复', '的处理', '的结果', '的解决', '的方案', '的服务', '的交代', '的说法', '的答案', '的回复', '的解释', '的体验', '的购物', '答复', '处理', '结果',
].join('|')

/** Worn or used and never broken, as a potential complement (`摔不坏`, `穿不烂`). */
export const unbreakable = [
  '用不坏', '穿不坏', '摔不坏', '洗不坏', '穿不烂', '用不烂', '摔不碎', '摔不烂', '踩不坏', '坐不坏', '穿不破', '磨不破', '扯不断', '拉不断', '摔不破',
  '压不坏', '压不扁', '洗不掉色', '晒不褪色',
].join('|')

/** A performance a product is said to have for certain (`百分百保温`, `绝对防水`). */
export const performance = ['保温', '续航', '防水', '待机', '制冷', '制热', '防晒', '防紫外线', '抗菌', '除菌', '杀菌', '净化', '降噪', '防滑', '防摔', '防刮'].join('|')

/** English defects in their base form, after a modal (`wont fade`). */
export const englishDefectsBase = [
  'fade', 'shrink', 'pill', 'break', 'tear', 'rip', 'crack', 'rust', 'leak', 'peel', 'fray', 'fail', 'fall_apart', 'wear_out', 'stop_working', 'go_wrong',
  'lose_its_shape', 'bleed', 'discolor', 'discolour', 'warp', 'scratch', 'stick',
].join('|')
