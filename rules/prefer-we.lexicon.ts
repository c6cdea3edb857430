/**
 * Pronouns `prefer-we` replaces, with their replacements (003 "多說我們、咱們，
 * 少說我、你"; 001 "多用敬语，您").
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A pronoun entry. */
export interface PronounEntry extends LexiconEntry {
  /** Replacements, best first, in lower case (the rule gives them the case of the text). */
  readonly expected: readonly string[]
  /** The edit, when it is certain (`你` → `您`). */
  readonly fix?: string
  /** `I` and its contractions take a capital only at the start of a sentence. */
  readonly firstPersonI?: boolean
  /** The message: a pronoun to swap, or words that point at the customer. */
  readonly message: 'pronoun' | 'pointing'
  /** Names that contain a pronoun but are labels, not speech (`我的订单`, the app's menu). */
  readonly exempt?: true
}

/** `我` followed by these is collective already (`我们`, `我司`, `我方`, `我店`, `我部`: the business speaking). */
const collective = ['们', '司', '方', '店', '行', '厂', '公司', '部', '处', '局', '院', '校', '社', '馆', '站']

export const pronouns: Lexicon<PronounEntry> = [
  // Chinese. Traditional spellings (我們, 你們, 妳) are folded by the normaliser.
  { match: '我', notBefore: [...collective, '意思'], notAfter: ['自'], expected: ['我们'], message: 'pronoun' },
  // `我意思是` reads `我们的意思是` in the plural: the possessive 的 comes back with 们.
  { match: '我意思', expected: ['我们的意思'], message: 'pronoun' },
  { match: '你们', expected: ['您', '咱们'], message: 'pronoun' },
  { match: '你', notBefore: ['们', '好'], notAfter: ['迷'], expected: ['您'], fix: '您', message: 'pronoun' },
  { match: '你好', expected: ['您好'], fix: '您好', message: 'pronoun' },
  // Putting oneself in the customer's place (`换作是我也会着急`, `是我我也…`): empathy is personal,
  // and `我们` there reads as a crowd (readers: `是我们我们也会着急`).
  {
    match: ['是我我也', '是我的话我也', '换作是我', '换做是我', '换成是我', '如果我是您', '如果我是你', '要是我是您', '要是我是你', '我是您的话', '我是你的话', '我要是您', '我要是你'],
    notBefore: ['们'],
    expected: [],
    message: 'pronoun',
    exempt: true,
  },
  // Menu names of the shopping apps: the agent tells the customer where to tap. Not `我的服务`: agents ask
  // for a rating of their own service (`请对我的服务做出评价`, nine of ten labelled replies); a tap path
  // (`我的-客户服务`) is read by `menuPath`.
  {
    match: [
      '我的订单', '我的淘宝', '我的京东', '我的账户', '我的帐户', '我的账号', '我的钱包', '我的优惠券', '我的售后', '我的退款', '我的评价',
      '我的购物车', '我的收藏', '我的客服', '我的拼多多', '我的页面', '我的发票', '我的京豆', '我的资产', '我的设置', '我的地址',
      '我的消息', '我的积分',
    ],
    expected: [],
    message: 'pronoun',
    exempt: true,
  },
  // Idioms, not the agent speaking for themself.
  { match: ['my friend', 'my friends', 'oh my', 'my goodness', 'my god', 'oh my god'], expected: [], message: 'pronoun', exempt: true },
  // English first person.
  { match: 'I', expected: ['we'], firstPersonI: true, message: 'pronoun' },
  { match: "I'm", expected: ["we're"], firstPersonI: true, message: 'pronoun' },
  { match: 'I am', expected: ['we are'], firstPersonI: true, message: 'pronoun' },
  { match: "I'll", expected: ["we'll"], firstPersonI: true, message: 'pronoun' },
  { match: "I've", expected: ["we've"], firstPersonI: true, message: 'pronoun' },
  { match: "I'd", expected: ["we'd"], firstPersonI: true, message: 'pronoun' },
  { match: 'me', expected: ['us'], message: 'pronoun' },
  { match: 'my', expected: ['our'], message: 'pronoun' },
  { match: 'mine', expected: ['ours'], message: 'pronoun' },
  { match: 'myself', expected: ['ourselves'], message: 'pronoun' },
  // English "you" only where it blames or orders the customer.
  {
    match: [
      "you didn't", 'you did not', 'you forgot', 'you failed to',
      'you were supposed to', 'you must', "you'd better", 'you had better', 'your mistake', 'your fault', 'your own fault',
      'your problem',
      // Round 8: the wrong choice pinned on the customer (`You picked the wrong color`).
      'you picked the wrong', 'you chose the wrong', 'you selected the wrong', 'you ordered the wrong', 'you typed the wrong',
    ],
    expected: [],
    message: 'pointing',
  },
  // `You should have checked` blames; `You should have that option now` says what the customer has.
  // `You shouldn't have received an email` owns our mistake; `You shouldn't have opened it` blames.
  { match: ["you shouldn't have", 'you should not have'], notBefore: [' received', ' gotten', ' got', ' been'], expected: [], message: 'pointing' },
  { match: 'you should have', notBefore: [' that', ' the', ' this', ' it', ' access', ' received', ' got', ' gotten', ' an ', ' a ', ' one', ' some', ' no ', ' two', ' three', ' been', ' your', ' them'], expected: [], message: 'pointing' },
]

/**
 * After `I'm`/`I am`: a capitalised word that is no adjective, then a pause or `from`/`with`/`here`
 * (`I'm Sam from the support team`, `I am Anna, and …`): the agent's name, an introduction.
 */
export const namedAfter =
  /^ (?!(?:Sorry|Happy|Glad|So|Here|Not|Very|Really|Afraid|Sure|Just|Also|Always|Still|Going|Able|Unable|Excited|Thrilled|Delighted|Pleased|Unsure|Checking|Looking|Working|Available|Back|On|In|At|The|A|An|Definitely|Certainly|Truly|Terribly|Extremely)\b)[A-Z][a-z]{1,15}(?=[,.!]|$| (?:from|with|here|on|at|and|of)\b)/

/**
 * A clause that starts with these introduces the agent: `我是客服奥黛丽`
 * (003's own greeting), `My name is Anna`, and `I'm Anna` by `namedAfter`.
 */
export const selfIntroduction: Lexicon<LexiconEntry> = [
  // Not `我是指…`, `我是说…`, `我是想问…`: the agent explaining what they meant, or a count (`我是两款`).
  { match: '我是', notBefore: ['指', '说', '想', '问', '要', '觉得', '认为', '按', '两', '几', '不是', '怎么'] },
  { match: ['我叫', '我的工号', '我的名字', 'my name is'] },
  // The agent vouching for being one person (`I'm a real person`, `I am a human`): "we" would defeat it.
  { match: ["i'm a real person", 'i am a real person', "i'm a real human", "i'm a human", 'i am a human', "i'm not a bot", 'i am not a bot', "i'm not a robot", 'i am not a robot'] },
]
