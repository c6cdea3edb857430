/**
 * Word lists of `no-rhetorical-question` (000 "避免用命令式、反問式").
 *
 * A rhetorical question does not ask: it scolds (`难道你没看详情页吗？`), says
 * "we told you" (`不是已经说了吗？`), "it's obvious" (`这还用问吗？`) or "it
 * can't be" (`怎么可能会坏呢？`). Each marker here names which of these it
 * says, and the plain statement the agent should have made instead.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/**
 * What a rhetorical question means, which picks the plain statement:
 * - `unseen`: "didn't you see it?" (`难道你没看详情页吗`, `Didn't you read …`);
 * - `told`: "we told you" (`不是已经说了吗`, `How many times …`);
 * - `obvious`: "isn't it obvious?" (`这还用问吗`, `Isn't it obvious?`);
 * - `yourself`: "can't you do it yourself?" (`你不会自己看吗`);
 * - `impossible`: "how could it?" (`怎么可能会坏呢`);
 * - `fuss`: "is this necessary?" (`有必要这样吗`, `凭什么`);
 * - `blame`: "whose fault is it?" (`谁让你…`, `Why didn't you …`).
 */
export type Meaning = 'unseen' | 'told' | 'obvious' | 'yourself' | 'impossible' | 'fuss' | 'blame'

/** A rhetorical marker. */
export interface RhetoricalEntry extends LexiconEntry {
  /** Built from the sentence by the rule (see `statements`); always `[]` here. */
  readonly expected: readonly []
  readonly meaning: Meaning
  /**
   * Whether it is rhetorical only in a question (`不是已经说了吗？`; `不是已经
   * 说了，…` is a plain statement). `凭什么`, `怎么可能`, `谁让你` scold in
   * any sentence.
   */
  readonly question: boolean
  /** English negative question (`Didn't you`): rhetorical only with a verb of noticing after it, at the start. */
  readonly needsVerb?: true
  /** Rhetorical only when said to the customer: `你`/`您` comes before it in the clause. */
  readonly addressee?: true
}

export const rhetorical: Lexicon<RhetoricalEntry> = [
  // 难道: always rhetorical.
  { match: '难道', expected: [], meaning: 'unseen', question: false },
  // 不是…吗 when it means "we already told you" (`不是这个地址吗？` is a real check, so the verb matters).
  {
    match: [
      '不是已经说', '不是已经告诉', '不是已经写', '不是已经讲', '不是已经提醒', '不是已经解释', '不是已经回复', '不是早就说',
      '不是早就告诉', '不是早说', '不是说过', '不是说了', '不是告诉过', '不是告诉你', '不是告诉您', '不是跟你说', '不是跟您说',
      '不是和你说', '不是和您说', '不是写了', '不是写着', '不是写得很', '不是写的很', '不是都写', '不是都说', '不是讲过',
      '不是讲了', '不是提醒过', '不是回复过',
    ],
    notAfter: ['是'],
    expected: [],
    meaning: 'told',
    question: true,
  },
  {
    match: ['说了多少遍', '说过多少遍', '说了多少次', '说过多少次', '说了几遍', '说过几遍', '说了几次', '要说几遍', '要说多少遍', '讲了多少遍', '讲了几遍', '问了多少遍'],
    expected: [],
    meaning: 'told',
    question: false,
  },
  // 还用…吗: "need you even ask?" (`您还用这个手机号吗` is a real question, so only verbs of asking).
  {
    match: ['还用问', '还用说', '还用想', '还需要问', '还要问', '还用我说', '还用我们说', '还用解释', '还用得着问', '还用得着说'],
    expected: [],
    meaning: 'obvious',
    question: true,
  },
  { match: ['不是很明显', '不是很清楚了', '这不明摆着', '不是明摆着', '不明摆着', '不是显而易见'], expected: [], meaning: 'obvious', question: true },
  // 你不会自己看吗.
  { match: ['不会自己', '自己不会', '不能自己', '自己不能', '不懂自己', '就不会自己'], expected: [], meaning: 'yourself', question: true },
  { match: ['看不懂吗', '看不懂么', '不识字', '没长眼'], expected: [], meaning: 'unseen', question: false },
  // 你没看到吗？ (`您没收到货吗？` asks, so only verbs of looking).
  { match: ['没看到吗', '没看见吗', '没看吗', '看不到吗', '看不见吗', '没看过吗'], expected: [], meaning: 'unseen', question: true },
  // `您没看清详情页吗？` scolds; `我们没看清` owns up.
  { match: ['没看详情', '没看清', '没仔细看', '没认真看', '没注意看'], expected: [], meaning: 'unseen', question: true, addressee: true },
  // 这都不知道吗？ 不然呢？
  { match: ['都不知道吗', '都不懂吗', '都不会吗', '连这都', '连这个都', '不然呢'], expected: [], meaning: 'obvious', question: true },
  // 怎么可能会坏呢.
  { match: ['怎么可能', '哪有可能', '怎么会有可能', '不可能吧', '哪有这么', '哪有那么', '哪里有这么'], expected: [], meaning: 'impossible', question: false },
  // 有必要这样吗, 至于吗, 凭什么.
  {
    match: ['有必要这', '有必要那', '有必要吗', '有这个必要吗', '有那个必要吗', '至于吗', '至于这样', '至于这么', '犯得着', '用得着这样', '用得着这么'],
    expected: [],
    meaning: 'fuss',
    question: true,
  },
  { match: ['凭什么'], expected: [], meaning: 'fuss', question: false },
  // 谁让你…, 你怎么不早说.
  { match: ['谁让你', '谁让您', '谁叫你', '谁叫您', '怪谁'], expected: [], meaning: 'blame', question: false },
  { match: ['能怪我们', '怪我们吗', '怪我们么', '关我们什么事', '关我们啥事'], expected: [], meaning: 'blame', question: false },
  {
    match: [
      '怎么不早说', '为什么不早说', '为啥不早说', '干嘛不早说', '怎么不先', '为什么不先', '为啥不先', '干嘛不先', '怎么不看',
      '为什么不看', '为啥不看', '怎么不仔细', '为什么不仔细', '为啥不仔细', '怎么没看', '为什么没看', '为啥没看',
    ],
    // `我怎么没看见` is the speaker's own puzzle.
    notAfter: ['我', '我们', '咱们'],
    expected: [],
    meaning: 'blame',
    question: false,
  },
  // English.
  {
    match: [
      "didn't you", 'did you not', "don't you", 'do you not', "haven't you", 'have you not', "can't you", 'cannot you', "aren't you",
      "couldn't you", "weren't you", 'did you even', 'do you even', 'have you even', 'can you even', 'can you not',
    ],
    expected: [],
    meaning: 'unseen',
    question: true,
    needsVerb: true,
  },
  {
    match: [
      'how many times do we', 'how many times have we', 'how many times must we', 'how many times should we', 'how many times did we',
      'how many times do i', 'how many times have i', 'how many times must i', 'how many more times', "didn't we tell you",
      "didn't we already tell you", "didn't we say", "didn't we already say", "didn't we explain", "didn't we already explain",
      "haven't we told you", "haven't we already told you", "haven't we explained", "haven't we already explained", 'have we not told you',
    ],
    expected: [],
    meaning: 'told',
    question: true,
  },
  {
    match: [
      "isn't it obvious", "isn't that obvious", "isn't it clear", "isn't that clear", 'is it not obvious', 'is it that hard', 'is it so hard',
      'is that so hard', 'how hard is it', 'how hard can it be', 'is that too much to ask', 'are you serious', 'are you kidding', 'are you joking',
    ],
    expected: [],
    meaning: 'obvious',
    question: true,
  },
  { match: ['what did you expect', 'what do you expect', 'what else did you expect', 'what else do you expect', 'who told you to', 'who asked you to'], expected: [], meaning: 'blame', question: false },
  {
    match: [
      "why didn't you", 'why did you not', 'why would you', 'why on earth', "why can't you", 'why can you not', "why couldn't you",
      "why haven't you", "why wouldn't you", "why won't you",
    ],
    expected: [],
    meaning: 'blame',
    question: true,
  },
]

/** Verbs of noticing that make `Didn't you …?` scold (`Didn't you read the description?`). */
export const noticeVerbs: Lexicon<LexiconEntry> = [
  {
    match: [
      'read', 'see', 'check', 'notice', 'know', 'hear', 'look', 'understand', 'realise', 'realize', 'bother', 'pay attention',
      'listen', 'get the memo', 'get our message', 'get our email',
    ],
  },
]

/** Words that may stand between `Didn't you` and its verb (`Didn't you even read …`). */
export const englishFillers: readonly string[] = ['even', 'just', 'ever', 'already', 'actually', 'really', 'at least']

/** A polite opening that makes the question a real one (`请问有必要开发票吗？`). */
export const politeAsks: Lexicon<LexiconEntry> = [{ match: ['请问', '想问一下', '想确认一下', '冒昧问一下', '方便问一下', '您看'] }]

/** Verbs of looking in `难道你没看详情页吗`: what comes after them is where the answer is written. */
export const lookVerbs: readonly string[] = ['仔细看过', '仔细看', '认真看', '看过', '看到', '看见', '注意到', '留意', '看', '读']

/** Pronouns and adverbs between `难道` and the negation (`难道你都没看…`). */
export const skippable: readonly string[] = ['你们', '您们', '你', '您', '都', '也', '就', '还', '真的']

/** One-character verbs that take `一下` in the rewrite (`看` → `看一下`). */
export const shortVerbs: readonly string[] = ['看', '查', '找', '问', '试', '量', '点', '搜', '算', '填', '改', '拍', '翻', '读']

/** A plain statement, in simplified Chinese (the engine writes it traditional for a traditional reply); `{x}` is filled from the question where there is one. */
export type Statement = string

/** The plain statements, by meaning; the `With` ones take a word from the question. */
export const statements = {
  unseenWith: '{x}上有写明哦，我们也可以帮您再确认一下',
  unseen: '我们帮您再确认一下哦',
  told: '我们再为您说明一下哦',
  obvious: '我们为您详细说明一下哦',
  yourselfWith: '您可以{x}哦，我们也可以帮您确认一下',
  yourself: '我们帮您看一下哦',
  impossibleWith: '正常情况下是不会{x}的哦，我们帮您看一下具体情况',
  impossible: '我们帮您看一下具体情况哦',
  fuss: '我们理解您的心情，一起来看看怎么解决哦',
  blame: '我们现在就帮您处理哦',
} as const satisfies Record<string, Statement>

/** The plain statements in English, by meaning. */
export const englishStatements = {
  unseenWith: 'The {x} has the details, and we are happy to go over it with you',
  unseen: 'We are happy to go over it with you',
  told: 'Let us explain it once more',
  obvious: 'Let us explain',
  yourself: 'We are happy to check it for you',
  impossible: 'Let us look into what happened',
  fuss: 'We understand, and we will sort it out together',
  blame: 'We are happy to help with this now',
} as const satisfies Record<Meaning | 'unseenWith', string>
