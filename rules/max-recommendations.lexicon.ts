/**
 * Words of `max-recommendations`: what makes a list a recommendation (`推荐`,
 * `这几款`, `here are`), what makes it a procedure or a policy instead
 * (`步骤`, `申请退款`, `click`), stated counts (`推荐这三款`, `here are
 * three`), ordinals that name products (`第三款`), and the hosts of product
 * links (003 "推薦兩款，說出他們各自的優點，切記不要推薦太多了").
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A cue word: it tells that a list offers products. */
export interface CueEntry extends LexiconEntry {
  /** Nothing to replace: a cue is evidence, not an error. */
  readonly expected: readonly []
  /** `推荐`, `recommend`, `suggest`: recommending in so many words wins over a procedure word in the reply. */
  readonly explicit?: true
  /** Names listed with `、` right after it are items (`推荐白T、条纹衫、外套`, `这几款都不错：…`). */
  readonly introduces?: true
  /** Names listed with `、` right before it are items (`剃须刀、键盘、保温杯都挺合适的`). */
  readonly closes?: true
}

export const recommendationCues: Lexicon<CueEntry> = [
  { match: ['推荐', '推介'], expected: [], explicit: true, introduces: true },
  { match: ['recommend', 'recommends', 'recommended', 'recommendation', 'recommendations', 'suggest', 'suggestion', 'suggestions'], expected: [], explicit: true },
  { match: ['几款', '这些款', '以下款', '任选', '供您参考', '供您选择', '可以看看', '可以看一下', '可以考虑', '您可以选', '都不错'], expected: [], introduces: true },
  // Goods counted by another measure word (`这几样都合适：…`, `可以参考这几件：…`); not `参考` alone, which lists
  // criteria as often (`可以参考尺码表、身高、体重来选`).
  // `买了几件`, `少了几样` count what was bought or sent.
  { match: ['几样', '几件'], notAfter: ['买了', '买', '拍了', '拍', '下了', '收到', '收到了', '寄了', '发了', '少了', '少', '退了', '退', '换了', '丢了'], expected: [], introduces: true },
  // Round 8: the list judged fit as a whole, after it (`送男朋友的话，剃须刀、机械键盘、保温杯都挺合适的`).
  { match: ['都挺合适', '都很合适', '都合适', '都适合', '都挺适合', '都挺好', '都挺不错', '都可以选', '都能选', '都很推荐', '都值得'], expected: [], closes: true },
  {
    match: [
      '款式', '宝贝', '链接', '同款', '热卖', '热销', '爆款', '百搭', '都很好看', '都很适合', '都很百搭',

      'here are', 'options', 'picks', 'you might like', 'you may like', 'you might also like', 'check out', 'take a look at', 'favourites', 'favorites',
      'best sellers', 'bestsellers', 'alternatives', 'similar items', 'similar styles',
    ],
    expected: [],
  },
]

/** Words that make a list a procedure, care instructions or a policy, not products. */
export const procedureCues: Lexicon<LexiconEntry> = [
  {
    match: [
      '步骤', '流程', '操作', '方法', '如下', '须知', '注意事项', '说明', '规则', '条件', '政策', '保养', '洗涤', '办理',
      'steps', 'step', 'process', 'procedure', 'instructions', 'how to', 'policy', 'terms',
    ],
  },
]

/**
 * Verbs of a step (`申请退款`, `寄回商品`, `click Returns`) or of a change log
 * (`优化了…`): an item holding one is an action, not a product.
 */
export const stepWords: Lexicon<LexiconEntry> = [
  {
    match: [
      '申请', '点击', '填写', '提交', '寄回', '寄出', '退回', '上传', '联系', '登录', '登陆', '进入', '打开', '确认', '等待', '复制', '粘贴', '付款', '支付',
      '拍照', '签收', '审核', '退款', '退货', '换货', '手洗', '机洗', '洗涤', '晾干', '熨烫', '漂白', '浸泡', '不可', '请您', '输入', '选择', '找到',
      '修改', '新增', '优化', '修复', '改版', '升级',
      'click', 'tap', 'go to', 'select', 'enter', 'fill', 'submit', 'send', 'return', 'wait', 'log in', 'sign in', 'open', 'upload', 'contact',
      'wash', 'dry', 'iron', 'choose', 'type',
    ],
  },
]

/** A count of recommended items stated in words (`推荐这三款`, `here are three`). */
export interface StatedEntry extends LexiconEntry {
  readonly expected: readonly []
  readonly count: number
}

const chineseNumbers: ReadonlyArray<readonly [readonly string[], number]> = [
  [['两', '二', '2'], 2],
  [['三', '3'], 3],
  [['四', '4'], 4],
  [['五', '5'], 5],
  [['六', '6'], 6],
  [['七', '7'], 7],
  [['八', '8'], 8],
  [['九', '9'], 9],
  [['十', '10'], 10],
]
const englishNumbers: ReadonlyArray<readonly [readonly string[], number]> = [
  [['two', '2'], 2],
  [['three', '3'], 3],
  [['four', '4'], 4],
  [['five', '5'], 5],
  [['six', '6'], 6],
  [['seven', '7'], 7],
  [['eight', '8'], 8],
  [['nine', '9'], 9],
  [['ten', '10'], 10],
]

/** `推荐(这|以下|您|给您)N款`: the shop says how many it recommends. */
const chineseStated = chineseNumbers.map(([numbers, count]): StatedEntry => ({
  match: numbers.flatMap((n) =>
    ['推荐', '推荐这', '推荐以下', '推荐您', '推荐您这', '推荐你', '推荐给您', '推荐给您这', '推荐下面', '推荐下面这'].flatMap((head) =>
      ['款', '个', '件', '套'].map((unit) => `${head}${n}${unit}`),
    ),
  ),
  expected: [],
  count,
}))

/** `here are three`, `four options`, `suggest these five`. */
const englishStated = englishNumbers.map(([numbers, count]): StatedEntry => ({
  match: numbers.flatMap((n) => [
    `here are ${n}`, `here are the ${n}`, `${n} options`, `${n} picks`, `${n} styles`, `${n} recommendations`, `${n} suggestions`,
    `recommend these ${n}`, `suggest these ${n}`, `${n} we'd suggest`, `${n} we recommend`, `${n} we suggest`,
    // Round 8: the count said after the list (`… — all three are bestsellers!`).
    `all ${n} are`, `all ${n} of them are`, `all ${n} would`, `any of the ${n}`, `all ${n} make`,
  ]),
  expected: [],
  count,
}))

export const statedCounts: Lexicon<StatedEntry> = [...chineseStated, ...englishStated]

/** An ordinal that names a product (`第三款`, `第2个链接`, `option 3`). */
export interface OrdinalEntry extends LexiconEntry {
  readonly expected: readonly []
  /** Its place in the list, from 1. */
  readonly value: number
}

const ordinalNumbers: ReadonlyArray<readonly [readonly string[], readonly string[], number]> = [
  [['一', '1'], ['one', '1'], 1],
  [['二', '2'], ['two', '2'], 2],
  [['三', '3'], ['three', '3'], 3],
  [['四', '4'], ['four', '4'], 4],
  [['五', '5'], ['five', '5'], 5],
  [['六', '6'], ['six', '6'], 6],
  [['七', '7'], ['seven', '7'], 7],
  [['八', '8'], ['eight', '8'], 8],
  [['九', '9'], ['nine', '9'], 9],
  [['十', '10'], ['ten', '10'], 10],
]

export const ordinals: Lexicon<OrdinalEntry> = ordinalNumbers.map(([chinese, english, value]) => ({
  match: [
    ...chinese.flatMap((n) => [`第${n}款`, `第${n}个链接`, `第${n}个宝贝`, `第${n}条链接`]),
    ...english.flatMap((n) => [`option ${n}`]),
  ],
  expected: [],
  value,
}))

/**
 * Hosts whose links are product pages: the marketplaces' item pages and the
 * short links their share buttons make. A link to any other page (help,
 * tracking, a shop's front page) is not a recommendation.
 */
export const productHosts: readonly string[] = [
  'item.taobao.com', 'detail.tmall.com', 'detail.tmall.hk', 'detail.m.tmall.com', 'chaoshi.detail.tmall.com', 'a.m.taobao.com', 'm.tb.cn', 'e.tb.cn',
  'tb.cn', 'item.jd.com', 'item.m.jd.com', 'item.jd.hk', 'npcitem.jd.hk', 'u.jd.com', '3.cn', 'mobile.yangkeduo.com', 'item.yangkeduo.com',
  'haohuo.jinritemai.com', 'detail.1688.com', 'amzn.to', 'a.co',
]

/** Paths that mark a product page on a marketplace host that also serves other pages (`amazon.com/dp/…`). */
export const productPaths: ReadonlyArray<readonly [host: string, path: string]> = [
  ['amazon.', '/dp/'],
  ['amazon.', '/gp/product/'],
  ['h5.m.taobao.com', '/awp/core/detail'],
  ['world.taobao.com', '/item/'],
  ['m.intl.taobao.com', '/detail/'],
  ['shopee.', '-i.'],
]
