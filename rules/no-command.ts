/**
 * no-command: no orders aimed at the customer (000 "避免用命令式、反問式";
 * 001 recommends "稍等").
 *
 *   你自己去看详情页  →  您可以看一下详情页哦
 *   Check the size chart yourself.  →  Could you please check the size chart?
 *
 * A Chinese clause orders when an imperative marker (`赶紧`, `必须`, `自己去`,
 * `把…发过来`, `等着`, `给个好评`) starts its predicate: only openers (`亲`,
 * `好的`), the addressee (`你`, `您`) and a few adverbs (`先`, `就`) stand
 * before it. A softener (`请`, `麻烦`, `可以`, `建议`, `方便的话`) or a subject
 * (`我们马上为您处理`) in front of the marker means it is not an order. Weak
 * markers (`自己看`, `把…发我`) are also softened by a friendly particle or
 * `一下` after them; strong ones (`赶紧`, `等着吧`) are not. Questions and
 * conditions never order, but a condition softens nothing after it either
 * (`有破损的话拍照留底，然后直接拒签` orders): courtesy does, or an offer of
 * choice (`需要的话`).
 *
 * An English clause orders when it opens with the base form of a verb agents
 * ask customers to do (`Check`, `Send`, `Wait`) or with `You must` / `You need
 * to`, and its sentence has no `please`, `could you`, `feel free`, `let us
 * know`, condition or question.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { isHan } from '../src/chars.js'
import { ClauseCursor, MatchIndex } from '../src/language/match-index.js'
import { isWordUnit, leadInEnds, openerLexicon, skipLeadIns } from '../src/language/openers.js'
import { isQuestion } from '../src/language/questions.js'
import { leftmostLongest } from '../src/matcher.js'
import type { Construction, ClauseInfo, Match, RuleContext, SentenceInfo } from '../src/types.js'
import {
  actions,
  bareTails,
  conditions,
  consequences,
  englishCommands,
  englishCurt,
  englishDeterminers,
  englishLeads,
  englishNotCommands,
  englishNounSignals,
  englishSofteners,
  finalParticles,
  handOvers,
  leadIns,
  markers,
  causatives,
  measures,
  narrative,
  sentenceSofteners,
  shortVerbs,
  softeners,
  softWords,
  tentative,
  things,
  trailingGo,
  type ActionEntry,
  type MarkerEntry,
} from './no-command.lexicon.js'

/** Adverbs that may stand before the verb of an order (`先`, `赶紧`, `直接`). */
/** `马上`, `现在` are how the shop promises (`马上反馈`), not how it orders. */
const orderAdverbs = '当面|仔细|认真|先|再|赶紧|赶快|快|快点|立即|立刻|直接|就|自己|自己去|去|先去|再去|回去|回去再|直接去|马上去|就去|现在就|现在就去|重新|记得先|千万|可千万|老老实实|老实|乖乖|好好|第一时间|及时|按时|当天|一起'
/** When the customer is to do it, before `把` (`赶明儿把那件旧的先寄回来`): the order stands. */
const laterOn = '今天|明天|后天|赶明儿|明儿|回头|到时候|待会|待会儿|等会|等会儿|一会儿|稍后|晚点|过两天'
/** After the verb: it narrates (`看到了`), conditions (`签收后`) or is part of a noun (`发货`), not an order. */
const notAnOrder =
  '!后|之后|以后|时|的时候|了|过|到|着|完|好了|成功|的|得|货|票|出|级|等|询|题|明|件|量|数|年|账|价|金额|来|起来|款|单号是|式|心|去了|错|待|不了|不到|不上|不成|电话|方式|人|地址|信息|时间|记录|状态|结果|进度|往|需要|需|路径|流程|入口|页面|步骤|生|现|热|展|布|烧|卖|播|赞|回地址|0|1|2|3|4|5|6|7|8|9|两|几|[数字|下我|会儿|左右|钟|半|这样|在|前|下|您个人|个人|您|你|盒|器|宝|线|桩|键|框|栏|机|之日|日起'
/** What softens a Chinese request, or shows that the shop is the one acting. */
const chineseSofteners = [
  // The shop as subject stands before the verb (see `governing`); `发给我们` still orders.
  '为您|给您|帮您|替您|我来|我帮|我这边|我给您|我为您|我去|我会|正在|会|能|吗|么|呢|哦|噢|喔|哈|呀|啦|~|😊|不了|不到|不能|没法|无法|需要|超过|可能|一般|没有|是',
  // The shop giving back to the customer later in the clause (`取消我们作废优惠券后补回您差价`),
  // or handing the matter on to its own staff (`反馈给相关同事`): the shop acts.
  '给相关|给同事|给相关部门|给技术|给工程师|给上级|给领导|给主管|给仓库|给厂家',
  '补回您|补给您|退回您|退还您|退您|返您|补您|赔您',
  // What must happen before a result (`再打开漫游才完成切换`): a condition told, not an order.
  '才能|才可以|才可|才会|才算|才行|才有|才生效|才完成',
  '@second ~2 可以|可',
]
/** Permission given to the customer (`您可以…`, `也可直接…`, `可通过…`), or a softener, earlier in the sentence. */
const permission = ['@second ~3 可以|可|能|能够', '也可|也可以|还可以|都可以|可通过|可以通过|可在|可以在|可直接|可以直接|@polite|@invitation', '可|可以 进入|打开|点击|点开|登录|前往|选择']
/**
 * What, earlier in the sentence, governs the clause: permission (`您可登录网厅，点击查话费`,
 * `也可直接点击此链接`) makes a chain of steps a suggestion, and the shop as subject
 * (`这边给您申请处理的，申请原返…`) makes it the shop's own narration.
 */
const governing = [
  ...permission,
  // The only way open (`只能申请退货，重新下单购买`) describes the route; it orders nothing.
  '只能|只可以|只有',
  // The shop acting for the customer (`这边给您申请…`): not `我们不负责，您自己去找快递`.
  '@we|这边|小妹|小二 ~4 给您|为您|帮您|替您|已经|已|会|正在|马上|这就',
  '为您|给您|帮您|替您|由',
  // What the shop sees the customer did (`咱们这边查看您直接选择…`, `显示您已…`).
  '@we|这边|小妹|小二 ~4 查看|看到|查到|核实|查询|显示|发现',
  // The company as the subject of what follows (`司将会加大培训力度,改善服务中的不足`).
  '公司|我司|本公司|司|本店|平台|小编 ~4 将|将会|会|正在|已经|已|马上|这就|一定',
  '显示|查到|看到|发现 ~2 @second',
  // Thanks for what the customer did (`感谢您…及时把问题反馈给我们`) narrates it.
  '感谢|谢谢|多谢',
]
/** A clause that sets a condition or a time (`拍照的时候`), or offers a deal (`拍2份送湿巾`), orders nothing. */
const framing = [
  '如果|假如|万一|一旦|要是|只有|只要|除非',
  // Comfort (`申请售后之后不要着急`) orders nothing.
  '不要着急|别着急|不用着急|别担心|不用担心|不要担心|放心',
  // An invitation (`可随时联系我们`), and waiting for someone else (`现在等商家审核`), order nothing.
  '随时|有问题|有需要|有任何',
  '等 商家|卖家|厂家|快递|物流|系统|审核|仓库|客服|售后|师傅|工作人员|财务|银行',
  // `等您收到货我们再跟进`: a time (until the customer has …), not an order to wait.
  '等 @second',
  '拍|关注|收藏|加购|购买|买|下单 ~8 送|赠|立减|减|享|返|包邮',
  // A path through an app's menus (`进入设置--关于手机`, `点击 我的—客户服务`) is help text, not an order.
  '>|→|》',
  // A process: after the customer's step, someone else acts (`提交申请后厂家审核`).
  '后|之后|以后 ~2 厂家|商家|卖家|快递|仓库|系统|客服|售后|工作人员|师傅|我们|这边|会',
  '进入|打开|点开|点击|选择|登录|登陆 ~16 设置|我的|客户服务|订单详情|我的订单|个人中心|账户|首页|菜单|页面|界面|选项|右上角|左上角|底部|按钮|图标|app',
]
/** `你取消干嘛`: a why-question, not an order. */
const whyTail = '干嘛|干啥|干什么|做什么|为啥'
/** `重启倒没出现过这种现象`: what has never happened is a report, not an order. */
const neverHappened = '没|没有|未|从没|从未 ~6 过 !来|去'
/**
 * The agent's note of an errand to the shop's partners (`催站点配送`, `通知仓库补发`) or of a call
 * to the customer, named as 客户 (`联系客户关机`): the agent does it, the customer cannot.
 */
const ourErrand = ['^ 催|催促|通知|协调|安排|转给|转交 ~2 站点|仓库|配送|配送员|商家|厂家|物流|快递员|师傅|售后|同事|相关', '^ 联系|通知|告知|回访|致电|回电 客户|顾客|用户|买家']
/**
 * `查看` opening a finding (`查看价保成功`, `查看在昨天晚上`, `查看该订单中有流量商品`): JD agents'
 * shorthand for "I checked: …", the agent's own act; an order names what to look at
 * (`查看白条还款情况`).
 */
const finding = ['^ 查看|查询|核实 到|在|有|是|已|已经|没|没有|不|未|显示|该|此|这|您的|您 ', '^ 查看|查询|核实 ~12 成功|失败|中有|余额|了']
/** A reply that lays out a procedure (`尝试以下方法：1、…`) explains; its steps are not orders. */
const helpText = '流程|步骤|如下|首先|第一步|操作方法|以下方法|以下步骤|以下操作|尝试以下|下面的方法|下面的方式|下面的步骤'
/** The customer asked how: steps that answer it explain, they do not order. */
const askedHow = '怎么|怎样|如何|在哪|哪里|哪儿|步骤|方法|how_do|how_can|how_to|where'
/** Japanese shares characters with Chinese (`改善`), not its grammar. */
const japanese = 'の|は|を|が|ます|です|ない|ません'
/** `别担心`, `不要着急`, `别客气`: a negative that comforts, not an order. */
const notReassurance = '!担心|着急|急|客气|紧|介意|害怕|怕|慌|难过|生气|灰心|误会|见外|谢|担忧|焦虑|麻烦|打扰|的|了|是|意思|好意思'
/** Particles and marks that soften what they close (`…哦`, `…呢~`). */
const softParticles = '吗|么|呢|哦|噢|喔|哈|呀|啦|~|😊|嘛'
/** After the order: `即可`, `就行` say what is enough, not what must be done. */
const enough = '即可|就可以|就可|就行|就好|就ok|便可|就能|都行|都可以'
/**
 * `重新安装SIM卡看看`, `重启一下试试`: a step closed by 看看/试试 suggests a try; it orders nothing.
 * Not `发我看看`, where 看看 is the agent's look.
 */
const tryIt = ['试试|试一试|试一下 $', '下|装|换|启|新|理|作|录|置|开|闭|接|用|卡|方|遍|次 看看 $']
/**
 * A story told without its subject (`直接选择了更换运营商`, `重启又到这个`): an aspect `了`
 * or `又` after the verb narrates what happened; an order looks ahead (`不用申请了直接寄回来`).
 * The gaps after an order's verb hold neither.
 */
const story = '了|又|属于|所|就是|已经|已|均|有一个|有个|会有|就有'
/**
 * A verb on its own is a fragment of a longer turn (`咱们这边已经申请成功;拍`), `转发微博` is Weibo's repost
 * label, and a bare `取消订单` or `反馈` line is the agent's note of what it does (`取消订单\n我帮您取消`,
 * `反馈,我们会尽快…`): none orders.
 */
const fragment = ['^ 拍|发|看|查|点|等|问|找|付|选|改|催|塞|拖|念|填|寄|签收|联系 $', '^ 转发微博|分享微博|分享图片 $', '^ 取消|取消订单|反馈|已反馈|登记|已登记|备注|已备注 $']
/** The shop, a courier or a warehouse as the subject: they act, the customer is not ordered (not `快递单号…`). */
const shopSubject = ['^ @we|我|这边|小妹|师傅|仓库|厂家', '^ 快递 !单|费|面单|信息|地址|号']
/** A step that continues the one before (`…请您打开订单。然后重新打开…`) is as polite as that one. */
const continuation = '然后|接着|随后'
/**
 * What softens a whole sentence around an order that carries its own force (`务必`, `赶紧`, `别`):
 * a softener, "that will do", or the shop's scheduled outcome (`当天18:00前提交申请，将于22:00前审核
 * 完毕`: a rule of timing, no order); not a particle closing another clause
 * (`今天之内务必去取，超过三天会被退回的哈`).
 */
const sentenceSoftForced = ['@polite|@invitation', enough, '将于|将在|将会于 ~16 完毕|完成|到账|处理|审核|发货|发出|送达|退回|退款']
/** The shop's own act (`返您`, `为您`): a particle closing its clause softens that act, not an order before it. */
const shopAct = '返您|返你|送您|送你|给您|给你|为您|为你|帮您|帮你|替您|发您|退您'
/** Marks between the clauses of a sentence. */
const clauseMarks = '，|,|；|;'
/** The sentence's last clause, closed by a particle of tone, when it is not the shop's own act. */
const toneClosedLast = `~!${shopAct}|${clauseMarks} 呢|哦|噢|喔|欧|哈|呀|啦|~|😊 $`
/** A last clause that tries and sees (`…重新输入，看看是否恢复正常`): the steps before it are a suggestion to try. */
const seeWhether = `${clauseMarks} 看看|看下|看一下|试试|试下|试一下|观察一下 是否|能否|能不能|可不可以|有没有|会不会 ~16 $`
/**
 * What softens any other order's sentence: those, or a particle of tone closing it (`…预约安装的呢`),
 * unless the clause it closes is the shop's own act (`截图发过来，返您8元现金哦`), or a last clause
 * that tries and sees (`seeWhether`).
 */
const sentenceSoft = [...sentenceSoftForced, `^ ${toneClosedLast}`, `${clauseMarks} ${toneClosedLast}`, seeWhether]
/**
 * What softens an order pressed by `自己` or `赶紧`: courtesy, not an offer of choice (`需要的话你自己去申请`,
 * `快递到了就赶紧去拿` still order).
 */
const sentencePolite = politeOnly(sentenceSoft)
/** `governing` for the same orders: permission and the shop's own act, but not an offer of choice. */
const governingPolite = politeOnly(governing)

/** Patterns read without `@invitation`: courtesy softens a pressed order, an offer of choice does not. */
function politeOnly(patterns: readonly string[]): string[] {
  return patterns.map((pattern) => pattern.replace('|@invitation', ''))
}
/** A clause that ends with 了/过/的 narrates, and one that ends with 后/时/的话 sets a condition (not `申请售后`). */
const narration = '了|过|的|@whenEnd|的话|为止|内|以内|之内|等待中|等候中 $'
/** A clause that ends in a title's noun (`安装封顶真优惠大活动`) names something; it orders nothing. */
const title = '活动|须知|说明|指南|攻略|规则|公告|通知|专区|福利 $'
/** What follows an English instruction verb in phrases that are not orders (`Don't worry`). */
const notAnEnglishOrder = "!worry|hesitate|mention|panic|sweat|be_afraid|forward|care|you|us_know|more_on|more_about|more_at|a_moment|a_sec|a_second|a_minute|tight|us_posted|us_updated|us_informed|it_out|us_a_moment|us_a_minute|us_a_sec|us_a_second|us_some_time|in_touch|up_the|safe|ahead|out|by|our_apologies|my_apologies|back_and|back_soon|back_again|see_us|visit_us"
/** What softens an English instruction. */
/** What softens an English order; a condition (`if`, `when`) softens a positive one only. */
const englishPolite = "please|pls|plz|kindly|feel_free|could_you|would_you|can_you|let_us_know|you_can|you_may|happy_to|glad_to|we'd|we_would|thanks|thank_you|sorry|hope|enjoy|have_a|try"
const englishSoftening = `${englishPolite}|when_you|if|when|once|in_case`

/** How far after `把` its verb of handing over may stand (`把您的收货地址和电话发过来`). */
const handOverReach = 16
/** How far into its clause an obligation's action may stand (`务必在七天内寄回`). */
const obligationReach = 12
/** How far after a marker a narrating `了`/`过`/`的` still belongs to it. */
const narrativeReach = 24
/** The longest tail `等着` may take (`就可以了`). */
const bareReach = 4

const particleSet = new Set(finalParticles)
const shortVerbSet = new Set(shortVerbs)
const tentativeSet = new Set(tentative)
const bareTailSet = new Set(bareTails)
const nounSignalSet = new Set(englishNounSignals)
const determinerSet = new Set(englishDeterminers)
const noLeadIns: ReadonlyMap<number, number> = new Map()

/** After `将`: "will" (`将于`, `将会`, `将尽快`), not the written `把` of a task. */
const notBa = '于|在|会|要|为|由|是|近|就|来|按|以|继续|尽快|陆续|逐步|统一|立即|及时|自动|有|可|可以|能|不|无|被|对|与|和|到|从|获得|收到|很|更|再|原路|全额|款|退款|货款|金额|费用'

/**
 * `把…V清楚` at the head of its clause (`ba-result`): any verb, with the state the task is to end in;
 * not `给`/`帮`/`为` (the shop doing it for the customer).
 */
const baResult = `@second? ${laterOn}? ${orderAdverbs}? 把|将 !${notBa} O=~16 V=~4!${story}|给|帮|为 C=清楚|好|明白|一下|仔细 $`

/** The act named only to be judged (`关闭一键切换很重要`, `自己安装挺麻烦的`): a topic, not an order. */
const judged = '很|非常|挺|太|特别|比较|十分|更|最 重要|必要|关键|方便|麻烦|难|容易|简单|有用|管用|有效|划算|费劲|费事|省事 的|了|啊|呢? $'

/**
 * What makes an order pressed by `自己` or `赶紧` no order: a softener in its clause, narration, a
 * frame, `即可`; courtesy or the shop's own act earlier in the sentence (not a condition).
 */
const pressed = { clause: [...chineseSofteners, narration, ...framing, enough], preceding: governingPolite, sentence: sentencePolite, reply: japanese }

/** Who, named before `自己`, does it instead of the customer (`小妹自己去查`, `快递师傅自己…`). */
const notTheCustomer = '@we|我|这边|小妹|为您|给您|帮您|他|她|快递|师傅'

/** What makes a `给我`/`帮我` demand a request: a softener, the shop acting, a condition, a question or thanks. */
const demandSoftened: Construction['unless'] = {
  clause: [softParticles, '为您|给您|帮您|@we|我们|这边|如果|要是|的话|能不能|可以|可不可以|能否|可否|麻烦|请|谢谢|感谢'],
  // What the shop was reported to have promised (`都说会上报，尽快给我处理的`).
  preceding: '都说|说会|说好|答应|承诺|表示会',
  sentence: [...sentenceSoft, '感谢|谢谢|多谢'],
  reply: japanese,
}

const bareVerb: Construction = {
  id: 'bare-verb',
  meaning: 'A clause that starts with what the customer is to do, subject left out, orders (`拍个照发过来`, `先签收再说`).',
  example: '亲 先签收再说',
  // `提交售后的时候备注…`: the clause's order comes after its time (when-then's), not at its head.
  pattern: `^ @second? 那边|那里? A=${orderAdverbs}? V=@action ${notAnOrder} R=~40!${story}|的时候 $|`,
  question: false,
  // `点击完应用就闪退`: done with a verb, the clause tells what happened; `点` alone is no verb before `击完`.
  unless: { before: continuation, clause: [...tryIt, ...finding, ...ourErrand, whyTail, neverHappened, ...chineseSofteners, narration, title, ...framing, enough, ...fragment, '^ @action 完', judged], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
  expected: ['麻烦您{A}{V}{R}哦'],
}

const whenThen: Construction = {
  id: 'when-then',
  meaning: 'A time or condition first, then the bare order: `退货的时候写上订单号`, `收到货后先检查再签收`.',
  example: '退货的时候写上订单号',
  pattern: `^ ~10 @whenEnd|完 < @second? A=${orderAdverbs}? V=@action ${notAnOrder} R=~40!${story} $|`,
  question: false,
  unless: { clause: [...tryIt, ...chineseSofteners, narration, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
  expected: ['麻烦您{A}{V}{R}哦'],
}

const atPlace: Construction = {
  id: 'at-place',
  meaning: 'Where to do it, then the order: `在备注里写上订单号`, `退回的时候在包裹里塞张纸条`.',
  example: '在包裹里塞张纸条',
  pattern: `^ @second? 先? 在 P=~10!${story}|@we|我|这边|您|你|哪|哪里|哪儿 L=里|中|上|内|里面|下面|上面 V=@action ${notAnOrder} R=~20!${story} $|`,
  question: false,
  unless: { clause: [...tryIt, ...chineseSofteners, narration, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
  expected: ['麻烦您在{P}{L}{V}{R}哦'],
}

const whenAtPlace: Construction = {
  ...atPlace,
  id: 'when-at-place',
  meaning: 'A time first, then where to do it and the order: `退回的时候在包裹里塞张纸条`.',
  example: '退回的时候在包裹里塞张纸条',
  pattern: `^ ~10 @whenEnd < @second? 先? 在 P=~10!${story}|@we|我|这边|您|你|哪|哪里|哪儿 L=里|中|上|内|里面|下面|上面 V=@action ${notAnOrder} R=~20!${story} $|`,
}

const byMeans: Construction = {
  id: 'by-means',
  meaning: 'How to do it, then the order: `按尺码表选`, `照着说明书装`.',
  example: '按尺码表选',
  pattern: `^ @second? ${orderAdverbs}? M=按|按照|照着|参照|根据 O=~10!的|@second V=@action R=~20!${story} $|`,
  question: false,
  unless: { clause: [...tryIt, ...chineseSofteners, narration, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
  expected: ['麻烦您{M}{O}{V}{R}哦'],
}

const goThere: Construction = {
  id: 'go-there',
  meaning: 'Sent somewhere to do it: `去售后那边提交`, `自己去快递点寄`.',
  example: '去售后那边提交',
  // Buying and searching are steps only once sent somewhere (`去那边买`, `去拼多多搜店名`);
  // a clause that starts with them tells a story (`买个破电视，拖了一个月`).
  pattern: `^ @second? 那边|那里? 先|再|直接|自己? 去 !年|世|掉|除|哪|哪儿|哪里|向 P=~8!了|过|的|@we|我 V=@action|买|搜 ${notAnOrder} R=~20!${story} $|`,
  question: false,
  unless: { clause: [...tryIt, ...chineseSofteners, narration, ...framing, enough], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
  expected: ['麻烦您去{P}{V}{R}哦'],
}

/**
 * The same construction for a task the customer does for themselves (`@selfService`): a way
 * shown, so the softened form is `您可以…哦` rather than `麻烦您…哦`. Listed before its base,
 * it takes those verbs first.
 */
function forSelf(base: Construction, id: string, meaning: string, example: string, expected: string): Construction {
  return { ...base, id, meaning, example, pattern: base.pattern.replace('V=@action', 'V=@selfService'), expected: [expected] }
}

export default defineRule({
  meta: {
    id: 'no-command',
    description: 'Disallow commands aimed at the customer.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('no-command'),
    messages: {
      command: {
        'zh-CN': '“{actual}”是命令语气，改用“{expected}”',
        'zh-TW': '「{actual}」是命令語氣，改用「{expected}」',
        en: 'Unexpected `{actual}`, use `{expected}` instead',
      },
      order: {
        'zh-CN': '“{actual}”是命令语气，请用“麻烦您…”“您可以…哦”提出请求',
        'zh-TW': '「{actual}」是命令語氣，請用「麻煩您…」「您可以…喔」提出請求',
        en: 'Unexpected `{actual}`: an order; ask politely (`Could you please …`)',
      },
    },
    note: {
      'zh-CN': '手册 000：“避免用命令式、反问式”；001 推荐“稍等”等敬语。用“麻烦您…”“您可以…哦”“请您…”提出请求。',
      'zh-TW': '手冊 000：「避免用命令式、反問式」；001 推薦「稍等」等敬語。用「麻煩您…」「您可以…喔」「請您…」提出請求。',
      en: 'Handbook 000: avoid the imperative and rhetorical questions; ask politely ("Could you please …", "麻烦您…") instead of ordering.',
    },
  },
  lexicons: [
    openerLexicon, markers, leadIns, actions, handOvers, conditions, softeners, sentenceSofteners, consequences,
    englishCommands, englishNotCommands, englishSofteners, englishCurt, englishLeads,
  ],
  constructions: [
    forSelf(bareVerb, 'bare-self', 'A bare order to do something for oneself (`查看白条还款情况`, `点击订单后面`): the customer is shown a way, so the softened form is `您可以…哦`.', '查看物流信息', '您可以{A}{V}{R}哦'),
    bareVerb,
    forSelf(whenThen, 'when-then-self', 'A time first, then a bare order to do something for oneself: `退货的时候选择七天无理由`.', '退货的时候选择七天无理由', '您可以{A}{V}{R}哦'),
    whenThen,
    {
      id: 'first-then',
      meaning: 'A sequence of steps handed to the customer, `先…再…`: `收到货先检查再签收`, `先寄回来再退款`.',
      example: '收到货先检查再签收',
      pattern: `^ P=~8!@we|我|这边|小妹|快递|师傅|仓库|厂家|为您|给您|帮您 先 V=@action M=~12!${story} T=再|然后 W=~20!${story} $|`,
      question: false,
      unless: { clause: [...chineseSofteners, narration, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: japanese, customer: askedHow },
      expected: ['麻烦您{P}先{V}{M}{T}{W}哦'],
    },
    {
      id: 'hurry',
      meaning: 'An adverb of urgency before the customer\'s action orders, wherever the clause starts, and a condition does not soften it (`到了就赶紧寄回来`).',
      example: '收到了就赶紧寄回来',
      pattern: `赶紧|赶快|快点 V=@action ${notAnOrder} R=~20!${story} $|`,
      question: false,
      unless: { ...pressed, customer: askedHow },
      expected: ['麻烦您{V}{R}哦'],
    },
    {
      id: 'directly',
      meaning: '`直接` before the customer\'s action orders, wherever the clause starts (`…直接寄回来`), after a condition too (`没法收件的话，直接拒收`); that it will do makes it a suggestion (`直接拒收就可以`).',
      example: '不用申请了直接寄回来',
      pattern: `直接 V=@action ${notAnOrder} R=~20!${story} $|`,
      question: false,
      unless: { clause: [...chineseSofteners, narration, ...framing, enough], preceding: governing, sentence: sentenceSoft, reply: japanese, customer: askedHow },
      expected: ['麻烦您{V}{R}哦'],
    },
    {
      id: 'hurry-go',
      meaning: 'Sent off in a hurry to do it somewhere (`快递到了就赶紧去驿站拿`): urgency before 去 orders as it does before the verb.',
      example: '快递到了就赶紧去驿站拿',
      pattern: `赶紧|赶快|快点|马上 去 P=~8!了|过|的|@we|我|为您|给您|帮您 V=@action|取|拿|买 R=~20!${story} $|`,
      question: false,
      unless: { ...pressed, customer: askedHow },
      expected: ['麻烦您尽快去{P}{V}{R}哦'],
    },
    {
      id: 'urge',
      meaning: 'Urgency words that only an order uses (`赶紧出票`, `你们快点处理`), before any verb: the customer presses the shop or the shop presses the customer.',
      example: '赶紧出票！',
      pattern: `^ @second? 赶紧|赶快|快点|立刻|立即 !为您|给您|帮您|到|了|的|就|吧 V=~16!${story} $|`,
      question: false,
      unless: { clause: [softParticles, '为您|给您|帮您|替您|@we|我来|我们会|正在', ...framing], preceding: governing, sentence: sentenceSoftForced, reply: japanese },
      expected: ['麻烦您尽快{V}哦'],
    },
    {
      id: 'must',
      meaning: 'An obligation laid on the other party (`您必须在7天内寄回`, `需要你们退差价给我`): `您` does not soften `必须`.',
      example: '您必须在7天内寄回',
      pattern: `^ @second? 必须|务必|一定要|得要|需要你们 !的|滴|哒|啊|呀|哦 V=~20!${story} $|`,
      question: false,
      // `必须要商品编号是X`: what a thing must be (a copula), a condition, not an order.
      unless: { clause: [softParticles, narration, '为您|给您|帮您|@we|我们|我会|我来|的话|如果|要是|注意|小心|安全|保重', '必须|务必|一定要|得要 ~8 是'], preceding: governing, sentence: sentenceSoftForced, reply: japanese },
      expected: ['麻烦您{V}哦'],
    },
    {
      id: 'object-must',
      meaning: 'The thing first, then the obligation laid on the customer: `旧的那件务必三天内寄出`.',
      example: '旧的那件务必三天内寄出，运费我们承担',
      pattern: `^ O=~8!把|@second|@we|@whenEnd|之内|以内|我|这边|如果|要是|快递|师傅|仓库|系统|厂家|就|也|都|是|不|没|请|麻烦|质量|东西|产品|商品|货|让|叫|要求|告知|告诉|说|大家|而且|还|只能|只有|因为|所以|他们|他|她 必须|务必|一定要 !的|滴|哒|啊|呀|哦|是|有|会|能|要|得|好|对 V=~20!${story} $|`,
      question: false,
      // A condition met only so (`必须重新下载才ok`) states a requirement; `反馈给你` is the speaker's own duty.
      unless: { clause: [softParticles, narration, '为您|给您|帮您|@we|我们|我会|我来|的话|如果|要是|注意|小心|安全|保重|才|才能|才行|才可以|给你|跟你|向你|对你'], preceding: governing, sentence: sentenceSoftForced, reply: japanese },
      expected: ['麻烦您把{O}{V}哦'],
    },
    {
      id: 'when-must',
      meaning: 'A time first, then the obligation: `明天之前必须把退货单号填上`, `今天之内务必去取`.',
      example: '明天之前必须把退货单号填上，过期系统会自动关闭申请',
      pattern: `^ ~10 @whenEnd|之内|以内 < @second? 必须|务必|一定要 !的|滴|哒|啊|呀|哦 V=~20!${story} $|`,
      question: false,
      unless: { clause: [softParticles, narration, '为您|给您|帮您|@we|我们|我会|我来|的话|如果|要是|注意|小心|安全|保重'], preceding: governing, sentence: sentenceSoftForced, reply: japanese },
      expected: ['麻烦您{V}哦'],
    },
    {
      id: 'modal-order',
      meaning: 'What the customer has to do, said to them with 要先/得先/应该/需要先 and no softener: `你要先申请退款`, `您得先确认收货`. Not a requirement stated without the addressee (`需要寄回商品的`).',
      example: '您得先确认收货',
      pattern: `^ @second M=要先|得先|得要|还得|就得|应该先|应该|需要先|只能自己 !的|滴|是|有|为您|给您|帮您 P=~6!${story} A=@action ${notAnOrder} R=~20!${story} $|`,
      question: false,
      unless: { clause: [softParticles, narration, '为您|给您|帮您|替您|@we|我们|我会|我来|这边|的话|如果|要是|注意|小心|安全|保重|才能|才可以|才行'], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      expected: ['麻烦您{P}{A}{R}哦'],
    },
    {
      id: 'manner-order',
      meaning: 'How well to do it, as an order: `照片拍清楚点`, `地址写详细点`, `动作快点`.',
      example: '照片拍清楚点',
      pattern: '^ @second? ~8 清楚|详细|快|麻利|利索|认真|仔细|准确|具体|清晰 点|一点|些 R=~8 $|',
      question: false,
      unless: { clause: [softParticles, '为您|给您|帮您|替您|@we|我们|我会|我来|这边|的话|如果|要是|尽快|能|可以|会'], preceding: governing, sentence: sentenceSoft, reply: japanese },
      messageId: 'order',
    },
    {
      id: 'object-first',
      meaning: 'The thing first, then the handing over: `订单截图发过来`.',
      example: '订单截图发过来，我们核对下',
      pattern: '^ O=~14!把|将|感谢|谢谢|多谢|@second|此次|这次|本次|上次|下次 V=发过来|发来|寄过来|寄回来|发给我|发我|传过来|传上来|贴过来|贴上来|复制过来|拍过来|给我看看|给我一下|报给我|报一下|发一下|拍一下|填一下|寄回|拍进去|写上|填上|填好|写好|贴上|贴好|附上|备注上|注明|给一下|给下|提供一下|告诉我|告知一下|说一下|发下|付掉|点满|签字|签个字|写清楚|填清楚|标清楚|付一下|删掉|补一下|补上|寄一下 $|',
      question: false,
      unless: { clause: [...chineseSofteners, narration, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      expected: ['麻烦您把{O}{V}哦'],
    },
    {
      id: 'object-to-place',
      meaning: 'The thing first, then where to put it: `单号填到后台`, `截图传到附件里`.',
      example: '单号填到后台，晚了系统会自动关闭',
      pattern: `^ O=~10!把|感谢|谢谢|多谢|@second|@we|我|这边|此次|这次|已经|已|预计|大概|小时|天 V=填到|填在|写到|写在|上传到|传到|贴到 P=~8!${story} $|`,
      question: false,
      unless: { clause: [...chineseSofteners, narration, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      expected: ['麻烦您把{O}{V}{P}哦'],
    },
    {
      id: 'object-again',
      meaning: 'The thing first, then the customer\'s step of handing it over done again: `地址再发一次`, `照片重新拍一下`.',
      example: '地址再发一次，刚才那个看不清',
      pattern: `^ O=~6!把|感谢|谢谢|多谢|@second|@we|我|这边|此次|这次|已经|已|预计|大概|小时|天|如果|要是|等|快递|师傅|仓库|系统|可|可以|无需|不用|然后|到|去|在|将|先|就|也|都|又|而且|说|要|得|必须|有|退出|返回|进入|打开 再|重新|重 V=发|拍|传|填|写|寄|提交|上传|截图|截|量|测|核对|确认|付|付款|说 R=一次|一遍|一下|下|过来|给我|给我们|一张|一个 ~6 $|`,
      question: false,
      // `再拍照看下`: with nothing before `再`, the step is a bare order (bare-verb's).
      unless: { clause: ['^ 再|重新', ...chineseSofteners, narration, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      expected: ['麻烦您把{O}再{V}{R}哦'],
    },
    {
      id: 'object-dont',
      meaning: 'The thing first, then a negative order about it: `手机别调静音`, `吊牌不要拆`.',
      example: '手机别调静音，快递到了会打电话',
      pattern: `^ O=~8!把|感谢|谢谢|多谢|@second|@we|我|这边|此次|这次|已经|已|如果|要是|快递|师傅|仓库|系统|钱|运费|一点|千万|尽量|最好|建议|是|对的|对|嗯|好的|就|也|都|然后|到|去|在|可|可以|要|但愿|希望|愿|说|让|叫|告诉|得|必须 @dont ${notReassurance}|钱|太|急|慌|动|脸 V=~12 $|`,
      question: false,
      // With nothing before it, `不要…` is negative-order's, which has the suggestion.
      unless: { clause: ['^ @dont', softParticles, narration, '@dont $', '为您|给您|替您|我们会|我会|正在|的话|如果|要是'], preceding: permission, sentence: sentenceSoft, reply: [helpText, japanese] },
      messageId: 'order',
    },
    {
      id: 'scroll-there',
      meaning: 'A step on a screen, the place first: `结算页面往下拉`, `聊天记录往上翻`.',
      example: '结算页面往下拉，勾上那张满减券',
      pattern: `^ P=~10!@we|我|这边|已经|已 V=往下拉|往上拉|往上翻|往下翻|往下滑|往上滑|拉到底|滑到底|翻到底 R=~16!${story} $|`,
      question: false,
      unless: { clause: [...chineseSofteners, narration, ...framing, enough], preceding: governing, sentence: sentenceSoft, reply: japanese, customer: askedHow },
      expected: ['您可以{P}{V}{R}哦'],
    },
    {
      id: 'ba-order',
      meaning: '`把…` (written `将…`) at the head of a clause hands the customer a task (`将具体问题私信我们`).',
      example: '把吊牌一起拍进去',
      pattern: `^ @second? ${laterOn}? ${orderAdverbs}? 把|将 !${notBa} O=~16 V=@action|过来|回来|进去|给我 R=~20!${story} $|`,
      question: false,
      unless: { clause: [...chineseSofteners, ...framing, enough], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      expected: ['麻烦您把{O}{V}{R}哦'],
    },
    {
      id: 'ba-result',
      meaning: '`把…V清楚`, `把…V好`: a task handed over with the state it is to end in, whatever the verb (`把尺码表对照清楚`).',
      example: '下单前自己把尺码表对照清楚',
      pattern: `^ ~8 @whenEnd|前|时 < ${baResult}`,
      question: false,
      unless: { clause: [...chineseSofteners, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      expected: ['麻烦您把{O}{V}{C}哦'],
    },
    {
      id: 'ba-result-bare',
      meaning: 'As `ba-result`, opening the clause.',
      example: '自己把尺码表对照清楚',
      pattern: `^ ${baResult}`,
      question: false,
      unless: { clause: [...chineseSofteners, ...framing, enough], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      expected: ['麻烦您把{O}{V}{C}哦'],
    },
    {
      id: 'ba-then',
      meaning: '`把…V了再…`: a step to finish before anything else (`先把差评删了再谈补偿`).',
      example: '先把差评删了再谈补偿',
      pattern: `^ @second? 先? 把 O=~12 V=@action 了 再|然后 W=~20 $|`,
      question: false,
      unless: { clause: [...chineseSofteners, ...framing, enough], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      messageId: 'order',
    },
    {
      id: 'when-ba',
      meaning: 'A time first, then `把…` handing over the task: `退货的时候把吊牌留着`.',
      example: '退货的时候把吊牌留着',
      pattern: `^ ~10 @whenEnd < @second? ${orderAdverbs}? 把 O=~16 V=@action|过来|回来|进去|给我 R=~20!${story} $|`,
      question: false,
      unless: { clause: [...chineseSofteners, ...framing, enough, ...shopSubject], preceding: governing, sentence: sentenceSoft, reply: [helpText, japanese], customer: askedHow },
      expected: ['麻烦您把{O}{V}{R}哦'],
    },
    forSelf(byMeans, 'by-means-self', 'How to do it, then an order to do it for oneself: `按尺码表选`.', '按照页面提示申请', '您可以{M}{O}{V}{R}哦'),
    byMeans,
    forSelf(atPlace, 'at-place-self', 'Where to do something for oneself: `在订单详情里查看物流`.', '在订单详情里查看物流', '您可以在{P}{L}{V}{R}哦'),
    atPlace,
    forSelf(whenAtPlace, 'when-at-place-self', 'A time first, then where to do something for oneself: `发货后在订单里查看物流`.', '发货后在订单里查看物流', '您可以在{P}{L}{V}{R}哦'),
    whenAtPlace,
    forSelf(goThere, 'go-there-self', 'Sent somewhere to do something for oneself: `去订单详情里查看物流`.', '去订单详情里查看物流', '您可以去{P}{V}{R}哦'),
    goThere,
    {
      id: 'go-do-it',
      meaning: '`…自己V去`: "go and do it yourself", the order put last (`自己查去`, `让你们自己重现去`).',
      example: '自己查物流去！',
      pattern: '自己 V=~8!了|过|的|@we|我 去 $|',
      question: false,
      unless: { before: '我|@we|他|她|小妹|这边|咱', clause: ['为您|给您|帮您|替您|的话|如果|要是', softParticles], reply: japanese },
      messageId: 'order',
    },
    {
      id: 'do-it-yourself',
      meaning: '`自己` before the customer\'s action, after a time or an object (`付款前地址自己核一遍`): "do it yourself" orders.',
      example: '付款前地址自己核一遍',
      pattern: `^ ~14!${notTheCustomer} 自己|自个儿 V=@action|核|核一遍|核对一下|核一下|检查一遍 R=~12!${story}|的 $|`,
      question: false,
      unless: pressed,
      messageId: 'order',
    },
    {
      id: 'yourself-go',
      meaning: '`自己去…`: sent to do it oneself, after a topic or a condition (`退款的话你自己去订单页面申请`).',
      example: '退款的话你自己去订单页面申请',
      pattern: `^ ~14!${notTheCustomer}|他们|员|商家|厂家|客服|对方|别人|人家 < 自己|自个儿|自行 去 P=~10!了|过|的|@we|我 V=@action|买|搜|取|拿 R=~20!${story}|的 $|`,
      question: false,
      unless: pressed,
      messageId: 'order',
    },
    {
      id: 'dont-rush',
      meaning: 'Told not to rush into something (`先别急着点退款`): an order, not the comfort of `别着急`.',
      example: '先别急着点退款，东西还在路上呢',
      pattern: `^ @second? ${orderAdverbs}? @dont|先别 急着|忙着|急于 V=~20 $|`,
      question: false,
      unless: { clause: [softParticles, '为您|给您|替您|我们会|我会|正在|的话|如果|要是'], preceding: permission, reply: [helpText, japanese] },
      expected: ['麻烦您先不要急着{V}哦'],
    },
    {
      id: 'negative-order',
      meaning: 'A negative order: `不要拒收`, `别再催了`, `别拖`.',
      example: '别再催了',
      pattern: `^ @second? ${orderAdverbs}? @dont|不许|不准 ${notReassurance} V=~20 $|`,
      question: false,
      unless: { clause: [softParticles, '为您|给您|替您|我们会|我会|正在|的话|如果|要是'], preceding: permission, sentence: sentenceSoftForced, reply: [helpText, japanese] },
      expected: ['麻烦您先不要{V}哦'],
    },
    {
      id: 'then-dont',
      meaning: 'A negative order after a reason or a condition, joined by 就 (`既然出账就别停我机啊`, `不能保证就别吹牛`): the 就 of "then" does not soften it; comfort (`您就别担心了`) and the speaker\'s own choice (`我就不要了`) are not orders.',
      example: '不能保证就别乱承诺',
      pattern: `就 @dont ${notReassurance} V=~20 $|`,
      question: false,
      unless: { before: '我|@we|咱|他|她|这边|小妹', clause: [softParticles, '为您|给您|替您|我们会|我会|正在|如果|要是'] },
      messageId: 'order',
    },
    {
      id: 'less-order',
      meaning: '`少` as a negative order, which it is only with what it forbids (`少废话`, `少来这套`): `少发了一件`, `少这两个配件` say what is missing.',
      example: '少废话，赶紧退款',
      pattern: `^ @second? ${orderAdverbs}? 少废话|少来|少管|少啰嗦|少啰唆|少扯|少bb|少装|少跟我|少在这|少在那|少套近乎|少烦我|少操心|少说两句|少说点|少找借口|少忽悠 ~20 $|`,
      question: false,
      unless: { clause: [softParticles, '为您|给您|替您|我们会|我会|正在|的话|如果|要是'], preceding: permission, sentence: sentenceSoftForced, reply: [helpText, japanese] },
      messageId: 'order',
    },
    {
      id: 'give-me',
      meaning: '`给个…`, `给我…`: a demand, pressed or not (`快给我一个合理的解释`, `还有给我一个解决方案`).',
      example: '给个好评吧',
      pattern: '^ 快|赶紧|马上|立刻|快点|还有? 给个|给我|给我个|给我一个 ~6 @review|优惠|说法|交代|答复|解释|退款|回复|好评|解决方案|处理方案|方案|处理结果|结果',
      question: false,
      unless: { clause: chineseSofteners, sentence: sentenceSoft, reply: helpText },
      messageId: 'order',
    },
    {
      id: 'you-see-to-it',
      meaning: 'The other side told to see to something, named as 你/您/你们, with 一下 or 吧 (`你们核实吧`, `你们出来解释一下`, `您核实一下`): an order whoever gives it.',
      example: '你们出来解释一下',
      pattern: `^ @second 出来|好好|赶紧|快点|马上|尽快|先|再|自己? V=核实|核查|解释|说明|处理|反省|调查|跟进|查|查查|查一查|检查|答复|回复|赔偿|负责|改正|整改|道歉|确认|核对 R=一下|下|清楚? 吧? $|`,
      question: false,
      unless: { clause: [softParticles, '为您|给您|帮您|@we|我们|我会|我来|这边|的话|如果|要是|能不能|可不可以|可以|能否|可否|麻烦|请|需要|得|要'], preceding: governing, sentence: sentenceSoft, reply: japanese },
      expected: ['麻烦您{V}{R}哦'],
    },
    {
      id: 'whatever-it-takes',
      meaning: 'A demand made whatever happens: `无论/不论/不管…都给我…` (`不论何种理由都给我送到家`); the concession only presses the `给我` order after it.',
      example: '不管怎样今天都给我发出去',
      pattern: `^ 无论|不论|不管 ~10 都|也|必须|务必|一定 要? 给我|帮我|替我 V=~16!${story} $|`,
      question: false,
      unless: demandSoftened,
      messageId: 'order',
    },
    {
      id: 'do-it-for-me',
      meaning: 'A demand on the other side, `给我`/`帮我` + what to do (`给我退了`, `你们马上给我解决`, `帮我取消订单`): customers order this way, and an agent who writes it orders too.',
      example: '你们马上给我解决',
      // A word that takes up the talk (`那`, `算了`) or the thing at issue (`这笔帮我退款吧`) may come first; customers speak as 我们 too.
      pattern: `^ 那|那就|好的|好吧|行吧|算了|嗯? 这个|这笔|这单|这件|这些|那个|那笔|那单|这边|那边? @second? 马上|赶紧|立刻|现在|今天|快点|先|再|尽量|抓紧|尽快? 给我|帮我|替我|给我们|帮我们 V=@action|退|换|补|赔|解决|处理|查|挑|改|取消|退款|退钱|发货|补发|重发|安排|弄|检测|检查|核实|补差价|退差价|开通|恢复 R=~16!${story} $|`,
      question: false,
      unless: demandSoftened,
      messageId: 'order',
    },
    {
      id: 'urge-to-me',
      meaning: 'Pressed to do it and hand it to the asker, `给我` put last (`马上回电话给我`, `尽快寄给我`): a demand, as `马上给我…` is.',
      example: '马上回电话给我！',
      pattern: `^ @second? 马上|尽快|立马|赶紧|赶快|快点 V=~8!${story}|为您|给您|帮您|@we|我 给我|给我们 $|`,
      question: false,
      unless: demandSoftened,
      messageId: 'order',
    },
    {
      id: 'soon-please',
      meaning: '`尽快发货吧`: the other side pressed to act soon, with the 吧 of an urging; the shop\'s promise has a subject (`我们会尽快发货`).',
      example: '都一个星期了，尽快发货吧',
      pattern: `^ @second? 尽快|马上|抓紧|快些 V=~10!${story}|为您|给您|帮您 吧|啊 $|`,
      question: false,
      unless: { clause: [softParticles, '@we|我|这边|小店|仓库|会|能|可以|如果|要是|的话'], sentence: sentenceSoft, reply: japanese },
      messageId: 'order',
    },
    {
      id: 'come-explain',
      meaning: '`来跟我解释一下`: the other side summoned to account to the asker.',
      example: '你来给我解释一下！',
      pattern: `^ @second? 来|过来|出来 跟我|给我|和我|向我|跟我们|给我们|向我们 V=解释|说明|交代|道歉|说清楚|讲清楚|讲讲|说说|评评理 R=~8!${story} $|`,
      question: false,
      unless: demandSoftened,
      messageId: 'order',
    },
    {
      id: 'money-back',
      meaning: 'A bare demand for money (`退钱！`, `赔钱`).',
      example: '退钱！',
      pattern: '^ @second? 退钱|赔钱|还钱|赔偿 吧|啊? $|',
      question: false,
      unless: { clause: [softParticles, '如果|要是|的话|不|没|能|可以'] },
      messageId: 'order',
    },
    {
      id: 'come-do-it',
      meaning: 'The other side sent to come and do it (`你们来取`, `您过来拿`).',
      example: '我要退货，你们来取',
      pattern: `^ @second 来|过来|自己来 取|拿|修|装|处理|解决|看|换 R=~10!${story}|的 $|`,
      question: false,
      unless: { clause: [softParticles, '为您|给您|帮您|如果|要是|的话|可以|能|会|吗'], sentence: sentenceSoft, reply: japanese },
      messageId: 'order',
    },
    {
      id: 'en-dont-forget',
      meaning: '"Don\'t forget …" reminds by ordering; "Please remember …" asks.',
      example: "Don't forget your order number.",
      pattern: "^ don't|do_not forget R=~120 $",
      flag: 'scope',
      question: false,
      unless: { sentence: englishSoftening },
      expected: ['Please remember {R}'],
    },
    {
      id: 'en-imperative',
      meaning: 'An English clause that starts with the verb of an instruction (after `just`, `simply`, `first`), with no please or could you in its sentence.',
      example: 'Tap the link below.',
      pattern: `^ just|simply|first|then|now|also? @imperative ${notAnEnglishOrder} @complement`,
      scope: 'sentence',
      flag: 'scope',
      question: false,
      // `Put in a request and am waiting`: a first-person verb shows the dropped subject is the writer.
      unless: { sentence: [englishSoftening, "am|i'm|i_am|i've|i_have"], after: 'is|are|was|were|has|gets|takes|will_be' },
      messageId: 'order',
    },
    {
      id: 'en-need-to-now',
      meaning: '"You need to fix this now": what the other side must do, pressed with now or asap.',
      example: "Y'all need to fix this now.",
      pattern: "you|y'all|you_guys|u need_to|have_to|must ~40 now|asap|immediately|right_away|today",
      scope: 'sentence',
      question: false,
      unless: { sentence: [englishSoftening, "we|i|may|might|would|we're|we've|we'll|i'm|i'll"] },
      messageId: 'order',
    },
    {
      id: 'en-go-do',
      meaning: '"Go ask …", "Go bother the courier": an English order of two verbs, sending the reader off.',
      example: 'Go ask the courier.',
      pattern: '^ just? go|come V=@imperative|bother|ask|complain|talk|cry|whine|yell|deal|sort|figure|argue|buy|shop',
      // A clause of its own after a condition sends off too (`If you don't like it, go buy it elsewhere`).
      scope: 'clause',
      flag: 'scope',
      question: false,
      // `Go Pack go!` cheers a team.
      unless: { sentence: englishSoftening, after: 'go' },
      messageId: 'order',
    },
    {
      id: 'en-negative',
      meaning: 'A negative order: "Don\'t open the package", "Never leave it outside" (not "Don\'t worry").',
      example: "Don't open the package.",
      pattern: `^ just? don't|do_not|never ever|even|just? ${notAnEnglishOrder} V=@imperative R=~120 $|`,
      scope: 'sentence',
      flag: 'scope',
      question: false,
      unless: { sentence: englishSoftening, after: 'is|are|was|were|has|gets|takes|will_be' },
      expected: ["Please don't {V} {R}"],
    },
    {
      id: 'en-negative-after-if',
      meaning: 'A negative order after a condition: "If you can\'t afford it, don\'t buy it" (not "If it arrives late, don\'t worry").',
      example: "If the box is damaged, don't open it.",
      pattern: `^ ~12 if|when|unless|once ~60 < just? don't|do_not|never ${notAnEnglishOrder} V=@imperative R=~120 $|`,
      scope: 'sentence',
      question: false,
      unless: { sentence: englishPolite, after: 'is|are|was|were|has|gets|takes|will_be' },
      expected: ["please don't {V} {R}"],
    },
  ],
  check(_tree, context) {
    checkChinese(context)
    checkEnglish(context)
  },
})

/** What a clause's markers share, worked out once per clause. */
interface ClauseState {
  /** Offsets reachable from the clause start over openers and lead-ins only. */
  readonly stops: Set<number>
  /** Whether the clause asks: a question never orders. */
  readonly asks: boolean
  /** End without closing marks and emoji. */
  readonly end: number
  /** End without the final particles of tone too (`吧`, `啊`). */
  readonly core: number
}

function checkChinese(context: RuleContext): void {
  const found = leftmostLongest(context.find(markers))
  if (found.length === 0) return
  const text = context.normal.text
  const openers = context.find(openerLexicon)
  const leadInList = context.find(leadIns)
  const leadInMatches = new MatchIndex(leadInList)
  const openerEnds = leadInEnds(openers)
  const allEnds = leadInEnds(openers, leadInList)
  const actionMatches = new MatchIndex(context.find(actions))
  const handOverMatches = new MatchIndex(context.find(handOvers))
  const conditionMatches = new MatchIndex(context.find(conditions))
  const softenerMatches = new MatchIndex(context.find(softeners))
  const covering = new MatchIndex(context.find(sentenceSofteners))
  const consequenceMatches = new MatchIndex(context.find(consequences))
  const cursor = new ClauseCursor(context.clauses)
  const states = new Map<ClauseInfo, ClauseState>()
  const reported = new Set<ClauseInfo>()

  for (const marker of found) {
    const { entry } = marker
    const clause = cursor.at(marker.normalStart)
    if (!clause || reported.has(clause)) continue
    let state = states.get(clause)
    if (!state) {
      const stops = new Set<number>()
      skipLeadIns(text, clause.normalStart, clause.normalEnd, allEnds, stops)
      const end = trimEnd(text, clause.normalStart, clause.normalEnd)
      state = { stops, asks: isQuestion(clause), end, core: trimParticles(text, clause.normalStart, end) }
      states.set(clause, state)
    }
    // Only openers, the addressee and adverbs may come first: a softener or a subject there means no order.
    if (state.asks || !state.stops.has(marker.normalStart)) continue
    const { end } = state
    const core = Math.max(state.core, marker.normalEnd)
    if (entry.action && !hasAction(entry, text, marker.normalEnd, core, actionMatches)) continue
    const handOver = entry.handOver
      ? handOverMatches.find(marker.normalEnd, Math.min(end, marker.normalEnd + handOverReach), () => true)
      : undefined
    if (entry.handOver && !handOver) continue
    // The object of 把 may hold a 的 (`把您的地址发过来`); only what follows its verb narrates.
    if (entry.rewrite !== 'fixed' && narrates(text, handOver ? handOver.normalEnd : marker.normalEnd, core, end)) continue
    // `然后给我` asks for nothing.
    if (entry.toUs && core === marker.normalEnd) continue
    if (entry.bare && (core - marker.normalEnd > bareReach || !bareTailSet.has(text.slice(marker.normalEnd, core)))) continue
    if (conditionMatches.any(marker.normalStart, clause.normalEnd)) continue
    if (!entry.strong && softenerMatches.any(marker.normalEnd, clause.normalEnd)) continue
    if (covering.any(clause.sentence.normalStart, marker.normalStart)) continue
    if (entry.obligation && (text.charAt(core - 1) === '的' || consequenceMatches.any(marker.normalEnd, clause.sentence.normalEnd))) continue
    if (entry.obligation && causatives.some((word) => text.startsWith(word, marker.normalEnd))) continue

    const start = skipLeadIns(text, clause.normalStart, marker.normalStart, openerEnds)
    let adverbs = ''
    for (const m of leadInMatches.within(start, marker.normalStart)) if (m.entry.role === 'adverb') adverbs += context.text.slice(m.start, m.end)
    reported.add(clause)
    const expected = rewrite(context, entry, marker, core, adverbs, actionMatches)
    context.report({
      // Nothing left to ask for (`你自己去吧`): the message says how to ask, without a rewrite.
      ...(expected.length === 0 ? { messageId: 'order' } : {}),
      start: context.normal.starts[start]!,
      end: context.normal.ends[end - 1]!,
      expected,
    })
  }
}

/** The normalised end of a clause without its closing marks, spaces and emoji. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to
  while (end > from && !isWordUnit(text, end - 1) && !isLowSurrogateOfWord(text, end - 1)) end--
  return end
}

/** Surrogate halves of astral Han characters count as part of a word. */
function isLowSurrogateOfWord(text: string, index: number): boolean {
  const unit = text.charCodeAt(index)
  return unit >= 0xdc00 && unit <= 0xdfff && index > 0 && isHan(text.codePointAt(index - 1)!)
}

/**
 * Whether `[from, core)` narrates rather than orders: a `的` (not the
 * possessive `您的`), a `过` (not `过来`), or a `了` anywhere but at the end
 * before a final particle.
 */
function narrates(text: string, from: number, core: number, end: number): boolean {
  const to = Math.min(core, from + narrativeReach)
  for (let i = from; i < to; i++) {
    const c = text.charAt(i)
    if (c === narrative.described && !narrative.owners.includes(text.charAt(i - 1))) return true
    if (c === narrative.past && !narrative.notPast.includes(text.charAt(i + 1))) return true
    if (c === narrative.done && (i < core - 1 || core === end)) return true
  }
  return false
}

/** `end` without the final particles of tone (`吧`, `啊`), but never before `from`. */
function trimParticles(text: string, from: number, end: number): number {
  let core = end
  while (core > from && particleSet.has(text.charAt(core - 1))) core--
  return core
}

/**
 * Whether the customer's action goes with an urgency marker (right after it,
 * past `去`/`先`/`要`) or an obligation (anywhere near it in the clause).
 */
function hasAction(entry: MarkerEntry, text: string, from: number, to: number, found: MatchIndex<ActionEntry>): boolean {
  if (entry.obligation) return found.find(from, Math.min(to, from + 2 * obligationReach), (m) => m.normalStart < from + obligationReach) !== undefined
  let at = from
  while (at < to && at < from + 3 && '去先再都也要得'.includes(text.charAt(at))) at++
  if (at === to) return false
  const action = found.at(at)
  if (!action || (entry.action === 'clear' && action.entry.tier !== 'clear')) return false
  // `赶紧回复您`, `赶紧发给您`: the customer receives, so the shop acts.
  let after = action.normalEnd
  while (after < action.normalEnd + 2 && '给复'.includes(text.charAt(after))) after++
  const recipient = text.charAt(after) === '您' || text.charAt(after) === '你'
  return !recipient || text.charAt(after + 1) === '的'
}

/** The polite form of the flagged clause (the engine writes it in the reply's script). */
function rewrite(
  context: RuleContext,
  entry: MarkerEntry,
  marker: Match<MarkerEntry>,
  core: number,
  adverbs: string,
  actionMatches: MatchIndex<ActionEntry>,
): string[] {
  if (entry.rewrite === 'fixed') return [...entry.expected]
  const { normal } = context
  const text = normal.text
  const dropped = entry.drop ?? marker.normalEnd - marker.normalStart
  let from = marker.normalStart + dropped
  // `必须要先寄回来`: the 要 belongs to 必须, not to the request.
  if (entry.rewrite === 'please' && dropped > 0) while (from < core && '要得'.includes(text.charAt(from))) from++
  // `自己去快递点寄`: this 去 goes somewhere before the action and stays; `自己去看` needs no 去.
  if (entry.rewrite === 'may' && from > marker.normalStart && text.charAt(from - 1) === '去' && from < core && !actionMatches.at(from)) from--
  let last = core
  if (entry.rewrite === 'may' && last - 1 > from && text.charAt(last - 1) === trailingGo) last--
  let phrase = from < last ? context.text.slice(normal.starts[from]!, normal.ends[last - 1]!) : ''
  if (entry.toUs) {
    const cut = normal.ends[marker.normalEnd - 1]! - normal.starts[from]!
    let thing = phrase.slice(cut)
    const measure = measures.find((word) => thing.startsWith(word))
    if (measure) thing = thing.slice(measure.length)
    const asked = text.slice(marker.normalEnd + (measure?.length ?? 0), core)
    if (!actionMatches.at(marker.normalEnd) && things.some((word) => asked.startsWith(word))) {
      return [softWords.provide + adverbs + thing + softWords.particle]
    }
    phrase = phrase.slice(0, cut) + softWords.us + phrase.slice(cut)
  }
  if (entry.rewrite === 'may' && from < core && shortVerbSet.has(text.charAt(from)) && !tentativeSet.has(text.charAt(from + 1))) {
    phrase = phrase.slice(0, 1) + softWords.once + phrase.slice(1)
  }
  if (phrase.trim() === '' && adverbs === '') return []
  return [softWords[entry.rewrite] + adverbs + phrase + softWords.particle]
}

function checkEnglish(context: RuleContext): void {
  const commands = new MatchIndex(context.find(englishCommands))
  if (!commands.any(0, context.normal.text.length)) return
  const text = context.normal.text
  const openerEnds = leadInEnds(context.find(openerLexicon))
  const notCommands = new MatchIndex(context.find(englishNotCommands))
  const softenerMatches = new MatchIndex(context.find(englishSofteners))
  const curt = new MatchIndex(context.find(englishCurt))
  const leads = new MatchIndex(context.find(englishLeads))
  const asked = new Map<SentenceInfo, boolean>()
  const { clauses } = context

  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!
    if (hasHan(clause.normal)) continue
    const start = skipLeadIns(text, clause.normalStart, clause.normalEnd, openerEnds)
    // `Just wait …`, `Go check …`: the adverb belongs to the order and goes with it.
    const adverb = leads.at(start) ?? curt.at(start)
    const verbAt = adverb ? skipLeadIns(text, adverb.normalEnd, clause.normalEnd, openerEnds) : start
    const command = commands.at(verbAt)
    if (!command || notCommands.at(verbAt)) continue
    const { sentence } = clause
    // A question, or a softener anywhere in the sentence (`Feel free to …`, `… if you like`), asks.
    let softened = asked.get(sentence)
    if (softened === undefined) {
      softened = isQuestion(sentence) || softenerMatches.any(sentence.normalStart, sentence.normalEnd)
      asked.set(sentence, softened)
    }
    if (softened || clause.normal.includes('?')) continue
    const [clauseEnd, lastIndex] = throughLinks(clauses, index, text)
    if (!command.entry.modal && !curt.any(command.normalEnd, clauseEnd) && !opensObject(text, command.normalEnd, clauseEnd)) continue
    // A handle's signature (`-GO`, `^AB`) or a tweet continued (`…cancel`) is no sentence of its own.
    if ((verbAt > 0 && '-^*/'.includes(text.charAt(verbAt - 1))) || text.slice(clause.normalStart, start).includes('..')) continue

    const end = englishEnd(text, start, clauseEnd)
    const spanStart = context.normal.starts[start]!
    const spanEnd = context.normal.ends[end - 1]!
    const next = clauses[lastIndex + 1]
    const last = !next || next.sentence !== sentence
    // The first clause, with only handles and marks before the order (`@115 Send us …`): the rewrite starts the sentence.
    const first = index === 0 || clauses[index - 1]!.sentence !== sentence
    const atStart = first && skipLeadIns(text, clause.normalStart, start, noLeadIns) === start
    const verbFrom = command.entry.modal ? command.normalEnd : start
    // The lead adverb goes only where it leads (`Just wait`); `go` later in the order stays (`and we'll go from there`).
    const dropped = [...(adverb ? [adverb] : []), ...curt.within(verbFrom, end)].sort((a, b) => a.normalStart - b.normalStart)
    const phrase = englishPhrase(context, verbFrom, end, dropped)
    if (phrase === '') continue
    const please = `${atStart ? 'Please' : 'please'} ${phrase}`
    // `Could you please DM us and we'll …?` does not read; an order that goes on to what we do keeps `Please`.
    // A mark after a closing link would become part of its address.
    const endsInLink = /\bhttps?:\/\/\S+$/.test(phrase)
    const expected = !last || endsInLink ? [please] : goesOn(phrase) ? [`${please}.`] : [`${atStart ? 'Could' : 'could'} you please ${phrase}?`, `${please}.`]
    context.report({ start: spanStart, end: spanEnd, expected })
  }
}

/** Whether the order goes on to what we will do (`DM us and we'll take a look`, `… and let's see`). */
function goesOn(phrase: string): boolean {
  return / and (?:we|i|our|let)\b|[,;] /i.test(phrase)
}

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.codePointAt(i)!)) return true
  return false
}

/**
 * Whether an object or complement opens right after the verb (`Send us …`,
 * `Wait for …`, `Stop asking`, `Wait patiently`), and no verb of its own
 * follows the first word, which would make it a noun (`Return shipping is
 * free`, `Call center hours are …`).
 */
function opensObject(text: string, from: number, to: number): boolean {
  if (text.charAt(from) !== ' ') return false
  const words = text.slice(from + 1, Math.min(to, from + 40)).split(' ', 3)
  const first = words[0]!.replace(/[^a-z']/g, '')
  const complement = first.length > 4 && (first.endsWith('ing') || first.endsWith('ly'))
  if (!determinerSet.has(first) && !complement) return false
  const second = (words[1] ?? '').replace(/[^a-z']/g, '')
  return !nounSignalSet.has(second)
}

/**
 * The clause's end, carried over the `://` of a link that the clause marks
 * split (`Send us a note at https://…`), and the index of the clause it ends in.
 */
function throughLinks(clauses: readonly ClauseInfo[], index: number, text: string): [number, number] {
  const { sentence } = clauses[index]!
  let at = index
  // One link, or two, in an order; no more, so a reply of links stays linear.
  while (at < index + 2 && text.startsWith('://', clauses[at]!.normalEnd) && at + 1 < clauses.length && clauses[at + 1]!.sentence === sentence) at++
  return [clauses[at]!.normalEnd, at]
}

/**
 * The end of the order: its last word and any `.` or `!` right after it,
 * without a handle's signature (`… here ^WS`, `… *AngieShaw`).
 */
function englishEnd(text: string, from: number, to: number): number {
  let end = to
  while (end > from && !isWordUnit(text, end - 1)) end--
  let word = end
  while (word > from && isWordUnit(text, word - 1)) word--
  if (word - 2 > from && text.charAt(word - 2) === ' ' && '^*'.includes(text.charAt(word - 1))) {
    end = word - 2
    while (end > from && !isWordUnit(text, end - 1)) end--
  }
  while (end < to && (text.charAt(end) === '.' || text.charAt(end) === '!')) end++
  return end
}

/** The order's words in the original text, without the dropped ones and closing marks, starting in lower case. */
function englishPhrase(context: RuleContext, from: number, to: number, dropped: readonly Match[]): string {
  const { normal } = context
  let phrase = ''
  let at = from
  for (const word of dropped) {
    if (word.normalStart < at || word.normalEnd > to) continue
    phrase += context.text.slice(normal.starts[at]!, normal.starts[word.normalStart]!)
    at = word.normalEnd
  }
  if (at < to) phrase += context.text.slice(normal.starts[at]!, normal.ends[to - 1]!)
  let length = phrase.length
  while (length > 0 && '.! \t\n'.includes(phrase.charAt(length - 1))) length--
  phrase = phrase.slice(0, length).replace(/\s{2,}/g, ' ').trim()
  // `DM us` keeps its capitals; `Send us` starts in lower case after "Could you please".
  if (/^[A-Z][a-z]/.test(phrase)) phrase = phrase.charAt(0).toLowerCase() + phrase.slice(1)
  return phrase
}
