/**
 * Absolute terms of `no-ad-absolutes` (广告法 极限词) with neutral wording
 * for each (001 "平台規則…敏感詞規則"). Time and extent words that share the
 * `最` (`最近`, `最后`, `最快明天到`, `最晚`, `最迟`, `最多`, `最少`, `最大努力`)
 * are not claims and are not listed; `最好` is listed only where it describes
 * something (`最好的面料`), not where it advises (`最好先量一下尺寸`).
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** An absolute term and its neutral replacements. */
export interface AbsoluteEntry extends LexiconEntry {
  /** Neutral wording in simplified Chinese (or English), best first; `[]` where only a rewrite of the sentence helps. */
  readonly expected: readonly string[]
  /**
   * For `最X`: what replaces the leading `最` (`很`, or nothing), the rest
   * kept as the agent typed it, so `最舒適` becomes `很舒適` in either script.
   */
  readonly lead?: string
  /** Only at the end of a clause or before a sentence particle (`这款最好用。`, not `最好用温水洗`). */
  readonly final?: true
}

/** What makes `史上最…` a complaint (`史上最失败`, `史上最嚣张的客服`). */
const worst = ['失败', '嚣张', '差', '烂', '垃圾', '坑', '恶心', '无耻', '黑', '糟', '难用', '慢', '贵', '奇葩', '离谱', '无语', '强烈的鄙视', '傻', '蠢']

/** Adjectives whose `最` form is a claim; the suggestion says `很` instead. */
const gradable = [
  '舒适', '舒服', '耐用', '耐穿', '流行', '时尚', '畅销', '热销', '受欢迎', '火爆', '火', '强', '牛', '棒', '完美', '优秀', '优质', '安全', '有效',
  '齐全', '全', '专业', '权威', '正宗', '先进', '漂亮', '美', '柔软', '透气', '保暖', '结实', '环保', '健康', '天然', '实用', '贴心', '划算',
  '实惠', '超值', '优惠', '靠谱', '可靠', '精致',
]

/** Verbs of aiming: what follows them is a goal, not a claim (`we only want the best service for you`). */
const aims = ['want ', 'wants ', 'striving to provide ', 'strive to provide ', 'aim to provide ', 'try to provide ', 'trying to provide ', 'hope to provide ']

/** `最好` + a verb of quality, when it describes (`最好用的`), not when it advises (`最好用温水洗`). */
const bestAt = ['用', '看', '穿', '吃', '喝', '卖']

export const absolutes: Lexicon<AbsoluteEntry> = [
  // `最` + an adjective.
  // `最新最全的优惠信息` points to where the news is, it claims nothing of a product.
  // `最强烈的鄙视` intensifies a feeling; it claims nothing about a product.
  ...gradable.map((word): AbsoluteEntry => ({ match: `最${word}`, expected: [`很${word}`], lead: '很', ...(word.endsWith('全') ? { notAfter: ['最新'] } : {}), ...(word === '强' ? { notBefore: ['烈'] } : {}) })),
  { match: '最红', notBefore: ['色'], expected: ['很红'], lead: '很' },
  {
    match: '最好的',
    // `最好的办法是…` advises; `做到最好的` promises effort, like `尽最大努力`.
    notBefore: ['办法', '方法', '方式', '做法', '建议', '解决', '处理', '时间', '时机', '途径', '渠道', '话'],
    notAfter: ['做到', '做', '尽', '争取', '努力'],
    expected: ['很好的'],
    lead: '很',
  },
  ...bestAt.map((verb): AbsoluteEntry => ({ match: `最好${verb}的`, expected: [`很好${verb}的`], lead: '很' })),
  ...bestAt.map((verb): AbsoluteEntry => ({ match: `最好${verb}`, expected: [`很好${verb}`], lead: '很', final: true })),
  ...['最高级', '最高端', '最高品质', '最高标准'].map((word): AbsoluteEntry => ({ match: word, expected: [word.slice(1)], lead: '' })),
  { match: '最顶级', expected: ['优质'] },
  { match: '最佳', expected: ['理想'] },
  // A quality, then `最好`/`最高` (`这款质量最好`); `您最好…` advises and is not listed.
  { match: '质量最好', expected: ['质量很好'] },
  { match: '品质最好', expected: ['品质很好'] },
  { match: '效果最好', expected: ['效果很好'] },
  { match: '口碑最好', expected: ['口碑很好'] },
  { match: ['性价比最高', '性价比最好'], expected: ['性价比很高'] },
  { match: ['销量最高', '销量最好'], expected: ['销量很好'] },
  { match: '卖得最好', expected: ['卖得很好'] },
  // Price. `最低价` → `优惠价` would change the claim (`已经是最低价了` says it cannot go lower): no
  // swap keeps it, so only the message is given.
  { match: ['最低价', '全网最低价', '史上最低价', '最优价', '全网最优价', '最低价格', '全网最低价格', '最优价格'], expected: [] },
  { match: ['价格最低', '价钱最低', '价格全网最低', '全网最低', '史上最低'], expected: [] },
  // A lowest price over a whole market (`全淘宝最低`, `全国最低`): the scope makes it a claim, as `全网最低` is.
  { match: ['全国', '全淘宝', '全天猫', '全京东', '全平台', '全行业', '全市场', '全世界', '全球', '全站', '整个淘宝', '整个平台'].map((market) => `${market}最低`), expected: [] },
  { match: ['最便宜', '全网最便宜'], expected: ['很实惠'] },
  // Rank.
  { match: ['销量第一', '销量冠军', '销冠', '销量全网第一', '全网销量第一'], expected: ['销量很好'] },
  { match: ['第一品牌', '领导品牌', '领袖品牌'], expected: ['知名品牌'] },
  {
    match: ['全网第一', '全国第一', '全球第一', '世界第一', '中国第一', '亚洲第一', '天下第一', '行业第一', '排名第一', '类目第一', '淘宝第一', '京东第一', '天猫第一', 'no.1', 'no1', 'top1', 'top 1', '第1名'],
    // A numbered grade, route or setting (`a no1 cut`, `the no.1 bus`), no ranking.
    notBefore: [' cut', ' haircut', ' clipper', ' clippers', ' grade', ' guard', ' setting', ' bus', ' route', ' gate', ' platform', ' terminal', ' size'],
    expected: [],
  },
  // `史上最失败`, `全网最差`: a complaint, not a claim.
  { match: ['全网最', '史上最'], notBefore: worst, expected: [] },
  // Grade.
  // No swap keeps a grade's sense (`国家级古村落` is an official title, `顶级制作` → `优质制作` reads oddly),
  // and `极品` is as often a jibe (`真是个极品`): the message stands alone.
  { match: ['顶级', '世界级', '全球级', '宇宙级', '殿堂级'], expected: [] },
  // A state's designation (`国家级古村落`, `国家级非遗`) is a title, not an advertising claim.
  {
    match: '国家级',
    notBefore: ['古村落', '非遗', '非物质', '文物', '保护', '自然保护区', '贫困县', '开发区', '新区', '重点', '历史文化', '风景名胜', '森林公园', '湿地', '示范', '课题', '运动员', '裁判', '教练', '一级', '二级'],
    expected: [],
  },
  { match: '顶尖', expected: ['优秀'] },
  // `遇到个极品`, `极品客服`: a person mocked, no product praised.
  { match: '极品', notAfter: ['遇到', '碰到', '遇上', '碰上', '个', '真是', '真是个', '什么'], notBefore: ['客服', '人', '玩意', '态度', '服务', '员工', '客户', '公司', '运营商'], expected: [] },
  // No word takes `极致`'s place in every phrase (`极致魅力`, `做到极致`): the message stands alone.
  // `无语到极致` is a feeling at its height, not a product claim.
  { match: '极致', notAfter: ['无语到', '郁闷到', '气到', '烦到', '差到', '慢到', '烂到', '坑到', '失望到', '恶心到', '无奈到', '崩溃到'], expected: [] },
  // `TCL王牌` is a brand, and `还好意思叫王牌` says the name.
  { match: '王牌', notAfter: ['tcl', 'TCL', '叫', '叫做', '称为'], expected: ['主打'] },
  // Idioms of uniqueness.
  { match: '独一无二', expected: ['独特'] },
  { match: ['绝无仅有', '前所未有', '史无前例', '空前绝后'], expected: ['难得'] },
  { match: ['无与伦比', '举世无双', '首屈一指', '天下无敌'], expected: ['出色'] },
  // English.
  { match: ['the best in the world', 'best in the world', "the world's best", "world's best"], expected: ['excellent'] },
  { match: ['best in town', 'best on the market', 'best in the market', 'best in the industry', 'best in class', 'best-in-class', 'best ever', 'the best ever'], expected: ['excellent'] },
  { match: ['the best quality', 'best quality', 'the highest quality', 'highest quality', 'the finest quality', 'finest quality'], expected: ['great quality'] },
  // `our best price` and `our lowest price` say it cannot go lower; `a great price` says something else.
  { match: ['the best price', 'our best price', 'best price', 'the lowest price', 'our lowest price', 'the cheapest price', 'lowest price', 'cheapest price'], expected: [] },
  { match: ['cheapest on the market', 'cheapest in town', 'the cheapest on the market'], expected: ['great value'] },
  { match: 'the cheapest', expected: ['great value'], final: true },
  { match: ['the best prices', 'best prices', 'the lowest prices', 'lowest prices', 'the cheapest prices', 'cheapest prices'], expected: [] },
  { match: ['the best deal', 'the best value'], expected: ['great value'] },
  // `We are striving to provide the best service` states an aim, not a claim.
  { match: ['the best service', 'the best products', 'the finest'], notAfter: aims, expected: ['excellent'] },
  { match: ['number one in sales', 'no. 1 in sales', '#1 in sales'], expected: ['very popular'] },
  {
    // `#1.` and `#1)` number an item of a list.
    match: ['number one', 'number 1', 'no. 1', '#1'],
    notAfter: ['option ', 'step ', 'item ', 'line ', 'ticket ', 'order ', 'case ', 'gate ', 'terminal ', 'press ', 'room ', 'seat ', 'button ', 'platform ', 'page '],
    notBefore: [' priority', ' priorities', ' concern', ' goal', ' focus', ' fan', ' fans', '.', ')', '、'],
    expected: [],
  },
  { match: ['unbeatable', 'unrivalled', 'unrivaled', 'unparalleled', 'unmatched', 'second to none', 'world-class', 'world class'], expected: ['excellent'] },
  {
    match: 'the best',
    notAfter: [...aims, "you're ", 'you are ', "you're all ", 'you guys are ', 'you all are ', "y'all are ", 'yall are ', 'u are ', 'ur ', 'all ', 'wish you ', 'wishing you ', 'deserve ', 'deserves '],
    expected: ['excellent'],
    final: true,
  },
]

/**
 * What a `最X` describes when it pledges service rather than claims a product
 * (`为用户提供最贴心、最优质的服务`, `给您最好的购物体验`): a promise of effort, like
 * `尽最大努力`, that advertising law does not reach.
 */
export const pledgeObjects = ['服务', '体验', '购物体验', '服务体验', '售后']

/** People praised with a superlative (`最牛的实习生`, `最靠谱的师傅`): a compliment, no product claim. */
export const praisedPeople = ['实习生', '客服', '员工', '小哥', '师傅', '同事', '团队', '小姐姐', '小哥哥', '老师', '朋友', '店员']

/** Words of aiming or choosing before a superlative: a goal or a choice among options, not a claim. */
export const aimWords = ['努力', '力求', '务求', '竭诚', '致力', '争取', '愿', '希望', '想要', '选择', '挑选', '帮您选', '指望', '奢望', '期待', '祝', '成为']

/** `已经成为最…`, `成为了最…`: what has become so is a claim again, no aim. */
export const becameSo = /已经成为|已成为|成为了/u

/** The same in English, anywhere earlier in the sentence (`We want you to upgrade at the best price`). */
export const englishAims = /\b(?:want|wants|wanted|strive|striving|aim|aims|aiming|hope|hoping|try|trying|working to|committed to)\b/

/**
 * A customer's words that ask to compare (`有没有更耐用的`, `哪个好`, `which one is better`):
 * the answer's superlative carries the comparison, and `很…` in its place would not answer it.
 */
export const comparisonWords: readonly string[] = ['更', '比', '哪个', '哪款', '哪种', '哪一', '最', '相比', 'better', 'best', 'which', 'compare', 'more ']

/**
 * What follows a superlative that locates the extreme rather than claims it (`信号最好的地方`,
 * `降到最便宜的一档`, `最忙的时候`): where, when, or which tier of a range, a fact and no advertising.
 */
export const locating = /^的?(?:地方|地段|时候|时间|时段|那次|一次|位置|一天|一年|一档|档位|那档|一级套餐|套餐)/u

/** The customer addressed before a superlative (`就你最靠谱了`, `您最贴心`): praise of a person. */
export const addressedBefore = /(?:你|您|你们|亲)(?:就|真|才|是|真的|永远|一直)?$/u

/**
 * Words that make `极品`/`国家级` a jibe, anywhere in the reply (`垃圾…极品...`, `国家级的羞耻`):
 * contempt, not praise.
 */
export const jibes = /垃圾|烂|差劲|太差|坑爹|坑人|恶心|无语|奇葩|服了|醉了|无耻|羞耻|耻辱|笑话|骗子|呵呵|不思进取/u

/** Words before a superlative that put the claim in someone else's mouth (`你们眼中`, `号称`, `所谓的`). */
export const attributed = /眼中|眼里|口中|嘴里|所谓|号称|自称|吹嘘|吹的|宣称|标榜/u

