/**
 * Words of `no-competitor-platform` (003 item 6, in English in 002: "買家有諮詢到
 * 你們有京東嗎？回覆客戶我暫時只負責天貓其他平臺不清楚 抱歉親"): the
 * marketplaces, the cues that turn a mention into a pointer (`也有`, `更便宜`,
 * `去…买`, `also sell on`), and the words that show it is no pointer (a
 * warning about fakes, the customer's own order there).
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A marketplace's name, or a compound that only contains one. */
export interface PlatformEntry extends LexiconEntry {
  /** No replacement for the name itself: the rule suggests the handbook's reply for the sentence. */
  readonly expected: readonly string[]
  /** The marketplace; absent for a courier, payment or product that carries its name (`京东快递`). */
  readonly platform?: string
}

/** Marketplaces by id, and the couriers, payments and products named after them. */
export const platforms: Lexicon<PlatformEntry> = [
  // The core names are watched: disguised spellings (`京 东`, `jing dong`, `抖 音`, `淘❤宝`,
  // homophones such as `精东`, initials of three characters such as `pdd`, `xhs`) fold onto them.
  { platform: 'taobao', match: ['淘宝', '天猫'], expected: [], watch: true },
  // `狗东` (its mascot), also written `🐶东`.
  { platform: 'jd', match: '京东', expected: [], watch: { initials: true, aliases: ['狗东'] } },
  { platform: 'pinduoduo', match: '拼多多', expected: [], watch: true },
  { platform: 'douyin', match: '抖音', expected: [], watch: true },
  { platform: 'kuaishou', match: '快手', expected: [], watch: true },
  { platform: 'xiaohongshu', match: '小红书', expected: [], watch: true },
  { platform: 'vipshop', match: '唯品会', expected: [], watch: true },
  { platform: 'xianyu', match: '闲鱼', expected: [], watch: true },
  { platform: 'amazon', match: ['亚马逊', 'amazon'], expected: [], watch: true },
  // Nicknames and euphemisms agents use to dodge filters count too (某宝, 狗东, 并夕夕, 某音).
  { platform: 'taobao', match: ['taobao', 'tmall', '手淘', '淘宝网', '天猫超市', '天猫国际', '某宝', '某猫'], expected: [] },
  { platform: 'jd', match: ['jd', 'jingdong', '京东商城', '京东自营', '京东到家', '某东'], expected: [] },
  { platform: 'pinduoduo', match: ['pinduoduo', 'pdd', '拼夕夕', '并夕夕', '某多多', '拼dd'], expected: [] },
  { platform: 'douyin', match: ['抖店', 'douyin', 'tiktok', 'tik tok', '抖音小店', '抖音商城', '某音', 'dy', '抖y', '抖y小店', 'dy小店'], expected: [] },
  { platform: 'kuaishou', match: ['kuaishou', '快手小店', '某手'], expected: [] },
  { platform: 'xiaohongshu', match: ['xiaohongshu', '小红薯', '某书'], expected: [] },
  { platform: 'vipshop', match: 'vipshop', expected: [] },
  { platform: 'suning', match: ['苏宁', '苏宁易购', 'suning'], expected: [] },
  { platform: 'shopee', match: ['shopee', '虾皮'], expected: [] },
  { platform: 'lazada', match: 'lazada', expected: [] },
  // Korea's, Japan's and Singapore's marketplaces.
  { platform: 'coupang', match: 'coupang', expected: [] },
  { platform: 'mercari', match: ['mercari', '煤炉'], expected: [] },
  { platform: 'qoo10', match: 'qoo10', expected: [] },
  
  { platform: 'ebay', match: 'ebay', expected: [] },
  { platform: 'aliexpress', match: ['aliexpress', '速卖通'], expected: [] },
  { platform: 'temu', match: 'temu', expected: [] },
  { platform: 'walmart', match: 'walmart', expected: [] },
  // Taiwan's marketplaces (蝦皮 is Shopee, above).
  { platform: 'ruten', match: ['露天', '露天拍卖', 'ruten'], notBefore: ['阳台', '泳池', '停车', '电影', '烧烤', '场地', '座位'], expected: [] },
  // `momo` spells the watched messenger 陌陌 in pinyin, so the reply's `momo购物网` is read as
  // `陌陌购物网`: the marketplace is listed in that reading too (陌陌 alone stays the messenger).
  { platform: 'momo', match: ['momo', 'momo购物网', 'momo购物', '富邦momo', '陌陌购物网', '陌陌购物', '富邦陌陌', '陌陌商城'], expected: [] },
  { platform: 'pchome', match: ['pchome', 'pchome购物', 'pchome 24h'], expected: [] },
  { platform: 'yahoo', match: ['yahoo拍卖', '雅虎拍卖', '奇摩拍卖', 'yahoo购物', 'yahoo奇摩'], expected: [] },
  { platform: 'rakuten', match: ['rakuten', '乐天市场', '乐天'], expected: [] },
  { platform: 'etsy', match: 'etsy', expected: [] },
  { platform: 'shein', match: 'shein', expected: [] },
  { platform: 'xianyu', match: 'xianyu', expected: [] },
  { platform: 'dangdang', match: ['当当网', 'dangdang'], expected: [] },
  { platform: 'gome', match: ['国美', 'gome'], expected: [] },
  { platform: 'dewu', match: ['得物app', 'dewu', 'poizon'], expected: [] },
  // `得物` alone, not inside `获得物流`, `取得物品`.
  { platform: 'dewu', match: '得物', notAfter: ['获', '取', '赢', '所', '应', '觉', '记', '值', '难', '博', '懂', '舍', '使'], notBefore: ['流', '品', '件', '资', '质', '体'], expected: [] },
  // `多多` alone is a wish (`多多关照`); with where it sells, it is 拼多多.
  { platform: 'pinduoduo', match: ['多多上', '多多里', '多多平台', '多多店', '多多买菜', '多多app', '多多商城'], expected: [] },
  { platform: 'weidian', match: '微店', notBefore: ['铺'], expected: [] },
  // Couriers, payments, accounts and products named after a marketplace: mentions, never pointers.
  {
    match: [
      '京东快递', '京东物流', '京东配送', '京东小哥', '京东快递员', '京东白条', '京东支付', '京东卡', '京东e卡', '京东账户', '京东账号',
      '京东取件', '京东上门', '京东余额', '京东金融', '京东方', '京东客服', '京东豆', '京豆', '天猫精灵', '天猫魔盒', '淘宝客',
      '快手快脚', '苏宁物流', '苏宁帮客', '菜鸟', 'amazon logistics', 'amazon pay', 'amazon prime', 'amazon echo',
      'amazon video', 'amazon account', 'amazon gift card', 'amazon web services', 'amazon music', 'amazon fresh',
    ],
    expected: [],
  },
]

/** Links to a marketplace, by domain: a link is a pointer by itself. */
export const domains: ReadonlyArray<{ readonly domain: string; readonly platform: string }> = [
  { domain: 'taobao.com', platform: 'taobao' },
  { domain: 'tmall.com', platform: 'taobao' },
  { domain: 'tb.cn', platform: 'taobao' },
  { domain: 'jd.com', platform: 'jd' },
  { domain: '3.cn', platform: 'jd' },
  { domain: 'pinduoduo.com', platform: 'pinduoduo' },
  { domain: 'yangkeduo.com', platform: 'pinduoduo' },
  { domain: 'douyin.com', platform: 'douyin' },
  { domain: 'kuaishou.com', platform: 'kuaishou' },
  { domain: 'xiaohongshu.com', platform: 'xiaohongshu' },
  { domain: 'xhslink.com', platform: 'xiaohongshu' },
  { domain: 'vip.com', platform: 'vipshop' },
  { domain: 'suning.com', platform: 'suning' },
  { domain: 'shopee.', platform: 'shopee' },
  { domain: 'lazada.', platform: 'lazada' },
  { domain: 'amazon.', platform: 'amazon' },
  { domain: 'amzn.to', platform: 'amazon' },
  { domain: 'ebay.', platform: 'ebay' },
  { domain: 'aliexpress.', platform: 'aliexpress' },
  { domain: 'temu.com', platform: 'temu' },
]

/** Other spellings of a platform id in the option or `context.platform`. */
export const platformAliases: Readonly<Record<string, string>> = {
  tmall: 'taobao', 淘宝: 'taobao', 天猫: 'taobao', 淘宝网: 'taobao',
  jingdong: 'jd', 京东: 'jd', 'jd.com': 'jd',
  pdd: 'pinduoduo', 拼多多: 'pinduoduo',
  tiktok: 'douyin', 抖音: 'douyin',
  快手: 'kuaishou', red: 'xiaohongshu', 小红书: 'xiaohongshu', 唯品会: 'vipshop', vip: 'vipshop', 苏宁: 'suning', 亚马逊: 'amazon',
}

/** A word that makes a mention of a marketplace a pointer. */
export interface CueEntry extends LexiconEntry {
  /** Only right after the name, with at most `上`, `里` or `的` between (`拼多多店`, `京东上买`); before it, right before it (`上拼多多`). */
  readonly adjacent?: true
  /** An invitation to go there, which a question makes no milder (`要不要去拼多多看看？`). */
  readonly invites?: true
  /** Also in a later clause of the sentence (`闲鱼上有二手的，可以去看看`). */
  readonly sentence?: true
}

/** Cues before the name: go there (`去拼多多`), it is there too (`也在京东`, `also sell on`). */
export const cuesBefore: Lexicon<CueEntry> = [
  { match: ['去', '可以去'], notBefore: ['年', '掉', '除', '过', '世', '年的'], invites: true },
  { match: ['也在', '也有', '还在', '还有', '也可以在'] },
  // Up to the marketplace, or follow the shop there (`可以上拼多多找我们家`, `关注我们的抖音号`).
  {
    match: ['上', '可以上', '直接上', '您上'],
    notAfter: ['以', '马', '线', '早', '晚', '网', '楼', '之', '向', '加', '身', '手', '路', '北', '最', '墙', '天', '月', '周', '面', '架', '桌', '车', '遇', '感', '收', '送', '寄', '发', '达', '得', '做', '找', '等', '看', '想', '拿', '提', '签', '办'],
    invites: true,
    adjacent: true,
  },
  { match: ['关注我们', '关注一下我们', '搜我们', '搜索我们'], invites: true },
  // Look there (`要不您看看拼多多`).
  { match: ['看看', '看一下', '逛逛', '搜搜', '搜一下', '考虑'], invites: true },
  { match: ['go to', 'head to', 'head over to', 'visit our', 'check out our', 'find us on', 'search for us on', 'try', 'check', 'look on', 'search on', 'tried', 'have you tried', 'you could try'], invites: true },
  {
    match: [
      'also sell on', 'also sold on', 'also available on', 'also on', 'also have a store on', 'sell on', 'find it on', 'order from',
      'order it from', 'order it on', 'order on', 'buy from', 'buy it from', 'buy it on', 'buy on', 'get it on', 'get it from',
      'cheaper on', 'cheaper at', 'cheaper from', 'better price on', 'better deal on', 'shop on', 'over on', 'store on', 'listed on',
      'search for it on', 'searching for it on', 'look for it on', 'available at', 'available on', 'also available at', 'sold at', 'in stock at',
      'grab it on', 'grab one on', 'grab it at', 'get it at', 'grab one from', 'get one from', 'buy one from', 'order one from', 'pick one up from', 'pick it up on', 'pick one up on', 'pick it up at', 'snag it on', 'get one on', 'get one at',
      'search our name on', 'search us on', 'search for our store on', 'over at', 'cheaper over at', 'cheaper over on',
      'better luck on', 'better luck at', 'look us up on', 'look it up on', 'we are on', "we're on",
    ],
  },
]

/** Cues after the name: the goods are there too, cheaper there, a shop or link there. */
export const cuesAfter: Lexicon<CueEntry> = [
  {
    match: [
      '也有', '也有卖', '也在卖', '也卖', '也能买', '也可以买', '也可以下单', '也有店', '都有卖', '有卖', '有售', '在卖', '更便宜',
      '便宜', '更划算', '划算', '更优惠', '优惠更多', '活动多', '有活动', '价格更低', '价格低', '更低', '搜一下', '搜索', '看看',
      '看一下', '逛逛', '那边', '那里', '那儿', '抢购', '领券',
      // The shop has a store there too (`拼多多上我们也开了店`).
      '开了店', '开了家店', '开了分店', '开店了', '也开店', '也有家店', '也有分店', '有分店',
      // Or its live room or account there (`我们在抖音也开了直播间`, `快手上也有我们的号`).
      '开了直播间', '也开了直播间', '有直播间', '也有直播间', '开直播', '也开直播', '也在直播', '开了账号', '也开了账号', '也有账号', '开了号', '也开了号',
      // Round 8: a branch or flagship there, and ordering there (`拼多多上我们有个分店`, `抖y小店下单有运费险`).
      '有个分店', '有家分店', '有旗舰店', '有个旗舰店', '旗舰店', '下单有', '下单更',
      // The goods are in stock there, quicker or cheaper there (`京东自营有现货`, `在拼夕夕只要10块`).
      '有同款', '也有同款', '有现货', '有货', '有个店', '有家店', '有店', '有卖家',
      // Stock left there (`抖音小店还有几件`).
      '还有几件', '还有货', '还有现货', '还有库存', '还剩几件', '还剩', '还有最后',
      // The shop itself is there, whatever it has there (`虾皮上有我们的分店`, `快手小店有我们家的样品`), and its deals there.
      '有我们的', '有我们家', '也有我们', '有我家', '有本店', '有咱家', '有咱们家', '福利价', '有福利', '福利多',
      // Cheaper than here (`京东价格比我们低`).
      // Bought there, second hand there (`京东上也买得到`, `闲鱼上有二手的`, `有人转卖`).
      // Listed there too, or its price there (`我们在得物也上架了`, `拼夕夕上面一样的才一半价`).
      '也上架', '上架了', '有上架', '也上了', '开卖', '也开卖', '一半价', '半价', '便宜一半', '便宜很多', '便宜不少',
      '买得到', '买的到', '也买得到', '能买到', '可以买到', '也能买到', '有二手', '有二手的', '有人转卖', '有人卖', '转卖', '有人出',
      '比我们便宜', '比我们低', '比我们划算', '比我们优惠', '比这边便宜', '比这里便宜', '比这边低', '比我们家便宜', '现货', '有库存', '更快', '发货快', '发货更快', '有折扣', '打折', '只要', '只卖', '才卖', '更实惠', '实惠',
    ],
  },
  // Go and look there, in the next clause of the sentence (`闲鱼上有二手的，可以去看看`).
  {
    match: [
      '可以去看看', '去看看', '去看一下', '去逛逛', '去搜搜', '去搜一下', '去那边看看', '去那里看看', '去那边买', '去那里买', 'go check it out', 'go have a look',
      // Buy there, in a later clause (`小红书上有买家秀，可以去那边下单`): `那边`/`那里` points back at the marketplace.
      '可以看看', '可以搜搜', '可以搜一下', '去那边下单', '去那里下单', '去那儿买', '去那儿下单', '去那边拍', '去那里拍', '去那边抢', '去那里抢',
      '那边下单', '那里下单', '那边买', '那里买', '那边拍', '那边抢', '那边购买', '那里购买', 'buy it there', 'order it there', 'get it there',
    ],
    sentence: true,
  },
  // A shop, a link or a purchase there; not where the customer bought already (`京东买的`).
  { match: ['店', '旗舰店', '店铺', '官方店', '专卖店', '专营店', '直播间', '链接', '同款', '搜'], notBefore: ['员'], adjacent: true },
  { match: ['买', '下单', '购买', '拍'], notBefore: ['的', '了', '过', '到的', '照', '下的'], adjacent: true },
  // Sold there at a price, or the shop found there (`在某宝上卖三十`, `上拼多多找我们家`).
  { match: ['卖', '找', '找我们', '搜我们'], notBefore: ['的', '家', '过', '了', '完', '光', '不'], adjacent: true },
  {
    match: [
      'too', 'as well', 'is cheaper', 'cheaper', 'has it', 'has them', 'sells it', 'store', 'shop', 'link', 'listing', 'storefront',
      'for less', 'for cheaper', 'lower price', 'better price', 'in stock', 'has stock', 'ships faster',
      'has the same', 'has the same one', 'sells the same', 'has the same thing', 'has this too',
    ],
  },
]

/** Words that show a clause is no pointer: a warning about fakes, or the customer's own purchase there. */
export const notPointers: Lexicon<LexiconEntry> = [
  {
    match: [
      '假', '假货', '仿', '仿冒', '山寨', '盗版', '冒充', '高仿', '盗图', '不是我们', '非官方', '没有授权', '未授权', '谨防', '小心',
      '警惕', '认准', '订单', '客服', '人工', '买的',
      // Not cheaper there (`不便宜` is read as `不便` + `宜` by the negation list).
      '不便宜', '没便宜', '不划算', '不实惠', '更贵', '贵很多', '贵一些', '贵不少', '购买的', '下单的', '下的单', '售后', '退货', '退款', '发票',
      'fake', 'counterfeit', 'knockoff', 'not ours', 'not affiliated', 'your order', 'you bought', 'you ordered',
      'purchased from', 'bought from',
    ],
  },
]

/** A comparison right before the name praises the shop's own price (`比京东还便宜`, `cheaper than on Amazon`). */
export const comparisons: Lexicon<LexiconEntry> = [
  { match: ['比', '比起', '相比', '对比', '比在', 'than', 'than on', 'than at', 'compared to', 'compared with'] },
]

/** English words that may stand between a cue and the marketplace (`sell it on` *the* `Amazon`). */
export const linkingWords: ReadonlySet<string> = new Set(['on', 'at', 'from', 'the', 'our', 'us', 'to', 'over', 'via', 'in', 'it', 'them', 'its', 'store', 'shop'])

/**
 * The shop's own marketplace as the handbook's reply names it: simplified
 * only, the engine writes suggestions in traditional for a traditional reply.
 */
export const ownNames: Readonly<Record<string, string>> = {
  taobao: '天猫',
  jd: '京东',
  pinduoduo: '拼多多',
  douyin: '抖音',
  kuaishou: '快手',
  xiaohongshu: '小红书',
  vipshop: '唯品会',
  suning: '苏宁',
  shopee: 'Shopee',
  lazada: 'Lazada',
  amazon: '亚马逊',
}

/** The handbook's reply (003 item 6), with `{platform}` for the shop's marketplace. */
export const handbookReply = {
  named: '我们这边只负责{platform}店铺哦，其他平台不太清楚，抱歉亲',
  /** Without a known marketplace name. */
  unnamed: '我们这边只负责本店哦，其他平台不太清楚，抱歉亲',
  en: 'We only look after our store here, sorry',
} as const

/**
 * A brand's official channels on a marketplace (`天猫旗舰店`, `京东自营`, `official store on Amazon`):
 * when the agent speaks for the brand on a helpdesk (Weibo, Twitter), not for a shop on a
 * marketplace, they are its own stores, not a competitor.
 */
export const officialStores: Lexicon<LexiconEntry> = [
  {
    match: [
      '旗舰店', '官方旗舰店', '官方店', '官方商城', '官方网店', '自营', '自营店', '官方授权', '授权店', '授权经销商', '授权门店', '正规渠道', '官方渠道',
      '官方授权渠道', '授权渠道', '正品渠道', 'apple store',
      'official store', 'official shop', 'official storefront', 'official page', 'authorized retailer', 'authorised retailer',
      'authorized seller', 'authorised seller', 'authorized dealer', 'authorised dealer', 'official retailer', 'official seller', 'sold by us',
    ],
  },
]
