/**
 * Word lists of `no-command` (000 "避免用命令式、反問式"; 001 recommends
 * "稍等").
 *
 * A Chinese clause orders the customer when an imperative marker stands at
 * the start of its predicate (`赶紧付款`, `你自己去看`, `把地址发过来`,
 * `等着吧`) with no softener (`请`, `麻烦`, `可以`, `建议`, … stand before the
 * marker, so the marker no longer starts the predicate). An English sentence
 * orders when it starts with the base form of a verb agents ask customers to
 * do, or with `You must` / `You need to`, and nothing softens it.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/**
 * How a marker is rewritten:
 * - `soon`: `赶紧付款` → `麻烦您尽快付款哦`;
 * - `please`: `必须先寄回来` → `麻烦您先寄回来哦`, `把地址发过来` → `麻烦您把地址发过来哦`;
 * - `may`: `自己查物流` → `您可以查一下物流哦`;
 * - `fixed`: the entry's own `expected` (`等着吧` → `请您耐心等待一下哦`).
 */
export type Rewrite = 'soon' | 'please' | 'may' | 'fixed'

/** A Chinese imperative marker. */
export interface MarkerEntry extends LexiconEntry {
  /** Replacements of `fixed` markers, in simplified Chinese; `[]` for the others, which are built from the clause. */
  readonly expected: readonly string[]
  /**
   * A strong marker orders whatever follows (`赶紧`, `必须`); a weak one only
   * when nothing else softens the clause: a final `哦`/`呢`/`哈`, `一下`, `就可以`
   * (`您把账号发我一下` asks; `您把订单编号发我` orders).
   */
  readonly strong: boolean
  readonly rewrite: Rewrite
  /**
   * How many characters of the marker the rewrite drops (`自己看` drops `自己`
   * and keeps the verb); by default the whole marker (`赶紧`), 0 to keep it
   * (`把`, `给个好评`).
   */
  readonly drop?: number
  /**
   * Urgency adverbs order only when a customer's action follows (`赶紧付款`),
   * not the agent's (`马上为您处理`). `clear` takes only actions nobody but the
   * customer does; `likely` also looks, checks and contacts. Obligations take
   * the action anywhere in the clause (`务必在七天内寄回`).
   */
  readonly action?: 'clear' | 'likely'
  /**
   * Obligations state a rule rather than give an order when the clause ends
   * in `的` (`必须退货重新下单的呢`) or the sentence goes on to what it enables
   * (`必须先卸载…，才能…`).
   */
  readonly obligation?: true
  /** `把` orders only with a verb of handing over after its object (`把地址发过来`). */
  readonly handOver?: true
  /** `等着` orders only bare (`等着吧`, `等着就行`), not with an object (`等着收货就好`). */
  readonly bare?: true
  /**
   * `给我` becomes `给我们` before a verb (`给我们发过来`, 003 "多說我們"), and
   * `提供一下` before a thing (`给我订单号` → `麻烦您提供一下订单号哦`).
   */
  readonly toUs?: true
}

/** The Chinese imperative markers, by kind of order. */
export const markers: Lexicon<MarkerEntry> = [
  // Urgency: hurry the customer.
  { match: ['赶紧', '赶快', '快点', '抓紧'], notBefore: ['时间'], expected: [], strong: true, rewrite: 'soon', action: 'likely' },
  { match: '快去', expected: [], strong: true, rewrite: 'soon', drop: 1, action: 'likely' },
  { match: '快把', expected: [], strong: true, rewrite: 'soon', drop: 1, handOver: true },
  { match: ['马上', '立刻', '立即', '立马', '速速'], expected: [], strong: true, rewrite: 'soon', action: 'clear' },
  // Obligation laid on the customer (`必须先寄回来`), not a rule about others (`必须双方都使用…`):
  // a customer's action must follow. `必须的` is slang for "of course".
  { match: ['必须', '必需'], notBefore: ['的'], expected: [], strong: true, rewrite: 'please', action: 'likely', obligation: true },
  { match: ['一定要', '务必', '一定得'], expected: [], strong: false, rewrite: 'please', action: 'likely', obligation: true },
  // "Do it yourself": 你自己去看详情页.
  { match: '自己去', expected: [], strong: true, rewrite: 'may' },
  {
    match: [
      '自己看', '自己查', '自己找', '自己弄', '自己搞', '自己操作', '自己申请', '自己联系', '自己算', '自己量', '自己问',
      '自己下单', '自己拍', '自己处理', '自己翻', '自己搜', '自己点', '自己研究', '自己对比', '自己核对', '自己填', '自己改',
    ],
    expected: [],
    strong: false,
    rewrite: 'may',
    drop: 2,
  },
  // `你们去哪儿网` is a company, not an errand.
  { match: '你去', notBefore: ['哪'], expected: [], strong: false, rewrite: 'may', drop: 1 },
  { match: '你们去', notBefore: ['哪'], expected: [], strong: false, rewrite: 'may', drop: 2 },
  // 把地址发过来.
  { match: '把', expected: [], strong: false, rewrite: 'please', drop: 0, handOver: true },
  // 给我发过来, 给我看一下.
  // `给我的建议`, `给我妈买的` are not requests.
  { match: '给我', notBefore: ['们', '的', '妈', '爸', '家', '老', '本人'], expected: [], strong: false, rewrite: 'please', drop: 0, toUs: true },
  // Demanding a review: 给个好评.
  {
    match: ['给个好评', '给好评', '给个五星', '给五星', '给个五星好评', '给五星好评', '给个赞', '给个全五星', '打个好评'],
    expected: [],
    strong: false,
    rewrite: 'please',
    drop: 0,
  },
  // "Just wait": 等着吧 (001 recommends 稍等 instead).
  {
    match: ['等着', '给我等着'],
    notBefore: ['您', '你', '我', '呢'],
    expected: ['请您耐心等待一下哦', '请您稍等哦'],
    strong: true,
    rewrite: 'fixed',
    bare: true,
  },
  // "Calm down": 别激动 orders a feeling away; the reassurance agents say instead is 别着急, which orders nothing.
  {
    match: ['别激动', '不要激动', '别这么激动', '不要这么激动', '别那么激动', '别太激动'],
    expected: ['您先别着急哦'],
    strong: true,
    rewrite: 'fixed',
  },
  // "Stop nagging": 别催了.
  {
    match: ['别催', '不要催', '别再催', '不要再催', '别问了', '不要再问', '别再问', '别再发', '不要再发', '别老问', '别一直问', '少催'],
    expected: ['我们正在为您加急处理哦'],
    strong: true,
    rewrite: 'fixed',
  },
]

/**
 * What may stand before a marker at the start of a predicate besides the
 * openers: the addressee and adverbs (`你先自己看`, `您就等着吧`). Anything
 * else there (`请`, `麻烦`, `可以`, `建议`, `我们`, a subject noun, a
 * condition) means the marker does not give the order.
 */
export interface LeadInEntry extends LexiconEntry {
  /**
   * `pronoun`: the addressee, which the rewrite replaces with its own 您;
   * `adverb`: kept in the rewrite (`你先自己看` → `您可以先看一下哦`);
   * `tone`: dropped with the order's tone (`乖乖`, `赶紧`).
   */
  readonly role: 'pronoun' | 'adverb' | 'tone'
}

/** The addressee and the adverbs that may precede a marker. */
export const leadIns: Lexicon<LeadInEntry> = [
  { match: ['你', '您', '你们', '您们'], notBefore: ['好'], role: 'pronoun' },
  { match: ['先', '也', '再', '直接'], role: 'adverb' },
  { match: ['就', '都', '还是', '赶紧', '耐心', '慢慢', '乖乖', '老实', '现在就', '今天就'], role: 'tone' },
]

/** A customer's action, for urgency markers (`赶紧付款`, not `马上为您处理`). */
export interface ActionEntry extends LexiconEntry {
  /** `clear`: only the customer does it; `likely`: the customer, unless a subject says otherwise. */
  readonly tier: 'clear' | 'likely'
}

/** What customers are asked to do: pay, confirm, send back, look, contact. */
export const actions: Lexicon<ActionEntry> = [
  {
    match: [
      '付款', '付钱', '支付', '拍下', '下单', '确认收货', '签收', '寄回', '寄过来', '寄给我', '退回', '发过来', '发给我',
      '发我', '把', '评价', '好评', '给个好评', '给好评', '提交', '上传', '截图', '拍照', '补款', '补差价', '交钱',
    ],
    tier: 'clear',
  },
  {
    match: [
      '去', '来', '看', '查', '找', '联系', '申请', '填', '改', '修改', '操作', '领', '抢', '买', '购买', '收货', '取件', '取',
      '寄', '退', '换', '登录', '登陆', '注册', '绑定', '激活', '充值', '关注', '收藏', '加购', '备注', '留言', '私信', '打电话',
      '拨打', '确认', '提供', '保留', '保持', '验货', '拒收', '填写', '等待', '等', '核对', '检查', '说', '讲', '回', '打',
    ],
    tier: 'likely',
  },
  // `发过来` is the customer's; `发货` is the shop's.
  { match: '发', notBefore: ['货'], tier: 'likely' },
]

/** What `把…` must end with to hand something over: `把地址发过来`, `把商品寄回来`. */
export const handOvers: Lexicon<LexiconEntry> = [
  {
    match: [
      '发过来', '发给我', '发我', '发来', '发一下', '寄回来', '寄过来', '寄回', '寄给我', '拍过来', '拍给我', '拍一下', '传过来',
      '传给我', '截图过来', '截图给我', '截个图', '退回来', '退回', '告诉我', '报给我', '填好', '填一下', '改好', '改一下',
    ],
  },
]

/**
 * What cancels an order anywhere after the marker in its clause: a condition
 * (`赶紧付款的话今天就能发`) or a question (`您自己看一下是不是这个`).
 */
export const conditions: Lexicon<LexiconEntry> = [
  { match: ['的话', '是不是', '有没有', '能不能', '可不可以', '行不行', '好不好', '要不要', '需不需要', '可以吗', '好吗', '行吗', '还是'] },
]

/**
 * What softens a weak marker: a friendly particle, `一下`, or telling that it
 * is enough (`您自己申请就可以了`).
 */
export const softeners: Lexicon<LexiconEntry> = [
  { match: ['哦', '哈', '呢', '呀', '啦', '哟', '噢', '嘛', '~', '一下', '就可以', '就行', '就好', '即可', '可以', '随时'] },
]

/**
 * A softener or a condition earlier in the sentence covers the clauses after
 * it: `请您提高警惕，务必保护好个人信息`, `如果不合适，必须先寄回来`.
 */
export const sentenceSofteners: Lexicon<LexiconEntry> = [
  { match: '请', notAfter: ['申', '邀', '聘', '宴', '提'] },
  { match: ['麻烦', '烦请', '劳烦', '辛苦', '建议', '如果', '如需', '如您', '若您', '若是', '假如', '要是', '只要', '万一', '的话'] },
  // Thanks narrate what the customer did (`感谢您及时把问题反馈给我们`).
  { match: ['感谢', '谢谢', '多谢'] },
]

/** What a rule enables, after an obligation (`必须先卸载，才能…`). */
export const consequences: Lexicon<LexiconEntry> = [{ match: ['才能', '才可以', '才行', '才会', '才可'] }]

/** `等着` orders when nothing follows it but these (`等着吧`, `等着就行`). */
export const bareTails: readonly string[] = ['', '就行', '就好', '就是了', '就可以', '就可以了', '就行了', '就好了']

/**
 * Aspect marks that tell a clause narrates what happened (`给我打了一个电话`,
 * `自己去营业厅交的`, `您把地址发过来了`) instead of asking for it. A final
 * `了` before `吧` still orders (`给我退了吧`), and so does a possessive
 * (`快去联系您的快递员`).
 */
export const narrative = { done: '了', past: '过', described: '的', notPast: '来去', owners: '您你我们他她它' } as const

/** Particles at the end of a clause that the rewrite replaces with its `哦`. */
export const finalParticles: readonly string[] = ['吧', '啊', '呀', '啦', '呗', '嘛', '哈', '哦', '呢', '哟', '噢', '嘞']

/** A `去` closing the order (`自己查去`) goes: the rewrite reads `您可以查一下哦`. */
export const trailingGo = '去'

/** Measure words that `提供一下` replaces (`给我个说法` → `提供一下说法`). */
export const measures: readonly string[] = ['一个', '个', '一下']

/**
 * Things a customer is asked to give (`给我订单号` → `麻烦您提供一下订单号哦`);
 * anything else after `给我` is an act done for us (`给我加上` → `麻烦您给我们加上哦`).
 */
export const things: readonly string[] = [
  '订单', '单号', '地址', '电话', '手机号', '号码', '照片', '图片', '截图', '税号', '发票', '账号', '联系方式', '姓名', '名字', '链接',
  '说法', '解释', '答复', '回复', '理由', '信息', '资料', '凭证',
]

/** After an obligation, these hand it to someone else (`必须让我们…`, `必须由快递员…`): a rule, not an order. */
export const causatives: readonly string[] = ['让', '叫', '由', '要求', '经过']

/** One-character verbs that take `一下` in the polite rewrite (`看详情页` → `看一下详情页`). */
export const shortVerbs: readonly string[] = ['看', '查', '找', '问', '试', '量', '点', '搜', '算', '填', '改', '拍', '翻', '对', '比', '读', '弄', '搞']

/** After a short verb, these already make it tentative or done (`看一下`, `看看`, `看了`). */
export const tentative: readonly string[] = ['一', '下', '看', '了', '过', '着', '查', '找', '问']

/** The words the Chinese rewrites add (simplified: the engine writes them traditional for a traditional reply). */
export const softWords = {
  soon: '麻烦您尽快',
  please: '麻烦您',
  provide: '麻烦您提供一下',
  may: '您可以',
  particle: '哦',
  once: '一下',
  us: '们',
} as const

/** An English command verb (base form) or `You must`-type opening. */
export interface EnglishEntry extends LexiconEntry {
  /** `you must`, `you need to`: the words before the verb, dropped in the rewrite. */
  readonly modal?: true
}

/**
 * Verbs agents ask customers to do, in the base form that opens an English
 * imperative. Left out on purpose: wishes (`have a nice day`, `enjoy`, `take
 * care`), suggestions (`try`), reminders (`make sure`, `be sure`), pointers
 * (`see below`, `note that`) and the agent's own dropped subject (`look forward
 * to …`, `hope this helps`).
 */
export const englishCommands: Lexicon<EnglishEntry> = [
  {
    match: [
      'check', 'send', 'return', 'read', 'look', 'contact', 'call', 'email', 'dm', 'message', 'text',
      'provide', 'give', 'fill', 'pay', 'confirm', 'submit', 'upload', 'attach', 'bring', 'ship', 'mail', 'pack', 'print',
      'tell', 'write', 'complete', 'accept', 'cancel', 'buy', 'reply', 'respond', 'answer', 'specify', 'mention', 'explain',
      'describe', 'show', 'visit', 'head', 'reach', 'shoot', 'drop', 'hit', 'share', 'forward', 'resend', 'verify',
      'double-check', 'refer', 'stop', 'quit', 'leave', 'take',
      // Steps in an app or a device.
      'tap', 'click', 'go', 'follow', 'turn', 'restart', 'reboot', 'update', 'make sure', 'log', 'sign', 'enter', 'download', 'install',
      'reinstall', 'uninstall', 'reset', 'select', 'choose', 'pick', 'open', 'close', 'delete', 'remove', 'clear', 'press', 'hold', 'swipe',
      'scroll', 'navigate', 'toggle', 'switch', 'plug', 'unplug', 'power', 'include', 'ensure', 'put', 'keep',
      // What a customer demands of the shop (customer turns are linted as replies too).
      'fix', 'refund', 'replace', 'resolve', 'sort', 'handle', 'escalate', 'reimburse', 'compensate', 'credit', 'deliver',
    ],
  },
  // `Wait 2 minutes, then …` times a step; `Wait for the courier` orders.
  { match: 'wait', notBefore: [' 1', ' 2', ' 3', ' 4', ' 5', ' 6', ' 7', ' 8', ' 9', ' a few', ' until'] },
  {
    match: ['you must', 'you need to', 'you have to', "you've got to", 'you have got to', "you'd better", 'you had better', 'you gotta', 'you got to'],
    modal: true,
  },
]

/**
 * Phrases that start with a command verb but do not order: fixed
 * expressions, the agent's dropped subject, and `wait a moment` (the English
 * 稍等, which 001 recommends).
 */
export const englishNotCommands: Lexicon<LexiconEntry> = [
  {
    match: [
      'look forward', 'keep us posted', 'keep us updated', 'keep us in the loop', 'keep in touch', 'keep it up', 'take care',
      'take your time', 'go ahead', 'come again', 'come back soon', 'come back and see us', 'come see us', 'come visit us', 'check out', 'be assured', 'be patient with us',
      'wait a moment', 'wait a minute', 'wait a sec', 'wait a second', 'wait a bit', 'hit us up if', 'drop us a line if',
      'be well', 'be safe', 'order number', 'order id', 'email address', 'text message', 'call center', 'call centre',
      'return label', 'return policy', 'return window', 'return request', 'message us if', 'contact us if', 'reach out if',
      'give us a shout if', 'leave it with us', 'leave that with us', 'leave this with us', 'stop by', 'stop it', 'accept our apologies',
      'accept my apologies', 'give it a try', 'give it a go', 'give it a shot', 'check it out', 'check them out', 'look what', 'bring it on',
      'read more', 'learn more', 'find out more', 'see more', 'shop now', 'shop the',
      'give us a moment', 'give us a minute', 'give us a sec', 'give us a second', 'give us some time', 'give us a little time',
    ],
  },
]

/**
 * What softens an English sentence: please, feel free, a question put
 * politely, a condition, an invitation to reply.
 */
export const englishSofteners: Lexicon<LexiconEntry> = [
  {
    match: [
      'please', 'pls', 'plz', 'kindly', 'feel free', 'could you', 'would you', 'can you', 'will you', 'would you mind', 'if/when',
      'when you get a chance', 'when you can', 'when you have a moment', 'whenever', 'at your convenience', 'let us know',
      'let me know', 'thanks', 'thank you', "don't hesitate", 'do not hesitate', 'if possible', 'once', 'unless', 'in case',
      'happy to', 'glad to', 'we recommend', 'we suggest', 'you can', 'you may', 'you might',
    ],
  },
  // A condition softens (`DM us if you need help`); the `if` of what to tell us does not (`DM us letting us know if …`).
  { match: 'if', notAfter: ['know ', 'see ', 'check ', 'ask ', 'wonder ', 'confirm ', 'tell us ', 'sure ', 'whether or '] },
]

/**
 * Words that make an order curt (`Check it yourself`, `Pay now`): they show
 * an order even where the verb's object does not, and the rewrite drops them.
 */
export const englishCurt: Lexicon<LexiconEntry> = [
  { match: ['yourself', 'yourselves', 'now', 'right now', 'immediately', 'right away', 'at once', 'asap'] },
]

/** Words before the verb that belong to the order (`Just wait …`, `Go check …`); the rewrite drops them. */
export const englishLeads: Lexicon<LexiconEntry> = [{ match: ['just', 'simply', 'go', 'go and', 'either', 'now', 'then'] }]

/** After a verb-like first word, these show it is a noun (`Return shipping is free`, `Update: …`). */
export const englishNounSignals: readonly string[] = [
  'is', 'are', 'was', 'were', "'s", 'has', 'have', 'had', 'will', 'can', 'may', 'should', 'would', 'could', 'might', 'must',
  'does', 'did', 'been',
]

/**
 * Words that open the object or complement of an imperative (`Send us …`,
 * `Check the …`, `Wait for …`). A command verb followed by anything else is
 * read as a noun or a label (`Email and contact number`, `Share > Copy link`,
 * `Go Pack go!`), unless a curt word (`now`, `yourself`) shows the order.
 */
export const englishDeterminers: readonly string[] = [
  'the', 'a', 'an', 'your', 'our', 'us', 'me', 'this', 'that', 'these', 'those', 'it', 'them', 'him', 'her', 'my', 'some',
  'any', 'all', 'both', 'each', 'every', 'his', 'their', 'its', 'for', 'to', 'in', 'on', 'at', 'with', 'by', 'from', 'via',
  'through', 'into', 'out', 'up', 'back', 'down', 'off', 'over', 'again', 'here', 'there', 'first', 'more', 'about', 'one',
]
