/**
 * no-rhetorical-question: questions that scold instead of asking (000
 * "避免用命令式、反問式").
 *
 *   难道你没看详情页吗？  →  详情页上有写明哦，我们也可以帮您再确认一下。
 *   Isn't it obvious?  →  Let us explain.
 *
 * The sentence type comes from `isQuestion`; a marker decides whether the
 * question is rhetorical (`难道`, `不是已经说了…吗`, `还用问…吗`, `不会自己…吗`,
 * `怎么可能`, `有必要…吗`, `凭什么`, `谁让你`; `Didn't you read …?`, `Isn't
 * it obvious?`, `How many times do we …?`, `Why didn't you …?`). Real
 * questions have none: `您喜欢一件式的还是套装式样的？`, `请问您是不是拍错了
 * 颜色呢？`, `Did the parcel arrive?`. The flagged span runs from the start of
 * the marker's clause to the end of the question, so the plain statement that
 * replaces it reads naturally.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { ClauseCursor, MatchIndex } from '../src/language/match-index.js'
import { isWordUnit, leadInEnds, openerLexicon, skipLeadIns } from '../src/language/openers.js'
import { isQuestion } from '../src/language/questions.js'
import { leftmostLongest } from '../src/matcher.js'
import type { ClauseInfo, Match, RuleContext, SentenceInfo } from '../src/types.js'
import {
  englishFillers,
  englishStatements,
  lookVerbs,
  noticeVerbs,
  politeAsks,
  rhetorical,
  shortVerbs,
  skippable,
  statements,
  type RhetoricalEntry,
  type Statement,
} from './no-rhetorical-question.lexicon.js'

/** The longest word taken from the question into the statement (`详情页`, `坏`). */
const maxTaken = 12
const fillerSet = new Set(englishFillers)
const shortVerbSet = new Set(shortVerbs)
/** Marks that end a question or an exclamation; a statement replacing them ends with a full stop. */
const terminal = new Set(['?', '？', '!', '！', '。', '.', '…'])
/** Final particles of a Chinese question, left out of the words taken from it. */
const questionEnd = new Set(['吗', '么', '呢', '啊', '呀', '吧', '嘛', '?', '!', '。', '~', ' '])

export default defineRule({
  meta: {
    id: 'no-rhetorical-question',
    description: 'Disallow rhetorical questions that scold the customer.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('no-rhetorical-question'),
    messages: {
      rhetorical: {
        'zh-CN': '“{actual}”是反问，在责备顾客；改成陈述：“{expected}”',
        'zh-TW': '「{actual}」是反問，在責備顧客；改成陳述：「{expected}」',
        en: 'Unexpected `{actual}`: a rhetorical question scolds; use `{expected}` instead',
      },
    },
    note: {
      'zh-CN': '手册 000：“避免用命令式、反问式”。反问句让顾客觉得被责备，直接说明情况并提出帮助。',
      'zh-TW': '手冊 000：「避免用命令式、反問式」。反問句讓顧客覺得被責備，直接說明情況並提出幫助。',
      en: 'Handbook 000: avoid the imperative and rhetorical questions; state the facts and offer help instead of scolding.',
    },
  },
  lexicons: [openerLexicon, rhetorical, noticeVerbs, politeAsks],
  constructions: [
    {
      id: 'negated-yes-no',
      meaning: 'A negated yes/no question says "isn\'t it so?": it tells the customer off for not knowing.',
      example: '物流不是一直在更新吗？',
      pattern: '不是|不就是|不都是|不也是|不早就 !很|太|特别|非常|十分|那么|这么 ~6 已经|一直|早就|早|都|明明|刚|说|写|告诉|显示|标|在|答应|承诺|保证|规定|约好|有|包|送|会|能|可以|要 ~14 @questionParticle $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是|想问|问一下|确认一下' },
      expected: ['我们帮您再确认一下哦'],
    },
    {
      id: 'not-seen',
      meaning: '"Didn\'t you see it?" about what the shop wrote.',
      example: '亲是没看到页面上的说明吗？',
      pattern: '没|没有|不 ~2 @see ~14 @questionParticle $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|我们|客服' },
      expected: ['页面上有说明哦，我们也可以帮您再确认一下'],
    },
    {
      id: 'even-not',
      meaning: '"Didn\'t you even look?": 都/连…都 before a negated verb of seeing or asking.',
      example: '都不看一下评价的吗？',
      pattern: '都|也 不|没|没有 @see|想|问|查|试 ~12 @questionParticle|呢 $',
      flag: 'scope',
      question: true,
      unless: { before: '为什么|为啥|怎么|我|请问' },
      expected: ['可以参考一下评价哦'],
    },
    {
      id: 'not-even',
      meaning: '`连…都不…吗`: "you can\'t even …?"',
      example: '连尺码表都不会看吗？',
      pattern: '连 ~8 都|也 不|没 ~12 @questionParticle|呢 $',
      flag: 'scope',
      question: true,
      unless: { before: '为什么|为啥|我|请问' },
      expected: ['我们帮您一起看一下哦'],
    },
    {
      id: 'could-it-be',
      meaning: '`难不成…`, `…不成？`: "surely not …?" mocks the customer\'s idea.',
      example: '难不成要我们倒贴运费吗？',
      pattern: '难不成 ~16',
      flag: 'scope',
      scope: 'sentence',
      expected: ['我们帮您查一下具体情况哦'],
    },
    {
      id: 'or-what',
      meaning: 'A sentence-final `不成` ("or what?") mocks.',
      example: '还能自己长腿跑了不成？',
      pattern: '^ ~30 不成 $',
      flag: 'scope',
      scope: 'sentence',
      expected: ['我们帮您查一下具体情况哦'],
    },
    {
      id: 'whose-fault',
      meaning: 'Blame-shifting questions: "is this our fault too?"',
      example: '这也要算我们的错吗？',
      pattern: '算|怪|赖|是 ~4 @we ~3 错|责任|问题|头上 ~4 @questionParticle|呢|啊',
      flag: 'scope',
      question: true,
      expected: ['我们一起看看怎么帮您处理'],
    },
    {
      id: 'how-come-not',
      meaning: 'Scolding `怎么…呢` about what the customer did or did not do.',
      example: '怎么就不能多等一天呢？',
      pattern: '怎么 ~2 就|又|还|老是|总是|都 ~2 不|没|要|能 ~14 呢|啊|嘛|吗',
      flag: 'scope',
      question: true,
      unless: { before: '@we|我|请问' },
      expected: ['我们理解您着急，会尽快为您处理'],
    },
    {
      id: 'how-often',
      meaning: '"How many more times?": the shop has explained before.',
      example: '还要我们怎么解释呢？',
      pattern: '还要|还得|要 ~4 几次|几遍|多少次|多少遍|怎么解释|怎么说',
      flag: 'scope',
      question: true,
      expected: ['我们再为您详细说明一下'],
    },
    {
      id: 'still-what',
      meaning: '"What are you still …-ing?": `还…什么` rebukes.',
      example: '我们都发货了，您还急什么呢？',
      pattern: '还 ~3 急|担心|催|闹|吵|嚷 ~1 什么|啥',
      flag: 'scope',
      question: true,
      expected: ['我们理解您着急'],
    },
    {
      id: 'so-hard',
      meaning: '"Is it so hard to …?" about something the customer could do.',
      example: '翻一下很难吗？',
      pattern: '@action|翻|找|看 ~4 很难|这么难|那么难|有多难 @questionParticle $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是否|@we' },
      expected: ['我们帮您找一下哦'],
    },
    {
      id: 'no-need',
      meaning: '"Is there any need?": 至于/犯得着/用得着/何必.',
      example: '至于这么生气吗？',
      pattern: '至于 ~8 吗|嘛|么|吧',
      flag: 'scope',
      question: true,
      expected: ['我们理解您的心情'],
    },
    {
      id: 'why-bother',
      meaning: '"Why bother?": 犯得着/用得着/何必.',
      example: '犯得着为这点事投诉吗？',
      pattern: '犯得着|用得着|何必|何苦|有必要 ~12',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是否' },
      expected: ['我们理解您的心情'],
    },
    {
      id: 'tag-scold',
      meaning: 'A statement with a scolding tag: `…好不好？`, `…行不行？`.',
      example: '我们已经发货了好不好？',
      pattern: '了|的 好不好|行不行|对不对|懂不懂|明白不 $',
      flag: 'scope',
      question: true,
      expected: ['我们已经为您处理了哦'],
    },
    {
      id: 'isnt-it-just',
      meaning: '`不就…了`: "wouldn\'t it just …?", said to belittle.',
      example: '直接退了不就完了！',
      pattern: '不就 ~10 完了|行了|好了|得了|结了|了吗|了么',
      flag: 'scope',
      expected: ['我们帮您看看怎么处理最方便'],
    },
    {
      id: 'what-sense',
      meaning: '"What is that supposed to mean?", "what use is …?"',
      example: '你这算什么意思？',
      pattern: '算什么|算啥|你这是什么意思|这是什么意思啊|什么意思啊|有什么用|有啥用|搞什么|干什么吃的|是干嘛的|为了啥|为了图什么|你图什么|你们图什么|图个啥|图个什么|有什么意义|有啥意义',
      flag: 'scope',
      unless: { before: '请问|是|指|不知道|不清楚|了解' },
      expected: ['我们理解您的意思，帮您处理一下'],
    },
    {
      id: 'how-would-we-know',
      meaning: '"How would we know?": a brush-off as a question.',
      example: '我们怎么知道快递员什么时候到？',
      pattern: '我|@we ~3 怎么|哪 ~2 知道|晓得|清楚|管得着|管得了',
      flag: 'scope',
      expected: ['我们帮您问一下'],
    },
    {
      id: 'feel-what',
      meaning: '"What are you so … about?": a verb of feeling with 什么 rebukes the feeling.',
      example: '急什么呀？',
      pattern: '^ @second? 还? 急|慌|吵|闹|怕|笑|开心|高兴|嚷|哭|叫|气|付|催 什么|啥 呀|啊|呢|嘛? $',
      flag: 'scope',
      question: true,
      expected: ['我们理解您的心情'],
    },
    {
      id: 'take-for',
      meaning: '"Do you take us for fools?"',
      example: '当我们好欺负吗？',
      pattern: '当|把 ~6 当? 傻子|傻瓜|白痴|好欺负|好骗|猴耍|冤大头 ~2 @questionParticle|啊|呢',
      flag: 'scope',
      expected: ['我们理解您的心情，一定认真为您处理'],
    },
    {
      id: 'is-this-how',
      meaning: '"Is this how you …?": 就这样/就是这么 asks about conduct only to condemn it.',
      example: '你们就是这样对待顾客的吗？',
      pattern: '就是这样|就是这么|就这样|就这么|都是这样|都这么 对待|服务|做事|做生意|办事|处理|回复|敷衍|糊弄|解决|当|骗|坑|欺负|对|忽悠|应付 ~12 @questionParticle? $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是否|确认|如果|要是', after: '可以|行|好|对' },
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'this-is-what',
      meaning: '"So this is your …?", "You call this …?": 这就是/这也叫/这叫 holds up what happened as proof.',
      example: '这就是你们的服务态度吗？',
      pattern: '^ 这 就是|也叫|也算|叫|算 ~14 @questionParticle? $',
      flag: 'scope',
      question: true,
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'what-kind',
      meaning: '"What kind of … is this?": 什么 before a word for service, attitude or quality condemns it.',
      example: '这是什么服务态度？',
      pattern: '这|这是|这叫|这算|你们这|你们这是 什么|啥 破|烂? 服务|态度|客服|质量|素质|东西|玩意|玩意儿|公司|店|规定|道理|逻辑|操作|鬼 ~4 $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|指|不知道|不清楚|了解|选|购买|提供|开通|办理' },
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'is-there-such',
      meaning: '"Is there anyone who does business like this?": 有/哪有 … 这样 … 的 denies that such conduct is acceptable.',
      example: '有你们这样做生意的吗？',
      pattern: '有|哪有|哪里有|哪儿有|哪家 像? @second|这样|这么|这种 ~4 做|当|办|干|对待|服务|卖|搞|处理|回复|敷衍 ~10',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是否|还' },
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'fit-to-judge',
      meaning: '"Is that reasonable / decent?": a yes/no question about the other party\'s conduct being right, asked to say it is not.',
      example: '这样合理吗？',
      pattern: '合理|合法|像话|说得过去|讲理|讲道理|公平|厚道|地道|应该|对得起|好意思|有良心|负责任 @questionParticle|不 $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|您看|是否|确认|如果|觉得价格' },
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'dont-you-think',
      meaning: '"Don\'t you think …?", "can\'t you even …?": a negated verb of judging or ability aimed at the other party.',
      example: '你们不觉得这样很过分吗？',
      pattern: '@second|难道 ~2 不觉得|不认为|不感觉|就不能|就不会|都不会|都不能 ~16 @questionParticle $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|如果|要是|是否', after: '收到|使用|用|穿|下单|付款' },
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'even-this',
      meaning: '"Even this much can\'t be done?": a measure of ease or time, then 都/还/也 and a negated verb.',
      example: '整整三天都修不好吗？',
      pattern: '这么|那么|整整|一点|这点|连|这种|好几 ~10 都|也|还 ~6 不|没|没有 ~10 @questionParticle|呢 $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是否|为什么|为啥|怎么|@we|我' },
      expected: ['我们理解您着急，会尽快为您处理'],
    },
    {
      id: 'must-you',
      meaning: '"Must you …?": 非得/非要/偏要 … 吗 objects to the other party\'s choice.',
      example: '非得挑这个时候打电话吗？',
      pattern: '非得|非要|偏要|偏偏要|一定要这样 ~14 @questionParticle|不可 $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是否|如果|@we|我' },
      expected: ['我们理解您的心情，一起来看看怎么解决哦'],
    },
    {
      id: 'what-for',
      meaning: '"What for?": 干嘛/干什么 as a purpose question objects to what was done.',
      example: '做这些无用功干嘛？',
      pattern: '干嘛|干吗|干什么|做什么用 呀|啊|呢|嘛? $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是|用来|拿来|准备|打算|需要|要|想|没|没有|不' },
      expected: ['我们理解您的心情，一起来看看怎么解决哦'],
    },
    {
      id: 'want-what',
      meaning: '"What do you want, then?": 想/要 怎么样 or 干嘛 aimed at the other party.',
      example: '你到底想怎么样？',
      pattern: '@second|@we 到底? 还? 想|要|打算 干嘛|干什么|怎么样|怎样 $',
      flag: 'scope',
      question: true,
      unless: { before: '请问|您看' },
      expected: ['我们看看怎么帮您处理最好'],
    },
    {
      id: 'still-not',
      meaning: '"Do you still want to …?", "is anyone still …?": 还 + an A-not-A verb + 了 asks whether the other party has given up.',
      example: '还想不想做生意了？',
      pattern: '还 能不能|想不想|让不让|管不管|讲不讲|有没有|做不做|干不干|卖不卖 ~10 了 @questionParticle? $',
      flag: 'scope',
      question: true,
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'gone-mad',
      meaning: '"Have you gone mad?": 是 … 疯/傻/穷疯 … 了吗 sneers at the other party\'s mind.',
      example: '你们是穷疯了吗？',
      pattern: '是|是不是|难道 ~4 疯|傻|瞎|聋|穷疯|有病|没睡醒|没长脑子|脑子 ~6 @questionParticle|啊|呢? $',
      flag: 'scope',
      question: true,
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'who-let',
      meaning: '"Who gave you the right / who would …?": 谁给/谁会/谁知道 denies by asking who.',
      example: '谁给你们权利开通的？',
      pattern: '谁 给|允许|同意|批准|会|愿意|敢|信|稀罕 ~14',
      flag: 'scope',
      question: true,
      unless: { before: '请问|是|知道|不知道|问一下' },
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'when-did-we',
      meaning: '"When did we ever say that?": 什么时候/哪里 + a verb of telling or promising denies it was said.',
      example: '我们什么时候答应过包邮了？',
      pattern: '什么时候|哪里|哪儿|哪句话|哪个地方 ~2 说过|说了|写过|写了|答应过|答应了|承诺过|承诺了|保证过|保证了|告诉过',
      flag: 'scope',
      question: true,
      unless: { before: '请问|您|你|亲' },
      expected: ['我们帮您再确认一下哦'],
    },
    {
      id: 'tag-know',
      meaning: 'A statement ending in "do you know?", "get it?": 知道吗/懂吗/明白吗 after what was said scolds.',
      example: '这已经是第三次了你知道吗？',
      pattern: '了|的|啊|呢 ，? @second? 知道|懂|明白|晓得|清楚 吗|么|不|没 $',
      flag: 'scope',
      question: true,
      expected: ['我们理解您的心情，会认真为您处理'],
    },
    {
      id: 'tag-ok',
      meaning: 'A complaint tagged "ok?": 好么/好嘛/OK？ after a statement with 了 scolds.',
      example: '今天已经第三天了好么？',
      pattern: '了|的 好么|好嘛|ok|OK|okay $',
      flag: 'scope',
      question: true,
      expected: ['我们理解您着急，会尽快为您处理'],
    },
    {
      id: 'en-even',
      meaning: '"Did you even …?", "Do you even …?"',
      example: 'Did you even read the description?',
      pattern: 'did|do|have|can|could you even',
      flag: 'scope',
      question: true,
      expected: ['Let us walk you through it.'],
    },
    {
      id: 'en-negated',
      meaning: '"Can\'t you / Didn\'t you / Don\'t you …?" with a verb of seeing, reading or knowing.',
      example: "Can't you see the size chart?",
      pattern: "can't|cannot|didn't|don't|haven't|couldn't|won't you ~8 @see|know|understand|follow|check|notice|remember|listen|wait",
      flag: 'scope',
      question: true,
      expected: ['Let us point you to it.'],
    },
    {
      id: 'en-isnt-it',
      meaning: '"Isn\'t that exactly what … says?", "Isn\'t it obvious?"',
      example: "Isn't that exactly what the listing says?",
      pattern: "isn't|wasn't|aren't that|it|this ~30",
      flag: 'scope',
      question: true,
      unless: { before: 'why|how|when|where|which' },
      expected: ['Here is what the listing says.'],
    },
    {
      id: 'en-are-you',
      meaning: '"Are you serious / kidding / blind?" scolds.',
      example: 'Are you serious?',
      pattern: 'are you ~6 serious|kidding|joking|blind|sure_you|for_real|even',
      flag: 'scope',
      question: true,
      expected: ['We understand.'],
    },
    {
      id: 'en-is-this-how',
      meaning: '"Is this how you treat …?", "You call this …?": asks about conduct only to condemn it.',
      example: 'Is this how you treat your customers?',
      pattern: 'is_this|is_that|this_is ~2 how you|how_your|what_you_call|what_you_guys_call',
      flag: 'scope',
      question: true,
      expected: ['We understand, and we will sort it out together.'],
    },
    {
      id: 'en-what-kind',
      meaning: '"What kind of service is this?", "What is the point of …?"',
      example: 'What kind of customer service is this?',
      pattern: "what_kind_of|what_sort_of|what's_the_point|what_is_the_point|what_good_is ~30",
      flag: 'scope',
      question: true,
      unless: { before: 'which|please|could_you|can_you' },
      expected: ['We understand, and we will sort it out together.'],
    },
    {
      id: 'en-how-acceptable',
      meaning: '"How is this acceptable?", "Since when …?", "What is wrong with you?"',
      example: 'How is this acceptable?',
      pattern: "how_is_this|how_is_that|how_is_it|how's_this|how's_that|since_when|what's_wrong_with|what_is_wrong_with ~4 acceptable|ok|okay|fair|legal|possible|normal|right|good|you|your|people|this|that|we|they|it",
      flag: 'scope',
      question: true,
      expected: ['We understand, and we will sort it out together.'],
    },
    {
      id: 'en-you-people',
      meaning: '"Do you people even …?", "Can you guys not …?": a question to "you people/you guys" with a scolding adverb.',
      example: 'Do you guys even read your messages?',
      pattern: "do|can|can't|don't|did|didn't|are|aren't you_people|you_guys|y'all ~2 even|not|ever|seriously|really|actually",
      flag: 'scope',
      question: true,
      expected: ['We are happy to go over it with you.'],
    },
    {
      id: 'en-bare',
      meaning: 'A one-word "Really?" or "Seriously?" as the whole sentence scolds.',
      example: 'Seriously?',
      pattern: '^ seriously|srsly|come_on $',
      flag: 'scope',
      question: true,
      expected: ['We understand.'],
    },
  ],
  check(_tree, context) {
    const found = leftmostLongest(context.find(rhetorical))
    if (found.length === 0) return
    const text = context.normal.text
    const openerEnds = leadInEnds(context.find(openerLexicon))
    const verbs = new MatchIndex(context.find(noticeVerbs))
    const polite = new MatchIndex(context.find(politeAsks))
    const cursor = new ClauseCursor(context.clauses)
    const asked = new Map<ClauseInfo | SentenceInfo, boolean>()
    const ask = (info: ClauseInfo | SentenceInfo) => {
      let value = asked.get(info)
      if (value === undefined) asked.set(info, (value = isQuestion(info)))
      return value
    }
    const starts = new Map<ClauseInfo, number>()
    const addressee = new Map<ClauseInfo, number>()
    const reported = new Set<SentenceInfo>()

    for (const marker of found) {
      const { entry } = marker
      const clause = cursor.at(marker.normalStart)
      if (!clause) continue
      const { sentence } = clause
      if (reported.has(sentence)) continue
      const clauseAsks = ask(clause)
      const sentenceAsks = ask(sentence)
      if (entry.question && !clauseAsks && !sentenceAsks) continue
      // `请问有必要开发票吗？` asks politely.
      if (polite.any(clause.normalStart, marker.normalStart)) continue
      let start = starts.get(clause)
      if (start === undefined) starts.set(clause, (start = skipLeadIns(text, clause.normalStart, clause.normalEnd, openerEnds)))
      if (entry.needsVerb && (start !== marker.normalStart || !noticeVerbAfter(text, marker.normalEnd, verbs))) continue
      if (entry.addressee) {
        let at = addressee.get(clause)
        if (at === undefined) addressee.set(clause, (at = firstAddressee(clause)))
        if (at < 0 || at >= marker.normalStart) continue
      }

      // To the end of the question: the clause when it asks by itself, else the sentence.
      const to = clauseAsks || !sentenceAsks ? clause.normalEnd : sentence.normalEnd
      const end = trimEnd(text, start, to)
      const spanStart = context.normal.starts[start]!
      const spanEnd = context.normal.ends[end - 1]!
      const closes = terminal.has(context.text.charAt(spanEnd - 1))
      const english = /^[a-z]/.test(marker.phrase)
      reported.add(sentence)
      context.report({
        start: spanStart,
        end: spanEnd,
        expected: [
          english
            ? englishStatement(context, entry, marker, end, verbs, closes, afterLatin(text, sentence.normalStart, start))
            : chineseStatement(context, entry, marker, end, closes),
        ],
      })
    }
  },
})

/** The end without trailing spaces and emoji, keeping closing punctuation. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to
  while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x0a)) end--
  return end
}

/** The normalised offset of the first `你` or `您` in the clause, or -1. */
function firstAddressee(clause: ClauseInfo): number {
  for (let i = 0; i < clause.normal.length; i++) {
    const c = clause.normal.charAt(i)
    if (c === '你' || c === '您') return clause.normalStart + i
  }
  return -1
}

/** Whether a verb of noticing follows `Didn't you`, past one filler (`even`). */
function noticeVerbAfter(text: string, from: number, verbs: MatchIndex): boolean {
  let at = from
  while (text.charAt(at) === ' ') at++
  for (const filler of fillerSet) {
    if (text.startsWith(filler + ' ', at)) {
      at += filler.length + 1
      break
    }
  }
  return verbs.at(at) !== undefined
}

/** The original text of normalised `[from, to)`, without the question's final particles. */
function takeWords(context: RuleContext, from: number, to: number): string {
  const text = context.normal.text
  let end = to
  while (end > from && (questionEnd.has(text.charAt(end - 1)) || !isWordUnit(text, end - 1))) end--
  if (end <= from || end - from > maxTaken) return ''
  return context.text.slice(context.normal.starts[from]!, context.normal.ends[end - 1]!)
}

/** The plain statement for a Chinese rhetorical question, with a word taken from it where one fits. */
function chineseStatement(context: RuleContext, entry: RhetoricalEntry, marker: Match<RhetoricalEntry>, end: number, closes: boolean): string {
  const text = context.normal.text
  let statement: Statement = statements[entry.meaning]
  let taken = ''
  if (entry.meaning === 'unseen' && marker.phrase === '难道') {
    // 难道你没看详情页吗 → 详情页上有写明哦.
    let at = skipWords(text, marker.normalEnd, skippable)
    if (text.startsWith('没有', at)) at += 2
    else if (text.startsWith('没', at)) at += 1
    else at = -1
    const look = at < 0 ? undefined : lookVerbs.find((verb) => text.startsWith(verb, at))
    if (look) taken = takeWords(context, at + look.length, end)
    if (taken) statement = statements.unseenWith
  } else if (entry.meaning === 'impossible' && marker.phrase.endsWith('可能')) {
    // 怎么可能会坏呢 → 正常情况下是不会坏的哦.
    let at = marker.normalEnd
    if (text.charAt(at) === '会') at++
    if (!'不没别无'.includes(text.charAt(at))) taken = takeWords(context, at, end)
    if (taken && taken.length <= 4) statement = statements.impossibleWith
    else taken = ''
  } else if (entry.meaning === 'yourself') {
    // 你不会自己看吗 → 您可以看一下哦.
    const at = marker.phrase.includes('自己') ? marker.normalEnd : -1
    const verb = at < 0 ? '' : takeWords(context, at, end)
    if (verb && verb.length <= 4) {
      taken = shortVerbSet.has(verb.charAt(0)) ? verb.charAt(0) + '一下' + verb.slice(1) : verb.length <= 2 ? verb + '一下' : verb
      statement = statements.yourselfWith
    }
  }
  return statement.replace('{x}', taken) + (closes ? '。' : '')
}

/** Past a few of `words` (`你`, `都`) from `from`. */
function skipWords(text: string, from: number, words: readonly string[]): number {
  let at = from
  for (let guard = 0; guard < 4; guard++) {
    const word = words.find((w) => text.startsWith(w, at))
    if (!word) break
    at += word.length
  }
  return at
}

/** Whether English words come before `at` in the sentence (`Hi, didn't you …`): the statement then goes on in lower case. */
function afterLatin(text: string, from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (/[a-z]/.test(text.charAt(i))) return true
  return false
}

/** The plain statement for an English rhetorical question, naming what to read where it says. */
function englishStatement(
  context: RuleContext,
  entry: RhetoricalEntry,
  marker: Match<RhetoricalEntry>,
  end: number,
  verbs: MatchIndex,
  closes: boolean,
  midSentence: boolean,
): string {
  let statement: string = englishStatements[entry.meaning]
  if (entry.needsVerb) {
    // Didn't you read the description? → The description has the details, …
    const text = context.normal.text
    const verb = verbs.find(marker.normalEnd + 1, marker.normalEnd + 30, (v) => v.normalStart - marker.normalEnd <= 9)
    if (verb) {
      let at = verb.normalEnd
      while (text.charAt(at) === ' ') at++
      if (text.startsWith('at ', at)) at += 3
      if (text.startsWith('the ', at) || text.startsWith('our ', at)) {
        const object = takeEnglish(context, at + 4, end)
        if (object) statement = englishStatements.unseenWith.replace('{x}', object)
      }
    }
  }
  const cased = midSentence ? statement.charAt(0).toLowerCase() + statement.slice(1) : statement
  return cased + (closes ? '.' : '')
}

/** A short noun phrase of the question (`description`, `size chart`), in its original case. */
function takeEnglish(context: RuleContext, from: number, to: number): string {
  const text = context.normal.text
  let end = to
  while (end > from && !/[a-z0-9]/.test(text.charAt(end - 1))) end--
  const words = text.slice(from, end)
  if (words.length === 0 || words.length > 30 || !/^[a-z0-9 '-]+$/.test(words)) return ''
  return context.text.slice(context.normal.starts[from]!, context.normal.ends[end - 1]!)
}
