/**
 * no-insult: never insult or argue with the customer (001 "不能在與客户購物過程中
 * 與客户發生衝突，辱罵對罵"; 000 "切忌避免與顧客的衝撞").
 *
 *   爱买不买，就这个价。  →  亲，这已经是活动价了哦，我们帮您看看有没有可用的优惠券～
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { anyStartIn, anySpanIn } from '../src/binary-search.js'
import { classes } from '../src/language/classes.js'
import { leftmostLongest } from '../src/matcher.js'
import type { ClauseInfo, Construction } from '../src/types.js'
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
  hidden,
  illiterate,
  insults,
  judgedBad,
  noMoney,
  notBothering,
  smallSums,
  standaloneBrushOffs,
  standaloneInsults,
  standaloneCurses,
  standaloneLeads,
  standaloneTails,
  stopIt,
  taste,
  wantsTooMuch,
  whatFor,
  wits,
  witsAsked,
  notNeeded,
  oneOrder,
  onlyWorthy,
  othersBlamed,
  englishCantRead,
  yourKind,
  people,
  ignorant,
  cannotEvenThis,
  openQuestion,
  times,
  tellAgain,
  takeIt,
  leaveIt,
  dontAsk,
  sarcasm,
  difficult,
  senses,
  brokenSenses,
  exasperated,
  sighs,
  noStanding,
  troublemaking,
  onlyYou,
  cutItOut,
  englishDismissal,
  englishScorn,
  englishWorst,
  otherPeople,
  englishDare,
  englishStop,
  englishTimes,
  englishEnd,
  personBad,
  intensifiers,
  badKind,
  customerWords,
  dislike,
  thenDont,
  hereTo,
  notAThing,
  tiring,
  noGettingThrough,
  spare,
  schooling,
  manners,
  childish,
  enTooPoor,
  noMoneyMocked,
  saveUp,
  sarcasticNames,
  howDense,
  cheapGoods,
  ugly,
  body,
  bodyVerdict,
  byAChild,
  childCan,
} from './no-insult.lexicon.js'

/** Rubbish itself and the trade's words for it (`垃圾短信` is spam, `垃圾桶` a bin). */
const trashThings =
  '桶|袋|分类|短信|邮件|软件|信息|清理|箱|站|场|车|费|处理|食品|广告|电话|文件|回收|堆|筐|篓|扫|缓存|应用|app|程序|插件|号码|流量|数据|评论|帖|清运|池|处|分'

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
  {
    id: 'curse-alone',
    meaning: 'a curse as a clause of its own (`靠！`): swearing, reported one level lower as profanity',
    example: '靠，又断网了。',
    pattern: `^ 您? < ${standaloneCurses} > ${standaloneTails}? $`,
    question: false,
    messageId: 'profanity',
    lower: true,
    unless: { sentence: '、' },
  },
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
    pattern: `${noMoney} ~4 就? 别|甭|不要|不买|可以不买|别买|算了|还来|还问|还想|还要|还挑|还嫌|还墨迹|还讲价|还砍价|${noMoneyMocked} !可以|能|有|请|是`,
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
    id: 'save-up-first',
    meaning: 'no money, so save up first (`买不起可以先攒攒钱再来嘛`): the customer\'s money scorned as advice',
    example: '买不起可以先攒攒钱再来嘛',
    messageId: 'brushOff',
    pattern: `${noMoney} ~6 ${saveUp}`,
    unless: { before: '如果|要是|若|假如|万一' },
  },
  {
    id: 'with-that-taste',
    meaning: '`就您这眼光`, `您这审美…强求不来`: the customer\'s taste or wits named only to write them off',
    example: '就您这眼光，挑啥都一个样',
    pattern: `就 @second 这|那 ${taste}|${wits}|水平|脑子|眼神`,
  },
  {
    id: 'taste-beyond-help',
    meaning: 'the customer\'s taste past what anyone can do (`您这审美我们也是强求不来`)',
    example: '您这审美我们也是强求不来',
    pattern: `${taste} ~8 强求不来|没办法|没法救|救不了|帮不了|教不会`,
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
    pattern: `${wits} ~6 ${judgedBad}`,
    // The speaker's own (`我都怀疑自己智商有问题了`): self-mockery, nobody insulted.
    unless: { before: '我|老子 ~8!@second 自己' },
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
    unless: { before: '如果|要是|若|假如' },
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
    id: 'your-own-business',
    meaning: 'the matter handed back as the customer\'s own business (`那是你自己的事`)',
    example: '那是你自己的事。',
    pattern: '@second 自己的事|自个的事|个人的事 吧|啊|哈|呢? $',
    messageId: 'brushOff',
  },
  {
    id: 'review-as-you-like',
    meaning: 'a bad review dared (`差评您随便给，我们无所谓`)',
    example: '差评您随便给，我们无所谓。',
    pattern: '差评|投诉 ~2 @second? 随便|尽管|随意|爱 给|打|写|投|发',
    messageId: 'brushOff',
  },
  {
    id: 'poor-then-say-so',
    meaning: 'the customer\'s money scorned (`穷就直说嘛`)',
    example: '穷就直说嘛，何必砍价砍半天。',
    pattern: '穷就|没钱就|买不起就 ~3 直说|说|别|不要',
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
    pattern: `you_clearly|you_obviously|you're|you_are|youre|ur|if_you're|if_you_are can't|cannot|too_poor|too_cheap|broke|${enTooPoor} afford?`,
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
    pattern: "what_part_of ~30 don't_you|do_you_not|didn't_you|did_you_not|is|are understand|get|confusing|unclear",
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
    // `If you go elsewhere for repairs…` informs.
    unless: { before: 'if|whether|when|feel_free|you_can|you_may' },
    messageId: 'brushOff',
  },
  // Round 6: contempt for the customer's time and trouble, without a swear word.
  {
    id: 'idle-complainer',
    meaning: 'the customer\'s complaint called idleness (`真够闲的`, `吃饱了撑的`)',
    example: '这么点小事也来投诉，真够闲的。',
    pattern: '真够闲|闲得慌|闲的慌|闲得发慌|闲得蛋疼|闲的蛋疼|吃饱了撑的|吃饱了没事干|吃饱撑的|没事找事|无事生非',
  },
  {
    id: 'no-time-for-you',
    meaning: 'the shop too busy to bother with the customer (`没空陪您耗`)',
    example: '看不懂就算了，我们也没空陪您耗。',
    messageId: 'brushOff',
    pattern: '没空|没时间|没工夫|懒得|不想 陪 @second ~2 耗|玩|闹|折腾|磨|扯|瞎扯|磨叽|墨迹|浪费',
  },
  {
    id: 'not-your-strong-point',
    meaning: 'the customer\'s wits mocked in English (`reading isn\'t your strong point`)',
    example: "Clearly reading isn't your strong point.",
    pattern: "isn't|is_not|aren't|are_not|not ~2 your strong_point|strong_suit|forte|thing",
    unless: { before: 'if|whether|worry|problem' },
  },
  // Round 2: families written from how contempt is said, not from cases.
  {
    id: 'your-kind',
    meaning: 'the customer lumped into a contemptible kind of person',
    example: '你这种人我见多了。',
    pattern: `@second ~1 ${yourKind} ${people}`,
  },
  {
    id: 'ignorant',
    meaning: 'the customer called ignorant or provincial',
    example: '一看就没见过世面。',
    pattern: ignorant,
  },
  {
    id: 'even-this-short',
    meaning: '"not even this?": the customer mocked for not knowing something',
    example: '这都不懂？',
    // At the head of its clause: `每次都发这个也不知道…` is an object, not a taunt.
    pattern: `^ ~3 这|这个|这点|这些|连这|连这个|这么简单的|这么基础的 @second? 都|也 ${cannotEvenThis} !${openQuestion}`,
  },
  {
    id: 'told-you-times',
    meaning: 'how many times the customer was told, in scorn',
    example: '跟你说了多少遍了，不能退。',
    pattern: `跟|和|给|对 @second ~3 ${tellAgain} ~3 ${times}`,
    messageId: 'brushOff',
  },
  {
    id: 'how-many-times-must-i',
    meaning: 'how many times must I say it',
    example: '要我说几遍？',
    pattern: `要我|让我|还要我|你要我|得我|要我们 ~2 ${tellAgain} ~2 ${times}`,
    messageId: 'brushOff',
  },
  {
    id: 'love-it-or-not',
    meaning: '"爱X不X": take it or leave it, with any verb',
    example: '爱退不退。',
    pattern: '爱 !不|心|情|护|好|人|美|上|宠|国|惜|吃|喝|玩|看|自 ~1 不 ~1 $',
    question: false,
    messageId: 'brushOff',
  },
  {
    id: 'whoever-you-like',
    meaning: 'go to whoever you like',
    example: '爱找谁找谁去。',
    pattern: '爱|想 ~2 谁 就? ~2 谁',
    question: false,
    messageId: 'brushOff',
  },
  {
    id: 'or-forget-it',
    meaning: 'if you don\'t want it, forget it',
    example: '不要就算了。',
    pattern: `不 ${takeIt} ~1 就? ${leaveIt} !了解|了解一下|看看`,
    question: false,
    unless: { before: '如果|要是|的话' },
    messageId: 'brushOff',
  },
  {
    id: 'then-dont-ask',
    meaning: 'if you won\'t buy, don\'t ask',
    example: '不买就别问了。',
    pattern: `不 想|要|打算? 买|拍|要|下单 ~1 就? 别|不要|少 ~4 ${dontAsk}`,
    messageId: 'brushOff',
  },
  {
    id: 'sarcasm',
    meaning: 'sarcastic dismissal of what the customer says',
    example: '你开心就好。',
    pattern: `@second ${sarcasm}`,
    unless: { before: '只要|希望|祝|愿' },
    messageId: 'brushOff',
  },
  {
    id: 'difficult-customer',
    meaning: 'the customer called hard to deal with',
    example: '没见过你这么难缠的客户。',
    pattern: `这么|这样|这种|那么|如此 ~2 ${difficult} 的? ${people}`,
  },
  {
    id: 'you-are-difficult',
    meaning: 'the customer told they are hard to deal with',
    example: '你也太难伺候了。',
    pattern: `@second ~4 真|太|好|这么|怎么这么|也太|就是|是在|这是 ~1 ${difficult}`,
    unless: { before: '不|没|别' },
  },
  {
    id: 'broken-senses',
    meaning: 'the customer\'s eyes, ears or brain called broken',
    example: '你眼睛是不是瞎了？',
    pattern: `${senses} ~5 ${brokenSenses}`,
  },
  {
    id: 'exasperated',
    meaning: 'giving up on the customer in exasperation',
    example: '真是服了你了。',
    pattern: exasperated,
    messageId: 'brushOff',
  },
  {
    id: 'sigh-at-you',
    meaning: 'a sigh of exasperation with the customer addressed in its sentence',
    example: '您这要求我也是醉了。',
    pattern: `@second|@secondPossessive ~16 < ${sighs} >`,
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'sigh-then-you',
    meaning: 'the same sigh, the customer addressed after it',
    example: '真是醉了，你自己看不懂吗？',
    pattern: `< ${sighs} > ~3 @second|@secondPossessive`,
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'no-standing',
    meaning: 'who the customer thinks they are',
    example: '你以为你是谁？',
    pattern: `@second ~3 ${noStanding}`,
  },
  {
    id: 'troublemaker',
    meaning: 'the customer accused of picking a fight or extorting',
    example: '你是来找茬的吧？',
    pattern: `@second !不是|不|没|没有 ~4 ${troublemaking}`,
    unless: { before: '给|帮|为|替|让|不想|不会|不是' },
  },
  {
    id: 'only-you',
    meaning: 'only this customer has a problem',
    example: '别人都没问题，就你事多。',
    pattern: `就 @second ~2 ${onlyYou}`,
    messageId: 'brushOff',
  },
  {
    id: 'others-are-fine',
    meaning: 'everyone else is fine with it, in scorn',
    example: '别的顾客都会用，就你不会。',
    pattern: `别人|人家|其他人|其他顾客|别的顾客|别的客户|其他客户 ~4 都 ~8 就 @second ~2 ${onlyYou}|不会|不懂|有意见|意见多`,
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'cut-it-out',
    meaning: 'cut it out: stop pretending or arguing',
    example: '少在这里装。',
    pattern: `少|别|不要 在这|在这里|在这儿|跟我|跟我们|和我|和我们 ~1 ${cutItOut}`,
    messageId: 'brushOff',
  },
  {
    id: 'not-our-concern',
    meaning: 'the shop washes its hands of the customer',
    example: '你想怎样就怎样吧，我们不管了。',
    pattern: '@we|我|老子|本宝宝|爷 ~1 不管了|管不着|不想管了|懒得管|不伺候了|不奉陪了|不伺候',
    messageId: 'brushOff',
  },
  {
    id: 'dismissal-en',
    meaning: 'a dismissal as a whole clause, in English',
    example: 'Who cares?',
    pattern: `^ ${englishDismissal} lol|lmao|haha|smh? $`,
    messageId: 'brushOff',
  },
  {
    id: 'scorn-en',
    meaning: 'scorn for the customer, in English',
    example: "It's common sense.",
    pattern: englishScorn,
  },
  {
    id: 'worst-en',
    meaning: 'the customer called the worst of all, in English (not a third party: `the dumbest driver`)',
    example: "That's the dumbest thing I've heard.",
    pattern: `${englishWorst} !${otherPeople.en}`,
  },
  {
    id: 'dare-en',
    meaning: 'daring the customer to complain, in English',
    example: 'Go ahead and complain.',
    pattern: `go_ahead_and|be_my_guest_and|go_on_and ${englishDare}`,
    messageId: 'brushOff',
  },
  {
    id: 'stop-it-en',
    meaning: 'telling the customer to stop, in English',
    example: 'Stop spamming us.',
    pattern: `stop|quit ${englishStop}`,
    messageId: 'brushOff',
  },
  {
    id: 'told-you-times-en',
    meaning: 'how many times the customer was told, in English',
    example: 'How many times do I have to tell you?',
    pattern: 'how_many_times ~16 tell|explain|say|repeat',
    messageId: 'brushOff',
  },
  {
    id: 'told-you-already-en',
    meaning: 'the customer reminded, in scorn, that they were told',
    example: "I've told you a hundred times.",
    pattern: `told_you|explained_to_you|explained_this_to_you|explained_it_to_you|said_it ~3 ${englishTimes}`,
    unless: { before: "if|not|n't" },
    messageId: 'brushOff',
  },
  {
    id: 'wasting-our-time',
    meaning: 'the customer told they waste our time',
    example: '别浪费大家时间了。',
    pattern: '别|不要|少|别再 ~4 浪费 ~4 时间|口舌|精力',
    messageId: 'brushOff',
  },
  {
    id: 'whats-in-your-head',
    meaning: 'asking what the customer\'s head holds, as if nothing (`你脑袋装的是什么`, `脑子里装的浆糊吗`)',
    example: '说明写得那么清楚，你脑袋里装的是什么？',
    pattern: `@second|@secondPossessive ~2 ${wits} 里? 装|装的|装了|里面 ~3 什么|啥|浆糊|水|豆腐渣|草`,
  },
  {
    id: 'wits-asked',
    meaning: 'asking whether the customer has a brain or eyes',
    example: '你长脑子了吗？',
    pattern: witsAsked,
  },
  {
    id: 'not-needed',
    meaning: 'the shop does not need this customer or their order',
    example: '我们不差你这一单。',
    pattern: `${notNeeded} @second ~2 ${oneOrder}`,
    messageId: 'brushOff',
  },
  {
    id: 'only-worthy-of',
    meaning: 'the customer said to deserve only cheap things',
    example: '你这种眼光也就配穿地摊货。',
    pattern: `@second ~8 ${onlyWorthy}`,
  },
  {
    id: 'blames-others',
    meaning: 'the customer mocked for blaming others for their own failing',
    example: '自己蠢还怪别人。',
    pattern: `自己 ~4 还 怪|赖|说|找|埋怨|骂 ${othersBlamed}`,
    messageId: 'brushOff',
  },
  {
    id: 'are-you-always-en',
    meaning: 'asking whether the customer is always this slow or rude: a habit named only to mock it',
    example: 'Are you always this slow?',
    pattern: `are|were you always|usually|normally|ever|really this|so|that ${englishAbuse}|slow|dumb|stupid|careless|difficult|lazy`,
  },
  {
    id: 'not-for-you-en',
    meaning: 'too dear for the customer, so not for them (`if twenty bucks is too much for you, this shop isn\'t for you`)',
    example: "If twenty bucks is too much for you, this shop isn't for you.",
    pattern: "too_much|too_expensive|too_pricey|can't_afford|cannot_afford|out_of_your_budget ~60 isn't_for_you|is_not_for_you|not_for_you|shop_elsewhere|buy_elsewhere",
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'abuse-first-en',
    meaning: 'a message that opens with a word of abuse for the reader (`Disgraceful @airline, …`, `Pathetic.`)',
    example: 'Pathetic. Three weeks and still nothing.',
    pattern: '^ disgraceful|pathetic|shameful|disgusting|appalling|atrocious|absolutely_disgraceful|absolutely_pathetic|utterly_useless|useless_lot',
  },
  {
    id: 'are-you-en',
    meaning: 'asking, in scorn, whether the customer is stupid or blind',
    example: 'Are you illiterate?',
    pattern: `are_you|r_u|are_u ~6 ${englishAbuse}|illiterate|blind|deaf|slow|dumb|stupid|an_idiot`,
  },
  {
    id: 'cant-you-read-en',
    meaning: 'asking whether the customer can even read',
    example: 'Do you even know how to read?',
    pattern: `you_even|can't_you|can_you_not|couldn't_you ~16 ${englishCantRead}`,
  },
  {
    id: 'cant-handle-it-en',
    meaning: 'if you can\'t handle it, don\'t buy',
    example: "If you can't handle it, don't order.",
    pattern: "you ~2 can't|cannot handle|take|deal_with it|this|that ~24 don't|go|stop|shouldn't|leave",
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'dont-need-you-en',
    meaning: 'the shop does not need the customer, in English',
    example: "We don't need your business.",
    pattern: "don't|do_not need|want your_business|your_money|your_custom|people_like_you|your_kind",
    unless: { before: "never|wouldn't|would_never" },
    messageId: 'brushOff',
  },
  {
    id: 'done-here-en',
    meaning: 'ending the conversation on the customer, as a whole sentence',
    example: "We're done here.",
    pattern: `^ ${englishEnd} $`,
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'go-elsewhere-en',
    meaning: 'sending the customer away to complain elsewhere, in English',
    example: 'Go complain somewhere else.',
    pattern: 'go ~2 complain|whine|cry|moan ~4 somewhere_else|elsewhere|to_someone_else|to_someone_who_cares',
    messageId: 'brushOff',
  },
  {
    id: 'take-it-elsewhere-en',
    meaning: 'the customer told to take their business elsewhere',
    example: 'Take your business elsewhere.',
    pattern: 'take_your_business|take_your_money|take_your_complaints|take_your_custom ~3 elsewhere|somewhere_else|to_someone_else',
    unless: { before: "if|whether|never|don't|do_not" },
    messageId: 'brushOff',
  },
  // Round 3: families from how agents and customers actually insult (see the rule page).
  {
    id: 'you-are-so-bad',
    meaning: 'the customer called stupid, annoying or petty, with an intensifier',
    example: '你真的很蠢诶。',
    pattern: `@second ~2!不|没|别|并 ${intensifiers} ~2!不|没|别 ${personBad} !奇|心|理|手|业|重|品|法`,
    unless: { before: '不|没|别|并不|一点也不|一点都不|如果|怕|担心' },
  },
  {
    id: 'bad-kind-of-customer',
    meaning: 'a kind of customer named with contempt',
    example: '什么垃圾客户。',
    pattern: `${badKind} ${customerWords}`,
  },
  {
    id: 'what-manners',
    meaning: 'asking, in scorn, what manners the customer has',
    example: '你这人什么素质？',
    pattern: `@second ~4 什么|啥|有没有|还有没有 ${manners}|人啊|人呐`,
  },
  {
    id: 'bad-manners',
    meaning: 'the customer\'s manners judged bad',
    example: '你这素质也太差了。',
    pattern: `${manners} ~4 ${judgedBad}|太差|真差|太低|真低|堪忧|有问题 !不多|异|价|额|距`,
    // Not the speaker's own luck (`难道我人品这么差`), nor staff being trained.
    unless: { before: '提升|提高|培训|员工|我们|快递|我|自己|司机|师傅|工作人员', preceding: otherPeople.zh },
  },
  {
    id: 'dont-like-dont-buy',
    meaning: 'if you don\'t like it, don\'t buy (take it or leave it)',
    example: '不爽别买。',
    pattern: `${dislike} ~3!的话|可以|可|能|建议 就? 别|甭|不要|不用|少 ${thenDont} !心|急|担心|着急`,
    messageId: 'brushOff',
  },
  {
    id: 'here-to-joke',
    meaning: 'the customer accused of coming to mock or make trouble',
    example: '你是来搞笑的吧？',
    pattern: `@second ~2 是来|是在|是不是来|是不是在|这是在|来这|来这里|在这|来 ${hereTo}`,
    unless: { before: '给|帮|为|替|让|不想|不会|不是' },
  },
  {
    id: 'know-nothing',
    meaning: '"X个屁": the customer\'s knowing or doing dismissed',
    example: '你懂个屁。',
    pattern: `懂|知道|会|管|急|催|吵|闹|叫|嚷|哭|明白|问|说|晓得|懂得 个 ${notAThing} !衣|巾|绒|料|毯|领|边|孔|鞋|拍|场|队|赛|星|迷|笔|刷|发|重|利|病|糕|壳|黄`,
    messageId: 'insult',
  },
  {
    id: 'tiring-to-talk-to',
    meaning: 'talking with the customer called tiring',
    example: '跟你说话真累。',
    pattern: `跟|和|与 @second ~4 说话|沟通|讲话|聊天|交流|打交道|解释|讲 ~3 真|太|好|很|特别|是真|真的|也太|实在 ~1 ${tiring}`,
    messageId: 'brushOff',
  },
  {
    id: 'no-getting-through',
    meaning: 'the customer said to be impossible to reason with',
    example: '跟你讲不通。',
    pattern: `跟|和|与 @second ~3 ${noGettingThrough}|真是讲不通|根本讲不通`,
    messageId: 'brushOff',
  },
  {
    id: 'told-so-often',
    meaning: 'told so many times, and still asking',
    example: '说了八百遍了还问。',
    pattern: `${tellAgain} 了|过 ${times} 了? ~6 还|又|怎么还|咋还|你还 !是|没|不|在|有 问|催|来问|问个|不懂|不明白|听不懂|看不懂?`,
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'told-so-often-already',
    meaning: 'scorn that it was said so many times',
    example: '都说了几遍了。',
    pattern: `都 ${tellAgain} 了|过 ${times}`,
    messageId: 'brushOff',
  },
  {
    id: 'small-sum-spared',
    meaning: 'contempt for the customer sparing a small sum',
    example: '这点钱都舍不得花。',
    pattern: `${smallSums} 都|也|还 ~2 ${spare}`,
  },
  {
    id: 'cannot-even-this',
    meaning: '"you can\'t even do this", as a clause of its own',
    example: '这都不会，还网购？',
    pattern: '这|这个|这点|这些|连这|连这个|这么简单的|这么简单|这种 都|也 不会 $',
  },
  {
    id: 'schooling',
    meaning: 'the customer\'s schooling mocked',
    example: '小学没毕业吧？',
    pattern: `小学|初中|幼儿园|九年义务教育|语文|数学 ~3 ${schooling}`,
  },
  {
    id: 'threat-to-block',
    meaning: 'threatening to block or ignore the customer',
    example: '再问就拉黑。',
    pattern: '再|还 ~2 问|催|闹|烦|bb|吵|骂|发|说 ~3 就|我就|直接 拉黑|屏蔽|不理|不回|不回复|不管',
    messageId: 'brushOff',
  },
  {
    id: 'nobody-forced-you',
    meaning: 'nobody made the customer buy it (a brush-off)',
    example: '又没人逼你买。',
    pattern: '没人|没有人|又没人|又没有人|谁|又不是我们|又不是我 逼|强迫|求|逼着|拿刀架着 @second ~2 买|拍|下单|要|选',
    question: false,
    messageId: 'brushOff',
  },
  {
    id: 'wherever-you-like',
    meaning: 'go wherever, do whatever you like (a brush-off)',
    example: '你爱去哪买去哪买。',
    pattern: '爱 !心|情|护|好|人|美|上|宠|国|惜 ~3 谁|哪|哪儿|哪里|怎么|咋|啥|什么 ~4 谁|哪|哪儿|哪里|怎么|咋|啥|什么',
    question: false,
    messageId: 'brushOff',
  },
  {
    id: 'only-knows-to-nag',
    meaning: 'the customer mocked for doing nothing but chase',
    example: '一天天的就知道催。',
    pattern: '一天天的|天天|整天|成天|每天|就 ~2 就知道|只知道|只会|就会 催|问|闹|吵|投诉|差评|哭|bb|逼逼|嚷嚷',
    messageId: 'brushOff',
  },
  {
    id: 'sarcastic-name-en',
    meaning: 'a sarcastic name for the customer closing a sentence, in English',
    example: 'Nice try, genius.',
    pattern: `nice_try|good_job|great_job|well_done|way_to_go|congrats|congratulations|thanks|sure|ok|okay|wow|brilliant|bravo|read|check|look ~60 ${sarcasticNames} $`,
    scope: 'sentence',
  },
  {
    id: 'how-dense-en',
    meaning: 'asking how stupid the customer can be, in English',
    example: 'How dense can you be?',
    pattern: `how ${howDense} can|could|are|r you|u be?`,
  },
  {
    id: 'not-my-fault-you-cant-en',
    meaning: 'it is not our fault the customer cannot read',
    example: "Not my fault you can't read.",
    pattern: "not_my_fault|not_our_fault|not_my_problem|not_our_problem ~6 you|u can't|cant|cannot read|spell|count|understand|follow",
  },
  {
    id: 'whatever-buy-or-not-en',
    meaning: 'whatever, buy it or don\'t (take it or leave it), in English',
    example: "Whatever dude, buy it or don't.",
    pattern: "whatever|idc|i_don't_care|don't_care ~24 buy_it_or_don't|buy_or_don't|buy_it_or_not|order_or_don't|your_call|your_problem",
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'only-afford-this',
    meaning: 'the customer said to afford only cheap things',
    example: '这个价位你也就只能买这种了。',
    pattern: `也就|只能|就只能|也只能|只配|就配|顶多 ~1 买|用|穿|买得起|用得起|消费得起 ~4 ${cheapGoods}`,
    unless: { before: '如果|要是|的话|建议|推荐|可以' },
  },
  {
    id: 'go-buy-cheap',
    meaning: 'no money, so go and buy cheap goods',
    example: '嫌贵就去买地摊货吧。',
    pattern: `${noMoney} ~4!的话|可以|建议|推荐 就? 去? 买|找|逛|穿|用 ~2 地摊货|地摊|便宜货|便宜的|二手|山寨`,
    messageId: 'brushOff',
  },
  {
    id: 'go-cheap-place',
    meaning: 'no money, so go to a cheap place or another shop (`嫌贵就去地摊上买呗`, `嫌贵可以去拼多多`)',
    example: '嫌贵就去地摊上买呗',
    pattern: `${noMoney} ~4 就|那就|可以|那? 去|到|上 ~2 地摊|拼多多|拼夕夕|pdd|别家|别的店|其他店|其他家|夜市|批发市场|闲鱼|二手市场`,
    messageId: 'brushOff',
  },
  {
    id: 'never-seen-so-difficult',
    meaning: 'the customer held up as the most difficult ever seen (`没见过你这么事多的`)',
    example: '没见过你这么事多的',
    pattern: `没见过|没遇过|没遇到过|头一次见|第一次见|从没见过|从来没见过 ~2 @second ~2 这么|这样|那么 ~2 ${difficult}`,
  },
  {
    id: 'first-time-online',
    meaning: 'the customer asked whether this is their first time shopping online, to say they do not know how (`你是第一次网购吗？`)',
    example: '你是第一次网购吗？',
    pattern: '@second 是? 第一次|头一次|头一回 网购|买东西|上网|用手机|网上买东西|用淘宝|用京东|买衣服 吧|吗|么|啊|呀? $',
    question: true,
  },
  {
    id: 'not-your-store-en',
    meaning: 'the customer told the shop is not for them (`maybe this isn\'t your store`)',
    example: "Honestly, if $20 is a stretch for you, maybe this isn't your store.",
    // The shop named, not a product (`Maybe this color is not for you` advises).
    pattern: "maybe|perhaps|honestly ~24 isn't|is_not|aren't|are_not ~2 your_store|your_shop|your_kind_of_store|your_kind_of_shop|the_store_for_you|the_shop_for_you|the_place_for_you",
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'only-you-like-it',
    meaning: 'contempt for the customer\'s taste: only they would like it',
    example: '这颜色也就你会喜欢。',
    pattern: '也就|只有|就只有 @second 会|才会|能 喜欢|看得上|看上|穿|买|选|要',
  },
  {
    id: 'ugly-still-chose',
    meaning: 'the customer\'s choice called ugly',
    example: '土死了还选这个。',
    // `土豆`, `土鸡`, `土特产` are food.
    pattern: `${ugly} !豆|鸡|特|地|壤|耳|建|司|味|家|鸭|蜂|布|坯 ~4 还 ~2 选|买|要|穿|挑|拍`,
  },
  {
    id: 'body-shaming',
    meaning: 'the customer\'s body mocked',
    example: '就你这身材穿啥都不好看。',
    pattern: `@second 这|这种|这样的|这个? ${body} ~8 ${bodyVerdict}`,
  },
  {
    id: 'too-fat',
    meaning: 'the customer called fat or ugly',
    example: '你这么胖当然穿不下。',
    pattern: '@second ~3!不|没 这么|太|也太|那么|这种|真|好|长得|长的 胖|肥|丑|矮胖|难看',
    unless: { before: '不|没|一点也不|一点都不|并不' },
  },
  {
    id: 'ugly-blames-clothes',
    meaning: 'the customer\'s looks blamed instead of the product',
    example: '长得丑怪衣服？',
    pattern: '丑|胖|矮|难看|不好看 ~6 怪|赖|还怪|还赖|还怨 衣服|我们|商品|质量|裤子|鞋|款式|衣服不好看',
  },
  {
    id: 'so-simple-still-asks',
    meaning: 'the customer mocked for asking something simple',
    example: '这么简单的问题也要问？',
    pattern: '这么简单|这么基础|这种简单|这么明显|这么容易 的? ~4 问题|事|东西|操作|字 ~2 也要|都要|还要|还得|都|也 问|来问|问我|咨询|不会|不懂|看不懂',
  },
  {
    id: 'so-clear-still-lost',
    meaning: 'written so plainly, and still the customer does not understand',
    example: '说明书写得这么清楚你都看不懂。',
    pattern: '写得|写的|说得|说的|讲得|讲的|标得|标的 这么|那么|很|非常|都很 清楚|明白|详细|明显 ~4 @second ~2 都|还|也 看不懂|不懂|不明白|不会|看不明白|听不懂|不知道',
    scope: 'sentence',
  },
  {
    id: 'a-child-could',
    meaning: 'even a child, or anyone, would know',
    example: '三岁小孩都会。',
    pattern: `${byAChild} ~2 都|也 ${childCan} !穿|玩|吃|用的|戴`,
  },
  {
    id: 'doubt-your-wits',
    meaning: 'doubting the customer\'s intelligence',
    example: '我真怀疑你的智商。',
    pattern: `怀疑 @second 的? ${wits}|眼睛|视力|理解能力|智力`,
  },
  {
    id: 'waste-of-breath',
    meaning: 'talking with the customer called a waste',
    example: '跟你说话就是浪费时间。',
    pattern: '跟|和|与 @second ~4 说话|沟通|讲话|聊天|交流|解释|讲|说|废话 ~4 浪费时间|浪费口舌|白费口舌|浪费生命|白费劲|对牛弹琴|鸡同鸭讲',
    messageId: 'brushOff',
  },
  {
    id: 'do-you-deserve',
    meaning: 'whether the customer deserves it',
    example: '就你也配用这个？',
    pattern: '@second 也|还|都? 配 吗|么|不配|用|买|穿|拥有|跟我|和我|提|投诉|差评',
  },
  {
    id: 'do-you-deserve-alone',
    meaning: 'the same, as the end of a clause',
    example: '你也配？',
    pattern: '@second 也|还 配 $',
  },
  {
    id: 'pay-for-quality-en',
    meaning: 'contempt for the customer\'s money, in English',
    example: 'If you want quality, pay for it.',
    pattern: 'want|expect quality|better|premium|the_good_stuff ~8 then? pay_for_it|pay_up|cough_up|pay_more_then|spend_more_then',
    scope: 'sentence',
  },
  {
    id: 'within-your-means-en',
    meaning: 'the customer told to shop within their means',
    example: 'Maybe shop within your means next time.',
    pattern: 'shop|buy|stay|spend within_your_means|in_your_league|at_your_level',
  },
  {
    id: 'taste-judged-en',
    meaning: 'the customer\'s taste judged bad, in English',
    example: 'Your taste is questionable.',
    pattern: "your taste|style|fashion_sense ~4 is|'s questionable|terrible|awful|bad|tacky|poor|lacking|dubious|horrible|awful",
  },
  {
    id: 'not-that-hard-en',
    meaning: '"it\'s not that hard", as a whole sentence',
    example: "It's not that complicated.",
    pattern: "^ it's_not|it_is_not|it_isn't|this_isn't|this_is_not|that's_not|it's_really_not|it_really_isn't|this_really_isn't|it's_not_really that|so|very|even|exactly? complicated|hard|difficult|complex $",
    scope: 'sentence',
    question: false,
  },
  {
    id: 'cant-be-serious-en',
    meaning: 'the customer told they cannot be serious',
    example: "Lmao you can't be serious.",
    pattern: "you|u can't_be|cannot_be|cant_be serious",
    messageId: 'brushOff',
  },
  {
    id: 'explain-again-en',
    meaning: 'exasperation at having to explain again',
    example: "I can't believe I have to explain this again.",
    pattern: "can't_believe|cannot_believe|unbelievable|seriously ~16 have_to|need_to|gotta|got_to explain|repeat|say|tell",
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'your-request-absurd-en',
    meaning: 'the customer\'s complaint or request called absurd',
    example: 'Your complaint is ridiculous.',
    pattern: "your complaint|complaints|request|question|demand|claim|argument|logic|expectations ~4 is|'s|are ridiculous|absurd|stupid|dumb|pathetic|laughable|nonsense|a_joke|silly|insane|unreasonable",
  },
  {
    id: 'imagine-not-en',
    meaning: 'mocking the customer with "imagine not…"',
    example: 'Imagine not knowing how to track a package.',
    pattern: 'imagine not_knowing|not_being_able|not_reading|not_understanding|not_checking|being_this|being_so|needing_help',
  },
  {
    id: 'only-you-en',
    meaning: 'only this customer has a problem, in English',
    example: 'Nobody else has this problem, just you.',
    pattern: 'nobody_else|no_one_else|no-one_else|everyone_else|every_other_customer|other_customers ~30 just_you|only_you|but_you|except_you|but_u',
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'the-only-one-en',
    meaning: 'the customer called the only one with a problem',
    example: "You're the only one complaining.",
    pattern: "you're|you_are|ur|youre the_only_one|the_only_person|the_only_customer complaining|who_complains|having_this_problem|with_this_problem|who_can't|who_doesn't|that_can't|who_has_a_problem|who_has_trouble",
    messageId: 'brushOff',
  },
  {
    id: 'with-those-wits',
    meaning: 'contempt for the little wits or taste the customer has',
    example: '就这点智商还想跟我斗。',
    pattern: `就这点|就这|这点|就你这|就你这点|你这点 ${wits}|水平|眼光|品味|审美|素质|文化 ~4 还想|还敢|也敢|还要|也想|还|也`,
  },
  {
    id: 'silly-question',
    meaning: 'the customer\'s question or words called stupid',
    example: '看你这问题问的，真low。',
    pattern: `@second 这|这个? 问题|问的|话|说的 ~6 真|太|好|很? ${personBad}|没水平|无聊`,
    scope: 'sentence',
  },
  {
    id: 'use-your-head',
    meaning: 'the customer told to use their head',
    example: '拜托，动动脑子好吗？',
    pattern: '动动|用用|动一下|用一下|带点|带上|长长 脑子|脑袋|脑筋',
  },
  {
    id: 'should-not-have-bought',
    meaning: 'then you should not have bought it (a brush-off)',
    example: '这么没耐心，当初别买啊。',
    pattern: '当初|那当初|那你当初 就? 别|不要|不该|就不该 买|拍|下单|要',
    messageId: 'brushOff',
  },
  {
    id: 'a-cheap-thing',
    meaning: 'contempt for a cheap thing the customer wants to return',
    example: '一个破手机壳还要退。',
    pattern: `一个破|个破|这破|这么个破 ~8 还|也 ~2 要|想? ${wantsTooMuch}`,
  },
  {
    id: 'can-you-afford',
    meaning: 'asking whether the customer can afford it',
    example: '你买得起吗？',
    pattern: '@second 买得起|用得起|消费得起|付得起|买的起|养得起 吗|么|嘛',
  },
  {
    id: 'poor-pretending',
    meaning: 'the poor customer mocked for pretending',
    example: '穷就穷呗，装什么。',
    pattern: `${noMoney} ~8 ${noMoneyMocked}`,
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'like-a-fool',
    meaning: 'the customer likened to a fool',
    example: '跟个傻子似的。',
    pattern: '跟个|像个|和个|简直像个 傻子|傻瓜|白痴|智障|猪|弱智|神经病|疯子|二傻子 似的|一样',
  },
  {
    id: 'idle',
    meaning: 'the customer told they have nothing better to do',
    example: '你是不是闲的？',
    pattern: '@second ~3 是不是|就是|纯属|是|真是 闲的|闲得|闲得慌|闲得无聊|太闲',
  },
  {
    id: 'grown-up-childish',
    meaning: 'the customer mocked as a childish adult',
    example: '你几岁了还这么幼稚。',
    pattern: '@second ~2 几岁了|多大的人了|这么大的人了|多大人了|都多大了 ~4 还',
  },
  {
    id: 'just-read-it-en',
    meaning: 'exasperated orders to just read it',
    example: 'Jesus, just read it.',
    pattern: "jesus|jeez|geez|god|omg|ffs|for_god's_sake|for_fuck's_sake|for_crying_out_loud|christ ~6 just|simply read|look|check|listen|scroll|click",
    scope: 'sentence',
    messageId: 'brushOff',
  },
  {
    id: 'go-get-treated',
    meaning: 'the customer told to get their illness treated',
    example: '有病就去治。',
    pattern: '有病|脑子有病|神经病|有毛病 ~2 就? 去 治|看医生|医院|吃药|看看',
    unless: { before: '宠物|狗|猫|孩子|宝宝|植物|花' },
  },
  {
    id: 'then-get-lost',
    meaning: 'then get lost',
    example: '不想买就滚。',
    pattern: '就|就给我|赶紧|那就|给我|给老子|给爷|给本大爷 滚|滚蛋|滚开|滚远点 !筒|轮|动|烫|水|珠|石|刷',
    messageId: 'brushOff',
  },
  {
    id: 'what-eyes',
    meaning: 'asking, in scorn, what eyes or wits the customer has',
    example: '什么眼神啊你。',
    pattern: '什么|啥 眼神|脑子|智商|眼光|记性 啊|呀|嘛|你|$',
  },
  {
    id: 'called-stupid',
    meaning: 'the customer called stupid by report',
    example: '说你笨你还不承认。',
    pattern: `说|骂|讲 @second ${personBad}|是猪|是傻子`,
  },
  {
    id: 'one-look-tells',
    meaning: 'one look tells the customer is ignorant or poor',
    example: '一看你就是没买过东西的。',
    pattern: '一看|一听|一看就知道 @second 就 是? ~4 没|不懂|外行|新手|小白|穷|土 ~ $',
  },
  {
    id: 'seen-your-like',
    meaning: 'the customer\'s kind seen many times',
    example: '你这样的我见多了。',
    pattern: '@second ~2 这样的|这种|这号 ~2 我|我们 见多了|见得多|见过太多',
  },
  {
    id: 'teach-you-basics',
    meaning: 'offering, in scorn, to teach the customer something basic',
    example: '要不要我教你怎么用手机？',
    pattern: '教 @second ~4 用手机|识字|上网|看字|打字|买东西|网购|看说明|认字',
  },
  {
    id: 'really-or-pretending',
    meaning: 'asking whether the customer really does not understand or pretends',
    example: '你是真听不懂还是装的？',
    pattern: '听不懂|看不懂|不懂|不明白|不会 还是 装|假装|故意|在装',
  },
  {
    id: 'deal-with-your-kind-en',
    meaning: 'dealing with the customer\'s kind, in English',
    example: "I don't get paid enough to deal with people like you.",
    pattern: 'deal_with|put_up_with|handle|stand ~4 people_like_you|customers_like_you|you_people|your_kind',
  },
  {
    id: 'sound-like-en',
    meaning: 'the customer likened to a child or a fool',
    example: 'You sound like a toddler.',
    pattern: 'you|u sound|act|are_acting|behave|talk like a_toddler|a_child|a_kid|a_baby|an_idiot|a_moron|a_karen|a_spoiled',
  },
  {
    id: 'childish-en',
    meaning: 'the customer mocked as a child, in English',
    example: 'What are you, five?',
    pattern: `what_are_you|what_r_u|are_you ~3 ${childish} $`,
    scope: 'sentence',
  },
  {
    id: 'nobody-cares-en',
    meaning: 'nobody cares about the customer, in English',
    example: 'Nobody cares about your complaint.',
    pattern: 'nobody|no_one|no-one cares|gives_a_damn|gives_a_shit|gives_a_crap !more|as_much|than',
    messageId: 'brushOff',
  },
  {
    id: 'then-dont-buy-en',
    meaning: 'then don\'t buy it (take it or leave it), in English',
    example: "Don't buy it then, lol.",
    pattern: "don't|dont|do_not buy|order|purchase|shop ~12 then",
    messageId: 'brushOff',
  },
  {
    id: 'then-dont-buy-first-en',
    meaning: 'the same, with then first',
    example: "Then don't buy it.",
    pattern: "^^ then|so_then don't|dont|do_not buy|order|purchase|shop",
    messageId: 'brushOff',
  },
  {
    id: 'ur-so-en',
    meaning: 'the customer called a name, in chat spelling',
    example: 'ur so annoying omg',
    pattern: `ur|u_r|u_are|youre|you_r so|such|really|just|literally|an|a? ${englishAbuse}|dumb|stupid|slow|dense|thick|annoying|lazy|entitled`,
  },
  {
    id: 'you-cant-read-en',
    meaning: 'the customer said not to be able to read, in English',
    example: "You can't even read.",
    pattern: "you|u can't|cant|cannot|can_not even read|spell|count|understand|follow",
    unless: { before: 'if|when|whether' },
  },
  {
    id: 'you-people-en',
    meaning: 'the customer lumped into "you people"',
    example: 'You people always want something for free.',
    pattern: "you_people|people_like_you|your_kind always|never|can't|cannot|don't|think|expect|just|want",
  },
  {
    id: 'taken-for-fools',
    meaning: '`真的当我们消费者是傻瓜`: the other side said to take someone for a fool, to be cheated',
    example: '你们当消费者是傻子吗',
    pattern: '当|把 ~8 当? 是|成|作? 傻瓜|傻子|白痴|猴耍|猴子耍|冤大头|韭菜|提款机|软柿子',
    unless: { clause: '不是|别|不要|没有|并不|并没有|不会|不能|不敢|从不|从没|绝不|不可能' },
  },
  {
    id: 'trash-named',
    meaning: '`垃圾联通！`, `垃圾的电信网`: a clause that calls the other side trash by name, not rubbish itself (`垃圾短信`, `垃圾桶`)',
    example: '垃圾客服！',
    pattern: `^ 垃圾 的? !${trashThings} ~6 $`,
    unless: { sentence: '、' },
  },
  {
    id: 'sb-spelled',
    meaning: '`你是不是 s b 啊`, `s b 吧你`: SB, the initials of 傻逼, typed apart from the words that aim it (a lone `SB` signs a tweet)',
    example: '说了多少遍了，你是不是 s b 啊',
    pattern: '你|您|你们|是|真|个|就是|真是 < sb',
  },
  {
    id: 'sb-thrown',
    meaning: '`sb吧你`: SB thrown at the other side, a particle and 你 after it',
    example: 's b 吧你',
    pattern: '^ sb 吧|啊|呀 你|您',
  },
  {
    id: 'is-trash',
    meaning: '`服务真垃圾`, `简直就是垃圾`: the other side judged trash',
    example: '你们的服务真垃圾',
    pattern: `真|真是|太|好|超|简直|简直就是|就是个|特别|非常|实在 垃圾 !${trashThings}`,
  },
  {
    id: 'called-abuse',
    meaning: 'a name of abuse as the clause\'s predicate, its subject left out (`实际也是骗子！`, `完全是骗子`)',
    example: '广告说得好听，实际也是骗子！',
    // Found out or met (`这才发现是骗子`, `遇到的是骗子`), a third party's call or text, a denial (`我们不是骗子`),
    // or goods (`有货的全都是垃圾`): a report, not a name.
    pattern: `^ ~8 < 是|也是|就是|都是|全都是|纯属|完全是|简直是|简直就是|真是|根本是 ${abuseGroups}? ${abuse} !${abuseThings} $`,
    unless: { clause: [`${abuseThings}|发现|遇到|碰到|怀疑|可能|以为|当成|当作|冒充|假的|他|她|他们|她们|对方|那个|那些|这些|电话|短信|链接|网站|别人|有人|不是|并非|不算|@we`, '的 都是|全都是|全是|是'] },
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
      profanity: {
        'zh-CN': '“{actual}”是粗口：给顾客的回复里不要说脏话，心平气和地说明我们能做什么',
        'zh-TW': '「{actual}」是粗口：給顧客的回覆裡不要說髒話，心平氣和地說明我們能做什麼',
        en: 'Unexpected `{actual}`: no profanity in a reply to a customer; say calmly what we can do',
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
  lexicons: [insults, hidden, classes.second, classes.secondPossessive],
  constructions,
  check(_tree, context) {
    const found = leftmostLongest(context.find(insults))
    if (found.length === 0) return
    const addressed = [...context.find(classes.second), ...context.find(classes.secondPossessive)].map((match) => match.start).sort((a, b) => a - b)
    // Whether the person addressed is named in `[from, to)` (original offsets).
    const addresses = (from: number, to: number) => anyStartIn(addressed, from, to)
    // The third parties of the reply, found once: each word's clause and sentence are then a binary
    // search, not a scan of them (a clause of thousands of names was quadratic).
    let parties: ThirdParties | undefined
    /**
     * Whether name-calling is aimed at a thing or a third party and at nobody addressed (readers: no
     * insult to the customer): one named in its clause (`这app太弱智了`, `无耻物业`, `哪个SB厂家`,
     * `the worlds dumbest driver`, `whose dumb idea`), or earlier in a sentence that addresses no one
     * (`区域经理…辱骂用户，素质极其低下`).
     */
    const aimedElsewhere = (clause: ClauseInfo | undefined, at: number) => {
      if (!clause) return false
      parties ??= thirdPartiesIn(context.text)
      if (anySpanIn(parties.starts, parties.ends, clause.start, clause.end)) return true
      const sentence = clause.sentence
      return !addresses(sentence.start, sentence.end) && anySpanIn(parties.starts, parties.ends, sentence.start, at)
    }
    for (const match of found) {
      const { message } = match.entry
      const clause = context.clauseAt(match.start)
      const aimed = clause !== undefined && addresses(clause.start, clause.end)
      // `我就去死了算了`, `我一个屌丝客户`: the speaker puts themself down; only an obscene word still swears.
      // A swear word right after the speaker (`我真他妈服了你们`) intensifies what the speaker does,
      // whoever else the clause names: profanity (reader54).
      const self = clause !== undefined && selfDirected(context.text.slice(Math.max(clause.start, match.start - selfReach), match.start))
      if (self && (!aimed || message === 'profanity')) {
        if (message === 'profanity' || match.entry.vulgar) context.report({ messageId: 'profanity', start: match.start, end: match.end, expected: [], lower: true })
        continue
      }
      // Swearing insults the customer only when aimed at them; otherwise it is profanity, one level lower.
      if (message === 'profanity') context.report({ messageId: aimed ? 'insult' : 'profanity', start: match.start, end: match.end, expected: [], lower: !aimed })
      else if (message !== 'insult' || aimed || !aimedElsewhere(clause, match.start)) context.report({ messageId: message, start: match.start, end: match.end, expected: [] })
      // `哪个SB厂家`: an obscene name for someone else is no insult to the customer, and still no word for a reply.
      else if (match.entry.vulgar) context.report({ messageId: 'profanity', start: match.start, end: match.end, expected: [], lower: true })
    }
  },
})

/** Where the reply names a third party or a thing, in order and apart. */
interface ThirdParties {
  readonly starts: number[]
  readonly ends: number[]
}

function thirdPartiesIn(text: string): ThirdParties {
  const starts: number[] = []
  const ends: number[] = []
  for (const found of text.matchAll(thirdParties)) {
    starts.push(found.index)
    ends.push(found.index + found[0].length)
  }
  return { starts, ends }
}

/**
 * The speaker (`我`, `老子`, not `我们`) right before the word, within a few characters (`我就去死`, `我一个屌丝`,
 * `我傻逼了`): not `我实在忍受不了联通众多脑残的…`, where the speaker is the one who suffers it.
 */
function selfDirected(before: string): boolean {
  // Or 自己 right before it, meaning the speaker named earlier (`我都怀疑自己智商有问题了`).
  return /(?:我|老子)(?!们).{0,3}$/u.test(before) || /(?:我|老子)(?!们)[^你您]{0,8}自己.?$/u.test(before)
}

/** How far before a word `selfDirected` reads: `老子` and three characters, or `我` eight before `自己`. */
const selfReach = 13

/** Things and third parties an angry word may be aimed at instead of the person addressed. */
const thirdParties = new RegExp(
  [
    '软件|系统|程序|界面|手机|电脑|网络|信号|网速|物业|政策|规定|套餐|营业厅|运营商|快递公司|公司|企业|机器|功能|设备|厂家|厂商|司机|快递员|经理|维修人员|工作人员|员工',
    // Organisations by what their names end in, and the carriers (`联通太无耻`, `锤子科技耍流氓`).
    '科技|集团|银行|商城|电信|联通|移动公司|中国移动',
    String.raw`\b(?:apps?|system|software|update|website|site|phone|device|machine|policy|policies|rules?|idea|design|driver|courier|manager|staff|employee|company)\b`,
  ].join('|'),
  'giu',
)
