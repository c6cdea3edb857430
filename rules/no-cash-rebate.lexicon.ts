/**
 * Words `no-cash-rebate` reads (002 "買家諮詢是否有返現，不能說有返現").
 *
 * The normaliser folds the usual disguises before these are matched:
 * `返 现`, `返\u200b现`, `反现`, `返钱`, `饭现` all read `返现`, and
 * `ｃａｓｈ ｂａｃｋ` reads `cash back`.
 */
import { measuredReviews } from '../src/language/classes.js'
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A word of money. */
export interface MoneyEntry extends LexiconEntry {
  /**
   * `rebate`: money back by name (`返现`, `cash back`), an offer wherever it
   * stands. `money`: money that is only a rebate when it rewards a review or
   * a purchase in the same sentence (`好评…发红包`, `$5 … for a 5-star review`).
   * `verb`: a verb of giving (`返`, `送`) that is money only before an amount
   * (`返您4元`).
   */
  readonly kind: 'rebate' | 'money' | 'verb'
}

/** Words of money: rebates by name, money that may reward, and verbs that give it. */
export const money: Lexicon<MoneyEntry> = [
  // Not `给现金`: that is the customer paying cash on delivery.
  { match: ['返现', '返现金', '返红包'], notAfter: ['往'], kind: 'rebate', watch: { initials: true, aliases: ['返钱'] } },
  { match: ['现金返还', '返还现金', '送现金', '现金奖励', '奖励现金', '现金红包'], kind: 'rebate' },
  // 返利 also names membership and affiliate programmes (`PLUS会员返利`, 返利网): money only for a review or a purchase.
  { match: '返利', notBefore: ['网'], kind: 'money', watch: true },
  { match: ['cash back', 'cashback', 'rebate', 'rebates', 'cash rebate', 'cash reward', 'cash rewards', 'paid review', 'paid reviews'], kind: 'rebate' },
  // 领红包 / 领取红包 alone is the platform's or the shop's coupon (`店铺首页领取红包`); a review before it is caught by a construction.
  { match: '红包', notAfter: ['领', '领取', '抢', '零钱(', '零钱（', '手机'], notBefore: ['支付', '付款', ')', '）'], kind: 'money', watch: { initials: true } },
  { match: '现金', notAfter: ['提'], notBefore: ['券', '支付', '付款', '刷卡'], kind: 'money', watch: true },
  // Not `cash` or `paypal` alone: those are ways to pay and to refund.
  { match: ['money back', 'dollars', 'dollar', 'bucks', 'usd'], notBefore: [' guarantee'], kind: 'money' },
  // 往返 is a round trip, 原返 a refund to the original card.
  // `给` and `补` only with their object: alone they start most sentences of a reply (`给您查一下`).
  { match: ['返', '送', '奖励', '补贴', '领', '领取', '拿', '给您', '给你', '给亲', '补您', '补你', '补亲', '退您', '退你', '退亲'], notAfter: ['原', '往'], kind: 'verb' },
  { match: ['$', '¥', '£', '€'], kind: 'verb' },
]

/** Who may stand between a verb and its amount (`返您4元`, `送给您5元`). */
export const amountObjects: readonly string[] = ['给您', '给你', '给亲', '您', '你', '亲']

/** Masks that stand for a number in anonymised logs (`返[数字x]元`). */
export const placeholders: readonly string[] = ['[数字x]', '[金额x]']

/** Units of money after an amount, longest first where one begins another (`块钱` before `块`). */
export const amountUnits: readonly string[] = ['块钱', '元', '块', 'rmb', '毛', '角', '美元', '刀', '红包', '现金', 'yuan', 'dollars', 'dollar', 'bucks', 'usd']

/** Verbs that give money, longest first, with the measure word or object they take (`发个红包`, `送您现金`). */
export const givingVerbs: readonly string[] = ['发个', '送个', '给个', '领个', '发您', '送您', '给您', '发', '送', '给', '返', '领', '拿']

/** Negations after the offer that deny it (`返现是没有的`); `不要`/`别` there are advice (`别忘了截图`). */
export const denyingAfter: readonly string[] = [
  '不', '没', '没有', '无', '无法', '不能', '不行', '不可以', '不会', 'not', 'no', 'never', "isn't", "aren't", "don't", "doesn't", "can't", 'cannot',
]

/** What makes money a reward: a review, a photo post, a purchase. */
/** What a rebate is paid for. */
export interface TriggerEntry extends LexiconEntry {
  /**
   * Buying, not reviewing: a carrier's contract or a card programme paying back on a purchase
   * (`购买时属合约机…返63元`) explains terms; only a review bought with money overrides that.
   */
  readonly purchase?: true
}

export const triggers: Lexicon<TriggerEntry> = [
  // Watched: `好 评`, `hao ping`, `好苹` fold onto it.
  { match: '好评', watch: true },
  {
    match: [
      '五星', '5星', '五分', '5分', '晒图', '晒单', '带图', '追评', '评价', '评论', '点评',
      ...measuredReviews,
      'review', 'reviews', '5-star', '5 star', '5 stars', 'five-star', 'five star', 'five stars', 'rating', 'rate us', 'feedback',
    ],
  },
  { match: ['确认收货', '收货后', '下单', '购买', '拍下'], purchase: true },
]

/** Money owed back or taken off the price. */
export interface OwedEntry extends LexiconEntry {
  /**
   * A refund is owed money, unless a review is bought with it in the same
   * clause (`leave a 5-star review and we'll refund $10`).
   */
  readonly refund?: true
}

/**
 * Money owed back (a price difference, postage: `退您差价`, `运费返给您`) or
 * taken off the price (a coupon, a discount: `送5元优惠券`). Money next to
 * these is not a rebate.
 */
export const owedOrOff: Lexicon<OwedEntry> = [
  {
    match: [
      '差价', '运费', '邮费', '快递费', '价保', '保价', '货款', '押金', '定金', '订金', '垫付', '补差', '差额', '税费', '关税', '多付', '多收', '多扣', '原路', '余额',
      '优惠', '券', '折', '立减', '无门槛',
      // A red packet spent at checkout is a coupon (`红包是平台的活动，下单时可以用`).
      '平台的活动', '平台活动', '平台红包', '店铺红包', '抵扣', '抵用', '可抵',
      // A rebate already owed and asked after (`返现在哪里`, `返现还没到账`): the customer's claim, no offer.
      '在哪里', '在哪', '去哪了', '去哪儿了', '还没到', '没到账', '未到账', '还没收到', '没收到', '吐出来',
      'price difference', 'shipping', 'postage', 'deposit', 'overcharge', 'overcharged', 'coupon', 'voucher', 'credit', 'credited', 'off', 'discount',
    ],
  },
  { match: ['退款', '退货', 'refund', 'refunded', 'refunds', 'return', 'returned'], refund: true },
]

/**
 * Words that deny or warn against a rebate without a negator (`禁止返现`,
 * `返现活动已经结束了`, `beware of cash back scams`).
 */
export const denials: Lexicon<LexiconEntry> = [
  {
    match: [
      '禁止', '严禁', '违规', '违反', '杜绝', '拒绝', '谢绝', '诈骗', '骗局', '骗子', '谨防', '警惕', '小心', '虚假', '已结束', '已经结束', '结束了', '已停止', '停止了', '已取消', '取消了',
      'scam', 'scams', 'beware', 'fraud', 'prohibited', 'not allowed', 'against our policy', 'against policy', 'ended', 'no longer',
    ],
  },
]

/** Words that point at the customer's own words (`您说的返现`): a question about them, not an offer. */
export const references: Lexicon<LexiconEntry> = [
  {
    match: [
      '您说的', '你说的', '您提到的', '您问的', '您指的', '所谓的', '您说', '您是说', '你是说', '您是指', '想问', '是问', '问的是', '咨询的',
      // What a past promotion was (`上一次是返现这次改成满减券`): told, not offered.
      '上一次是', '上次是', '之前是', '以前是', '原来是', '本来是',
      'you mentioned', 'you asked about', 'you mean', 'you are asking about', "you're asking about",
    ],
  },
]

/** A yes at the start of a reply. */
export interface AffirmativeEntry extends LexiconEntry {
  /** Whether it is a yes only as a clause of its own (`有亲` yes, `有优惠券` no). */
  readonly alone?: true
}

/** Ways to say yes (`有的`, `可以的`, `是的`, `yes`, `we do`). */
export const affirmatives: Lexicon<AffirmativeEntry> = [
  {
    match: [
      '有的', '有哦', '有呢', '有滴', '有哒', '有啊', '有呀', '有噢', '当然有', '当然可以', '可以的', '是的', '是滴', '是哒', '对的', '会的', '必须的', '没错',
      'yes', 'yeah', 'yep', 'yup', 'of course', 'we do', 'certainly', 'absolutely', 'definitely', 'indeed', "that's right", 'sure thing',
    ],
    notBefore: ['时候', '话', '人', '地方'],
  },
  { match: ['有', '可以', '当然', 'sure', 'correct'], alone: true },
]

/** What may come before the answer: greetings and ways of addressing the customer. */
export const openers: Lexicon<LexiconEntry> = [
  {
    match: [
      '亲', '亲亲', '亲爱的', '亲爱哒', '您好', '你好', '在的', '在呢', '哈喽', '哈啰', '嗨', '客官', '宝宝', '宝贝', '小主', '美女', '帅哥', '哦', '噢', '嗯', '嗯嗯',
      'hi', 'hello', 'hey', 'dear', 'there', 'hi there', 'hello there', 'oh', 'well',
    ],
  },
]

/**
 * A turn asks when it holds these (or a question mark, or ends in `吗`):
 * `有没有返现`, `返多少`, `do you give cash back`.
 */
export const questionWords: Lexicon<LexiconEntry> = [
  {
    match: ['有没有', '有没', '是否', '多少', '几块', '几元', '能不能', '可不可以', '会不会', '怎么', '吗', '么', '呢', '?'],
  },
  { match: ['do you', 'does it', 'is there', 'are there', 'can i', 'can you', 'will i', 'will you', 'would i', 'any'] },
]

/** How a customer asks about a rebate besides naming it (`好评有返吗`). */
export const askedRebate: Lexicon<LexiconEntry> = [
  { match: ['好评返', '好评有返', '晒图返', '晒图有返', '有返吗', '返多少', '返几', '返不返', '有没有返', '好评红包', '好评有红包', '好评奖励', '好评有奖励', 'money back for'] },
]

/** A customer's pings that ask nothing about the order (`在吗`). */
export const pings: Lexicon<LexiconEntry> = [{ match: ['在吗', '在不在', '有人吗', '有人在吗', 'anyone there', 'are you there', 'hello?'] }]

/**
 * A card's or a bank's own cash-back programme, explained to its holder
 * (`信用卡消费返现`, `cash back on your card purchases`): with no review in the
 * sentence, a rebate named there buys nothing.
 */
export const programmes: Lexicon<LexiconEntry> = [
  {
    match: [
      '信用卡', '银行卡', '储蓄卡', '借记卡', '银行', '我行', '刷卡', '账单', '积分', '这张卡', '办卡', '持卡', '卡片', '用卡',
      // A carrier's contract or a travel site's account that pays back (`合约机…返话费`, `返现账户`).
      '话费', '合约', '套餐', '返现账户', '现金账户', '账户余额',
      'credit card', 'debit card', 'card', 'cardholder', 'cardmember', 'bank', 'statement', 'points', 'miles', 'purchases', 'rewards', 'rewards program',
    ],
  },
]
