/**
 * Bare answers that `no-cold-reply` finds when they are the whole reply, with warm
 * rewrites (000 "對待顧客要熱情尊重，切忌冷淡").
 *
 * Only the clipped forms that have a rewrite are here. The same word with a particle or a
 * term of address is warm already (`有的哦亲`, `没有的呢`, `在的亲`). Other short replies with
 * nothing warm (`好的`, `是的`, `嗯嗯`, `深蓝色`) are the constructions' (`bare-phrase`), without
 * a rewrite.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A bare answer. */
export interface ColdEntry extends LexiconEntry {
  /** Warm rewrites of the whole reply, best first (simplified Chinese or English). */
  readonly expected: readonly string[]
  /**
   * A grunt or a bare acknowledgement answers nothing, so in a reply such as
   * `嗯，没有` the answer's rewrite is the one to offer.
   */
  readonly grunt?: true
}

export const bareAnswers: Lexicon<ColdEntry> = [
  // Grunts.
  {
    match: ['嗯', '恩', '哦', '噢', '额', '呃', '唔', '哼', '切', '呵', '呵呵'],
    expected: ['嗯嗯，好的亲', '好的亲，收到啦'],
    grunt: true,
  },
  { match: ['k', 'hmm', 'hm', 'mm', 'uh', 'meh', 'eh'], expected: ['Okay, got it, thanks!'], grunt: true },
  // Yes, clipped.
  { match: '有', expected: ['有的哦亲'] },
  { match: '有货', expected: ['有货的哦亲，喜欢可以放心拍哦'] },
  { match: ['是', '是啊'], expected: ['是的亲'] },
  { match: ['对', '对啊'], expected: ['对的亲'] },
  { match: ['好', '行', '成', '好吧', '行吧', '那好吧', '那行'], expected: ['好的亲'] },
  { match: ['可以', '能'], expected: ['可以的哦亲'] },
  { match: '会', expected: ['会的哦亲'] },
  { match: '在', expected: ['在的亲，请问有什么可以帮您的吗？'] },
  { match: ['知道', '知道了', '晓得了'], expected: ['好的亲，我们记下了哦'] },
  // No, clipped.
  {
    match: ['没有', '没', '无', '没了', '没货', '木有', '没得', '没有啊', '没有了'],
    expected: ['亲，这款暂时没有哦，我们帮您看看相似的款式', '亲，暂时没有哦'],
  },
  { match: ['不是', '不对', '不'], expected: ['不是的哦亲'] },
  {
    match: ['不行', '不可以', '不能', '不支持', '没办法', '没法', '办不到', '做不到', '不行啊', '不能啊'],
    expected: ['非常抱歉亲，这个暂时没办法哦，我们帮您看看其他办法'],
  },
  { match: '不会', expected: ['不会的哦亲'] },
  { match: ['不用', '不需要', '不用了'], expected: ['不用的哦亲'] },
  // Don't know.
  {
    match: [
      '不知道', '不清楚', '不晓得', '不了解', '不懂', '不确定', '不一定', '不好说', '说不好', '说不准', '不记得', '忘了', '没听说',
      '不知道啊', '不清楚啊',
    ],
    expected: ['亲，我们帮您确认一下哦'],
  },
  // Whatever.
  {
    match: ['随便', '随意', '随你', '都行', '都可以', '无所谓', '看着办', '你看着办', '自己选', '你自己选', '随便吧', '都行吧', '随你吧', '看着办吧'],
    expected: ['亲，几款都很不错哦，我们帮您推荐一下'],
  },
  // Look it up yourself.
  {
    match: [
      '自己看', '自己查', '自己找', '自己搜', '自己去看', '自己去查', '你自己看', '您自己看', '看详情', '看详情页', '详情页', '看图',
      '看页面', '看介绍', '看说明', '自己看吧', '你自己看吧', '自己查吧', '自己找吧', '自己看去', '自己看详情', '自己看详情页',
      '自己去看详情', '自己去看详情页', '详情页有', '详情页写着', '详情页上有',
    ],
    expected: ['亲，您可以看一下详情页哦，有不清楚的我们帮您解答'],
  },
  // Wait.
  { match: ['等', '等着', '等着吧', '等吧', '慢慢等', '等通知'], expected: ['亲，麻烦您稍等一下哦'] },
  // What (with no question mark, a question thrown back).
  { match: ['啥', '什么', '干嘛', '干啥'], expected: ['亲，请问您想了解哪方面呢？'] },
  // English.
  { match: ['no', 'nope', 'nah', 'none', 'no stock'], expected: ["Sorry, we don't have that at the moment."] },
  { match: ['yes', 'yep', 'yeah', 'yup', 'ya', 'y'], expected: ['Yes, happy to help!'] },
  {
    match: ["don't know", 'do not know', "i don't know", 'dunno', 'idk', 'no idea', 'no clue', 'not sure', "can't say"],
    expected: ['Let us check that for you.'],
  },
  {
    match: ["can't", 'cannot', 'can not', 'no can do', 'not possible', 'impossible'],
    expected: ["Sorry, we can't do that, but we're happy to look for another way."],
  },
  {
    match: ['whatever', 'fine', 'either', 'any', 'up to you', 'your call', "doesn't matter"],
    expected: ['Both are great choices; we can recommend one for you.'],
  },
  {
    match: [
      'check yourself', 'look it up', 'google it', 'see description', 'see the description', 'read the description', 'read the faq',
      'see the faq', 'read the manual',
    ],
    expected: ['You can find the details in the description; feel free to ask us anything.'],
  },
  {
    match: ['check the website', 'check our website', 'see the website', 'see our website'],
    expected: ['You can find the details on our website; feel free to ask us anything.'],
  },
  { match: 'wait', expected: ['Please bear with us for a moment.'] },
]
