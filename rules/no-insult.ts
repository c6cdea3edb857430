/**
 * no-insult: never insult or argue with the customer (001 "不能在與客户購物過程中
 * 與客户發生衝突，辱罵對罵"; 000 "切忌避免與顧客的衝撞").
 *
 *   爱买不买，就这个价。  →  亲，这已经是活动价了哦，我们帮您看看有没有可用的优惠券～
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { leftmostLongest } from '../src/matcher.js'
import type { Construction } from '../src/types.js'
import {
  abuse,
  abuseGroups,
  abuseLinks,
  abuseThings,
  cannotManage,
  complaints,
  englishAbuse,
  englishBrushOff,
  englishContempt,
  goAhead,
  illiterate,
  insults,
  judgedBad,
  noMoney,
  notBothering,
  smallSums,
  standaloneBrushOffs,
  standaloneInsults,
  standaloneLeads,
  standaloneTails,
  stopIt,
  taste,
  wantsTooMuch,
  whatFor,
  wits,
} from './no-insult.lexicon.js'

/**
 * A word that also names things (`滚轮`, `有病虫害`), as a clause of its own:
 * after a lead that pushes it at the customer (`你`, `给我`) even in a question
 * (`你有病吗？`), or with no lead (or `您`) only when not asked. Never in a list.
 */
function standalone(id: string, meaning: string, example: string, words: string, messageId: 'insult' | 'brushOff', led: boolean): Construction {
  return {
    id,
    meaning,
    example,
    pattern: `^ ${led ? standaloneLeads : '您?'} < ${words} > ${standaloneTails}? $`,
    ...(led ? {} : { question: false }),
    messageId,
    unless: { sentence: '、' },
  }
}

/**
 * Insults beyond a word list: contempt for the customer's money, taste or
 * wits, names aimed at the customer, and brush-offs that pick a fight.
 */
const constructions: readonly Construction[] = [
  standalone('alone-at-you', 'the word as a clause, at the customer', '你有病吧，都说了没货。', standaloneInsults, 'insult', true),
  standalone('alone', 'the same word as a whole clause, not asked', '滚！', standaloneInsults, 'insult', false),
  standalone('brush-off-at-you', 'the brush-off as a clause, at the customer', '你事儿真多。', standaloneBrushOffs, 'brushOff', true),
  standalone('brush-off-alone', 'the same brush-off as a whole clause', '事儿真多，烦不烦。', standaloneBrushOffs, 'brushOff', false),
  {
    id: 'small-sum',
    meaning: 'so little money, and still wanting more',
    example: '几块钱的东西还要退。',
    pattern: `${smallSums} ~8 还|也|都|就 ~3 要|想? ${wantsTooMuch}`,
    scope: 'sentence',
  },
  {
    id: 'no-money',
    meaning: 'no money, so don\'t buy or ask',
    example: '嫌贵还来问什么。',
    messageId: 'brushOff',
    pattern: `${noMoney} ~4 就? 别|甭|不要|不买|可以不买|别买|算了|还来|还问|还想|还要|还挑|还嫌|还墨迹|还讲价|还砍价 !可以|能|有|请|是`,
    unless: { before: '如果|要是|若|假如|万一', after: '的话' },
  },
  {
    id: 'bad-taste',
    meaning: 'contempt for the customer\'s taste',
    example: '你这审美真是堪忧。',
    pattern: `${taste} ~4 ${judgedBad}`,
    messageId: 'insult',
  },
  {
    id: 'no-taste',
    meaning: 'the customer said to have no taste',
    example: '一看就是没眼光。',
    pattern: `没|没有|毫无 ${taste}`,
  },
  {
    id: 'low-wits',
    meaning: 'contempt for the customer\'s intelligence',
    example: '您的智商有点堪忧啊。',
    pattern: `${wits} ~4 ${judgedBad}`,
  },
  {
    id: 'do-you-even-know',
    meaning: 'asking, in scorn, whether the customer has the wits',
    example: '你到底懂不懂啊？',
    pattern: '@second ~4 懂不懂|识不识字|有没有脑子|长没长脑子|带没带脑子|有没有常识|长没长眼|有没有眼睛',
  },
  {
    id: 'even-this',
    meaning: 'the customer mocked for not managing something easy',
    example: '这么简单都不会用。',
    pattern: `这么简单|这么明显|这点事|这都|这也|连 ~6 都|也 ~2 ${cannotManage}`,
  },
  {
    id: 'illiterate',
    meaning: 'the customer said not to read or understand plain words',
    example: '字都不认识吗？',
    pattern: illiterate,
  },
  {
    id: 'name-calling',
    meaning: 'a name for a person, aimed at the customer or the shop',
    example: '你们一堆垃圾。',
    pattern: `@second ${abuseLinks}? ${abuseGroups}? ${abuse} !${abuseThings}`,
    unless: { before: abuseThings },
  },
  {
    id: 'go-ahead-complain',
    meaning: 'daring the customer to complain',
    example: '随便你去投诉。',
    pattern: `${goAhead} ~3 ${complaints}`,
    messageId: 'brushOff',
    unless: { before: '可以|欢迎|@softener' },
  },
  {
    id: 'go-elsewhere',
    meaning: 'sending the customer to another shop in anger',
    example: '那你去别家买吧。',
    pattern: '去|到 别家|别处|别的店|别的店铺|其他家',
    messageId: 'brushOff',
    unless: { sentence: '@softener|@apology|抱歉' },
  },
  {
    id: 'stop-it',
    meaning: 'stop talking or bothering',
    example: '少啰嗦，就这样。',
    pattern: `别|不要|少|别再|不要再|甭 ${stopIt} !恼|躁|闷|心|扰`,
    messageId: 'brushOff',
  },
  {
    id: 'what-for',
    meaning: 'scolding the customer for doing it at all',
    example: '催什么催，会发的。',
    pattern: `${whatFor} !题|候`,
    messageId: 'brushOff',
  },
  {
    id: 'not-bothering',
    meaning: 'not bothering with the customer',
    example: '懒得解释了。',
    pattern: `懒得 ~2 ${notBothering}`,
    messageId: 'brushOff',
  },
  {
    id: 'none-of-our-business',
    meaning: 'none of our business',
    example: '这关我们屁事。',
    pattern: '关 !于|心|注|闭|门|机 ~3 屁事|鸟事|啥事|什么事',
    messageId: 'brushOff',
  },
  {
    id: 'english-contempt',
    meaning: 'contempt for the customer\'s wits or money, in English',
    example: "It's not rocket science.",
    pattern: englishContempt,
  },
  {
    id: 'cannot-afford',
    meaning: 'the customer said not to afford it',
    example: "If you can't afford it, don't buy it.",
    pattern: "you ~2 can't|cannot|couldn't afford > ~24 don't|then|go|why|shouldn't|stop",
    scope: 'sentence',
  },
  {
    id: 'too-poor',
    meaning: 'the customer called too poor or too cheap to buy',
    example: "You clearly can't afford it.",
    pattern: "you_clearly|you_obviously|you're|you_are can't|cannot|too_poor|too_cheap|broke afford?",
  },
  {
    id: 'bad-taste-en',
    meaning: 'contempt for the customer\'s taste, in English',
    example: 'You have terrible taste.',
    pattern: 'you_have|your ~2 no|bad|terrible|awful|poor|questionable|zero taste',
  },
  {
    id: 'you-are-abuse',
    meaning: 'a name aimed at the customer or the shop, in English',
    example: 'You guys are useless.',
    pattern: `you're|you_are|you_guys_are|you_people_are|you_people|you're_all !not|never ~10 ${englishAbuse}`,
  },
  {
    id: 'what-part-of',
    meaning: 'which part didn\'t you understand',
    example: "What part of 'final sale' don't you understand?",
    pattern: "what_part_of ~30 don't_you|do_you_not|didn't_you|did_you_not understand|get",
  },
  {
    id: 'go-away',
    meaning: 'go away, as a clause',
    example: 'Go away.',
    pattern: '^ go_away|get_lost|piss_off|buzz_off|beat_it|go_to_hell $',
    messageId: 'brushOff',
  },
  {
    id: 'english-brush-off',
    meaning: 'a hostile brush-off, in English',
    example: 'Deal with it.',
    pattern: englishBrushOff,
    messageId: 'brushOff',
  },
]

export default defineRule({
  meta: {
    id: 'no-insult',
    description: 'Disallow insulting or arguing with the customer.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('no-insult'),
    messages: {
      insult: {
        'zh-CN': '“{actual}”在辱骂顾客，删掉它，心平气和地说明我们能做什么',
        'zh-TW': '「{actual}」在辱罵顧客，刪掉它，心平氣和地說明我們能做什麼',
        en: 'Unexpected `{actual}`: never insult the customer; say calmly what we can do instead',
      },
      brushOff: {
        'zh-CN': '“{actual}”在和顾客顶撞，删掉它，耐心说明我们能做什么',
        'zh-TW': '「{actual}」在和顧客頂撞，刪掉它，耐心說明我們能做什麼',
        en: 'Unexpected `{actual}`: don’t argue with or brush off the customer; explain patiently what we can do',
      },
    },
    note: {
      'zh-CN': '手册 001：“不能在与客户购物过程中与客户发生冲突，辱骂对骂”；000：“端正心态，切忌避免与顾客的冲撞”。',
      'zh-TW': '手冊 001：「不能在與客戶購物過程中與客戶發生衝突，辱罵對罵」；000：「端正心態，切忌避免與顧客的衝撞」。',
      en: 'Handbook 001: never get into a conflict with a customer, let alone trade insults; 000: keep your temper and never clash with the customer.',
    },
  },
  lexicons: [insults],
  constructions,
  check(_tree, context) {
    for (const match of leftmostLongest(context.find(insults))) {
      context.report({ messageId: match.entry.message, start: match.start, end: match.end, expected: [] })
    }
  },
})

