/**
 * no-blame: take responsibility, don't blame the customer (000 "用自己承擔責任方式
 * 說話"; 003 "有爭論或分歧多檢討自己的過錯").
 *
 *   是你自己填错了地址，快递才送不到的。  →  可能是我们没有说明清楚，我们马上帮您处理。
 */
import { anyStartIn, lowerBound } from '../src/binary-search.js'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { startsSentence } from '../src/language/case.js'
import { isQuestion } from '../src/language/questions.js'
import { MatchIndex } from '../src/language/match-index.js'
import { clauseIndexAt } from '../src/language/proximity.js'
import { leftmostLongest } from '../src/matcher.js'
import type { ClauseInfo, Construction, LexiconEntry, Match, RuleContext } from '../src/types.js'
import {
  type BlameEntry,
  blames,
  conditions,
  consequences,
  customers,
  doer,
  duties,
  englishDuties,
  agreed,
  shouldHaveDone,
  whoElse,
  notAFault,
  said,
  whyNot,
  checks,
  choseAmiss,
  chose,
  writtenUnclear,
  toldAlready,
  ownedUp,
  atTheTime,
  mistaken,
  notOnUs,
  entered,
  faultNouns,
  forgot,
  gave,
  handledWrong,
  handling,
  inputNouns,
  notTheirs,
  ourPart,
  pages,
  plainly,
  shouldHaveZh,
  side,
  slipped,
  unrelated,
  whenReceiving,
  written,
  wrong,
  wrongEn,
  faultMarks,
  faults,
  ledTo,
  notReachable,
  ownChoices,
  gapBlockers,
  type HedgeEntry,
  hedges,
  helps,
  maxGap,
  blameUs,
  notEarlier,
  soNothing,
  devices,
  wontAnswer,
  yourSide,
  enPages,
  lateDuties,
  cannotNow,
  ownActs,
  thirdParty,
  broughtOn,
  careless,
  damage,
  reply,
  self,
  damaged,
} from './no-blame.lexicon.js'

/**
 * Verbs of noticing after `才`/`所以`: `选错了时间，直到拿登机牌才发现` tells a discovery, it lays no
 * consequence on the customer (readers: the speaker's own slip).
 */
const discovered = '发现|知道|意识到|注意到|看到|想起|反应过来'

/** After the fault, what takes the blame back: a supposition (`…的话`) or a reassurance (`…也没关系`). */
const takenBack = '的话|也没关系|没关系|不要紧'
/** A clause that supposes, warns or asks (`如果…`, `以免…`, `是不是…`): it blames no one. */
const supposing = '如果|要是|假如|万一|若是|倘若|如若|以免|避免|防止|是不是|有没有|会不会|是否|吗|么'

/** What follows a reason named as a return policy's category (`个人原因退货`, `个人原因的退款`). */
const policyCategory = '退货|退款|换货|退换|申请|的退|无理由|运费|需要|产生'

/**
 * No rewrite is offered: the handbook's line (`可能是我们没有说明清楚，我们马上帮您处理`) put in place
 * of a clause drops its facts and promises what the shop may not owe (readers found 8 of 29
 * natural), so the message quotes it as an example instead (`blamePlain`, `deflectPlain`).
 */
const zh: readonly string[] = []
const en: readonly string[] = []

/** A slip of one's own hand (`填错`, `拍错`), as the customer's own when `自己` names them. */
const slips = '填错|写错|拍错|选错|买错|下错|弄错|搞错|看错|记错|输错|用错|按错|点错|操作错|操作失误|操作不当|没看清|没看清楚|不小心'

/**
 * Blame as the customer's own action, beyond the fixed phrases of the lexicon:
 * a duty the customer did not do, a cause the customer is named as, a choice
 * stressed as the customer's own.
 */
const constructions: readonly Construction[] = [
  {
    id: 'duty-not-done',
    meaning: 'the customer did not do what was expected',
    example: '这是您没按说明书操作导致的。',
    pattern: `${doer} ${self}? ~2 没|没有|未|不 按|${duties} !时|期 ~ $`,
    question: false,
    unless: { before: conditions, after: takenBack },
    expected: zh,
  },
  {
    id: 'self-not-done',
    meaning: 'the customer, stressed, did not do it',
    example: '您当时下单的时候自己没填门牌号。',
    pattern: `${doer} ~12 ${self} 没|没有|未|忘了|忘记|不 ${duties}|填|写|选|看|问|说|在家|接|取|付款|签收|确认|勾选|勾|点|选择|开通|申请|购买 ~ $`,
    question: false,
    unless: { before: conditions, after: takenBack },
    expected: zh,
  },
  {
    id: 'customer-as-cause',
    meaning: 'the customer\'s fault named as the cause',
    example: '是您不小心碰到导致的。',
    pattern: `是|因为|由于|都怪|全怪 ${doer} ${self}? ~8 ${faultMarks} ~10 ${ledTo} 的?`,
    scope: 'sentence',
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'your-act-then-damage',
    meaning: '`是您丢进洗衣机才会缩水的`: what the customer did, stressed with 是, named as what damaged the product (not `是您提醒我们才发现的`)',
    example: '是您放进烘干机才会缩水的。',
    pattern: `是|都是|就是|还不是 ${doer} ${self}? ~10!@we|我 才会|才|导致|造成|弄得|搞得|害得 ~4 ${damage} 的|了|呀|哦|喔|啊`,
    scope: 'sentence',
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'not-reachable',
    meaning: 'a failed delivery put down to the customer',
    example: '由于您电话打不通，快递才退回的。',
    pattern: `因为|由于|怪 ${doer} ${self}? ~6 ${notReachable}|不在家|没在家 ~ $`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'had-you',
    meaning: 'what the customer would have avoided, had they done their duty',
    example: "Had you checked the size chart, this wouldn't have happened.",
    pattern: "had_you|if_only_you|if_you_had_just|if_you'd_just|if_you_had_only ~3 checked|read|followed|measured|looked|paid|noticed|selected|chosen|specified|confirmed|filled|entered|bothered|opened|contacted|reported|told|asked|returned|registered|kept|answered|signed ~ $",
    question: false,
    expected: en,
  },
  {
    id: 'own-choice',
    meaning: 'a choice stressed as the customer\'s own doing',
    example: '尺码是亲自己选的呀。',
    pattern: `${doer} ${self} 当时|之前|当初? ${ownChoices} ~6 的 !话`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'you-are-the-one',
    meaning: 'the customer singled out as the one who did it',
    example: "You're the one who picked this size.",
    pattern: "you're|you_are|ur|u_r|u_are|youre|you_r the_one who|that ~ $",
    question: false,
    expected: en,
  },
  {
    id: 'because-you-did-not',
    meaning: 'a duty the customer skipped, named as the cause',
    example: "It came in black because you didn't specify a colour.",
    pattern: `because|since|as you ~8 didn't|didnt|did_not|never|failed_to|forgot_to ~4 ${englishDuties} ~ $`,
    question: false,
    expected: en,
  },
  {
    id: 'you-did-not-duty',
    meaning: 'a duty the customer skipped, stated flat',
    example: "You clearly didn't measure before ordering.",
    pattern: `you ~8 didn't|didnt|did_not|never|failed_to ~4 ${englishDuties} ~ $`,
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'your-side-caused',
    meaning: 'the customer\'s side named as what caused it',
    example: '这个问题是您这边造成的。',
    pattern: `是|由|因为 ${doer} 这边|那边|自己 ~2 ${ledTo} 的?`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'user-error',
    meaning: 'the problem called the customer\'s error',
    example: "That's user error.",
    pattern: '^ ~12 user_error|operator_error|a_you_problem|user_problem|a_user_problem|user_issue|pebkac|pebcak|id10t ~ $',
    question: false,
    expected: en,
  },
  // Round 6: the cause put on the customer without a fault word.
  {
    id: 'it-was-yours',
    meaning: 'the thing that went wrong named as the customer\'s own doing, then the consequence (`地址是您填的，快递送错了我们也没办法`)',
    example: '地址是您下单时自己选的旧地址，所以才送错了。',
    pattern: `是 ${doer} !的 ${self}? 当初|当时|之前|下单时|下单的时候|付款时|自己? ~4 ${ownChoices} 的 ~20 所以|才|也没办法|没办法|也没用|没用|改不了|不能|只能|只会|只认|就按|不关|跟我们|和我们`,
    scope: 'sentence',
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'only-you',
    meaning: 'the customer (or their household) named with certainty as the cause (`只能是您拆快递的时候划到的`)',
    example: '出现划痕只能是您拆快递的时候用刀划到的。',
    pattern: `只能是|肯定是|一定是|绝对是|准是|八成是|百分百是 ${doer}|家人|家里人|您家人|你家人 ~10 ${faultMarks}|弄|划|摔|碰|磕|压|泡|晒|拆|误|忘|用错 ~8 的|了 $`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'not-original',
    meaning: 'a fault put down to the customer using another make (`您用的是别家的线`)',
    example: '您用的是别家的线，充不进电很正常的。',
    pattern: `${doer} ~2 用的是|用了|用的|装的是|配的是 ~3 别家|别人家|非原装|第三方|其他牌子|其他品牌|山寨|杂牌|不是原装|别的牌子`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'it-was-you-yourself',
    meaning: '`是您自己…`: the customer stressed as the one who did it',
    example: '是您自己拖太久了，我们这边改不了。',
    pattern: `^ 是 ${doer} ${self} !的 ~10 $`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'ask-your-family',
    meaning: 'a lost parcel handed back to the customer\'s household (`那得问您家里人了`)',
    example: '快递显示本人签收，东西丢了那得问您家里人了。',
    pattern: `那得|得|那要|只能|那你得|那您得|那就得 问|去问|找 ${doer}? 家里人|家人|家属|室友|同事|物业|门卫|邻居 ~4 了 $`,
    question: false,
    expected: zh,
  },
  {
    id: 'what-you-typed',
    meaning: 'the shop only followed what the customer entered (`that\'s what you typed in at checkout`)',
    example: "It went to the old address because that's what you typed in at checkout.",
    pattern: "that's|that_is|which_is|it's|it_is what you typed|entered|selected|chose|picked|put|wrote|gave_us|provided|put_in|typed_in",
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'you-ignored',
    meaning: 'the customer ignored what they were told',
    example: 'You ignored the care label.',
    pattern: `you ~12 ignored|skipped|overlooked|disregarded|neglected|didn't_bother ~ $`,
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'you-were-supposed-to',
    meaning: 'what the customer was supposed to do',
    example: 'You were supposed to check the size chart first.',
    pattern: `you_were|you're|you_are|ur|u_r|u_are supposed_to|meant_to|expected_to|required_to !receive|get|hear|be|have ~ $`,
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'what-happens-when',
    meaning: 'the consequence of the customer\'s action',
    example: "That's what happens when you skip the instructions.",
    pattern: `what_happens when|if you ~ $`,
    question: false,
    expected: en,
  },
  // Round 2: families written from how blame is said, not from cases.
  {
    id: 'input-wrong',
    meaning: 'what the customer gave us (address, number, choice) called wrong',
    example: '您填的地址有误，所以快递送不到。',
    pattern: `${doer} ${self}? 当时|之前|下单时? ${gave} 的 ~6 ${wrong}`,
    question: false,
    unless: { before: notTheirs, clause: '没错|没有错|不是错|是对的|没有问题|没问题' },
    expected: zh,
  },
  {
    id: 'forgot',
    meaning: 'the customer forgot or left something out',
    example: '您忘了付款，所以订单取消了。',
    pattern: `${doer} ${self}? 可能|当时|之前|下单时|下单的时候? ${forgot} ~ $`,
    question: false,
    unless: { before: notTheirs, after: takenBack },
    expected: zh,
  },
  {
    id: 'not-checked-on-receipt',
    meaning: 'the customer did not check when receiving or ordering',
    example: '您收货的时候没有检查，现在没法处理了。',
    pattern: `${doer} ~2 ${whenReceiving} 前|时|的时候|之前|时候 ~2 没|没有|未|不 ${duties}|看|看清|仔细看 ~ $`,
    question: false,
    unless: { before: notTheirs, after: takenBack },
    expected: zh,
  },
  {
    id: 'told-you-so',
    meaning: 'the customer was told long ago (scolding)',
    example: '早提醒过您要先量尺寸。',
    pattern: `早就|早都|老早|早已|早 ~4 @tell 过`,
    question: false,
    unless: { before: '尽|提|趁|明|今|昨|一|最|如果' },
    expected: zh,
  },
  {
    id: 'told-you-before',
    meaning: 'the customer reminded that they were told',
    example: '这个跟您说过了，不能退。',
    pattern: `跟|和|给|对 ${doer} ~2 @tell 过 ~2 了`,
    question: false,
    unless: { before: '如果|是否|有没有|没|没有|不' },
    expected: zh,
  },
  {
    id: 'told-you-already',
    meaning: 'the same, with the customer after the verb',
    example: '之前提醒过您了，这款不退。',
    pattern: `@tell 过 ${doer} ~2 了`,
    question: false,
    unless: { before: '如果|是否|有没有|没|没有|不' },
    expected: zh,
  },
  {
    id: 'you-agreed',
    meaning: 'the problem put down to what the customer agreed to or chose',
    example: '这是您当时同意的。',
    pattern: `${doer} ${self}? 当时|之前|当初|已经|亲口 ${agreed} 的 $`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'not-our-fault',
    meaning: 'the shop disowns the problem',
    example: '这个真不是咱们的问题。',
    pattern: `不是|并非|不算|不属于|并不是 @we ~2 的? ${ourPart}`,
    question: false,
    unless: { before: '是|是否|会不会|如果|并不是说' },
    messageId: 'deflect',
    expected: zh,
  },
  {
    id: 'nothing-to-do-with-us',
    meaning: 'the problem said to have nothing to do with the shop',
    example: '这个和我们店没有关系哦。',
    pattern: `跟|和|与|同 @we ~1 ${unrelated}`,
    question: false,
    unless: { before: '是否|是不是|有没有|会不会|如果' },
    messageId: 'deflect',
    expected: zh,
  },
  {
    id: 'not-our-business',
    meaning: 'not the shop\'s business or responsibility',
    example: '快递丢了不关我们的事。',
    pattern: `不关 @we ~1 的? 事|问题`,
    question: false,
    messageId: 'deflect',
    expected: zh,
  },
  {
    id: 'not-liable',
    meaning: 'the shop refuses any responsibility',
    example: '丢件我们概不负责。',
    pattern: '@we ~2 概不负责|不负责任|不承担责任|不承担任何责任|不负任何责任|不负责的',
    question: false,
    unless: { before: '如果|是否' },
    messageId: 'deflect',
    expected: zh,
  },
  {
    id: 'your-side',
    meaning: 'the problem placed on the customer\'s side',
    example: '是您那边网络的问题。',
    pattern: `是|属于|都是|纯属 ${doer} ${side} ~6 的? 问题|原因|失误|过错|疏忽|责任`,
    question: false,
    // `属于您个人原因退货`: the return policy's category (the buyer's reason: the buyer pays the
    // freight), not a fault laid on the customer.
    unless: { before: notTheirs, after: policyCategory },
    expected: zh,
  },
  {
    id: 'fault-lies-with-you',
    meaning: 'the fault or responsibility said to lie with the customer',
    example: '收到货不验货就签收，责任在您那边。',
    pattern: `责任|过错|错|问题|原因 在|在于 ${doer} ${side}|身上`,
    question: false,
    unless: { before: notTheirs, after: '的话|吗' },
    expected: zh,
  },
  {
    id: 'responsibility-is-yours',
    meaning: 'the responsibility said to be the customer\'s',
    example: '没有当面验货，责任在您。',
    pattern: `责任|过错 在|在于|归 ${doer} $`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'misuse',
    meaning: 'the customer\'s handling of the product called wrong',
    example: '这是您的使用方法不对。',
    pattern: `${doer} ${side}? 自己|个人? 的? ~2 ${handling} ~2 ${handledWrong}`,
    question: false,
    unless: { before: notTheirs, after: takenBack },
    expected: zh,
  },
  {
    id: 'misuse-is-the-problem',
    meaning: 'the customer\'s handling named as the problem',
    example: '都是您自己的操作问题。',
    pattern: `是|属于|都是|纯属 ${doer} 自己|个人? 的? ${handling} 的? 问题`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'it-was-written',
    meaning: 'the customer told the rule was written for them to read',
    example: '上面明明写着不退不换。',
    pattern: `${pages} 上|里|中? ~3 都|明明|早就|早都 ~2 ${written}`,
    question: false,
    // Pointing the customer to the page is guidance (`页面上都写着尺码，您可以参考`).
    unless: { before: '@second|如果|没|没有|不', sentence: '@softener' },
    expected: zh,
  },
  {
    id: 'written-plainly',
    meaning: 'what was written or said stressed as plain, twice over (`写得清清楚楚`): a reproach; `写得很清楚` alone only points to it',
    example: '说明书上写得清清楚楚。',
    pattern: `写|标|注明|标注|说|讲|说明|解释 得|的 清清楚楚|明明白白`,
    question: false,
    unless: { before: '@second|亲|如果|没|没有|不|会|要|把', sentence: '@softener' },
    expected: zh,
  },
  {
    id: 'written-plainly-unread',
    meaning: 'written plainly, and the customer said not to have read it (`写得很清楚，您没看而已`)',
    example: '说明书上写得很清楚，您没看而已。',
    pattern: `写|标|注明|标注|说|讲|说明|解释 得|的 ${plainly} ~12 没看|不看|没注意|没仔细|没留意|而已|自己不看`,
    scope: 'sentence',
    question: false,
    unless: { before: '@second|亲|如果|没|没有|不|会|要|把', sentence: '@softener' },
    expected: zh,
  },
  {
    id: 'should-have-zh',
    meaning: 'what the customer should have done',
    example: '您当初就应该先量好尺寸再下单的。',
    pattern: `${doer} ~4 ${shouldHaveZh} !是 ~ $`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'input-wrong-en',
    meaning: 'what the customer gave us called wrong, in English',
    example: 'The address you entered was wrong.',
    pattern: `${inputNouns} that|which? you ${entered} ~20 was|is|were|are|seems|looks|looked ~2 ${wrongEn}`,
    question: false,
    unless: { before: "if|whether|in_case|unless|not|n't" },
    expected: en,
  },
  {
    id: 'caused-by-your',
    meaning: 'the problem put down to the customer\'s fault, by a noun',
    example: 'This was caused by your misuse.',
    pattern: `caused_by|due_to|because_of|result_of|resulted_from|from your your_own? ${faultNouns}`,
    question: false,
    unless: { before: "not|n't|if|whether" },
    expected: en,
  },
  {
    id: 'must-have',
    meaning: 'a slip of the customer\'s taken for certain',
    example: 'You must have missed the email.',
    pattern: `you must_have|must've|just|simply|clearly|obviously|probably ${slipped}`,
    question: false,
    unless: { before: 'if|whether' },
    expected: en,
  },
  {
    id: 'your-responsibility',
    meaning: 'the problem called the customer\'s job',
    example: "It's your responsibility to check the size.",
    pattern: "it's|it_is|that's|that_is|it_was|this_is|was|is your_responsibility|your_job|your_duty|your_own_problem|your_problem",
    question: false,
    unless: { before: 'if|whether' },
    expected: en,
  },
  {
    id: 'clearly-stated',
    meaning: 'the customer told it was clearly stated',
    example: "It clearly says in the listing that it's not waterproof.",
    pattern: 'clearly|plainly|explicitly|obviously stated|states|says|said|written|mentioned|explained',
    question: false,
    // `They clearly said they can't`: a report of someone else, not the customer told off.
    unless: { before: "we|we'll|we've|we_will|we_have|if|not|n't|to_be|they|he|she|i" },
    expected: en,
  },
  {
    id: 'your-error',
    meaning: 'the error named as the customer\'s',
    example: 'Your error, not ours.',
    pattern: 'your|your_own|ur|ur_own|yr|yr_own error|errors|negligence|carelessness|oversight|fault|mistake !message|messages|code|codes|log|logs|page|screen|report|reports|details',
    question: false,
    unless: { before: "not|n't|no|never|if|whether" },
    expected: en,
  },
  {
    id: 'self-mistake',
    meaning: 'the customer, stressed, made the mistake, with words between',
    example: '是您自己下单时选错了颜色。',
    pattern: `${doer} ${self} ~8 ${mistaken}`,
    unless: { before: notTheirs, after: takenBack, clause: supposing },
    expected: zh,
  },
  {
    id: 'mistake-at-the-time',
    meaning: 'the customer made the mistake at a moment named',
    example: '您下单的时候选错了颜色。',
    pattern: `${doer} ~6 ${atTheTime} ~4 ${mistaken}`,
    question: false,
    unless: { before: notTheirs, after: takenBack, clause: '如果|要是|假如|万一|若是|倘若|如若|以免|避免|防止|是不是|有没有' },
    expected: zh,
  },
  {
    id: 'yours-done-wrong',
    meaning: 'the customer\'s own detail said to be done wrong (`您的手机号留错了`, `你的地址写错了`): their action, named by its object',
    example: '您的手机号留错了，所以快递联系不上。',
    pattern: `@secondPossessive ~6!@we|我们|这边|小妹|客服|快递|仓库|商家|卖家|系统|意思|说|认为|觉得|以为 留错|${mistaken}`,
    question: false,
    unless: { before: notTheirs, after: takenBack, clause: supposing },
    expected: zh,
  },
  {
    id: 'not-counted-ours',
    meaning: 'the problem said not to count as the shop\'s',
    example: '做出来不合身不能算我们的问题。',
    pattern: `${notOnUs} @we ~2 的? 问题|头上|错|责任|身上`,
    question: false,
    unless: { before: '如果|是否|会不会' },
    messageId: 'deflect',
    expected: zh,
  },
  {
    id: 'who-else-to-blame',
    meaning: 'who else is there to blame (scolding)',
    example: '你自己不看说明怪谁？',
    pattern: whoElse,
    expected: zh,
  },
  {
    id: 'because-you-failed',
    meaning: 'a failure of the customer\'s named as the cause',
    example: '因为您没有按时付款，订单被取消了。',
    pattern: `因为|由于|是因为|都是因为|因 ${doer}|${thirdParty} !的|和|跟|与|这边|那边 ${self}? ~2 没|没有|未|不|忘了|忘记 !${notAFault} ~ $`,
    question: false,
    unless: { before: notTheirs, after: takenBack },
    expected: zh,
  },
  {
    id: 'because-written-unclear',
    meaning: 'what the customer wrote named as the cause',
    example: '因为你地址写得不清楚，快递才送错的。',
    pattern: `因为|由于|是因为 ${doer} ~6 写|填|说|描述|备注 得|的 ${writtenUnclear}`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'did-not-say',
    meaning: 'the customer did not say or ask at the time',
    example: '您当时没说要开发票。',
    pattern: `${doer} 当时|之前|下单时|下单的时候|一开始|事先|提前 ~2 没|没有|并没有|也没|又没 ${said}`,
    question: false,
    unless: { before: notTheirs, after: takenBack },
    expected: zh,
  },
  {
    id: 'why-did-you-not',
    meaning: 'the customer asked why they did not do their part',
    example: '您收到货为什么不当场检查？',
    pattern: `${doer} ~8 ${whyNot} 不|没|没有 ~3 ${checks}`,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'chose-wrong-yourself',
    meaning: 'the customer chose the wrong size or number themself',
    example: '亲，尺码是你自己选小了。',
    pattern: `${doer} ${self} ~2 ${chose} ~1 ${choseAmiss}`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'must-have-done-wrong',
    meaning: 'a wrong entry of the customer\'s taken for certain',
    example: 'You must have entered the code wrong.',
    pattern: `you must_have|must've ~2 entered|typed|selected|chosen|ordered|used|put|picked ~16 wrong|wrongly|incorrectly|the_wrong|a_wrong`,
    question: false,
    unless: { before: 'if|whether' },
    expected: en,
  },
  {
    id: 'you-were-told',
    meaning: 'the customer reminded that they were told already',
    example: 'You were told twice.',
    pattern: `you_were|you've_been|you_have_been told|informed|notified|warned|advised ~16 ${toldAlready}`,
    scope: 'sentence',
    question: false,
    unless: { sentence: ownedUp },
    expected: en,
  },
  {
    id: 'we-did-tell-you',
    meaning: 'the shop insists it told the customer',
    example: 'As we already told you, it\'s non-refundable.',
    pattern: "we_did|we_already|we've_already|we_have_already|i_already|i_did|as_we_already|as_i_already|as_we've|as_we_have told_you|tell_you|informed_you|warned_you|explained_to_you|told_you_that",
    scope: 'sentence',
    question: false,
    unless: { sentence: ownedUp },
    expected: en,
  },
  {
    id: 'if-you-had',
    meaning: 'what the customer would know, had they done their part',
    example: "If you had read the email, you'd know.",
    pattern: `if_you_had|if_you'd ~4 read|checked|looked|followed|paid|bothered|measured|noticed|listened|contacted|asked ~40 you'd|you_would|wouldn't|would_not|would_have|won't|could_have|could've|would've|we'd_have|we_would_have ~ $`,
    scope: 'sentence',
    question: false,
    expected: en,
  },
  {
    id: 'fault-lies-with-you-en',
    meaning: 'the fault said to lie with the customer',
    example: 'The fault lies with you.',
    pattern: 'fault|mistake|error|blame|responsibility lies|lay|is|was|rests|falls ~2 with_you|on_your_end|on_your_side|on_you|with_your',
    question: false,
    unless: { before: "not|n't|no|if|whether" },
    expected: en,
  },
  {
    id: 'your-decision',
    meaning: 'the problem put down to a decision of the customer\'s',
    example: 'It was your decision to cancel.',
    pattern: 'it_was|that_was|this_was your|your_own decision|choice|call|idea',
    question: false,
    expected: en,
  },
  // Round 3: families from how agents and customers actually blame (see the rule page).
  {
    id: 'blame-us-instead',
    meaning: 'the customer\'s own failing, and still blaming the shop',
    example: '您自己不看说明书，现在又来怪我们。',
    pattern: `${doer} ${self} ~16 还|又|倒|反而|又来|还来|现在又来? ${blameUs} @we|客服|商家|卖家|店家|别人`,
    scope: 'sentence',
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'even-asked',
    meaning: 'asking, in reproach, why the customer did not check first',
    example: '你下单前都不问一下的吗？',
    pattern: `${doer} ~4 ${whenReceiving} 前|时|的时候|之前|时候 都|也|就|怎么|为什么|为啥 不|没|没有 ${duties}|${checks}|问一下|问问|看一下|看看|量一下|咨询一下|说|讲|反馈|提|联系|拒收`,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'you-never-said',
    meaning: 'the customer, stressed, never said or did their part',
    example: '你又没说要发顺丰。',
    pattern: `${doer} ${self}? 又|也|根本|压根|压根就|根本就|从来|本来就|当时又|当时也|自己又 没|没有|不|未 ${said}|${duties}|${checks}|问清楚|说清楚|讲清楚`,
    question: false,
    unless: { before: notTheirs, after: takenBack },
    expected: zh,
  },
  {
    id: 'not-told-earlier',
    meaning: 'reproach that the customer did not say so earlier',
    example: '你怎么不早说？',
    pattern: `${doer} ~4 ${notEarlier}`,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'unreachable-so',
    meaning: 'a failed delivery put down to the customer\'s phone or absence',
    example: '你电话一直打不通，快递员也没办法啊。',
    pattern: `${doer} ~6 ${notReachable}|打不通|无法接通|不接|没人接|一直不接 ~16 ${soNothing}`,
    scope: 'sentence',
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'your-device',
    meaning: 'the customer\'s phone, network or setup named as the cause',
    example: '肯定是你手机的问题哦。',
    pattern: `是|属于|都是|纯属 ${doer} ${side}? 的? ${devices} ~4 的? 问题|原因|故障|毛病`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'your-device-flat',
    meaning: 'the customer\'s device named as the cause in a clause or chat bubble of its own, with no verb (`您那屏幕的问题哈`, `颜色是显示器色差 您那屏幕的问题哈`)',
    example: '色差是显示器造成的，您那屏幕的问题哈。',
    pattern: `^| ${doer} ${side}? 的? ${devices} ~4 的? 问题|原因|故障|毛病 @finalParticle? $`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'your-device-bad',
    meaning: 'the customer\'s phone or network said to be bad',
    example: '应该是你那边网络不好。',
    pattern: `${doer} ${side}? 的? ${devices} ~3!如果|要是|若|假如|万一 不好|不行|太差|很差|有问题|太慢|不稳定|出问题|不兼容|太旧|太老|不匹配|不适配|不配套|不对|功率不够`,
    question: false,
    unless: { before: notTheirs, after: '的话|吗' },
    expected: zh,
  },
  {
    id: 'problem-lies-with-you',
    meaning: 'the problem said to come from the customer\'s side',
    example: '问题出在您这边。',
    pattern: `问题|原因|毛病|错 出在|出于|来自|在 ${doer} ${side}|身上|自己`,
    question: false,
    unless: { before: notTheirs, after: '的话|吗' },
    expected: zh,
  },
  {
    id: 'should-have-checked-first',
    meaning: 'what the customer should have checked before acting',
    example: '下单前就该看好尺码。',
    pattern: `${whenReceiving} 前|之前|的时候|时 ~2 就该|就应该|本该|早该|就得 ~3 ${checks}|看好|看清楚|问清楚|量好|问好|想好|确认好`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'should-ask-first',
    meaning: 'the customer told they should have asked first',
    example: '你应该先问清楚再拍。',
    pattern: `${doer} ~2 应该|应当|该|得 先 ~4 ${checks}|问清楚|看清楚|量好|看好|问好|咨询|量一下 > ~4 再`,
    question: false,
    unless: { before: notTheirs, sentence: '@softener' },
    expected: zh,
  },
  {
    id: 'not-our-blame',
    meaning: 'the shop refuses to take the blame',
    example: '这锅我们不背。',
    pattern: '这锅|这个锅|锅 ~3 不背|背不了|不能背|不该我们背|不会背',
    question: false,
    messageId: 'deflect',
    expected: zh,
  },
  {
    id: 'we-wont-answer-for-it',
    meaning: 'the shop says it will not answer for the problem',
    example: '快递丢了我们可不管。',
    pattern: `@we ~2!说|讲|表示|告诉|回复|称 可|是|也|就|才|都|概|真|可是|一概? ${wontAnswer} 了|的? $`,
    question: false,
    unless: { before: '如果|是否|会不会' },
    messageId: 'deflect',
    expected: zh,
  },
  {
    id: 'man-made-damage',
    meaning: 'the damage called the customer\'s doing',
    example: '你这是人为损坏的。',
    pattern: `${doer} ~4 是|属于 人为 损坏|造成|原因|的`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'at-your-own-risk',
    meaning: 'the consequences put on the customer',
    example: '自己选的码，后果自负。',
    pattern: '后果自负|自行负责后果|后果由您自己承担|后果自己承担|责任自负',
    question: false,
    expected: zh,
  },
  {
    id: 'didnt-you-tag',
    meaning: 'the customer\'s skipped duty, with a tag question',
    example: "You didn't read the listing, did you?",
    pattern: `you|u|ya ~12 didn't|didnt|did_not|never even|bother_to|actually|really|care_to? ${englishDuties} ~40 did_you|didn't_you|did_u|did_ya`,
    scope: 'sentence',
    expected: en,
  },
  {
    id: 'u-did-not-duty',
    meaning: 'a duty the customer skipped, in chat spelling',
    example: 'u didnt read the size chart lol',
    pattern: `u|ya|you ~12 didnt|didn't|did_not|never|failed_to|dint even|bother_to|actually|really|care_to? ${englishDuties} ~ $`,
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'you-never-told-us',
    meaning: 'the customer never told the shop',
    example: 'You never told us you were moving.',
    pattern: "you|u never|didn't|didnt|did_not told|tell|mentioned|mention|said|informed|let_us_know|asked|specified|specify ~ $",
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'read-it-next-time',
    meaning: 'the customer told to read or check next time (sarcasm)',
    example: 'Maybe read the description next time?',
    pattern: 'maybe|perhaps|try ~6 read|reading|check|checking|look_at|looking_at|measure|measuring|pay_attention ~30 next_time|first|before_ordering|before_buying',
    scope: 'sentence',
    expected: en,
  },
  {
    id: 'what-you-get',
    meaning: 'the problem called what the customer deserves',
    example: "That's what you get for not reading the terms.",
    pattern: "that's_what_you_get|that_is_what_you_get|serves_you_right|you_asked_for_it|your_own_doing|you_brought_this_on_yourself|you_brought_it_on_yourself|did_this_to_yourself|did_it_to_yourself|no_one_to_blame_but_yourself|nobody_to_blame_but_yourself|a_you_issue|a_you_thing",
    expected: en,
  },
  {
    id: 'not-responsible-for-your',
    meaning: 'the shop disowns what the customer did',
    example: "We're not responsible for your mistakes.",
    pattern: `we|we're|we_are|i|i'm|i_am ~4 not|never|can't|cannot|won't|aren't ~10 responsible|liable|accountable ~2 for your|your_own ~12 ${faultNouns}|actions|choice|choices|decision|decisions`,
    messageId: 'deflect',
    expected: en,
  },
  {
    id: 'problem-on-your-end',
    meaning: 'the problem placed on the customer\'s side or device',
    example: 'The issue is on your end.',
    pattern: `problem|issue|fault|error|glitch|delay|delays|hold-up|holdup|mistake|failure|trouble ~12 on|with|from|is your|your_own ${yourSide}`,
    question: false,
    unless: { before: "if|whether|not|n't|might|may|could" },
    expected: en,
  },
  {
    id: 'its-on-your-end',
    meaning: 'the problem placed on the customer\'s side, with it as subject',
    example: "It's on your end, try restarting your router.",
    pattern: "it's|it_is|that's|that_is|this_is|it_was|its|that_one's|that_one_is|this_one's on|from your_end|your_side|your_own_end",
    question: false,
    unless: { before: "if|whether|not|n't|might|may|could" },
    expected: en,
  },
  {
    id: 'wrong-on-your-end',
    meaning: 'a fault made on the customer\'s side given as the cause (`plugged into the wrong voltage on your end`)',
    example: 'The charger died because it was plugged into the wrong voltage on your end.',
    pattern: "wrong|incorrect|incorrectly|wrongly|improperly|mishandled|misused|damaged|dropped ~40 on_your_end|on_your_side|at_your_end|by_you|at_your_place",
    question: false,
    unless: { before: "if|whether|not|n't|might|may|could|sorry|apologi" },
    expected: en,
  },
  {
    id: 'slip-so-consequence',
    meaning: 'the customer\'s slip named, then what it caused (`门牌号少写了一位，快递员才找不到`, `是亲这边拍错了规格，所以…`)',
    example: '门牌号少写了一位，快递员才找不到地方的',
    pattern: `少写了|写错了|填错了|留错了|选错了|拍错了|漏写了|没写|没填|填漏了 ~16 才|所以|导致|因此|先至 !${discovered}`,
    scope: 'sentence',
    question: false,
    unless: { before: '@we|我|小妹|我们这边|仓库|厂家|快递员|师傅|如果|要是|万一' },
    expected: zh,
  },
  {
    id: 'too-much-so',
    meaning: 'the customer\'s doing "too much", then what it caused (`您洗的时候水温太高了，才缩成这样`)',
    example: '您洗的时候水温太高了，才缩成这样',
    pattern: '@second ~14 太|过于|过度 ~6 了? 才|导致|所以|因此|结果',
    scope: 'sentence',
    flag: 'scope',
    question: false,
    unless: { before: '如果|要是|万一|可能|也许|担心|怕', clause: '客气|辛苦|着急|太久|太慢' },
    expected: zh,
  },
  {
    id: 'if-not-for-you',
    meaning: '`要不是您一直催…，也不会…`: the customer named as the cause by "if it were not for you"',
    example: '要不是您一直催着改地址，也不会发错',
    pattern: '要不是|要不是因为 @second',
    question: false,
    expected: zh,
  },
  {
    id: 'what-happens-when-en',
    meaning: 'English: "That\'s what happens when …": the outcome laid at the customer\'s neglect',
    example: "That's what happens when the care label gets ignored.",
    pattern: "that's|that_is|this_is|this's what_happens when|if",
    question: false,
    expected: en,
  },
  {
    id: 'blame-only-the-care',
    meaning: 'the fault laid on the customer\'s carelessness without naming them (`只能怪下单时不仔细`)',
    example: '门牌号留错了只能怪下单时不仔细。',
    pattern: '只能怪|要怪就怪|都怪|只怪|怪就怪 ~10 不仔细|不认真|粗心|大意|马虎|没看清|没看|没注意|没留意|手快|手滑|手贱|自己',
    question: false,
    expected: zh,
  },
  {
    id: 'right-there',
    meaning: 'the customer told it was there to read',
    example: 'It says right there in the listing.',
    pattern: `right_there|in_black_and_white|right_in_front_of_you|in_plain_sight|in_bold ~6 in|on the|your? ${enPages}`,
    scope: 'sentence',
    unless: { before: "we|we'll|we've|we_will|we_have|if|not|n't" },
    expected: en,
  },
  {
    id: 'why-didnt-you',
    meaning: 'the customer asked why they did not do their part',
    example: "Why didn't you check the size chart?",
    // An adverb may stand between (`Why didn't you just pick the bigger size?`).
    pattern: `why_didn't_you|why_did_you_not|why_didnt_you|why_didnt_u|why_didn't_u ~8!and|or|but ${englishDuties}|ask|tell|contact|call|order|buy`,
    expected: en,
  },
  {
    id: 'did-you-even-en',
    meaning: '"Did you even open the size guide?": asking whether the customer did the least of their duty, to say they did not',
    example: 'Did you even open the size guide before ordering?',
    pattern: `did_you_even|didn't_you_even|did_you_not_even|did_u_even ~2 ${englishDuties}|open|look_at|glance_at|bother`,
  },
  {
    id: 'not-even-before',
    meaning: '`你下单前就没想过量一下腰围吗`: what the customer did not do before ordering, asked to blame them',
    example: '你下单前就没想过量一下腰围吗',
    pattern: `${doer} ~4 下单前|下单之前|购买前|买之前|拍之前|付款前|拍下前|下单的时候 ~3 就|都|也? 没|没有 ~4 ${duties}|量|看|问|想过|查|对比|核对 ~12 吗|么|嘛|呢? $`,
    // `请问您下单前有没有量过腰围呢？` asks in earnest.
    unless: { before: notTheirs, clause: '请问|有没有|是否|麻烦|方便|想确认' },
    expected: zh,
  },
  {
    id: 'gave-wrong-so',
    meaning: 'what the customer gave us named as why it failed',
    example: '您地址填的不完整，快递才派送不了。',
    pattern: `${doer} ~10 ${gave} 的|得 ~4 ${wrong}|${writtenUnclear} > ~12 才|导致|害得`,
    scope: 'sentence',
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'yours-not-ours-en',
    meaning: 'the customer\'s side named as the cause, not the shop',
    example: 'Your bank declined it, not us.',
    pattern: `your ${yourSide}|provider|carrier ~40 not_us|not_ours|not_our_system|not_our_fault|not_our_app|not_on_us|not_on_our_end`,
    scope: 'sentence',
    messageId: 'deflect',
    expected: en,
  },
  {
    id: 'your-own-doing',
    meaning: 'what went wrong stressed as the customer\'s own doing',
    example: '系统显示是您主动取消的订单哦。',
    pattern: `是 ${doer} 主动|自己|自行|亲自|本人 ${ownActs} ~4 的`,
    question: false,
    unless: { before: conditions, clause: '还是|吗|么|是否' },
    expected: zh,
  },
  {
    id: 'not-done-well',
    meaning: 'the customer did not do it properly',
    example: '你那是自己没设置好。',
    pattern: `${doer} ~4 ${self}? 没|没有|未 ${handling}|设置|包装|保管|看|放|收|装|绑定|填|选|操作|保存|存放|拿|弄|用 好`,
    question: false,
    unless: { before: notTheirs, after: takenBack },
    expected: zh,
  },
  {
    id: 'failed-so-cannot',
    meaning: 'a failure of the customer\'s named as why nothing can be done',
    example: '您收到货没有第一时间反馈，现在过了售后期。',
    pattern: `${doer} ~8 没|没有|未|超过|超出|错过|过了 ~10!的|需要|要|想|觉得 ${lateDuties} > ~14 所以|才|因此|导致|现在|已经|已|就 ~6 ${cannotNow}`,
    scope: 'sentence',
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'did-not-look-asked',
    meaning: 'asking, in reproach, whether the customer did not look first',
    example: '拍之前没看活动说明吗亲？',
    pattern: `${whenReceiving} 之前|前|的时候|时 ~2 没|没有|都没|都不|不 ${checks}|看到|看一下 ~10 吗|嘛|么`,
    expected: zh,
  },
  {
    id: 'written-but-not-seen',
    meaning: 'it was written, and the customer did not see it',
    example: '活动规则里写了哦，亲没看到嘛。',
    pattern: `${pages} ~4 ${written} ~12 ${doer} ~2 没|没有|不 看到|看见|注意|注意到|留意|看`,
    scope: 'sentence',
    expected: zh,
  },
  {
    id: 'look-before-you-speak',
    meaning: 'the customer told to look properly before speaking',
    example: '你看清楚再说话好不好？',
    pattern: '看清楚|看清|搞清楚|弄清楚|想清楚|看明白|搞明白 ~2 再 说话|说|问|来问|讲|投诉|评论|差评|来找|找',
    expected: zh,
  },
  {
    id: 'you-gave-nothing',
    meaning: 'the customer gave nothing, so how could we act',
    example: '你都没有提供订单号，我们怎么查？',
    pattern: `${doer} 都|又|也|根本|压根 没|没有|不 提供|告诉|给|发|说|备注|填 ~10 @we ~2 怎么|咋|如何|哪|没法|无法 ~2 查|处理|知道|发|帮|办|弄`,
    scope: 'sentence',
    expected: zh,
  },
  {
    id: 'read-before-asking-en',
    meaning: 'the customer told to read before asking or buying',
    example: 'Pls read the FAQ before asking.',
    pattern: 'read|check|look_at|measure|see ~24 before_asking|before_you_ask|before_messaging|before_complaining|before_you_complain|before_you_buy|before_buying|before_you_order|before_ordering',
    question: false,
    unless: { before: 'we|we_recommend|we_suggest|feel_free|tip|we\'d' },
    expected: en,
  },
  {
    id: 'opted-out-so-en',
    meaning: 'the customer\'s own choice named as why we cannot help',
    example: "You opted out of insurance, so we can't cover it.",
    pattern: "you|u opted_out|declined|chose_not_to|didn't_purchase|didn't_buy|didn't_add|skipped|waived > ~30 so|that's_why|which_is_why|hence ~10 can't|cannot|won't|unable|not_able|no_longer",
    scope: 'sentence',
    question: false,
    expected: en,
  },
  {
    id: 'did-it-yourself-en',
    meaning: 'the customer\'s own action, stressed',
    example: 'Per our records, you cancelled it yourself.',
    pattern: 'you|u cancelled|canceled|ordered|chose|selected|picked|agreed_to|requested|approved|confirmed|accepted|clicked|deleted|changed|entered ~20 yourself|on_your_own',
    question: false,
    expected: en,
  },
  {
    id: 'agreed-to-it-en',
    meaning: 'the customer reminded that they agreed to it',
    example: 'you literally agreed to the terms lol',
    pattern: 'you|u literally|clearly|already|obviously|yourself agreed|consented|accepted|signed|ticked|checked ~4 to? the? terms|policy|conditions|this|that|it|the_box',
    question: false,
    expected: en,
  },
  {
    id: 'not-done-caused',
    meaning: 'a duty the customer skipped, named as what caused the damage',
    example: '您这个是没有按照说明使用造成的损坏。',
    pattern: `${doer} ~6 没|没有|未|不 按|${duties} ~10 > ${ledTo}`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'because-they-gave-wrong',
    meaning: 'what the customer gave named wrong as the cause',
    example: '由于买家填写地址有误，导致无法派送。',
    pattern: `因为|由于|因|是因为 ${doer}|${thirdParty} ~4 ${gave} ~6 ${wrong}|${writtenUnclear}`,
    question: false,
    unless: { before: '不是|并非|如果|若' },
    expected: zh,
  },
  {
    id: 'your-pot',
    meaning: 'the blame (the "pot") put on the customer',
    example: '这锅得你自己背。',
    pattern: `这个锅|这锅|锅 ~3 ${doer} ${self}? ~2 背`,
    expected: zh,
  },
  {
    id: 'your-own-pot',
    meaning: 'the same, as the customer\'s own pot',
    example: '是你自己的锅。',
    pattern: `是 ${doer} ${self}? 的 锅`,
    question: false,
    expected: zh,
  },
  {
    id: 'brought-it-on',
    meaning: 'the customer brought it on themself',
    example: '都是你自己搞出来的。',
    pattern: `${doer} ~4 ${self} ${broughtOn}`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'also-on-us',
    meaning: 'the shop asked, in scorn, to pay for what the customer did',
    example: '你家狗咬坏的也要我们赔？',
    pattern: '也要|还要|都要|也让|还让|也算|还算|都算|也得 @we ~3 赔|负责|承担|买单|背锅|的错|的责任|头上',
    // After `你自己摔坏的` the clause already blames (one report for one sentence).
    unless: { before: '如果|是否|会不会|自己' },
    messageId: 'deflect',
    expected: zh,
  },
  {
    id: 'too-careless',
    meaning: 'the customer called careless or hasty',
    example: '是你下单太急了。',
    pattern: `是|都是|还是 ${doer} ~4 太|过于|有点|也太? ${careless}`,
    question: false,
    unless: { before: '不是|别|不要|不用' },
    expected: zh,
  },
  {
    id: 'answer-for-your-choice',
    meaning: 'the customer told to answer for their own choice',
    example: '您要为自己的选择负责。',
    pattern: `为|对 ${self} 的? 选择|决定|行为|操作|失误|过失 负责|买单|承担|埋单`,
    question: false,
    expected: zh,
  },
  {
    id: 'chose-it-bear-it',
    meaning: 'you chose it, you bear it',
    example: '自己选的自己承担。',
    pattern: `${self} 选|买|拍|要|下单|挑 的 ~2 ${self} 承担|负责|受着|认了|扛|买单`,
    expected: zh,
  },
  {
    id: 'yours-to-bear',
    meaning: 'the consequence laid on the customer, stressed as their own (`这个得您自己负责`)',
    example: '包裹退回是因为电话填错了，这个得您自己负责。',
    pattern: `得|要|由|只能|需要|请 ${doer} ${self} 负责|承担|买单|兜着|承担责任`,
    question: false,
    // Who pays a fee is policy (`运费需要您自己承担`), not blame.
    unless: { clause: '运费|邮费|费用|差价|关税|手续费|税' },
    expected: zh,
  },
  {
    id: 'yours-to-answer-for',
    meaning: 'the consequence laid on the customer\'s side (`这个得您这边负责`): who must answer for a fault, not who pays a fee by policy (`退货运费由您承担`)',
    example: '地址填错退回的，这个得您这边负责哈。',
    pattern: `得|要|需要|只能|该 ${doer} 这边|那边|本人 负责|负全责|承担责任|兜着|买单|背锅`,
    question: false,
    unless: { clause: '运费|邮费|费用|差价|关税|手续费|税' },
    expected: zh,
  },
  {
    id: 'not-our-part',
    meaning: 'the product or the shop declared unrelated to the problem, leaving it with the customer (`这跟衣服质量无关`)',
    example: '洗坏是洗涤方式的问题，这跟衣服质量无关。',
    pattern: `跟|和|与 ~6 质量|@we|商品|产品|本店|我司|衣服|物品|货品 本身? 无关|没关系|没有关系|没有任何关系|无任何关系`,
    question: false,
    expected: zh,
  },
  {
    id: 'personal-misuse',
    meaning: 'the damage filed as personal misuse, the customer unnamed (`属于个人使用不当`)',
    example: '充电器烧了是用了非原装插头导致的，属于个人使用不当。',
    pattern: `属于|系|纯属 个人|人为 ~2 使用不当|操作不当|操作失误|失误|原因造成|造成`,
    question: false,
    unless: { after: policyCategory },
    expected: zh,
  },
  {
    id: 'told-not-to-yet',
    meaning: 'told not to, and the customer did it all the same (`都说了不能水洗你还洗`)',
    example: '都说了不能水洗你还洗。',
    pattern: `都说了|说了|说过|告诉过|提醒过|讲过 ~8 不能|不要|别|不可以|不建议 ~8 ${doer} 还|还是|偏|非要|偏要|硬要`,
    scope: 'sentence',
    question: false,
    expected: zh,
  },
  {
    id: 'what-you-wrote-caused',
    meaning: 'what the customer filled in named as the cause, subject left out (`地址填的是旧小区，包裹才被退回来的`)',
    example: '地址填的是旧小区，包裹才被退回来的。',
    pattern: `填的是|写的是|选的是|留的是|填成了|写成了|填错|写错|选错|留错 ~16 才 !${discovered}`,
    scope: 'sentence',
    question: false,
    unless: { sentence: '@we|我们|这边|系统|仓库|快递' },
    expected: zh,
  },
  {
    id: 'you-made-it-so',
    meaning: 'the damage put down to how the customer used it (`您放洗衣机里洗成这样`)',
    example: '您放洗衣机里洗成这样，我们这边也很难处理呢。',
    pattern: `${doer} ~10 洗成这样|弄成这样|搞成这样|用成这样|摔成这样|穿成这样|折腾成这样`,
    question: false,
    expected: zh,
  },
  {
    id: 'not-on-us',
    meaning: 'the responsibility denied (`这个责任真不在我们`)',
    example: '快递联系不上，这个责任真不在我们。',
    pattern: '责任|问题|错 ~2 不在 @we|我们|我方|本店|店铺|商家',
    question: false,
    expected: zh,
  },
  {
    id: 'blame-us-asked',
    meaning: '"How can that be our fault?" (`哪能怪到我们头上`)',
    example: '仓库照着备注发的，哪能怪到我们头上呀？',
    pattern: '哪能|怎么能|怎能|凭什么 怪|赖|算 ~4 @we|我们|我方|本店',
    expected: zh,
  },
  {
    id: 'third-party-fault',
    meaning: 'the customer, named in the third person, at fault',
    example: '这个属于客户自身原因。',
    pattern: `属于|是|系|此系|乃 ${thirdParty}|${doer} 自身|自己|本人 ~2 原因|问题|失误|过错|责任`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'third-party-error',
    meaning: 'the customer\'s error, named formally',
    example: '经核实，系您本人操作失误所致。',
    pattern: `属于|是|系|此系|乃 ${thirdParty}|${doer} 本人|自身|自己|个人? ~4 失误|过错|疏忽|误操作|操作失误|操作不当|使用不当|人为|不规范|不当|有误`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'customer-error-en',
    meaning: 'the error named as the customer\'s, in English',
    example: 'Customer error, not ours.',
    pattern: `customer|customer's|user|user's|buyer|buyer's|purchaser error|errors|mistake|negligence|fault|misuse|carelessness`,
    question: false,
    unless: { before: "not|n't|no|never|if|whether" },
    expected: en,
  },
  {
    id: 'customer-failed-en',
    meaning: 'the customer, in the third person, failed a duty',
    example: 'The customer failed to provide a valid address.',
    pattern: `the_customer|the_buyer|the_purchaser|the_user|customer|buyer failed_to|did_not|didn't|neglected_to|never ~4 ${englishDuties}`,
    question: false,
    expected: en,
  },
  {
    id: 'due-to-customer-en',
    meaning: 'the problem put down to the customer\'s fault, in the third person',
    example: 'Due to customer negligence, the warranty is void.',
    pattern: `due_to|because_of|caused_by|result_of customer|customer's|user|user's|buyer|buyer's|the_customer's|the_buyer's ${faultNouns}`,
    expected: en,
  },
  {
    id: 'will-you-even-reply',
    meaning: 'asking, in reproach, whether the customer will reply at all',
    example: '下次还回复不？',
    // `还…不？` taunts; `您还回复吗？` asks.
    pattern: `还|到底|究竟 ~2 ${reply} 不|没 ${reply}? 消息|电话|信息? $`,
    unless: { before: '我们|我|客服|快递|商家|师傅' },
    expected: zh,
  },
  {
    id: 'never-replies',
    meaning: 'the customer reproached for not replying or answering',
    example: '您怎么一直不回复呢？',
    pattern: `${doer} ~4 也|都|又|怎么|咋|总是|一直|老是|从来|就是 ~2 不|没|没有 ${reply} !到|来|收|家|去`,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'because-not-home-en',
    meaning: 'a failed delivery put down to the customer not being there',
    example: "The reason it was returned is that you weren't home.",
    pattern: "because|reason|since|that's_why|due_to ~30 you|u weren't|were_not|werent|wasn't home|available|there|reachable|in",
    scope: 'sentence',
    question: false,
    unless: { before: 'if|in_case|when|whether' },
    expected: en,
  },
  {
    id: 'on-what-you-chose-en',
    meaning: 'the problem put on what the customer chose',
    example: "That's not on us, that's on the carrier you chose.",
    pattern: "that's_on|it's_on|that_is_on|blame|problem_is_with|issue_is_with|fault_of ~24 you|u chose|picked|selected|booked|used|went_with",
    scope: 'sentence',
    question: false,
    expected: en,
  },
  {
    id: 'on-your-part-en',
    meaning: 'a fault said to be on the customer\'s part',
    example: 'The damage was caused by improper use on your part.',
    pattern: `${faultNouns}|use|handling|installation|care|misunderstanding|oversight ~4 on_your_part|on_your_end|on_your_side|by_you|by_yourself`,
    question: false,
    unless: { before: "not|n't|no|if|whether|any" },
    expected: en,
  },
  {
    id: 'you-were-warned-en',
    meaning: 'the customer reminded that they were warned',
    example: 'You were warned about this.',
    pattern: "you_were|you've_been|you_have_been|u_were warned|cautioned",
    question: false,
    unless: { sentence: ownedUp },
    expected: en,
  },
  {
    id: 'agreed-at-checkout-en',
    meaning: 'the customer reminded that they agreed when ordering',
    example: 'Sorry, but you agreed to the terms when you checked out.',
    pattern: 'you|u agreed_to|accepted|consented_to the|our? terms|policy|conditions|this|that|it|them|the_terms_and_conditions > ~20 when_you|at_checkout|upon|by_ordering|by_placing|by_purchasing|when_ordering',
    scope: 'sentence',
    question: false,
    expected: en,
  },
  {
    id: 'you-did-pick-wrong-en',
    meaning: 'the customer\'s wrong choice, stressed',
    example: 'Well, you did order the wrong model.',
    pattern: 'you|u did|actually|yourself ~2 order|ordered|choose|chose|select|selected|pick|picked|enter|entered|type|typed|buy|bought ~16 the_wrong|a_wrong|wrong|incorrect|an_incorrect',
    question: false,
    unless: { before: 'if|whether' },
    expected: en,
  },
  {
    id: 'next-time-check-en',
    meaning: 'the customer told to check next time',
    example: 'Next time please double-check your address.',
    pattern: 'next_time ~12 double-check|double_check|check|read|measure|pay_attention|make_sure|be_careful|be_more_careful|look',
    question: false,
    unless: { before: "we|we'll|we_will|our" },
    expected: en,
  },
  {
    id: 'must-not-have-en',
    meaning: 'a skipped duty of the customer\'s taken for certain',
    example: 'You must not have read the description.',
    pattern: `you|u must_not_have|mustn't_have|must_have_not|probably_didn't|obviously_didn't|clearly_didn't|must've_not ${englishDuties}|read|seen|noticed|checked|looked`,
    question: false,
    unless: { before: 'if|whether' },
    expected: en,
  },
  {
    id: 'on-you-en',
    meaning: 'the problem said to be on the customer',
    example: "Honestly, this one's on you.",
    pattern: "that's|it's|this_is|this's|this_one's|that_one's|this_one_is|that_one_is|that_is|it_is|it_was|that_was|this_was on_you|on_u|on_ya|all_on_you !to|whether|which|if",
    question: false,
    unless: { before: "not|n't|if" },
    expected: en,
  },
  {
    id: 'your-choice-so-normal',
    meaning: 'the problem called normal for what the customer chose',
    example: '您选的平邮，慢是正常的呀。',
    pattern: `${doer} ${self}? ${chose}|选择 的 ~16 是正常的|很正常|也正常|正常的|难免|不奇怪|在所难免|当然`,
    scope: 'sentence',
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'your-words-thrown-back',
    meaning: 'the customer\'s own words thrown back at them',
    example: '您之前不是说不要发票的吗？',
    // Not what the customer said about the speaker (`你不是说我找事吗`): that argues, it blames no one.
    pattern: `${doer} 当时|之前|刚才|刚刚|自己? 不是 说|讲|同意|答应|确认|选|要 !我|我们|咱们|小妹 ~16 吗|嘛|么`,
    expected: zh,
  },
  {
    id: 'said-so-now-changes',
    meaning: 'the customer said or agreed, and now goes back on it',
    example: '你自己答应的，现在反悔可不行。',
    pattern: `${doer} ${self}? ~2 说|讲|答应|同意|要求|确认|选|要 ~8 的 ~12 现在又|又要|却又|反悔|不认|又不要|又来|现在才|现在又要`,
    scope: 'sentence',
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'told-so-nothing-to-do',
    meaning: 'the customer was told, so now nothing can be done',
    example: '都说了要先联系客服再退，您直接寄回来我们也没办法。',
    pattern: `都说了|早说了|说过了|提醒过|说了 ~30 ${doer} ~16 @we 也? 没办法|没法|无能为力|爱莫能助|不管`,
    scope: 'sentence',
    question: false,
    expected: zh,
  },
  {
    id: 'only-now',
    meaning: 'the customer reproached for raising it only now',
    example: '都快一个月了才来说，谁还能处理？',
    pattern: '一个月|几天|多久|这么久|半个月|好几天|一周|一年|很久|几个月|半年 了 才 来? 说|讲|反馈|联系|投诉|找|问|提',
    unless: { before: '@we|我|快递|师傅|客服' },
    expected: zh,
  },
  {
    id: 'only-now-said',
    meaning: 'the same, after a question why not earlier',
    example: '你收到的时候怎么不说，现在才说。',
    pattern: `现在才|这会儿才|到现在才|这时候才|这会才 来? 说|讲|反馈|联系|投诉|找我们|提`,
    unless: { before: '@we|我|快递|师傅|客服|仓库' },
    expected: zh,
  },
  {
    id: 'opened-so-cannot',
    meaning: 'what the customer did to it named as why it cannot be taken back',
    example: '包装都被您拆了，当然不能退了。',
    pattern: `被 ${doer} ${self}? ~6 了 > ~10 当然|肯定|所以|自然|那|才 ~4 ${cannotNow}`,
    scope: 'sentence',
    question: false,
    expected: zh,
  },
  {
    id: 'page-warned-you',
    meaning: 'the page warned the customer (who did not heed it)',
    example: '下单时页面提醒过要另购的。',
    pattern: `${pages}|下单时|下单的时候|之前|当时 ~6!被 提醒过|写过|提示过|告知过|说明过|注明过|强调过`,
    question: false,
    unless: { before: '如果|没|没有|不' },
    expected: zh,
  },
  {
    id: 'wrong-again',
    meaning: 'the customer got it wrong again',
    example: '你看你，又填错了。',
    pattern: `又|又一次|再次|总是|老是|又是 ${mistaken}`,
    question: false,
    unless: { before: '@we|我|仓库|小妹|快递|系统|师傅|如果|别|不要' },
    expected: zh,
  },
  {
    id: 'where-were-you',
    meaning: 'where was the customer earlier (scolding)',
    example: '早干嘛去了？',
    pattern: '早干嘛去了|早干什么去了|早干啥去了|早些时候干嘛去了|之前干嘛去了',
    expected: zh,
  },
  {
    id: 'you-did-so-en',
    meaning: 'what the customer did to it named as the cause',
    example: "You left it in the sun, that's why it melted.",
    pattern: `you|u ${damaged} ~30 that's_why|which_is_why|that_is_why|hence|that_caused|caused_it|and_that's_why|didn't_you|didnt_you`,
    scope: 'sentence',
    expected: en,
  },
  {
    id: 'you-signed-so-en',
    meaning: 'the customer signed for it, so the problem is theirs',
    example: 'You signed for it, so it was delivered.',
    pattern: 'you|u signed_for|accepted_the_delivery|accepted_delivery it|the_parcel|the_package|this|that? > ~20 so|therefore|which_means|meaning',
    scope: 'sentence',
    question: false,
    expected: en,
  },
  {
    id: 'damage-from-en',
    meaning: 'the damage put down to a drop or misuse',
    example: 'Per the photos, the damage is from a drop.',
    pattern: 'damage|crack|cracks|break|scratch|scratches|dent|dents ~6 is_from|came_from|comes_from|was_caused_by|is_caused_by|results_from|is_consistent_with ~6 a_drop|dropping|an_impact|impact|misuse|water|mishandling|improper|being_dropped',
    question: false,
    unless: { before: "not|n't|isn't|wasn't|if" },
    expected: en,
  },
  {
    id: 'the-one-you-used-en',
    meaning: 'what the customer used named as the problem',
    example: "The card you used has expired, that's the issue.",
    pattern: "the ~12 you|u used|entered|provided|gave|chose|picked|bought ~24 that's_the_issue|that's_the_problem|is_the_problem|is_the_issue|that's_why|is_to_blame|is_at_fault",
    scope: 'sentence',
    question: false,
    expected: en,
  },
  {
    id: 'your-thing-is-the-problem-en',
    meaning: 'the customer\'s device or account called the problem',
    example: 'Your router is the problem here.',
    pattern: `your ${yourSide}|router|modem|card|bank|app|version|wifi|computer|laptop ~4 is|'s the_problem|the_issue|the_culprit|at_fault|to_blame`,
    question: false,
    unless: { before: 'if|whether|maybe|might' },
    expected: en,
  },
  {
    id: 'would-not-have-happened-en',
    meaning: 'it would not have happened, had the customer done their part',
    example: "This wouldn't have happened if you'd followed the instructions.",
    pattern: "wouldn't_have|would_not_have|would_never_have ~20 if_you'd|if_you_had|had_you|if_u_had",
    scope: 'sentence',
    expected: en,
  },
  {
    id: 'too-late-en',
    meaning: 'the customer reproached for acting too late',
    example: 'You waited too long to report it.',
    pattern: 'you|u waited_too_long|took_too_long|were_too_late|reported_it_too_late|left_it_too_late|missed_the_window|missed_the_deadline|waited_too_late',
    question: false,
    unless: { before: 'if|whether' },
    expected: en,
  },
  {
    id: 'it-is-that-you-did-not',
    meaning: '"it is that you did not": the customer\'s failure named as the reason',
    example: '优惠券是有门槛的，是您没凑够金额。',
    pattern: `是 ${doer} ${self}? 没|没有|未|忘了|忘记 !${notAFault} ~ $`,
    question: false,
    // A guess in troubleshooting (`应该是您没有登录`) diagnoses, it does not blame.
    unless: { before: '不是|是不是|如果|可能|应该|也许|或许|估计|大概' },
    expected: zh,
  },
  {
    id: 'did-not-so-of-course',
    meaning: 'the customer did not, so of course nothing happens',
    example: '你没付尾款当然不发货。',
    pattern: `${doer} !好 ${self}? 没|没有|未|不 ~8 > 当然|肯定|自然|那当然 ~3 不|没法|无法|不能|没办法`,
    scope: 'sentence',
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'did-not-look-then-acted',
    meaning: 'asking, in reproach, whether the customer acted without looking',
    example: '您是不是没仔细看就拍了呀？',
    pattern: `是不是|是否|怕不是 没|没有 ~6 就 拍|买|下单|签收|确认|寄|退|付款|提交`,
    expected: zh,
  },
  {
    id: 'refused-so',
    meaning: 'a refusal of the customer\'s named as the cause',
    example: '您之前拒收了，所以退回了。',
    pattern: `${doer} !好 ~4 拒收|拒签|没签收|没取件|没有签收|没有取件 了? > ~8 所以|才|因此|导致`,
    scope: 'sentence',
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'your-account-wrong',
    meaning: 'the customer\'s description or evidence called wrong',
    example: '你的描述有问题，我们无法判断。',
    pattern: `${doer} 的? 描述|说法|表述|截图|照片|视频|理解 ~3 有问题|不对|有误|是错的|错了`,
    question: false,
    unless: { before: notTheirs },
    expected: zh,
  },
  {
    id: 'if-only-earlier',
    meaning: 'had the customer only acted earlier',
    example: '您这边如果早点联系我们就好了。',
    pattern: `${doer} !好 ~6 要是|如果|早 早点|早些|及时|提前|早 ~10 就好了|就不会|就没事了|就不至于`,
    scope: 'sentence',
    expected: zh,
  },
  {
    id: 'cannot-help-if-you-en',
    meaning: 'the shop cannot help while the customer does not do their part',
    example: "We can't help if you don't read our emails.",
    pattern: "can't_help|cannot_help|can't_do_anything|can't_fix|can't_assist ~6 if_you_don't|if_you_won't|if_you_never|if_u_dont|if_you_do_not read|check|follow|listen|respond|reply|answer|tell_us|send|provide|cooperate?",
    question: false,
    expected: en,
  },
  {
    id: 'should-have-en',
    meaning: 'what the customer should have done, in English',
    example: 'u should have checked the size chart',
    pattern: `@second should_have|should've|shoulda|ought_to_have ~2 ${shouldHaveDone}`,
    question: false,
    unless: { before: 'if|whether' },
    expected: en,
  },
  // Round 7 (the sixth set, opened after its summary was reported).
  {
    id: 'phone-unreachable',
    meaning: 'a failed delivery put down to the customer\'s phone (`因为您电话一直打不通`)',
    example: '包裹被退回是因为您电话一直打不通。',
    pattern: `因为|由于|怪 ${doer} ~2 电话|手机 ~4 打不通|没人接|关机|不接|无人接听|占线|停机`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'misuse-caused',
    meaning: 'the damage called misuse (`划痕明显是使用不当造成的`)',
    example: '这个划痕明显是使用不当造成的，不属于质量问题。',
    // `使用不当会导致…` warns in general; it names no cause of this damage.
    pattern: '使用不当|操作不当|人为损坏|人为原因|保养不当|使用方法不当|人为 ~4!会|可能|容易|都 造成|导致|所致|引起|弄的',
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'cause-then-told',
    meaning: 'the cause named, then what was written for the customer (`缩水是水温太高导致的，洗标上写着冷水手洗`)',
    example: '缩水是水温太高导致的，洗标上写着冷水手洗。',
    pattern: `< ${ledTo} 的? > ~14 写着|写了|标着|标了|注明了|说明书上|洗标上|详情页上|页面上`,
    scope: 'sentence',
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'your-side-forgot',
    meaning: 'the customer\'s side said to have forgotten or failed (`是您这边忘了去驿站拿`)',
    example: '一直显示待取件，是您这边忘了去驿站拿哦。',
    pattern: `是 ${doer} 这边|那边 ~4 忘了|忘记|没|没有|漏了|漏`,
    question: false,
    unless: { before: conditions },
    expected: zh,
  },
  {
    id: 'left-wrong',
    meaning: 'what the customer gave, named without them, found wrong (`手机号留的空号`, `地址填的不对`)',
    example: '亲 手机号留的空号 快递联系不上',
    pattern: `^| 手机号|手机号码|电话|电话号码|号码|联系方式|地址|收货地址|收件地址|收件人|姓名|名字|邮编|门牌号|发票抬头|抬头|税号 ~2 ${gave} 的|得 ~4 ${wrong}`,
    question: false,
    unless: { before: notTheirs, after: takenBack, clause: supposing },
    expected: zh,
  },
  {
    id: 'wrong-when-ordering',
    meaning: 'a slip at the customer\'s own step, named by the step (`下单时漏勾选了`, `下单备注写错了码`)',
    example: '优惠券没生效是下单时漏勾选了',
    pattern: '下单|拍下|付款|提交订单|结算|下单备注|订单备注 时|的时候|里|上? ~4 写错|填错|选错|拍错|点错|勾错|漏勾选|漏勾|漏选|漏填|漏写|没勾选|没勾|忘了选|忘记选|忘了勾|忘记勾|忘了填|忘记填',
    question: false,
    unless: { before: `${notTheirs}|应该|可能|估计|也许|或许|大概|怀疑`, after: takenBack, clause: supposing },
    expected: zh,
  },
  {
    id: 'even-got-wrong',
    meaning: 'a slip mocked, "you even managed to get it wrong" (`颜色都能点错`)',
    example: '颜色都能点错',
    pattern: '都能|也能|居然能|竟然能|这都能|这也能|还能 ~3 点错|选错|写错|填错|拍错|搞错|弄错|看错|记错|买错|下错|输错|拿错',
    unless: { before: notTheirs, clause: supposing },
    expected: zh,
  },
  {
    id: 'your-device-wrong',
    meaning: 'the customer\'s own thing named as the fault (`应该是您的充电头不匹配`)',
    example: '机器本身没问题的，是您的充电头不匹配。',
    pattern: `是 ${doer} 的|这边的|那边的 ~6 不匹配|不兼容|有问题|的问题|坏了|不对|不行`,
    question: false,
    // A troubleshooting guess (`应该是您的sd卡的问题，建议您…`) is not blame (see the rule page).
    unless: { before: `${conditions}|应该|可能|估计|也许|或许|大概|怀疑` },
    expected: zh,
  },
  {
    id: 'go-find-them',
    meaning: 'the customer sent to whoever received the parcel (`要找也是去找管理员`)',
    example: '是你们家管理员代收的，要找也是去找管理员哦。',
    pattern: '要找|去找|得找|只能找|就找 ~4 管理员|物业|门卫|代收人|家人|家里人|邻居|室友|保安',
    question: false,
    expected: zh,
  },
  {
    id: 'who-told-you-en',
    meaning: '"Who told you to …?": the customer\'s act thrown back at them',
    example: 'Who told you to wash it in hot water?',
    pattern: 'who_told_you_to|who_asked_you_to|nobody_told_you_to|no_one_told_you_to',
    expected: en,
  },
  {
    id: 'because-you-chose-en',
    meaning: 'the outcome put down to what the customer chose or entered (`because you picked the slowest shipping`)',
    example: 'The delay happened because you picked the slowest shipping option.',
    pattern: 'because|since|as you ~8 picked|chose|selected|entered|typed|used|ordered|skipped|ignored|gave_us|clicked|tapped|pressed|hit|paid|submitted',
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'you-entered-so-en',
    meaning: 'what the customer entered, then the consequence (`You entered last year\'s address, so that\'s where it went`)',
    example: "You entered last year's address, so that's where it went.",
    pattern: "you ~4 entered|typed|selected|chose|picked|gave_us|put ~40 so|that's_why|which_is_why",
    scope: 'sentence',
    question: false,
    unless: { before: conditions },
    expected: en,
  },
  {
    id: 'skipped-on-your-end-en',
    meaning: 'a step said to have been skipped or done wrong on the customer\'s side (`the assembly steps were skipped on your end`)',
    example: 'The leg wobbles because the assembly steps were skipped on your end.',
    pattern: 'were|was skipped|missed|ignored|not_followed|done_wrong|done_incorrectly ~4 on_your_end|on_your_side|by_you',
    question: false,
    expected: en,
  },
  {
    id: 'all-your-doing',
    meaning: '`都是你们害的`, `还不是你搞的`: the other side named as the whole cause of the trouble',
    example: '这下好了，都是你们害的。',
    pattern: `都是|全是|全都是|还不是|全怪|都怪 ${doer} ~4 害的|弄的|搞的|造成的|惹的祸|的错|的责任`,
    expected: zh,
  },
  {
    id: 'ruined-by-you',
    meaning: '`被你们搞得一团糟`: what went wrong told as done by the other side',
    example: '好好的事情被你们搞得一团糟',
    pattern: `被 ${doer} ~3 搞|弄|害|折腾|耽误|坑|拖 得|的|成|砸|坏|丢|乱|糟|惨|没了`,
    expected: zh,
  },
  {
    id: 'own-mistake',
    meaning: '`自己填错了地址`: the customer\'s own slip named, with the subject left out',
    example: '自己填错了地址，还说我们没发货。',
    pattern: `${self} ~2 ${slips}`,
    unless: { before: '@we|我|小妹|客服|快递|师傅|仓库', clause: '如果|万一|要是|避免|以免|防止|担心|怕|不会|会不会' },
    expected: zh,
  },
]

export default defineRule({
  meta: {
    id: 'no-blame',
    description: 'Disallow blaming the customer; take responsibility instead.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('no-blame'),
    messages: {
      blame: {
        'zh-CN': '“{actual}”把过错推给顾客，改为承担责任：“{expected}”',
        'zh-TW': '「{actual}」把過錯推給顧客，改為承擔責任：「{expected}」',
        en: 'Unexpected `{actual}`: it blames the customer; use `{expected}` instead',
      },
      deflect: {
        'zh-CN': '“{actual}”在推卸责任，改为承担责任：“{expected}”',
        'zh-TW': '「{actual}」在推卸責任，改為承擔責任：「{expected}」',
        en: 'Unexpected `{actual}`: it disowns the problem; use `{expected}` instead',
      },
      blamePlain: {
        'zh-CN': '“{actual}”把过错推给顾客，改为承担责任，例如“可能是我们没有说明清楚，我们马上帮您处理”',
        'zh-TW': '「{actual}」把過錯推給顧客，改為承擔責任，例如「可能是我們沒有說明清楚，我們馬上幫您處理」',
        en: 'Unexpected `{actual}`: it blames the customer; take responsibility ("We may not have made this clear; let us fix it for you")',
      },
      deflectPlain: {
        'zh-CN': '“{actual}”在推卸责任，改为承担责任，例如“这边马上帮您跟进处理”',
        'zh-TW': '「{actual}」在推卸責任，改為承擔責任，例如「這邊馬上幫您跟進處理」',
        en: 'Unexpected `{actual}`: it disowns the problem; take responsibility ("We\'ll follow this up for you right away")',
      },
    },
    note: {
      'zh-CN': '手册 000：“用自己承担责任方式说话”；003：“有争论或分歧多检讨自己的过错，少抱怨，尊重顾客的意见”。',
      'zh-TW': '手冊 000：「用自己承擔責任方式說話」；003：「有爭論或分歧多檢討自己的過錯，少抱怨，尊重顧客的意見」。',
      en: 'Handbook 000: speak in a way that takes responsibility yourself; 003: in a disagreement, look for our own fault, complain less and respect the customer.',
    },
  },
  lexicons: [blames, customers, faults, hedges, consequences, helps],
  constructions,
  check(_tree, context) {
    const found = leftmostLongest([...context.find(blames), ...customerFaults(context)])
    if (found.length === 0) return
    const hedgeMatches = context.find(hedges)
    const hedgeIndex = {
      before: new MatchIndex(hedgeMatches.filter((hedge) => hedge.entry.position === 'before')),
      after: new MatchIndex(hedgeMatches.filter((hedge) => hedge.entry.position === 'after')),
    }
    const clauses = context.clauses
    // Clause index → the blame it holds (the first one decides the suggestion).
    const blamed = new Map<number, Match<BlameEntry>>()
    for (const match of found) {
      const index = clauseIndexAt(context, match.normalStart)
      if (index < 0 || blamed.has(index)) continue
      if (hedged(context, clauses, index, match, hedgeIndex)) continue
      blamed.set(index, match)
    }
    // Binary searches over sorted starts: a reply with thousands of clauses stays linear.
    const consequenceStarts = context.find(consequences).map((match) => match.normalStart).sort((a, b) => a - b)
    const helpStarts = context.find(helps).map((match) => match.normalStart).sort((a, b) => a - b)
    const within = (starts: number[], clause: ClauseInfo) => anyStartIn(starts, clause.normalStart, clause.normalEnd)

    for (let index = 0; index < clauses.length; index++) {
      const first = blamed.get(index)
      if (!first) continue
      // Blaming clauses in a row, and the consequence after them, are one span.
      let last = index
      let deflectOnly = first.entry.message === 'deflect'
      for (;;) {
        const next = clauses[last + 1]
        if (!next || next.sentence !== clauses[index]!.sentence) break
        const more = blamed.get(last + 1)
        if (more) {
          if (more.entry.message === 'blame') deflectOnly = false
          last++
        } else if (within(consequenceStarts, next) && !within(helpStarts, next)) {
          last++
          break
        } else break
      }
      const start = skipMentions(context.text, clauses[index]!.start, clauses[last]!.end)
      const end = trimEnd(context.text, start, clauses[last]!.end)
      context.report({
        messageId: deflectOnly ? 'deflect' : 'blame',
        start,
        end,
        expected: suggestion(context, first.entry, start, end, skipMentions(context.text, clauses[index]!.sentence.start, context.text.length)),
      })
      index = last
    }
  },
})

/**
 * Faults whose doer is the customer: `您` before `没看清` with at most `maxGap`
 * characters between them and nothing there that makes someone else the doer.
 * Each is returned as one match from the pronoun to the end of the fault.
 */
function customerFaults(context: RuleContext): Match<BlameEntry>[] {
  const found = context.find(faults)
  if (found.length === 0) return []
  // Doers by end: the doer of a fault is the one ending last before it (binary search).
  const doers = [...context.find(customers)].sort((a, b) => a.normalEnd - b.normalEnd)
  const doerEnds = doers.map((doer) => doer.normalEnd)
  const text = context.normal.text
  const paired: Match<BlameEntry>[] = []
  for (const fault of found) {
    let before = lowerBound(doerEnds.length, (i) => doerEnds[i]! < fault.normalStart + 1) - 1
    // Of doers ending at the same place, the first found (as before this was a binary search).
    while (before > 0 && doerEnds[before - 1] === doerEnds[before]) before--
    const doer: Match<LexiconEntry> | undefined = doers[before]
    if (!doer || fault.normalStart - doer.normalEnd > maxGap) continue
    const gap = text.slice(doer.normalEnd, fault.normalStart)
    if (gapBlockers.some((word) => gap.includes(word)) || /[\s,.;:!?，。；：！？、]/.test(gap)) continue
    paired.push({ ...fault, start: doer.start, normalStart: doer.normalStart })
  }
  return paired
}

/**
 * Whether a blaming phrase is taken back by its clause: a condition or a
 * precaution before it (`如果您填错了`, `以免您拍错`, `If you entered the wrong
 * address`), a condition or reassurance after it in its sentence (`拍错了也没关系`),
 * or a question that checks a fact (`您是不是填错了？`).
 */
function hedged(
  context: RuleContext,
  clauses: readonly ClauseInfo[],
  index: number,
  match: Match<BlameEntry>,
  hedgeIndex: { readonly before: MatchIndex<HedgeEntry>; readonly after: MatchIndex<HedgeEntry> },
): boolean {
  const clause = clauses[index]!
  const previous = index > 0 && clauses[index - 1]!.sentence === clause.sentence ? clauses[index - 1]! : clause
  const sentence = clause.sentence
  if (hedgeIndex.before.any(previous.normalStart, match.normalStart)) return true
  if (hedgeIndex.after.any(match.normalEnd, sentence.normalEnd)) return true
  return match.entry.askable === true && (isQuestion(clause) || isQuestion(sentence))
}

const letterOrDigit = /[\p{L}\p{N}]/u

/**
 * The start of the span after the handles that open a tweet (`@AirlineCare
 * Sorry you misunderstood`). A handle that would reach `end` is not one
 * (`@你没看清楚 好的`): the span keeps it rather than start past its end.
 */
function skipMentions(text: string, start: number, end: number): number {
  let at = start
  while (text.charCodeAt(at) === 0x40) {
    let next = at
    while (next < end && !/\s/.test(text.charAt(next))) next++
    while (next < end && /\s/.test(text.charAt(next))) next++
    if (next >= end) return at
    at = next
  }
  return at
}

/** The end of the span without the punctuation, spaces and emoji that close it. */
function trimEnd(text: string, start: number, end: number): number {
  let at = end
  while (at > start + 1) {
    const low = text.charCodeAt(at - 1)
    const width = low >= 0xdc00 && low <= 0xdfff ? 2 : 1
    if (letterOrDigit.test(text.slice(at - width, at))) break
    at -= width
  }
  return at
}

/** The handbook's rewrite (the engine writes it in the reply's script), English with the case of its place. */
function suggestion(context: RuleContext, entry: BlameEntry, start: number, end: number, sentenceStart: number): string[] {
  if (!/[a-z]/i.test(entry.expected[0] ?? '')) return [...entry.expected]
  if (startsSentence(context.text, sentenceStart, start)) return [...entry.expected]
  return entry.expected.map((phrase) => phrase.charAt(0).toLowerCase() + phrase.slice(1))
}
