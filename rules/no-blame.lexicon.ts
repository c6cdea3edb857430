/**
 * Words that blame the customer or disown a problem, for `no-blame` (000 "用自己承擔
 * 責任方式說話"; 003 "有爭論或分歧多檢討自己的過錯").
 *
 * A Chinese fault is a predicate (`没看清`, `填错`) whose doer is the customer: `你`, `您`,
 * `你们` or `亲` right before it or a few characters before it (`您自己没看清`, `您下单前没看清`);
 * the rule pairs `customers` with `faults`.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A blaming phrase. */
export interface BlameEntry extends LexiconEntry {
  /** The suggestion, in simplified Chinese or English (the rule gives English the case of its place). */
  readonly expected: readonly string[]
  /** The message: the customer is blamed, or the shop disowns the problem. */
  readonly message: 'blame' | 'deflect'
  /** Asked as a question, the words check a fact instead of blaming (`您是不是填错了？`). */
  readonly askable?: true
}

/** A word that takes the blame out of a nearby phrase. */
export interface HedgeEntry extends LexiconEntry {
  /**
   * `before`: a condition or a precaution in the clause or the one before it
   * (`如果您填错了`, `以免您拍错`); `after`: a condition or reassurance later in the
   * sentence (`您拍错的话`, `拍错了也没关系`).
   */
  readonly position: 'before' | 'after'
}

/** The handbook's own way of owning a misunderstanding, quoted by the message rather than offered as a rewrite. */
// No rewrite: the message quotes the handbook's line as an example (see the rule).
const chinese = { expected: [] } as const
const english = { expected: [] } as const

/** Every head joined to every tail. */
const cross = (heads: readonly string[], tails: readonly string[], join = '') =>
  heads.flatMap((head) => tails.map((tail) => head + join + tail))

/** The customer, as the agent addresses them. */
// `ni`, `nin`: the pronouns in pinyin, as replies that dodge a filter write them (`是ni自己填错的`).
const pronouns = ['你', '您', '你们', 'ni', 'nin']
/** The shop. */
const shop = ['我们', '咱们', '本店', '我们店', '我们这边', '店铺', '我方', '我司']

// Chinese faults.

/**
 * The customer as the doer of a fault. Not after a preposition (`小妹给您看错了`: the agent
 * erred for the customer), a negation (`不是您没看清`), a precaution (`以免您拍错`) or a
 * condition (`如您确实买错了`).
 */
export const customers: Lexicon<LexiconEntry> = [
  {
    match: pronouns,
    notAfter: [
      '不是', '并非', '不怪', '不是因为', '给', '帮', '替', '为', '跟', '和', '对', '让', '害', '令', '被', '怕', '担心', '以免', '避免',
      '防止', '如', '若',
    ],
  },
  // `为您` is "for you", but `因为您` names the customer as the cause (`因为您多次输错密码`).
  { match: pronouns.map((p) => `因为${p}`), notAfter: ['不是', '并非', '并不是'] },
  // `还不是因为你没看清楚` stresses the blame; `不是因为您` absolves.
  { match: pronouns.flatMap((p) => [`还不是因为${p}`, `都是因为${p}`]) },
  // Shop agents call the customer `亲` (`亲自己拍错了`); `亲自`, `亲子`, `亲人` are other words.
  { match: '亲自己', notAfter: ['不是', '并非', '如', '若'] },
  { match: '亲', notAfter: ['不是', '并非', '给', '帮', '替', '为', '跟', '和', '对', '让', '如', '若'], notBefore: ['自', '子', '戚', '人', '友', '情', '身', '手'] },
]

/** Most characters that may stand between the customer and the fault (`您下单前没看清`). */
export const maxGap = 4

/**
 * Words between the customer and a fault that make someone else the doer (`您的订单
 * 仓库拍错了`, `您说我们看错了`), deny the fault (`您没看错`) or warn instead of
 * blaming (`您小心别弄坏`, `您可能会看错`).
 */
export const gapBlockers: readonly string[] = [
  '的', '我', '咱', '小妹', '客服', '仓库', '快递', '师傅', '系统', '商家', '厂家', '同事', '工作人员', '这边', '好', '没', '不', '别',
  '小心', '注意', '请', '记得', '千万', '可以', '会', '容易', '怕', '避免', '以免', '防止', '给', '帮', '让', '被', '说', '问', '觉得',
  '以为', '担心', '如果', '要是', '万一',
]

/** Doing something wrong. */
const mistakes = [
  '看错', '填错', '写错', '拍错', '选错', '下错', '买错', '点错', '按错', '弄错', '搞错', '输错', '输入错', '付错', '订错', '记错', '理解错',
  '搞混', '弄混', '看漏', '漏看', '漏填', '填写错', '操作错', '操作失误', '操作不当', '使用不当', '用错', '装错', '安装错', '弄坏',
  '摔坏', '用坏', '洗坏', '搞坏', '拆坏', '弄丢', '误会', '误解', '理解有误', '理解偏差', '会错意',
  // Slips (round 3): `您本人误操作`, `你自己手滑`.
  '误操作', '误点', '误触', '误删', '手滑', '手误', '手贱', '手欠', '手残',
  '错过了', '少填', '漏写', '少写',
]
/** Not paying attention. (`没看到`, `没看见` only report what happened, so they are not here.) */
const inattention = [
  '没看清', '没有看清', '没仔细看', '没有仔细看', '没认真看', '没有认真看', '没看仔细', '没看详情', '没有看详情', '没看说明',
  '没看尺码', '没看描述', '没看介绍', '没看公告', '没看好', '没注意', '没有注意', '没留意', '没有留意', '没核对', '没有核对',
  '不看详情', '不看说明', '不仔细看', '不认真看', '不看清楚', '不注意看', '忘了填', '忘记填', '忘了写', '忘记写', '忘了备注',
  '忘记备注', '忘了选', '忘记选',
]

/** Faults, blaming only with the customer as their doer (see `customers`). */
export const faults: Lexicon<BlameEntry> = [{ match: [...mistakes, ...inattention], ...chinese, message: 'blame', askable: true }]

/** Doing something wrong, as a pattern alternative (`是您自己下单时选错了`). */
export const mistaken = mistakes.join('|')

// Chinese causes, scolding and disowning.

/** Naming the customer as the cause. (`您的问题` alone is also "your question", so it needs `是` before it.) */
const causes = (p: string) => [
  `${p}自己的问题`, `${p}自身的问题`, `${p}自己的原因`, `${p}的过错`, `${p}的失误`, `${p}自己的失误`, `${p}自己的错`, `${p}自己的责任`,
  `${p}操作的问题`, `${p}的操作问题`, `${p}使用的问题`, `${p}自己造成的`,
]
/** Words that end in `是` without meaning "it is" (`但是` but, `还是` still, `要是` if). */
const isCompounds = ['但', '可', '只', '总', '于', '凡', '倒', '还', '就', '正', '若', '要', '老', '硬', '像', '算', '或']
/** Negations that turn a cause around (`不是您的问题`). */
const notCause = ['不', '非', '不会', '并非', '没有', '哪里', '哪', '怎么会', '不可能', '不算', '不一定']
/** What may stand before a cause without making the customer its owner (`解决您自己的问题`). */
const notCauseOwner = [...notCause.map((word) => `${word}是`), '不怪', '给', '对', '为', '解决', '处理', '关于', '针对', '了解', '理解']

// English.

/** What the customer should have done. */
const shouldHave = cross(['you should have', "you should've", 'you ought to have'], [
  'read', 'checked', 'looked', 'noticed', 'ordered', 'chosen', 'selected', 'measured', 'asked', 'contacted us', 'called us', 'confirmed',
  'double-checked', 'verified', 'reviewed', 'paid attention', 'been more careful', 'known', 'followed', 'kept',
  'told us', 'contacted us earlier', 'reported it', 'specified', 'included', 'updated', 'double checked', 'waited', 'measured first', 'been careful',
], ' ')
/** What the customer failed to do. */
const didNot = cross(["you didn't", 'you did not', 'you never', 'you failed to'], ['read', 'check', 'look', 'notice', 'pay attention', 'follow', 'measure'], ' ')
/** The customer chose wrong (`you accidentally entered the wrong address`). */
const choseWrong = cross(
  [
    ...cross(['you', 'you accidentally', 'you mistakenly', 'you clearly', 'you obviously', 'you just'], [
      'entered', 'typed', 'put', 'put in', 'chose', 'selected', 'ordered', 'picked', 'bought', 'gave us', 'gave', 'provided', 'used',
      'sent us', 'sent', 'installed', 'washed',
    ], ' '),
    ...cross(["you've", 'you have', 'you must have'], [
      'entered', 'typed', 'put', 'put in', 'chosen', 'selected', 'ordered', 'picked', 'bought', 'given us', 'given', 'provided', 'used',
      'sent us', 'sent', 'installed', 'washed',
    ], ' '),
  ],
  ['the wrong', 'a wrong', 'an incorrect', 'an invalid', 'it wrong', 'it incorrectly'],
  ' ',
)

/** Blaming and disowning phrases that stand on their own. */
export const blames: Lexicon<BlameEntry> = [
  // `这是您的问题`, but not `这不是您的问题`, nor `是` closing another word (`但是您的问题我们已反馈`).
  {
    match: [...pronouns.map((p) => `是${p}的问题`), ...pronouns.map((p) => `是${p}的原因`)],
    notAfter: [...notCause, ...isCompounds],
    ...chinese,
    message: 'blame',
    askable: true,
  },
  { match: pronouns.flatMap(causes), notAfter: notCauseOwner, ...chinese, message: 'blame', askable: true },
  // `您的错误代码`, `您的错别字` are not faults; `您的责任险` is insurance, `您的责任心` praise.
  { match: pronouns.map((p) => `${p}的错`), notAfter: ['不是', '非', '并非', '不算'], notBefore: ['误', '别', '字'], ...chinese, message: 'blame', askable: true },
  { match: pronouns.map((p) => `${p}的责任`), notAfter: ['不是', '非', '并非', '不算'], notBefore: ['险', '心', '感'], ...chinese, message: 'blame', askable: true },
  {
    match: pronouns.flatMap((p) => [`由于${p}的原因`, `因为${p}的原因`, `${p}的原因造成`, `${p}的原因导致`, `${p}个人原因造成`, `${p}个人原因导致`]),
    notAfter: ['不是', '并非', '并不是'],
    ...chinese,
    message: 'blame',
    askable: true,
  },
  // `是您自己选的`: the choice was the customer's, so the problem is too.
  {
    match: cross(pronouns.map((p) => `是${p}自己`), ['选的', '拍的', '买的', '要的', '下的单', '同意的']),
    notAfter: notCause,
    ...chinese,
    message: 'blame',
    askable: true,
  },
  // Scolding: `谁让你不看详情`, `只能怪您自己`, `早就跟你说过了`. `谁让您不开心了？` is concern.
  {
    match: pronouns.flatMap((p) => [`谁让${p}`, `谁叫${p}`]),
    notBefore: ['不开心', '不高兴', '生气', '失望', '难过', '受委屈', '久等', '不满意'],
    ...chinese,
    message: 'blame',
  },
  // `难怪您没收到` is understanding.
  {
    match: pronouns.flatMap((p) => [`怪${p}自己`, `只能怪${p}`, `只怪${p}`, `都怪${p}`, `要怪就怪${p}`, `怪${p}没`, `怪${p}不`]),
    notAfter: ['难', '奇', '责', '见', '不', '别', '莫'],
    ...chinese,
    message: 'blame',
  },
  {
    match: [
      '自找的', '咎由自取',
    ],
    ...chinese,
    message: 'blame',
  },
  // Disowning the problem: `跟我们没关系`, `不是我们的问题` (but `是不是我们的问题` asks).
  {
    // The agent alone disowns it too (`不是我的问题`).
    match: [...shop, '我'].flatMap((w) => [`不是${w}的问题`, `不是${w}的错`, `不是${w}的责任`, `不是${w}造成的`, `不关${w}的事`, `不关${w}事`]),
    notAfter: ['是'],
    ...chinese,
    message: 'deflect',
    askable: true,
  },
  {
    match: [
      // The agent alone too (`跟我没关系`), but not `怪不得我`, which is also "no wonder I…".
      ...[...shop, '我'].flatMap((w) => [
        `跟${w}没关系`, `和${w}没关系`, `与${w}没关系`, `跟${w}没有关系`, `和${w}没有关系`, `与${w}无关`, `跟${w}无关`, `和${w}无关`, `不能怪${w}`,
      ]),
      ...shop.flatMap((w) => [
        // 怪/赖 with a negated potential: whoever says it puts the fault elsewhere (`这不怪我们吧`).
        `怪不得${w}`, `不怪${w}`, `怪不了${w}`, `怪不到${w}`, `怪不着${w}`, `赖不到${w}`, `赖不着${w}`, `赖不了${w}`,
      ]),
      '概不负责',
    ],
    ...chinese,
    message: 'deflect',
    askable: true,
  },
  // English. `It's not your fault` absolves.
  {
    match: ['your fault', 'your own fault', 'your mistake', 'your own mistake', 'your own problem'],
    notAfter: ['not ', "n't ", 'no ', 'never '],
    // Watched (round 3): `y0ur fault`, `your f*ult` (the masked letter normalises away).
    watch: { homophones: false, aliases: ['your fult', 'your falt', 'ur fult'] },
    ...english,
    message: 'blame',
    askable: true,
  },
  {
    match: [
      'is your problem', "'s your problem", "that's on you", "it's on you", 'that is on you', "that's on u", "thats on you", "thats on u", "it's on u", "that's on ya", 'you are to blame', "you're to blame",
      'blame yourself', 'only have yourself to blame', 'caused by you', 'you caused', 'you made a mistake', 'you made an error',
      'you made the mistake', 'you messed up', 'you broke it', 'you damaged it', 'you dropped it', 'you must have dropped it', 'you misread',
      'you misunderstood',
      "you've misunderstood", 'you have misunderstood', 'you did it wrong', 'you did this wrong', 'you forgot to',
      "you weren't paying attention", 'you were not paying attention', 'you misused', 'you mishandled',
      ...shouldHave, ...didNot, ...choseWrong,
    ],
    // `It's on you to decide` leaves a choice to the customer.
    notBefore: [' to decide', ' to choose', ' to pick', ' to say', ' to let us know', ' whether', ' which'],
    ...english,
    message: 'blame',
    askable: true,
  },
  {
    match: [
      'not our fault', "isn't our fault", "wasn't our fault", 'not our problem', "isn't our problem", "wasn't our problem",
      'not our responsibility', "isn't our responsibility", 'nothing to do with us',
    ],
    ...english,
    message: 'deflect',
    askable: true,
  },
]

/** Conditions, precautions and reassurances that take the blame out of a phrase. */
export const hedges: Lexicon<HedgeEntry> = [
  {
    match: [
      '如果', '要是', '假如', '万一', '若是', '倘若', '假设', '如若', '一旦', '以免', '避免', '防止', '免得', '省得', '担心', '以防', '是否',
      '是不是', '有没有', '会不会',
    ],
    position: 'before',
  },
  // `恐怕是您看错了` still blames.
  { match: '怕', notAfter: ['恐', '哪'], position: 'before' },
  {
    match: ['if', 'in case', 'whether', 'unless', 'avoid', 'so that you', "so you don't", 'make sure', 'ensure', 'lest', 'in the event', 'even if'],
    position: 'before',
  },
  {
    match: ['的话', '没关系', '不要紧', '没事的', '不用担心', '别担心', 'no worries', 'no problem', "don't worry", 'it happens', 'happens to the best of us'],
    position: 'after',
  },
]

/**
 * A clause that carries on a blaming one with its consequence (`快递才送不到的`)
 * belongs to it. (`刚才` is a time, `人才` a person.)
 */
export const consequences: Lexicon<LexiconEntry> = [
  { match: '才', notAfter: ['刚', '方', '人', '天', '口', '英', '奇', '秀'] },
  { match: ['所以', '因此', '因而', '导致', '造成', '结果', '以致', '从而', '害得', 'so', "that's why", 'that is why', 'which is why', 'hence'] },
]

/** A clause that offers help is the fix, not part of the blame (`我们马上帮您改`). */
export const helps: Lexicon<LexiconEntry> = [
  { match: ['我们', '咱们', '这边', '帮', '为您', '给您', '马上', '立即', '尽快', 'we', "we'll", "we've", 'us', 'let', 'happy to', 'please'] },
]

// Constructions (see `constructions` in no-blame.ts): word lists joined into pattern alternatives.

/** The customer as a doer, in patterns: `你`, `您`, `亲` (the shop's vocative). */
export const doer = '@second|亲|亲亲|亲爱的|小主|客官|宝子|美女|帅哥|小仙女|ni|nin'

/** Oneself (`自己`, colloquial `自个儿`). */
export const self = '自己|自个儿|自个|自各儿'

/**
 * What the customer was expected to do, after a negation: `没按说明书`, `未及时签收`,
 * `没仔细核对`. (`没按时收到` is the courier's fault: `按` must not be followed by `时`.)
 */
export const duties = [
  '按照', '遵照', '依照', '根据', '仔细', '认真', '看清', '注意', '留意', '核对', '检查', '阅读', '看说明', '看详情', '看描述',
  '提前', '备注', '填写', '当面', '验货', '开箱检查', '参考', '对照', '测量', '保留', '保存', '及时签收', '及时取件', '及时确认', '及时联系', '及时付款', '及时处理', '及时查看', '及时回复', '听',
  // Mixed replies (`没check清楚`).
  'check', 'read',
].join('|')

/** What a cause is said to have led to (`…导致的`, `…造成的`, `…搞的`). */
export const ledTo = ['导致', '造成', '引起', '所致', '弄的', '搞的', '害的', '才会', '才导致'].join('|')

/** What went wrong with a product or parcel, as the outcome of an act (`才会缩水的`). */
export const damage = [
  '缩水', '坏', '坏掉', '损坏', '破', '破损', '裂', '裂开', '变形', '褪色', '掉色', '串色', '起球', '起皱', '发霉', '开胶', '退回', '被退回', '退回来',
  '丢', '丢件', '出问题', '出错', '失效', '不能用', '用不了', '没法用', '开不了机', '短路', '烧坏', '烧了', '进水', '卡住', '划伤', '磨损',
].join('|')

/** Faults that may sit inside a cause (`您操作不当导致的`). */
export const faultMarks = ['没', '没有', '未', '不', '错', '不当', '失误', '不对', '不小心', '乱'].join('|')

/** A choice the customer made themself (`尺码是亲自己选的`). */
export const ownChoices = ['要', '选', '选的', '挑', '拍', '下单', '下的', '买', '决定', '同意', '确认', '填', '写', '点', '改', '签收', '申请', '取消', '摔', '弄', '碰', '洗', '拆', '装', '报', '说', '提供', '定', '订'].join('|')

/** Delivery failures put down to the customer (`由于您不在家`, `因为您电话打不通`). */
export const notReachable = ['不在家', '没在家', '不接电话', '没接电话', '电话打不通', '电话没人接', '关机', '下单太晚', '太晚', '太迟', '没及时'].join('|')

/** Conditions and precautions before a fault that take its blame out (`如果您没按…`). */
export const conditions = ['@condition', '若', '如', '以免', '避免', '防止', '是否', '是不是', '有没有', '不是', '并非', '别', 'whether', 'not'].join('|')

/** English duties, after `didn't` (`because you didn't follow the instructions`). */
export const englishDuties = [
  'read', 'follow', 'check', 'measure', 'look', 'pay', 'notice', 'select', 'choose', 'specify', 'include', 'update', 'confirm', 'fill', 'enter', 'bother', 'see',
  'provide', 'give', 'pick', 'collect', 'respond', 'reply', 'answer', 'sign', 'register', 'activate', 'save', 'keep', 'attach', 'mention', 'tell', 'inform',
  'notify', 'contact', 'double-check', 'review', 'verify', 'listen',
].join('|')

// Round 2 (families written from the phenomenon; see the rule page's Constructions).

/** What stands before the customer and makes someone else the doer, or a condition (`我们给您填的地址有误`, `如果您…`). */
export const notTheirs = [conditions, '给|帮|替|为|跟|和|对|让|害|被|怕|担心|我们|我|小妹|客服|这边|仓库|快递|系统'].join('|')

/** What the customer gave us: an address, a number, a choice (`您填的`, `亲提供的`). */
export const gave = ['填', '写', '给', '留', '提供', '选', '填写', '输入', '下单', '拍', '备注', '预留', '登记', '上传', '发'].join('|')

/** Found wrong (`有误`, `不对`, `不完整`). */
// Not `不全` or `不完整`: what is missing is asked for, not blamed (`您提供的资料不全，需要补充`).
export const wrong = ['少了一位', '少一位', '多了一位', '多一位', '少写了', '多写了', '有误', '不对', '错了', '是错的', '不准确', '不正确', '写错了', '填错了', '错误', '是空号', '空号', '无效', '不存在', '是错号'].join('|')

/** Forgetting, as a fault (`您忘了付款`). */
export const forgot = ['忘了', '忘记', '忘记了', '漏了', '漏掉了', '没记得'].join('|')

/** When the customer was meant to check (`收货的时候`, `签收前`). */
export const whenReceiving = ['签收', '收货', '收到货', '收件', '取件', '下单', '购买', '拍下', '付款', '拆开', '开箱', '拍', '买', '选', '订'].join('|')

/** A choice or agreement the customer made (`您当时同意的`). */
export const agreed = ['同意', '答应', '确认', '认可', '选择', '要求', '决定', '说好', '默认', '选', '要', '点'].join('|')

/** The shop disowning a problem: its fault or duty (`不是我们的问题`). */
export const ourPart = ['问题', '错', '责任', '原因', '失误', '过错', '事'].join('|')

/** Not related (`跟我们没关系`). */
export const unrelated = ['没关系', '无关', '没有关系', '没啥关系', '没什么关系', '没有任何关系', '无任何关系', '没多大关系'].join('|')

/** The customer's side named as where the problem lies. */
export const side = ['这边', '那边', '自身', '个人', '本人', '自己', '那里', '那儿', '那'].join('|')

/** What a customer does with a product, done wrong (`使用不当`). */
export const handling = ['操作', '使用', '保管', '安装', '存放', '洗涤', '清洗', '保存', '穿着', '佩戴', '保养', '拆装', '充电'].join('|')
export const handledWrong = ['不当', '失误', '有误', '不规范', '错误', '不对', '方法不对', '方式不对', '方法有误', '方式有误', '方法错误', '不正确', '有问题'].join('|')

/** Where a rule was written for the customer to read (`详情页`, `上面`). */
export const pages = [
  '页面', '详情', '详情页', '描述', '说明', '说明书', '上面', '标题', '链接', '图片', '图上', '尺码表', '公告', '介绍', '商品页', '宝贝页', '主图',
  '页面上', '首页', '规则', '活动规则', '须知', '提示',
].join('|')
/** Written or said there. */
export const written = ['写', '标', '注明', '标注', '标明', '写着', '写了', '写明', '说明', '提示', '说了', '说过', '写过', '标着', '标了'].join('|')
/** Stressed as plain (`写得清清楚楚`). */
export const plainly = ['清清楚楚', '明明白白', '很清楚', '很明白', '非常清楚', '十分清楚', '特别清楚', '挺清楚', '很明确', '非常明确', '很详细'].join('|')

/** A past duty the customer should have done (`您当初就应该…`). */
export const shouldHaveZh = [
  // Not `当时应该`: `您当时应该是送货上门了` guesses.
  '本该', '本应', '本应该', '本来应该', '本来就应该', '早该', '早就该', '早就应该', '当时就应该', '当初就应该', '当时就该', '当初就该',
  '之前就应该', '那时就应该', '就应该先', '应该提前',
].join('|')

// English.

/** What the customer gave us. */
export const inputNouns = ['address', 'number', 'information', 'info', 'details', 'email', 'email_address', 'code', 'size', 'colour', 'color', 'zip', 'zip_code', 'postcode', 'name', 'card', 'order'].join('|')
export const entered = ['entered', 'provided', 'gave', 'gave_us', 'typed', 'selected', 'chose', 'put', 'put_in', 'used', 'wrote', 'filled_in', 'submitted', 'picked'].join('|')
export const wrongEn = ['wrong', 'incorrect', 'invalid', 'incomplete', 'inaccurate', 'misspelled', 'mistyped', 'missing'].join('|')

/** Faults of the customer's, as nouns (`caused by your misuse`). */
export const faultNouns = ['misuse', 'mistake', 'mistakes', 'error', 'errors', 'negligence', 'carelessness', 'oversight', 'mishandling', 'improper', 'incorrect', 'failure', 'fault'].join('|')

/** What a customer may have done wrong without noticing (`you must have missed`). */
export const slipped = ['missed', 'misread', 'misunderstood', 'overlooked', 'skipped', 'ignored', 'dropped', 'damaged', 'broken', 'mixed_up', 'forgotten', 'mistyped', 'misplaced', 'deleted', 'misused'].join('|')

/** A moment the customer acted at, after what they did (`下单时`, `填地址的时候`). */
export const atTheTime = ['当时', '之前', '以前', '的时候', '时候', '时', '那会', '那时'].join('|')

/** Not counted as the shop's fault (`不能算我们的问题`). */
export const notOnUs = ['不能算', '不算', '算不上', '怪不到', '怪不了', '赖不到', '怪不着', '算不到', '不能怪'].join('|')

/** Who else is there to blame (`怪谁`, `怨不得别人`). */
export const whoElse = ['怪谁', '能怪谁', '还能怪谁', '该怪谁', '怨谁', '怪不得别人', '怨不得别人', '怪不了别人', '只能怪自己', '怨不得谁', '怪不得谁'].join('|')

/** What negation before a verb of receiving is no fault (`因为您没有收到货`). */
export const notAFault = ['收到', '接到', '收', '到', '等到', '看到', '遇到', '办法', '问题', '关系', '事', '有收到', '有接到', '有到', '有看到', '有等到', '方便', '在服务区', '会', '需要', '想', '用', '了解', '清楚',
  // Details not yet given are asked for, not blamed (`由于您未提供设备号，无法查询`).
  '提供', '向', '描述', '具体', '告知', '说明', '告诉', '有提供', '有向', '有具体', '有描述',
  // An order not yet paid waits on the customer, it is no fault (`因您没有支付`); `没有按时付款` still is.
  '支付', '付款', '有支付', '有付款',
].join('|')

/** Said or asked for at the time (`您当时没说要开发票`). */
export const said = ['说', '讲', '提', '备注', '告诉', '要求', '提到', '说明', '交代', '注明', '讲清楚', '说清楚'].join('|')

/** Why the customer did not do their part (`为什么不当场检查`). */
export const whyNot = ['为什么', '为啥', '干嘛', '怎么', '咋'].join('|')
export const checks = ['拒收', '拒签', '反馈', '当场检查', '当面验货', '检查', '看', '核对', '确认', '验货', '看清楚', '仔细看', '问', '咨询', '看详情', '看说明'].join('|')

/** A size or quantity chosen wrong (`选小了`). */
export const choseAmiss = ['小了', '大了', '错了', '少了', '多了', '反了'].join('|')
export const chose = ['选', '买', '拍', '订', '下', '拿', '要', '挑'].join('|')

/** Written unclearly (`地址写得不清楚`). */
export const writtenUnclear = ['不清楚', '不对', '不全', '有误', '太简单', '模糊', '不详细', '不完整'].join('|')

// English, round 2.

/** The customer was told already (`you were told twice`). */
export const toldAlready = ['twice', 'already', 'before', 'several_times', 'multiple_times', 'repeatedly', 'clearly', 'many_times', 'more_than_once'].join('|')
/** Admitting our own error takes the blame back (`we did tell you the wrong date, sorry`). */
export const ownedUp = ['sorry', 'apologi', 'apologies', 'our_mistake', 'our_fault', 'our_error', 'wrong', 'incorrect'].join('|')

/** What the customer should have done, in English, as past participles (not `received`: `you should have received an email`). */
export const shouldHaveDone = [
  'checked', 'read', 'looked', 'measured', 'ordered', 'chosen', 'selected', 'contacted', 'told', 'asked', 'followed', 'noticed', 'paid', 'double-checked',
  'verified', 'reviewed', 'waited', 'specified', 'included', 'updated', 'confirmed', 'kept', 'known', 'called', 'reported', 'mentioned', 'picked',
].join('|')

// Round 3 (families written from how blame is said; see the rule page's Constructions).

/** Blaming the shop for what the customer did (`还怪我们`, `赖我们`). */
export const blameUs = ['怪', '赖', '怨', '找', '埋怨', '来怪', '来找', '来赖', '怪罪', '投诉'].join('|')

/** Not said earlier (`不早说`, `早说嘛`). */
export const notEarlier = [
  '不早说', '不早点说', '不早讲', '不提前说', '不早点讲', '不早告诉', '不早点告诉', '不提前讲', '不提前告诉', '不早问', '不早点问',
  '早说嘛', '早说啊', '早说呀', '早点说嘛', '早说的话', '早说就好了', '早点说就好了', '早讲嘛',
].join('|')

/** "So nothing could be done", after a failure of the customer's (`快递员也没办法`). */
export const soNothing = ['才', '所以', '只能', '也没办法', '没办法', '也没法', '当然', '肯定', '只好', '导致', '怪不得'].join('|')

/** The customer's own things that may be at fault: a phone, a network, a setup. */
export const devices = [
  '手机', '电脑', '网络', '网', '设备', '浏览器', '系统', '设置', '路由器', '宽带', '信号', '账号', '账户', '手机设置', '网速', 'wifi', '无线', '插座', '电源', '电压', '水质',
  // Round 8: what the customer plugs in (`应该是您的充电头不匹配`).
  '充电头', '充电器', '插头', '数据线', '适配器', '电池', '卡', 'sim卡',
  // What the customer sees the goods on (`色差是您屏幕的问题`).
  '屏幕', '显示器', '显示屏', '手机屏幕', '电脑屏幕',
].join('|')

/** Not answering for a problem (`我们不负责`, `我们可不管`). */
// Not `不管了` (`我们不管了` is no-insult's brush-off `not-our-concern`).
export const wontAnswer = ['不负责', '可不管', '才不管', '一概不管', '不管的', '不背', '不赔', '不承担', '不担责', '不包赔', '管不了', '负不了责', '负责不了'].join('|')

/** The customer's side or things, in English (`on your end`, `with your phone`). */
export const yourSide = [
  'end', 'side', 'phone', 'device', 'network', 'connection', 'internet', 'wifi', 'router', 'settings', 'computer', 'browser', 'account', 'setup', 'bank', 'card',
].join('|')

/** Where it was written for the customer to read, in English. */
export const enPages = ['listing', 'description', 'page', 'product_page', 'title', 'photos', 'terms', 'policy', 'details', 'size_chart', 'email', 'confirmation', 'ad'].join('|')

/** What the customer let lapse (`没有在规定时间内付款`, `超过了退货期限`). */
export const lateDuties = [
  // Not `时间` (`第一时间反馈`: the duty is what follows).
  '付款', '支付', '确认', '反馈', '领券', '领取', '选择', '备注', '填写', '提交', '申请', '联系', '签收', '取件', '退货', '期限', '售后期', '时效',
  '有效期', '退货期', '保修期', '退换期', '时限', '核对', '检查', '验货',
].join('|')
/** What can no longer be done (`没法退了`, `过了售后期`). */
export const cannotNow = ['自动取消', '自动关闭', '被取消', '取消了', '关闭了', '无法', '没法', '不能', '不可以', '没办法', '办不了', '过了', '超过了', '失效', '作废', '不支持', '处理不了', '退不了', '换不了', '用不了'].join('|')
/** What the customer did that went wrong, stressed as their own (`是您主动取消的`); not paying or downloading, which are neutral. */
export const ownActs = ['取消', '申请', '选', '拍', '买', '下单', '下的单', '填', '写', '点', '确认', '同意', '要求', '改', '删', '删除', '退', '弄', '拆', '关闭', '操作', '设置', '签收', '拒收', '拒签', '修改', '选择'].join('|')
/** The customer named in the third person, as formal notices do (`买家`, `您本人`). */
// Not `本人` alone: `因本人不在` is the speaker.
export const thirdParty = ['买家', '顾客', '买方', '客户', '消费者', '用户', '您本人', '你本人'].join('|')
/** Brought on oneself (`你自己作的`, `你自己搞出来的`). */
export const broughtOn = ['作的', '作出来', '作死', '搞出来', '弄出来', '折腾出来', '惹出来', '造成的', '搞坏的', '弄坏的', '折腾坏的', '惹的祸', '闯的祸'].join('|')
/** Careless or hasty (`下单太急了`). */
export const careless = ['急', '着急', '心急', '马虎', '粗心', '大意', '不小心', '疏忽', '大意了', '草率', '随意', '手快'].join('|')
/** Replying or answering (`回复`, `回消息`, `接电话`). */
export const reply = ['回复', '回', '回消息', '回个消息', '回信息', '理人', '理我们', '接电话', '接', '回个话', '吱声', '回话'].join('|')
/** What a customer did to a product, in English (`you left it in the sun`). */
export const damaged = [
  'left', 'washed', 'dropped', 'put', 'used', 'ran', 'dried', 'ironed', 'bleached', 'microwaved', 'exposed', 'stored', 'kept', 'installed', 'charged',
  'opened', 'removed', 'forgot', 'missed', 'ignored', 'skipped', 'waited', 'tumble_dried', 'overloaded', 'overcharged', 'spilled', 'threw',
].join('|')
