/**
 * apologise-when-refusing: a refusal needs an apology in the same reply (000
 * "在拒绝的时候，一定要说抱歉的话"; 002 "I don't know. Sorry dear"; 001 "诚恳道歉").
 *
 * Fires once per reply, on its first refusal, when the reply holds no apology;
 * the fix puts `非常抱歉，` / `Sorry, ` at the start of that sentence, after a
 * greeting such as `亲，`.
 *
 *   亲，这个价格真的没办法再少了哦。  →  亲，非常抱歉，这个价格真的没办法再少了哦。
 */
import { lastCustomerTurnOf } from '../src/language/conversation.js'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { clauseAt } from '../src/language/proximity.js'
import { apologyLexicon, has } from '../src/language/courtesy.js'
import { isPasted } from '../src/language/pasted.js'
import { isQuestion } from '../src/language/questions.js'
import { leftmostLongest } from '../src/matcher.js'
import { normalisedIndex } from '../src/normalise.js'
import { afterMentions } from '../src/language/openers.js'
import type { ClauseInfo, Fix, Match, RuleContext, SentenceInfo } from '../src/types.js'
import {
  attempts,
  stillSo,
  afterAlone,
  frames,
  later,
  lowerCaseOpeners,
  mainClause,
  notRefusals,
  objects,
  openers,
  questionTags,
  refusals,
  requestReach,
  requests,
  rightBefore,
  type ObjectEntry,
  type RefusalEntry,
  type RequestEntry,
  usageBefore,
  usageReach,
  conditions,
  exceptions,
  faultMarks,
  failingThings,
  workingVerbs,
  functions,
  toldMe,
  toldReach,
  yesAnswers,
} from './apologise-when-refusing.lexicon.js'

/** What a shop does for a customer on request: the verbs its refusals negate (`不再受理`, `没得退`). */
const services = '发|寄|补|补发|受理|退|换|改|修|开|赔|送|返|买|办理|处理|安排|退款|退货|换货|保修|维修|包邮|报销|承担'
/** A condition or a question makes a refusal word hypothetical (`如果不再需要`). */
const conditional = '如果|如|若|要是|会不会|是不是|能不能|可不可以|否则|不然|以免|万一|假如|一旦'
/** Someone other than the shop refusing (`快递不给送`), or a question about why. */
const notTheShop = '商家|卖家|厂家|快递|他们|对方|为什么|为啥|什么|怎么|@second'

/** What the fix inserts, by the language of the refusal. */
const apologies = { zh: '非常抱歉，', en: 'Sorry, ' } as const

/** How far before a refusal word a fault mark may end (`一直都无法`), in normalised characters. */
const faultReach = 3

/** How far after a refusal word a `later` word may start, in normalised characters. */
const laterReach = 12

export default defineRule({
  meta: {
    id: 'apologise-when-refusing',
    description: 'Require an apology in a reply that refuses the customer.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('apologise-when-refusing'),
    fixable: true,
    messages: {
      refusal: {
        'zh-CN': '“{actual}”是在拒绝顾客，回复里却没有道歉：在这句话开头加上“{apology}”',
        'zh-TW': '「{actual}」是在拒絕顧客，回覆裡卻沒有道歉：在這句話開頭加上「{apology}」',
        en: 'Unexpected refusal `{actual}` without an apology: start the sentence with `{apology}`',
      },
      refusalPlain: {
        'zh-CN': '“{actual}”是在拒绝顾客，回复里却没有道歉：在这句话开头加上“非常抱歉，”',
        'zh-TW': '「{actual}」是在拒絕顧客，回覆裡卻沒有道歉：在這句話開頭加上「非常抱歉，」',
        en: 'Unexpected refusal `{actual}` without an apology: start the sentence with `Sorry, `',
      },
    },
    note: {
      'zh-CN': '手册 000：“在拒绝的时候，一定要说抱歉的话”；001：“诚恳道歉”；003 的示范回复：“其他平台不清楚 抱歉亲”。',
      'zh-TW': '手冊 000：「在拒絕的時候，一定要說抱歉的話」；001：「誠懇道歉」；003 的示範回覆：「其他平臺不清楚 抱歉親」。',
      en: 'Handbook 000: "when refusing, always say sorry"; 001: "apologise sincerely"; 002\'s model reply: "I don\'t know. Sorry dear".',
    },
  },
  lexicons: [apologyLexicon, refusals, notRefusals, requests, frames, mainClause, objects, usageBefore, later, rightBefore, questionTags, openers, yesAnswers, exceptions, conditions, faultMarks, failingThings, workingVerbs, functions, toldMe],
  // Ways of saying no beyond the refusal words (the catalogue: "any other way of saying no to what
  // the customer asked"), each only in a reply without an apology.
  constructions: [
    {
      id: 'will-not-give',
      meaning: '`不给退`, `不会给您换`: the shop will not give what was asked.',
      example: '这个不给退',
      pattern: '不给|不会给|不能给|不肯 ~3 退|换|补|赔|开|发|寄|改|修|处理|优惠|便宜|报销|保修|买|参加|参与|享受|叠加|办理|受理',
      question: false,
      // Someone else refusing (`商家为什么不给您退货呢`) is the customer's problem to hear, not the shop's no.
      unless: { reply: '@apology', clause: '如果|要是|的话|否则', before: '商家|卖家|厂家|快递|他们|对方|为什么|为啥|什么|怎么' },
      messageId: 'refusalPlain',
    },
    {
      id: 'out-of-the-question',
      meaning: '`退款是不可能的`, `恕难从命`: a flat no.',
      example: '退款是不可能的',
      pattern: '是不可能的|不可能给|不可能退|不可能换|不可能赔|恕难从命|无法满足|满足不了|不予受理|不予处理|不予退|不予换',
      question: false,
      // `起球是不可能的`: a fault ruled out reassures, it refuses nothing.
      unless: { reply: '@apology', before: '起球|掉色|掉毛|褪色|缩水|变形|开裂|生锈|漏|坏|断|假|仿|过敏|问题|发霉|变质' },
      messageId: 'refusalPlain',
    },
    {
      id: 'bare-not',
      meaning: '`不包邮`, `这个不退的`, `我们不开发票`: 不 before a service the customer asks for.',
      example: '这款不包邮哦',
      pattern: '不 包邮|议价|讲价|开发票|开票|退换|补发|改价|还价|退款|退货|换货|退|换 !色|掉|成|了|过|来',
      question: false,
      unless: { reply: '@apology', clause: '如果|如|若|要是|的话|会不会|是不是|能不能|可不可以|否则|不然', before: '商家|卖家|厂家|快递|他们|对方|为什么|为啥|什么|怎么|都|您|你' },
      messageId: 'refusalPlain',
    },
    // Round 3 (issue 9): the shop's no said with an adverb, a potential complement, a lack, a deflection,
    // an offer that does not apply; English passives and "no longer".
    {
      id: 'not-again-or-apart',
      meaning: '`不再受理`, `不单独发`, `也不会再补`: 不 with 再/单独/另外 before a service, the shop will not do it.',
      example: '超过七天就不再受理退货了',
      pattern: `不|不会 再|单独|另外|额外|另 ${services}`,
      question: false,
      // `不会再送了吧` guesses and asks for a yes; the shop's no does not end in 吧.
      unless: { reply: '@apology', clause: [conditional, '吧 $'], before: notTheShop, after: '的话' },
      messageId: 'refusalPlain',
    },
    {
      id: 'cannot-get-it-done',
      meaning: '`开不出来`, `降不下来`, `补不了`: a potential complement on a service, the shop cannot deliver it.',
      example: '发票这边开不出来',
      pattern: '开|补|赔|降|退|换|改|改价|便宜|优惠|叠加|参加|享受|取消|修|办|办理|处理|受理|退款|退货|换货|补发|保修|让|批|拦|拦截|追|撤|撤回|停|改动|更改|变更|合并|拆|加急|延期|推迟|召回|拿回 不了|不出来|不出|不下来|不下去|不回来|不住',
      question: false,
      // `电话、短信、网厅都办理不了`: everything tried has failed, the customer's report, not the shop's no.
      unless: { reply: '@apology', clause: conditional, before: [notTheShop, '都|也都|全都 $'], after: ['的话', '机|门|盖|锁|网|盒|屏|箱|灯'] },
      messageId: 'refusalPlain',
    },
    {
      id: 'no-way-to',
      meaning: '`没有权限给您退`, `没得退`, `没有这项服务`: the shop lacks the power or the service.',
      example: '我这边没有权限给您退款',
      pattern: `没有权限|没权限|没这个权限|无权|没得|没的 ~4 ${services}|保修|服务|优惠|便宜`,
      question: false,
      unless: { reply: '@apology', clause: conditional, before: notTheShop, after: '的话' },
      messageId: 'refusalPlain',
    },
    {
      id: 'no-such-service',
      meaning: '`没有这个服务`, `不提供这项服务`: the service asked for does not exist here.',
      example: '我们没有这个服务呢',
      pattern: '没有|没|无|不提供|不做 这个|这项|这种|这类|此类|此项|该项|相关 服务|业务|政策',
      question: false,
      unless: { reply: '@apology', clause: conditional, before: notTheShop, after: '的话' },
      messageId: 'refusalPlain',
    },
    {
      id: 'not-ours-to-handle',
      meaning: '`不归我们管`: the request turned away as not the shop’s business.',
      example: '这个不归我们管哦，您找快递吧',
      pattern: '不归 ~4 管|负责|处理',
      question: false,
      unless: { reply: '@apology', clause: conditional, before: '为什么|为啥|什么|怎么' },
      messageId: 'refusalPlain',
    },
    {
      id: 'cannot-be-done',
      meaning: '`是不能被系统拦截的`, `无法被修改`: the service asked for, in the passive, cannot be done.',
      example: '这种号码是不能被系统拦截的',
      pattern: `不能被|无法被|没法被|没办法被|不可以被 ~4 拦截|屏蔽|开通|关闭|修改|更改|取消|办理|受理|${services}`,
      question: false,
      unless: { reply: '@apology', clause: conditional, before: notTheShop },
      messageId: 'refusalPlain',
    },
    {
      id: 'outside-the-cover',
      meaning: '`不在保修范围内`, `不属于价保范围`: what the customer asks for is outside the warranty or the policy.',
      example: '人为损坏不在保修范围内',
      pattern: '不在|不属于 ~6 保修|质保|三包|售后|退换|退货|价保|保价|赔付|理赔|包邮|受理|服务|配送|送货 ~2 范围|之列|范畴',
      question: false,
      unless: { reply: '@apology', clause: conditional, before: '为什么|为啥|什么|怎么' },
      messageId: 'refusalPlain',
    },
    {
      id: 'not-ours-to-do',
      meaning: '`这个不是我们负责的`, `那边不是我们处理的`: the request turned away as someone else’s job.',
      example: '那边不是我们处理的',
      pattern: '不是|不由 @we ~3 负责|管|处理|受理',
      question: false,
      unless: { reply: '@apology', clause: conditional, before: '为什么|为啥|什么|怎么' },
      messageId: 'refusalPlain',
    },
    {
      id: 'offer-does-not-apply',
      meaning: '`这款不参加活动`, `券不适用于这款`: the offer the customer wants does not apply.',
      example: '这款不参加活动哦',
      pattern: '不参加|不参与|不享受|不适用|不能参加|不能参与|不能享受|参加不了|享受不了|用不了|不可用|不能用|不能使用 ~6!的话|可以|也 活动|优惠|折扣|满减|券|包邮|价保|赠品|会员价|积分|红包|$',
      question: false,
      unless: { reply: '@apology', clause: conditional, before: notTheShop, after: '的话' },
      messageId: 'refusalPlain',
    },
    {
      id: 'offer-then-not-apply',
      meaning: '`这个券不适用`, `优惠券用不了的`: the coupon or offer named first, then said not to apply.',
      example: '这个券不适用于这款商品',
      pattern: '券|优惠券|红包|活动|优惠|满减|会员价|积分|赠品|包邮|价保|折扣 ~4 不适用|不能用|不可用|用不了|不参加|不参与|不享受|不能参加|不能参与|不能享受|不能使用',
      question: false,
      unless: { reply: '@apology', clause: conditional, before: notTheShop, after: '的话' },
      messageId: 'refusalPlain',
    },
    {
      id: 'flat-no',
      meaning: '`没门`, `免谈`, `想都别想`, `没得商量`: a blunt no.',
      example: '退款免谈',
      pattern: '免谈|没门|想都别想|门都没有|没商量|没得商量|没的商量|不予考虑|恕不奉告|无可奉告|没有这个先例|没有先例|没这个先例|没有这个规定|没这个规定',
      question: false,
      unless: { reply: '@apology', clause: conditional },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-not-accepted',
      meaning: '"Returns aren\'t accepted", "Refunds are not available", "This item is non-refundable": the no in the passive.',
      example: 'Refunds are not available for digital products.',
      pattern: "refund|refunds|return|returns|exchange|exchanges|cancellation|cancellations|coupon|coupons|discount|discounts|price_match|price_matching|price_adjustment|price_adjustments|free_shipping|express_shipping|shipping|delivery|changes|requests|request|compensation|reimbursement|replacement|replacements ~4 not|aren't|isn't|can't_be|cannot_be|won't_be ~2 accepted|available|allowed|permitted|possible|offered|eligible|refundable|returnable|exchangeable|covered|honored|honoured|processed|refunded|returned|exchanged|cancelled|canceled|changed|applied",
      question: false,
      unless: { reply: '@apology', clause: ['if|unless|whether|why|how|when|once|until|otherwise|to_make_sure|so_that|worry|wash|dishwasher|dryer|microwave|oven|fade|shrink|damaged|broken|delayed|lost', 'in_stock|currently_available|available_in|available_for_pickup'] },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-no-longer',
      meaning: '"We no longer offer free shipping", "non-refundable", "final sale", "I\'m afraid not": a policy or a bare no.',
      example: 'We no longer offer free shipping on this item.',
      pattern: "no_longer_offer|no_longer_accept|no_longer_provide|no_longer_ship|no_longer_support|no_longer_do|no_longer_honor|no_longer_honour|no_longer_allow|non-refundable|nonrefundable|non-returnable|final_sale|afraid_not|no_can_do|out_of_the_question",
      question: false,
      unless: { reply: '@apology', clause: 'if|unless|whether|why|how|not_final_sale|not_non-refundable' },
      messageId: 'refusalPlain',
    },
    {
      id: 'not-our-business',
      meaning: '`这个我们不管的`, `我们这边不受理`: the shop will not deal with it.',
      example: '这个我们不管的',
      pattern: '@we ~2 不管|管不了|不负责|不处理|不受理 !是|怎|什|多|您|你|如|哪|任',
      question: false,
      unless: { reply: '@apology', clause: conditional },
      messageId: 'refusalPlain',
    },
    {
      id: 'request-turned-down',
      meaning: '`退款申请已被驳回`, `Your claim was denied`: the customer’s request turned down.',
      example: '退款申请已被驳回',
      pattern: '申请|退款|退货|换货|售后|请求|要求|理赔|投诉 ~4 驳回|拒绝了|拒了|不通过|没通过|未通过|不予通过',
      question: false,
      unless: { reply: '@apology', clause: [conditional, '@second 的? 申请 ~2 通过了'] },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-turned-down',
      meaning: '"Your claim was denied", "That request has been declined".',
      example: 'Your claim was denied.',
      pattern: "request|claim|application|refund|return|exchange|appeal|cancellation ~12 declined|denied|rejected|refused|turned_down",
      question: false,
      unless: { reply: '@apology', clause: ['if|unless|whether|why|how|card|payment|transaction|bank', '@negator'] },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-policy-no',
      meaning: '"That\'s against our policy", "Our policy doesn\'t allow refunds", "We are not in a position to refund you", "There\'s nothing we can do".',
      example: "That's against our policy.",
      pattern: "against_our_policy|against_the_policy|against_store_policy|against_company_policy|against_our_rules|policy_doesn't_allow|policy_does_not_allow|policy_doesn't_permit|policy_does_not_permit|policies_don't_allow|not_in_a_position_to|in_no_position_to|nothing_we_can_do|nothing_more_we_can_do|nothing_else_we_can_do|nothing_i_can_do|nothing_more_i_can_do|isn't_something_we're_able|isn't_something_we_can|isn't_something_i_can|not_something_we're_able|won't_be_issuing|will_not_be_issuing|won't_be_offering|won't_be_processing|won't_be_refunding|won't_be_accepting",
      question: false,
      unless: { reply: '@apology', clause: 'if|unless|whether|why|how' },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-will-not',
      meaning: '"We won\'t refund this", "That\'s not something we can do", "No refunds on sale items".',
      example: "We won't refund this.",
      pattern: "we|we'll|i|i'll won't|will_not|will_never|do_not|don't refund|replace|exchange|accept|cover|reimburse|compensate|honor|honour|give",
      question: false,
      unless: { reply: '@apology' },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-not-something',
      meaning: '"That is not something we can do", "No refunds/returns on …".',
      example: "That's not something we can do.",
      pattern: "not_something_we|not_something_i|no_refunds|no_returns|no_exchanges|no_cancellations",
      question: false,
      unless: { reply: '@apology' },
      messageId: 'refusalPlain',
    },
    // Round 8: not knowing is a no to the question (002's model: "I don't know. Sorry dear"), and so
    // are a price that will not move and a service the shop does not do.
    {
      id: 'dont-know',
      meaning: '`这个不清楚的呢`, `不太了解`: the question left unanswered, as a whole clause (002 "I don\'t know. Sorry dear").',
      example: '具体尺寸这个不清楚的呢',
      pattern: '^ ~8 不清楚|不太清楚|不是很清楚|不大清楚|不知道|不太知道|不是很知道|不了解|不太了解|不是很了解|不确定|不太确定 的|呢|哦|哈|啊|耶|诶|哟|了|啦? $',
      question: false,
      // Unclear to the eye or the ear (`图片不清楚`), or the customer not knowing, is no answer withheld.
      unless: { reply: '@apology', clause: [conditional, '我 !们', '都|连|很不|太不|还|也都|人|不查|不聊|不看|不问|不试|不说|打电话|催促|搞|弄|记|照|分|查|问|想|数|算|介绍|描述|说明|解释|表述|表达|信息|图片|照片|图|字|字迹|声音|画面|信号|拍|看|写|说|讲|印|显示|听|屏幕|视频|@second|顾客|客户|买家|他|她|他们|是否|会不会'] },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-dont-know',
      meaning: '"I don\'t know.", "No idea.": the question left unanswered (002 "I don\'t know. Sorry dear").',
      example: "I don't know.",
      pattern: "^ i|we don't|do_not|really_don't|honestly_don't know $",
      question: false,
      unless: { reply: '@apology' },
      messageId: 'refusalPlain',
    },
    {
      id: 'en-no-idea',
      meaning: '"Not sure.", "Dunno.": the same, without a subject.',
      example: 'Not sure.',
      pattern: "^ no_idea|not_sure|dunno|no_clue|i_have_no_idea|we_have_no_idea|i'm_not_sure|we're_not_sure|not_a_clue $",
      question: false,
      unless: { reply: '@apology' },
      messageId: 'refusalPlain',
    },
    {
      id: 'will-not-move',
      meaning: '`价改不动了`, `降不动`: the price cannot be moved, the shop says no.',
      example: '这个价改不动了亲，已经是活动价',
      pattern: '改|降|减|砍|少|让|便宜 不动|不下去了',
      question: false,
      unless: { reply: '@apology', clause: conditional, before: notTheShop, after: '的话' },
      messageId: 'refusalPlain',
    },
    {
      id: 'we-dont-do-it',
      meaning: '`客制刻字这边没有在做`: the service named first, then the shop does not do it.',
      example: '刻字这边没有在做哦',
      pattern: '@we|这边|本店|店里|小店|我们店|咱们家|我们家 ~2 不做|没有在做|没在做|没有做|不提供|暂不提供|暂时不做|暂时不提供|没有提供 的|哦|呢|喔|哈|啦|了|哈亲|哦亲|呢亲|亲? $',
      question: false,
      unless: { reply: '@apology', clause: conditional },
      messageId: 'refusalPlain',
    },
  ],
  check(_tree, context) {
    // Most replies refuse nothing: look for a refusal word before anything else.
    const found = context.find(refusals)
    if (found.length === 0 || has(context, apologyLexicon)) return
    // A bare `不可以的` to "can it be used while charging?" states how the product works: the catalogue's
    // usage instruction, nothing the customer asked of the shop (readers of two readings).
    if (answersUsage(context)) return
    // Which normalised characters a set phrase covers, so that each refusal word is checked in O(its length).
    const idiom = new Uint8Array(context.normal.text.length)
    for (const match of context.find(notRefusals)) idiom.fill(1, match.normalStart, match.normalEnd)
    const places = new Places(context)
    // Each candidate is checked against its clause; the cap keeps a hostile reply (thousands of `不能`) linear.
    const refusal = leftmostLongest(found)
      .filter((match) => !idiom.subarray(match.normalStart, match.normalEnd).includes(1) && !isPasted(context.normal, match.normalStart, match.normalEnd))
      .slice(0, maxCandidates)
      .find((match) => refuses(context, places, match))
    if (!refusal) return
    const sentence = context.sentenceAt(refusal.start)!
    const lang = sentenceLang(sentence.normal) ?? refusal.entry.lang
    context.report({
      messageId: 'refusal',
      start: refusal.start,
      end: refusal.end,
      expected: [],
      fix: insertApology(context, sentence, refusal, lang),
      data: { apology: apologies[lang].trim() },
    })
  },
})

/** How many refusal words of one reply are examined (a reply rarely holds more than three). */
const maxCandidates = 16

/** The matches a refusal word is judged by, found once per reply. */
class Places {
  readonly frames: Match[]
  readonly mainClause: Match[]
  readonly objects: Match<ObjectEntry>[]
  readonly later: Match[]
  readonly usage: Match[]
  readonly faults: Match[]
  /** Devices and services, and the verbs of their working (`宽带无法使用`). */
  readonly things: Match[]
  readonly working: Match[]
  readonly functions: Match[]
  readonly toldMe: Match[]
  readonly rightBefore: Match[]
  readonly requests: Match<RequestEntry>[]
  readonly tags: Match[]
  readonly yes: Match[]
  readonly exceptions: Match[]
  readonly firstClauseEnd: number
  readonly conditions: Match[]
  readonly attempts: Match[]
  readonly stillSo: Match[]

  constructor(context: RuleContext) {
    this.conditions = context.find(conditions)
    this.attempts = context.find(attempts)
    this.stillSo = context.find(stillSo)
    this.yes = context.find(yesAnswers)
    this.exceptions = context.find(exceptions)
    this.firstClauseEnd = context.clauses[0]?.normalEnd ?? 0
    this.frames = context.find(frames)
    this.mainClause = context.find(mainClause)
    this.objects = context.find(objects)
    this.later = context.find(later)
    this.usage = context.find(usageBefore)
    this.faults = context.find(faultMarks)
    this.things = context.find(failingThings)
    this.working = context.find(workingVerbs)
    this.functions = context.find(functions)
    this.toldMe = context.find(toldMe)
    this.rightBefore = context.find(rightBefore)
    this.requests = context.find(requests)
    this.tags = context.find(questionTags)
  }
}

/**
 * Whether the reply is a short answer to the customer asking how the product is used or what it
 * can do (`充电的时候可以使用吗`, `A面灯能关掉吗`, `用电信的卡可以吗`), with no service of the shop's
 * in the question (`能改地址吗`, `能送个赠品吗`): the answer is a fact about the product.
 */
function answersUsage(context: RuleContext): boolean {
  if (context.normal.text.length > maxUsageAnswer) return false
  const asked = lastCustomerTurnOf(context.history)?.text
  if (asked === undefined || !askedYesNo.test(asked)) return false
  return productUse.test(asked) && !shopService.test(asked)
}

/** The longest reply read as a bare answer about the product (`亲亲 不支持的`, `目前无法使用的.`). */
const maxUsageAnswer = 16
/** A yes/no question: `…吗`, `…么`, `…可以嘛`, `…？`. */
const askedYesNo = /(?:能|可以|会|可不可以|能不能).{0,12}(?:吗|么|嘛|[?？])/u
/** Using the product, or what it does (`使用`, `关掉`, `充电`, `用…的卡`). */
const productUse = /使用|用的|用吗|用么|用嘛|用其他|用别的|用电信|用移动|用联通|关掉|关闭|打开|开启|充电|防水|机洗|水洗|烘干|连接|兼容|插|戴|调节|调成|识别/u
/** A service the shop gives on request: then the `no` refuses it. */
const shopService = /退|换|改|取消|价保|保价|发票|包邮|优惠|券|赠品|送|寄|发货|快递|验|便宜|补|赔|返|修/u

/** Whether a refusal word, where it stands, refuses the customer something. */
function refuses(context: RuleContext, places: Places, refusal: Match<RefusalEntry>): boolean {
  const clause = clauseAt(context, refusal.normalStart)
  if (!clause || isQuestion(clause) || checksBack(places, clause.sentence, refusal)) return false
  const inClause = (match: Match) => match.normalStart >= clause.normalStart && match.normalEnd <= clause.normalEnd
  const after = (match: Match, reach: number) => inClause(match) && match.normalStart >= refusal.normalEnd && match.normalStart - refusal.normalEnd <= reach
  const before = (match: Match, reach: number) => match.normalEnd <= refusal.normalStart && refusal.normalStart - match.normalEnd <= reach
  if (framed(places, clause, refusal) || yesExcept(places, clause, refusal) || consequence(context, places, clause)) return false
  if (places.objects.some((object) => after(object, object.entry.within))) return false
  if (places.later.some((word) => after(word, laterReach))) return false
  if (places.usage.some((word) => inClause(word) && before(word, usageReach))) return false
  // Right before it, or past a word or two (`一直都无法`), not across a copula: `一直都是不能改的` is a policy.
  if (places.faults.some((word) => inClause(word) && before(word, faultReach) && !context.normal.text.slice(word.normalEnd, refusal.normalStart).includes('是'))) return false
  // `试完还是不行`, `重启了也不行`: an attempt that failed, reported.
  if (triedAgain(context, places, clause, refusal)) return false
  // `宽带无法使用`, `手机不能识别`: the thing fails at its work; not `订单无法修改`.
  if (places.things.some((thing) => inClause(thing) && thing.normalEnd <= refusal.normalStart) && places.working.some((verb) => after(verb, 1))) return false
  // `无法播放`: what only a device does, failing.
  if (places.functions.some((verb) => after(verb, 0) || (after(verb, 1) && context.normal.text.charAt(refusal.normalEnd) === ' '))) return false
  // `客服告诉我不能退`: another's no, reported by the one refused.
  if (places.toldMe.some((word) => word.normalStart >= clause.sentence.normalStart && before(word, toldReach))) return false
  const text = context.normal.text
  const adjacent = (word: Match) => word.normalEnd === refusal.normalStart || (word.normalEnd + 1 === refusal.normalStart && text.charAt(word.normalEnd) === ' ')
  if (places.rightBefore.some(adjacent) || attributive(text, refusal.normalStart, refusal.normalEnd)) return false
  if (!refusal.entry.ambiguous || standsAlone(text, refusal.normalEnd, clause.normalEnd)) return true
  const reach = requestReach[refusal.entry.lang]
  return places.requests.some((word) => {
    if (!inClause(word)) return false
    if (word.normalStart >= refusal.normalEnd) return word.entry.where !== 'before' && word.normalStart - refusal.normalEnd <= reach
    return word.entry.where !== 'after' && word.normalEnd <= refusal.normalStart
  })
}

/**
 * Whether the negative reports an attempt that failed: `还是`/`也`/`still` right before it (past a
 * space at most) and something tried earlier in its sentence (`我刚试完，还是不行`, `I tried again
 * and still can't log in`).
 */
function triedAgain(context: RuleContext, places: Places, clause: ClauseInfo, refusal: Match): boolean {
  const text = context.normal.text
  const still = places.stillSo.some((word) => word.normalStart >= clause.normalStart && word.normalEnd <= refusal.normalStart && text.slice(word.normalEnd, refusal.normalStart).trim().length <= stillReach)
  if (!still) return false
  const sentence = clause.sentence
  return places.attempts.some((word) => word.normalStart >= sentence.normalStart && word.normalEnd <= refusal.normalStart)
}

/** How far `还是`/`still` may stand before the negative, past a subject (`it still can't`). */
const stillReach = 4

/**
 * Whether the refusal only qualifies a yes: the sentence names an exception
 * (`…等特殊商品除外`), or a yes stands in an earlier clause of its sentence or
 * in the reply's first clause (`都可以的，不支持到付`).
 */
function yesExcept(places: Places, clause: ClauseInfo, refusal: Match): boolean {
  const sentence = clause.sentence
  if (places.exceptions.some((word) => word.normalStart >= sentence.normalStart && word.normalEnd <= sentence.normalEnd)) return true
  // A yes earlier in the refusal's own clause counts too: chat replies often run on without a comma (`都可以的不支持到付`).
  return places.yes.some(
    (word) =>
      word.normalEnd <= refusal.normalStart &&
      (word.normalEnd <= clause.normalStart ? word.normalStart >= sentence.normalStart || word.normalEnd <= places.firstClauseEnd : word.normalStart >= clause.normalStart),
  )
}

/**
 * Whether the refusal's clause is the consequence of a condition that opens
 * the clause before it in the same sentence (`若是不满足开通条件，系统无法操作`):
 * a rule explained, not a no to the customer.
 */
function consequence(context: RuleContext, places: Places, clause: ClauseInfo): boolean {
  const index = context.clauses.indexOf(clause)
  const before = index > 0 ? context.clauses[index - 1]! : undefined
  if (!before || before.sentence !== clause.sentence) return false
  return places.conditions.some((word) => word.normalStart >= before.normalStart && word.normalStart - before.normalStart <= 2)
}

/** Whether the refusal's sentence is a question that checks what the customer said (`…，是吗？`). */
function checksBack(places: Places, sentence: SentenceInfo, refusal: Match): boolean {
  return isQuestion(sentence) && places.tags.some((tag) => tag.normalStart >= refusal.normalEnd && tag.normalEnd <= sentence.normalEnd)
}

/**
 * Whether a condition, question or purpose word earlier in the clause reaches
 * the refusal word (no `就`/`then` between them): `如果还是无法登录`,
 * `if you can't find it`, `否则无法退换`.
 */
function framed(places: Places, clause: ClauseInfo, refusal: Match): boolean {
  const frame = places.frames.filter((match) => match.normalStart >= clause.normalStart && match.normalEnd <= refusal.normalStart).at(-1)
  if (!frame) return false
  return !places.mainClause.some((word) => word.normalStart >= frame.normalEnd && word.normalEnd <= refusal.normalStart)
}

/** Particles that may follow `…的` at the end of a refusal (`不支持的哦`): then `的` ends it, it does not make it describe a noun. */
const particlesAfterDe = new Set([...'了哦呢啊呀哈啦哟嘛吧哒噢欧喽咯亲'])

/**
 * Whether the refusal word describes a noun (`上面有不支持的快递`, `从我们无法控制
 * 的渠道`): up to a short verb, then `的` and a Han character that is no
 * particle. After `是` it still refuses (`定制款是不能退的商品`).
 */
function attributive(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) === '是') return false
  for (let at = end; at <= end + maxVerb; at++) {
    const c = text.codePointAt(at)
    if (c === undefined || c < 0x4e00 || c > 0x9fff) return false
    if (text.charAt(at) !== '的') continue
    const next = text.codePointAt(at + 1)
    return next !== undefined && next >= 0x4e00 && next <= 0x9fff && !particlesAfterDe.has(text.charAt(at + 1))
  }
  return false
}

/** The longest verb between a refusal word and the `的` of a description (`无法控制的`). */
const maxVerb = 3

/** Whether only particles and pet names follow the refusal word in its clause: `不可以的哦亲~`, `We can't.` */
function standsAlone(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!afterAlone.has(text.charAt(i))) return false
  return true
}

/** Separators after an opener: comma, enumeration comma, tilde, exclamation mark, space (normalised). */
const separators = new Set([',', '、', '~', '!', ' '])

/**
 * The fix: the apology at the start of the refusal's sentence, after its
 * openers (`亲，`, `您好，`, `Hi Anna,`) so the greeting still comes first.
 * English keeps its capitals right: `We can't…` → `Sorry, we can't…`.
 */
function insertApology(context: RuleContext, sentence: SentenceInfo, refusal: Match<RefusalEntry>, lang: 'zh' | 'en'): Fix {
  const text = context.normal.text
  // The longest opener at each place: `亲爱的` rather than the `亲` in it.
  const longest = new Map<number, Match>()
  for (const match of context.find(openers)) {
    if ((longest.get(match.normalStart)?.normalEnd ?? -1) < match.normalEnd) longest.set(match.normalStart, match)
  }
  // A reply tweet's leading handles stay first (`@117012 Sorry, we can't…`, not `Sorry, @117012 …`).
  const wordsStart = afterMentions(context.text, sentence.start, sentence.end)
  const first = wordsStart > sentence.start ? normalisedIndex(context.normal, wordsStart) : sentence.normalStart
  let at = first
  for (let opener = longest.get(at); opener; opener = longest.get(at)) {
    let next = opener.normalEnd
    if (isLatin(text.charCodeAt(opener.normalStart))) next = skipName(text, next)
    if (!separators.has(text.charAt(next))) break
    while (separators.has(text.charAt(next))) next++
    if (next >= refusal.normalEnd) break
    at = next
  }
  if (lang === 'zh') {
    // `…，但是不能…`, `因为…已经发出 所以不能…`: the apology goes after the connective that opens the
    // refusal's clause (`但是非常抱歉，…`), not before good news or between a cause and its result.
    const clause = context.clauseAt(refusal.start)
    const joined = clause && clause.normalStart >= at ? connectiveEnd(text, clause.normalStart, refusal.normalStart) : -1
    if (joined >= 0) at = joined
    const offset = at < text.length ? context.normal.starts[at]! : context.text.length
    // `您好订单…`: a greeting run on into the sentence keeps first, with the comma it lacks.
    const greeting = joined < 0 && at === first ? longest.get(at) : undefined
    if (greeting && runOnGreetings.has(text.slice(greeting.normalStart, greeting.normalEnd)) && /\p{Script=Han}/u.test(text.charAt(greeting.normalEnd)) && greeting.normalEnd < refusal.normalStart) {
      const after = context.normal.starts[greeting.normalEnd]!
      return { range: [after, after], text: '，' + apologies.zh }
    }
    return { range: [offset, offset], text: apologies.zh }
  }
  const offset = at < text.length ? context.normal.starts[at]! : context.text.length
  const afterOpener = at > first
  const sorry = afterOpener ? 'sorry, ' : apologies.en
  const word = /^[A-Za-z']{1,20}/.exec(context.text.slice(offset, offset + 20))?.[0] ?? ''
  if (word && /^[A-Z][a-z']*$/.test(word) && lowerCaseOpeners.has(word.toLowerCase())) {
    return { range: [offset, offset + 1], text: sorry + word.charAt(0).toLowerCase() }
  }
  return { range: [offset, offset], text: sorry }
}

/** Connectives that open a clause going on from the one before: the apology follows them. */
const connectives = ['但是', '不过', '可是', '只是', '然而', '所以', '因此', '因而', '但']

/** Greetings that may run on into the sentence without a comma (`您好订单…`). */
const runOnGreetings = new Set(['您好', '你好', '亲', '亲亲', '亲爱的'])

/**
 * Where the apology goes after a connective opening the clause at `from` (spaces and commas
 * after it skipped), or -1 when none opens it or the refusal itself is the connective's word.
 */
function connectiveEnd(text: string, from: number, refusalStart: number): number {
  let at = from
  while (text.charAt(at) === ' ') at++
  const word = connectives.find((connective) => text.startsWith(connective, at))
  if (!word) return -1
  at += word.length
  while (separators.has(text.charAt(at))) at++
  return at <= refusalStart ? at : -1
}

/**
 * The language a sentence is mostly in, counting a Latin word as one unit
 * against each Han character (`亲，这款L码不能退哦` is Chinese);
 * `undefined` when it holds neither.
 */
function sentenceLang(normal: string): 'zh' | 'en' | undefined {
  let han = 0
  let words = 0
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i)
    if (c >= 0x3400 && c <= 0x9fff) han++
    else if (isLatin(c) && !isLatin(normal.charCodeAt(i - 1))) words++
  }
  if (han === 0 && words === 0) return undefined
  return han >= words ? 'zh' : 'en'
}

/** After an English opener, skip a name of up to three words (`Hi Anna Lee,`). */
function skipName(text: string, from: number): number {
  let at = from
  for (let words = 0; words < 3 && text.charAt(at) === ' ' && isLatin(text.charCodeAt(at + 1)); words++) {
    at++
    while (isLatin(text.charCodeAt(at))) at++
  }
  return at
}

function isLatin(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}
