/**
 * no-absolute-claim: don't guarantee quality or outcomes; describe the product
 * and let the customer decide (000 "不要下斷言，要讓顧客做決定"; 002 "it will
 * not pill when worn normally").
 *
 *   这款绝对不起球。  →  这款正常穿着是不会起球的。
 *
 * A claim is an intensifier (`绝对`, `保证`, `肯定`, `definitely won't`)
 * right before an outcome (`不起球`, `没问题`, `fade`), with at most a few
 * filler characters between (`绝对是不会起球的`). Guarantees about size and
 * fit are `no-size-promise`'s; denials of a guarantee (`没法保证`, `can't
 * guarantee`) and questions are not claims.
 */
import { lowerBound } from '../src/binary-search.js'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { matchCase } from '../src/language/case.js'
import { clauseAt } from '../src/language/proximity.js'
import { isQuestion } from '../src/language/questions.js'
import { leftmostLongest } from '../src/matcher.js'
import type { ClauseInfo, Construction, Match } from '../src/types.js'
import {
  arrives,
  conditions,
  defects,
  englishAbsolutes,
  englishOutcomesAfterWill,
  good,
  pleased,
  qualities,
  sure,
  years,
  unbreakable,
  performance,
  englishDefectsBase,
  serviceOutcome,
  noProblemFor,
  pictured,
  identical,
  every,
  flaws,
  impossible,
  honestLimit,
  restAssured,
  hedgedCare,
  effective,
  safe,
  usedHard,
  neverYet,
  wentWrong,
  complaintsOf,
  englishDefects,
  englishDefectNouns,
  englishIntensifiers,
  englishOutcomes,
  fitWords,
  intensifiers,
  outcomes,
  type EnglishIntensifierEntry,
  type IntensifierEntry,
} from './no-absolute-claim.lexicon.js'

/** Characters that may stand between an intensifier and its outcome (`绝对是不会`, `肯定都没问题`). */
const fillers = new Set([...'是会都也能就还可以真的'])
/** At most this many of them. */
const maxFiller = 3
/** A negation this close before the claim denies it (`没法保证`, `不敢保证`, `谁也不能保证`). */
const denial = new Set([...'不没无难未非'])
/** `不用担心` and `不必担心` reassure; they deny nothing that follows. */
const reassurance = new Set([...'用必'])
const denialReach = 4
/** Words after an English verb that make it transitive (`never break the seal`): an action, not a claim about the product. */
const objects = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'them', 'it', 'you', 'us', 'me', 'any', 'anything', 'something', 'anyone', 'anybody'])

/** Years, as a span of use a claim runs over (`用十年`, `穿个好几年`). */
const manyYears = `${years}|十年|五年|三年|两年|一年|八年`
/** A defect that cannot happen, in the potential form (`掉不了`, `穿不坏`). */
const cannotFail = '掉不了|坏不了|用不坏|穿不坏|洗不坏|摔不坏|刷不坏|磨不坏|裂不了|破不了|褪不了|变不了形'
/** What rules a defect out after `都`/`也` (`不带` is the colloquial "won't": `穿十年都不带变形`). */
const wontHave = '不|不会|不带|没|没有'

/**
 * Absolute claims beyond an intensifier right before a listed outcome: `都`
 * over every product, certainty about quality, satisfaction, years of use
 * or arrival, and their English forms. Sizes stay `no-size-promise`'s.
 */
const constructions: readonly Construction[] = [
  {
    id: 'all-never',
    meaning: '`都` before a defect that will not happen',
    example: '我们家的衣服都不起球的。',
    pattern: '都|全都|一律 是? 不|不会|永不|绝不|从不|从来不|永远不 D=' + defects + ' 的?',
    question: false,
    unless: { before: conditions, after: '的话|话' },
    expected: ['正常情况下是不会{D}的'],
  },
  {
    id: 'we-vouch',
    meaning: 'the shop vouching for the outcome (`我们敢打包票`, `包您满意`)',
    example: '12小时内水一定还是烫的，我们敢打包票。',
    pattern: '敢打包票|打包票|敢保证|敢担保|拍胸脯|拍胸脯保证',
    question: false,
    // Vouching for a size is no-size-promise's (the catalogue: size guarantees belong there).
    unless: { before: conditions, sentence: '@size' },
    expected: ['一般情况下是没问题的'],
  },
    {
    id: 'never-will',
    meaning: 'a defect that will never happen (`绝不会闪的`)',
    example: '用一辈子都稳定，绝不会闪的。',
    pattern: `绝不|决不|永不|永远不 会? 再? 有? 任何? D=${defects} 的?`,
    question: false,
    unless: { before: conditions },
    expected: ['正常情况下一般不会{D}'],
  },
{
    id: 'certain-no-defect',
    meaning: 'certainty before any defect that will not happen',
    example: '保证不会有色差。',
    pattern: `${sure} ~2 不|不会|没有|没|零|无|绝不 再? 有|出|出现? 任何? D=${defects} 的?`,
    question: false,
    unless: { before: conditions },
    expected: ['正常情况下一般不会出现{D}'],
  },
  {
    id: 'zero-defect',
    meaning: 'no flaw at all, claimed',
    example: '我们的产品都是零瑕疵的。',
    pattern: '零|无任何|没有任何|绝无|毫无 瑕疵|故障|质量问题|色差|异味|差评|投诉|缺陷|副作用|风险|危害|隐患',
    question: false,
    unless: { before: conditions },
    expected: ['品质有保障'],
  },
  {
    id: 'defect-at-zero',
    meaning: 'a flaw or failure put at zero (`色差为零`, `返修率是0`): the zero claimed after the noun (`几乎为零` hedges)',
    example: '这批货的色差为零，放心拍。',
    pattern: '瑕疵|故障|质量问题|色差|异味|差评|投诉|缺陷|副作用|风险|危害|隐患|返修率|故障率|退货率|次品率|不良率 ~1 为零|是零|等于零|为0|是0|等于0',
    question: false,
    unless: { before: conditions, clause: '几乎|接近|趋近|基本' },
    expected: ['品质有保障'],
  },
  {
    id: 'zero-issues-en',
    meaning: 'English: no issue at all, claimed (`with zero issues`, `zero defects`)',
    example: 'This battery runs for years with zero issues.',
    pattern: 'zero issues|problems|failures|breakdowns',
    question: false,
    // `We had zero issues with shipping` tells what happened.
    unless: { before: "if|not|n't|hope|should|had|was|were" },
    expected: ['reliable with normal use'],
  },
  {
    id: 'guarantee-quality',
    meaning: 'guaranteeing the quality itself',
    example: '都是正品，保证质量。',
    pattern: `保证|确保|担保|打包票|包 ${qualities}`,
    question: false,
    unless: { before: conditions },
    expected: ['品质有保障'],
  },
  {
    id: 'certain-quality',
    meaning: 'the quality said to be certainly good',
    example: '这款效果绝对好。',
    pattern: `${qualities} ~8 < ${sure} ~3 ${good} !看|听|吃|闻|玩|喝`,
    scope: 'sentence',
    question: false,
    unless: { before: conditions },
    expected: ['是有保障的'],
  },
  {
    id: 'certain-pleased',
    meaning: 'the customer\'s satisfaction promised',
    example: '用了绝对不会后悔。',
    pattern: `绝对|肯定|保证|包|百分百|100%|铁定 G=~4 P=${pleased} !${serviceOutcome}`,
    question: false,
    unless: { before: conditions },
    // The hedge takes the certainty's place and keeps the rest (`用了应该不会后悔`).
    expected: ['应该{G}{P}'],
  },
  {
    id: 'will-surely-please',
    meaning: 'the customer\'s delight promised with 一定 会 (not `您一定非常喜欢`, which feels with them)',
    example: '这款您一定会喜欢的。',
    pattern: `一定 M=会|能|让|不会让|不会让您|不会让你 !给|为 G=~4 P=${pleased}|失望 !${serviceOutcome}`,
    question: false,
    unless: { before: conditions },
    // `相信您一定会喜欢` → `相信您应该会喜欢`: only 一定 is hedged, the subject before it stays.
    expected: ['应该{M}{G}{P}'],
  },
  {
    id: 'certain-years',
    meaning: 'years of use promised',
    example: '肯定能用好几年。',
    pattern: `绝对|肯定|保证|百分百|100%|铁定|一定 ~2 能|可以 用|穿|戴 ~2 ${years}`,
    question: false,
    unless: { before: conditions },
    expected: ['正常使用是比较耐用的'],
  },
  {
    id: 'certain-arrival',
    meaning: 'arrival promised, which the courier decides',
    example: '明天肯定能到。',
    pattern: `绝对|肯定|保证|百分百|100%|铁定|一定 ~2 能|会|可以 ${arrives} !付|款|账|您的|你的|信息|后|之后`,
    question: false,
    unless: { before: conditions },
    expected: ['预计可以送到，具体以物流为准'],
  },
  {
    id: 'will-definitely',
    meaning: 'an outcome said to be certain',
    example: 'It will definitely work.',
    pattern: `will definitely|absolutely|certainly|surely|100%|100_percent|a_hundred_percent V=${englishOutcomesAfterWill}`,
    question: false,
    unless: { before: "if|not|n't|can't|cannot", after: 'if|as_long_as|provided|once' },
    expected: ['should {V}'],
  },
  {
    id: 'you-will-love',
    meaning: 'the customer\'s delight promised',
    example: "You'll absolutely love it.",
    pattern: "S=you'll|you_will definitely|absolutely|surely|certainly|100% V=love|like|enjoy",
    question: false,
    expected: ['{S} probably {V}'],
  },
  {
    id: 'satisfaction-guaranteed',
    meaning: 'satisfaction guaranteed, in English',
    example: 'Satisfaction guaranteed!',
    pattern: 'satisfaction_guaranteed|guaranteed_satisfaction|100%_satisfaction|100%_satisfied',
    question: false,
    unless: { before: "not|n't|can't|cannot" },
    expected: ["We hope you'll be happy with it"],
  },
  {
    id: 'hundred-percent',
    meaning: 'a property claimed as total',
    example: "It's 100% waterproof.",
    pattern: `100%|completely|totally|absolutely|perfectly|fully|guaranteed A=${englishAbsolutes}`,
    question: false,
    unless: { before: "if|not|n't|can't|cannot" },
    expected: ['designed to be {A} with normal use'],
  },
  {
    id: 'always-never',
    meaning: 'an outcome said to hold always or never fail',
    example: 'It never fails.',
    pattern: 'always_works|always_work|never_fails|never_fail|never_lets_you_down|never_goes_wrong|never_breaks_down',
    question: false,
    unless: { before: "if|not|n't" },
    expected: ['should hold up well with normal use'],
  },
  {
    id: 'lasts-forever',
    meaning: 'a product said to last forever or a lifetime',
    example: 'This will last forever.',
    pattern: 'V=last|lasts you|for? forever|a_lifetime|for_life',
    question: false,
    unless: { before: "if|not|n't" },
    expected: ['{V} a long time with normal use'],
  },
  {
    id: 'all-products',
    meaning: 'every product said to be perfect',
    example: 'All our products are perfect.',
    pattern: 'all|every_one_of|each_of our ~2 products|items|pieces|clothes|shoes ~3 are|is perfect|flawless|the_best|top_quality|top-quality',
    question: false,
    expected: ['Our products are carefully checked'],
  },
  // Round 2: families written from how certainty about quality is said, not from cases.
  {
    id: 'every-piece-flawless',
    meaning: 'every product or piece said to be free of a defect',
    example: '我们家所有产品都没有质量问题。',
    pattern: `${every} ~8 都|也? 不|不会|没|没有|绝不|从不|绝对不|绝对没有 有|出|出现? 任何? D=${defects}|${flaws}`,
    question: false,
    unless: { before: conditions },
    expected: ['正常情况下一般不会出现{D}'],
  },
  {
    id: 'impossible-defect',
    meaning: 'a defect said to be impossible',
    example: '不可能掉色的，放心。',
    pattern: `${impossible} !${honestLimit} ~2 D=${defects}`,
    question: false,
    unless: { before: conditions },
    expected: ['正常情况下一般不会{D}'],
  },
  {
    id: 'defect-impossible',
    meaning: 'the same, the defect first',
    example: '掉色是不可能的。',
    pattern: `D=${defects} ~10 ${impossible} !${honestLimit} 发生|出现|的事?`,
    question: false,
    unless: { before: conditions },
    expected: ['正常情况下一般不会{D}'],
  },
  {
    id: 'rest-assured-no-defect',
    meaning: 'a flat "it won\'t", made a guarantee by "rest assured"',
    example: '放心，不会掉色的。',
    pattern: `${restAssured} ~8 不|不会|绝不|不可能|没 D=${defects}`,
    scope: 'sentence',
    question: false,
    unless: { sentence: hedgedCare },
    expected: ['正常情况下一般不会{D}'],
  },
  {
    id: 'no-defect-rest-assured',
    meaning: 'the same, the reassurance after',
    example: '不会起球的，放心吧。',
    pattern: `不会|不 D=${defects} ~4 ${restAssured}`,
    scope: 'sentence',
    question: false,
    unless: { sentence: hedgedCare },
    expected: ['正常情况下一般不会{D}'],
  },
  {
    id: 'certain-effect',
    meaning: 'an effect said to be certain',
    example: '用了绝对见效。',
    pattern: `${sure} ~2!不|没|无 能? ${effective} !期|的话`,
    question: false,
    unless: { before: conditions },
    expected: ['一般是有效果的'],
  },
  {
    id: 'certain-safe',
    meaning: 'safety said to be total',
    example: '绝对安全，孕妇也能用。',
    pattern: `${sure} ~2 ${safe} !送|到|运|包|发|起见`,
    question: false,
    unless: { before: conditions },
    expected: ['经过检测，可以放心使用'],
  },
  {
    id: 'used-hard-no-defect',
    meaning: 'a defect said not to come however it is used',
    example: '洗多少次都不会掉色。',
    pattern: `${usedHard} ~6 都|也 不会|不|绝不|从不 D=${defects}`,
    question: false,
    unless: { sentence: hedgedCare },
    expected: ['正常情况下一般不会{D}'],
  },
  {
    id: 'never-went-wrong',
    meaning: 'the product said never to have had a problem',
    example: '我们的产品从来没有出过问题。',
    pattern: `${neverYet} ~2 没|没有|未|无 ~1 ${wentWrong} ~3 ${complaintsOf}`,
    question: false,
    expected: ['品质有保障'],
  },
  {
    id: 'however-long',
    meaning: 'the product unchanged however long or often it is used (`穿多久都跟新的一样`, `洗多少次都不掉色`)',
    example: '这款羊毛衫穿多久都跟新的一样。',
    pattern: `穿|用|洗|放|戴|晒|泡|摔 多久|多少次|多少遍|多少年|几年|再久|再多次 ~2 都|也 ~8 跟新的一样|像新的一样|和新的一样|如新|一样|不变|不会变|没变化|ok|没事|没问题 $`,
    question: false,
    unless: { before: conditions },
    expected: ['正常使用是比较耐用的'],
  },
  {
    id: 'whole-season',
    meaning: 'a whole season or year of use without the defect (`穿一整个夏天都晒不黑`)',
    example: '这件防晒衣穿一整个夏天都晒不黑。',
    pattern: '穿|用|戴|晒 一整个|整个|一整 夏天|冬天|季|季度|年 都|也 ~4 不|没|晒不黑|不坏|不掉',
    question: false,
    unless: { before: conditions },
    expected: ['正常使用是比较耐用的'],
  },
  {
    id: 'on-us-if-it-fails',
    meaning: 'the agent vowing to bear any problem (`出了问题算我的`)',
    example: '质量杠杠的，出了问题算我的。',
    pattern: '出了问题|出问题|有问题|坏了|不好 ~2 算我的|算我们的|我负责|我来负责',
    question: false,
    expected: ['品质有保障'],
  },
  {
    id: 'years-no-defect',
    meaning: 'a defect that will not come in years of use (`穿十年都不带变形的`; `不带` is the colloquial "won\'t")',
    example: '这料子穿十年都不会变形。',
    pattern: `用|穿|戴|开|洗 个? ~2 ${manyYears} ~2 都|也 ${wontHave} D=${defects}`,
    question: false,
    unless: { before: conditions, sentence: hedgedCare },
    expected: ['正常情况下一般不会{D}'],
  },
  {
    id: 'years-cannot-fail',
    meaning: 'years of use, then a defect that cannot happen (`用十年都掉不了`): the potential form of `years-no-defect`',
    example: '这涂层用十年都掉不了。',
    pattern: `用|穿|戴|开|洗|刷 个? ~2 ${manyYears} ~2 都|也 ${cannotFail}`,
    question: false,
    unless: { before: conditions, sentence: hedgedCare },
    expected: ['正常使用是比较耐用的'],
  },
  {
    id: 'just-will-not',
    meaning: 'use, then a flat "it just does not" (`洗了就是不掉`): the defect ruled out by emphasis',
    example: '这颜色洗了就是不掉。',
    pattern: `穿|用|洗|晒|泡|摔|戴|刷|擦 了|过|完? ~4 就是 不|不会|不带 D=${defects}`,
    question: false,
    unless: { before: conditions, sentence: hedgedCare },
    expected: ['正常情况下一般不会{D}'],
  },
  {
    id: 'certain-all-along',
    meaning: 'a certainty stretched over a whole span of time (`绝对二十四小时都是烫的`)',
    example: '这款保温杯绝对二十四小时都是烫的。',
    pattern: `绝对|肯定|保证|百分百|百分之百|铁定|保准 ~4 小时|整天|全天|一整天|一年四季|四季|一整夜|一整晚|整晚|一晚上|一冬天|一夏天 都|也|全 ~8 $`,
    question: false,
    // What the shop will do all along is service, not the product (`保证全天都有客服为您处理`).
    unless: { before: conditions, clause: '客服|处理|安排|发货|回复|给您|为您|帮您|给你|在线' },
    messageId: 'claimPlain',
  },
  {
    id: 'however-long-no-defect',
    meaning: 'a defect that will not come however long or often it is used (`洗多少次都不掉色`)',
    example: '洗多少次都不掉色。',
    pattern: `穿|用|洗|放|戴|晒|泡|摔 多久|多少次|多少遍|多少年|几年|再久|再多次 ~2 都|也 ${wontHave} D=${defects}`,
    question: false,
    unless: { before: conditions },
    expected: ['正常情况下一般不会{D}'],
  },
  {
    id: 'for-life',
    meaning: 'a lifetime without the defect (`一辈子都掉不了`, `永远用不坏`)',
    example: '这个胶粘上去一辈子都掉不了。',
    pattern: `一辈子|永远|终身|几十年|一百年 ~2 都|也? ${cannotFail}|用不完|不会坏|不会掉|不坏|不掉|不变形|不褪色|不掉色|没问题|不会有问题|不会出问题`,
    question: false,
    unless: { before: conditions },
    expected: ['正常使用是比较耐用的'],
  },
  {
    id: 'anything-works',
    meaning: 'an effect on anything at all (`什么污渍都能去掉`, `百试百灵`)',
    example: '这个去渍喷雾什么污渍都能去掉。',
    pattern: `什么|任何|啥|所有|所有的 ~4 都|全 能|可以|会|一样 ~2 ${effective}|搞定|解决|去掉|去除|洗掉|清除|修好|治好|适用|用|穿`,
    question: false,
    unless: { before: `${conditions}|有|如果|若`, after: '的话|吗|么|呢' },
    expected: ['效果因人而异，我们可以先帮您了解一下具体情况'],
  },
  {
    id: 'never-fails',
    meaning: 'a set phrase of a product that never fails (`百试百灵`, `屡试不爽`, `包治百病`)',
    example: '这个方法百试百灵哦。',
    pattern: '百试百灵|屡试不爽|包治百病|药到病除|一用就好|一用就灵|一抹就好|一喷就掉|一洗就掉',
    question: false,
    expected: ['效果因人而异，我们可以先帮您了解一下具体情况'],
  },
  {
    id: 'never-lost',
    meaning: 'a service record said never to have failed (`快递从来没丢过件`)',
    example: '我们的快递从来没丢过件。',
    pattern: `${neverYet} ~2 没|没有|未|不 ~1 丢过|丢件|丢|坏过|错过|发错过|延误过|晚到过|破损过|出过错|出错|失手`,
    question: false,
    unless: { before: '如果|若|没关系' },
    expected: ['品质有保障'],
  },
  {
    id: 'sure-all-along',
    meaning: 'a certain outcome that holds all along (`保证12小时都是热的`, `保准能用一整周`)',
    example: '这款保温杯保证12小时都是热的。',
    pattern: `保证|保准|管保|包你|包您|准保 ~6 都是|都能|都会|都不|一整|整整 ~6 $`,
    question: false,
    // Authenticity (`保证都是全新的`, `保证正品`) is a fact the shop answers for, not an outcome.
    unless: { before: `${conditions}|不能|没法|无法|不敢|难以|不`, after: '的话', clause: '全新|正品|原装|新品|行货|官方' },
    expected: ['一般情况下是没问题的'],
  },
  {
    id: 'works-for-everyone-en',
    meaning: 'an English claim that it works for everyone or every case (`works for every skin type`)',
    example: 'This cream works for every skin type.',
    pattern: "works|work|suits|fits|is_perfect|are_perfect for every|all|any|everyone|everybody|anyone",
    question: false,
    unless: { before: "may|might|should|usually|generally|most|if|not|doesn't|don't|won't" },
    expected: ['Results vary; we are happy to help you check'],
  },
  {
    id: 'no-way-en',
    meaning: 'a defect said to be impossible, in English',
    example: "There's no way this will fade.",
    pattern: `there's_no_way|there_is_no_way|no_way|zero_chance|not_a_chance ~16 ${englishDefects}`,
    question: false,
    unless: { before: "if|not|n't|can't|cannot" },
    expected: ['This should hold up well with normal use'],
  },
  {
    id: 'impossible-to-en',
    meaning: 'the same, with "impossible"',
    example: "It's impossible for it to fade.",
    pattern: `impossible_for|impossible_to ~8 ${englishDefects}`,
    question: false,
    unless: { before: "if|not|n't|can't|cannot" },
    expected: ['unlikely to happen with normal use'],
  },
  {
    id: 'promise-en',
    meaning: 'a promise that it will work or not fail, in English',
    example: "I promise it won't shrink.",
    pattern: `promise|guarantee|swear|assure_you ~12 won't|will_not|never|will|it'll|they'll ~4 ${englishDefects}|work|last|arrive`,
    question: false,
    unless: { before: "if|not|n't|can't|cannot" },
    expected: ['expect it to hold up well with normal use'],
  },
  {
    id: 'promise-delight-en',
    meaning: 'the customer\'s delight promised, in English',
    example: "I guarantee you'll love it.",
    pattern: "promise|guarantee|bet|swear ~4 you'll|you_will V=love|like|enjoy",
    question: false,
    unless: { before: "if|not|n't|can't|cannot" },
    expected: ["hope you'll {V}"],
  },
  {
    id: 'rest-assured-en',
    meaning: 'a flat "it won\'t", made a guarantee by "rest assured"',
    example: "Don't worry, it won't fade.",
    pattern: `rest_assured|don't_worry|no_worries ~24 < won't|will_not|never|will_never ~4 D=${englishDefects}`,
    scope: 'sentence',
    question: false,
    unless: { sentence: 'normal|normally|usually|should|if|as_long_as' },
    expected: ["shouldn't {D} with normal use"],
  },
  {
    id: 'guaranteed-results',
    meaning: 'results or quality guaranteed, in English',
    example: 'Guaranteed results.',
    pattern: 'guaranteed_results|guaranteed_quality|guaranteed_success|guaranteed_to_work|results_guaranteed|quality_guaranteed|success_guaranteed',
    question: false,
    unless: { before: "not|n't|can't|cannot|no" },
    expected: ['We stand behind our quality'],
  },
  {
    id: 'zero-chance-en',
    meaning: 'no chance of a defect, in English',
    example: 'Zero chance of shrinking.',
    // What it is said of may stand between (`Zero chance of it fading`, `no chance that it will shrink`).
    pattern: `zero_chance|no_chance|zero_risk|no_risk|not_a_chance of|that ~12 ${englishDefectNouns}|${englishDefects}`,
    question: false,
    unless: { before: "if|not|n't" },
    expected: ['Very little chance of that with normal use'],
  },
  {
    id: 'never-a-problem-en',
    meaning: '"You\'ll never have a single problem": no problem ever, promised (not the past told, `never had any issues`).',
    example: "You'll never have a single problem with this one.",
    pattern: 'never have|get|see|experience|run_into a_single|any|one|a problem|problems|issue|issues|complaint|complaints|fault|faults',
    question: false,
    unless: { before: "if|hope|hopefully|wish|not|n't" },
  },
  {
    id: 'not-a-trace',
    meaning: '`一点问题都没有`: "not the least" problem or flaw, an emphatic absolute (`一点都不掉色` is all-never\'s).',
    example: '放心，一点问题都没有',
    // Said of the goods or of the customer's use of them (`放心，一点问题都没有`, `您穿着一点问题都没有`), not told of
    // something else or of yesterday (`移动的网一点问题都没有`, `昨天手机还一点问题都没有`: readers, reading 11).
    pattern: `放心|保证|绝对|肯定|@second|穿|用|洗|戴|质量|品质|做工|这款|这个|宝贝|商品|产品|东西 ~10 < 一点|一丝|丝毫|半点|一丁点|一点儿|一点点 问题|毛病|瑕疵|色差|异味|味道|线头|褶皱|质量问题 都|也 没有|没|不会有`,
    scope: 'sentence',
    question: false,
    // Wearing it said to be no problem at all is a size promise (no-size-promise's).
    unless: { before: conditions, sentence: '@size' },
  },
  {
    id: 'not-a-drop',
    meaning: '`一滴水都进不去`: not a drop gets in, a waterproofing promised absolutely.',
    example: '保證一滴水都進不去',
    pattern: '一滴|一点 水? 都|也 进不去|进不了|渗不进|漏不了|不漏|不会漏|不会进|不进',
    question: false,
    unless: { before: conditions },
  },
  {
    id: 'years-no-problem',
    meaning: 'years of use said to be no problem',
    example: '这个用十年都没问题。',
    pattern: `用|穿|戴|开 个? ~2 ${manyYears} ~2 都|也 ${noProblemFor}`,
    question: false,
    unless: { sentence: hedgedCare },
    expected: ['正常使用是比较耐用的'],
  },
  {
    id: 'as-pictured',
    meaning: 'the product guaranteed to look exactly as pictured',
    example: '这个颜色保证跟图片一模一样。',
    pattern: `${sure} ~4 跟|和|与 ~2 ${pictured} ~2 ${identical}`,
    question: false,
    unless: { before: conditions },
    expected: ['和图片基本一致，会有轻微色差'],
  },
  {
    id: 'nothing-can-damage',
    meaning: 'nothing can damage it, in English',
    example: 'Nothing can damage this case.',
    pattern: 'nothing can|could|will ~2 damage|break|scratch|hurt|harm|crack|destroy|ruin ~ $',
    question: false,
    expected: ['It is built to hold up well with normal use'],
  },
  {
    id: 'no-problems-guaranteed',
    meaning: 'no problems with it, promised, in English',
    example: "You'll have no problems with it at all, guaranteed.",
    pattern: "you'll_have|you_will_have|you_won't_have|you_will_not_have ~4 no|zero|any problems|problem|issues|issue|trouble ~24 guaranteed|for_sure|i_promise|we_promise|100%|ever|whatsoever",
    scope: 'sentence',
    question: false,
    unless: { before: "if|hope|should|shouldn't" },
    expected: ["You shouldn't have problems with it under normal use"],
  },
  {
    id: 'works-every-time',
    meaning: 'said to work without fail, in English',
    example: 'It works every time.',
    pattern: 'works|work every_time|100%_of_the_time|without_fail|without_exception',
    question: false,
    unless: { before: "if|not|n't" },
    expected: ['works well in most cases'],
  },
  {
    id: 'unbreakable',
    meaning: 'a product said never to break, however used (`摔不坏`)',
    example: '怎么摔都摔不坏。',
    pattern: unbreakable,
    question: false,
    unless: { sentence: hedgedCare },
    expected: ['正常使用是比较耐用的'],
  },
  {
    id: 'guaranteed-tail-en',
    meaning: 'an outcome stamped "guaranteed" at the end (`you\'ll see results in three days, guaranteed`)',
    example: "You'll see results in three days, guaranteed.",
    pattern: "you'll|you_will|it'll|it_will|they'll|they_will ~60 guaranteed|for_sure|no_doubt|i_promise|we_promise $",
    scope: 'sentence',
    question: false,
    expected: ['Results vary; we are happy to help you check'],
  },
  {
    id: 'zero-guaranteed-en',
    meaning: 'zero of a defect, guaranteed, in English (`Zero shrinkage, guaranteed`)',
    example: 'Zero shrinkage, guaranteed, no matter how you wash it.',
    pattern: 'zero|no shrinkage|fading|pilling|shedding|leaks|rust ~12 guaranteed',
    scope: 'sentence',
    question: false,
  },
  {
    id: 'certain-performance',
    meaning: 'a performance said to be certain (`百分百保温`)',
    example: '这个保温杯百分百保温12小时。',
    pattern: `${sure} ~2 能? ${performance} !包装|袋|膜|套|处理|措施`,
    question: false,
    unless: { before: conditions },
    expected: ['正常情况下可以达到标注的效果'],
  },
  {
    id: 'surely-wont-en',
    meaning: 'English: a defect surely ruled out, in any spelling (`definitely wont fade`)',
    example: 'It definitely wont fade.',
    pattern: `definitely|absolutely|certainly|surely|100%|100_percent|guaranteed|totally wont|won't|will_not|will_never|never|doesn't|does_not|don't|dont D=${englishDefectsBase}`,
    question: false,
    unless: { before: "if|not|n't|can't|cannot" },
    expected: ["shouldn't {D} with normal use"],
  },
  {
    id: 'wont-guaranteed-en',
    meaning: 'English: "won\'t fade", then guaranteed',
    example: "Won't fade, won't shrink, guaranteed.",
    pattern: `wont|won't|will_not|never D=${englishDefectsBase} ~40 guaranteed|for_sure|i_promise|we_promise|100%|promise`,
    scope: 'sentence',
    question: false,
    unless: { before: "if|not|can't|cannot|hope" },
    expected: ['It should hold up well with normal use'],
  },
  {
    id: 'zero-defects-en',
    meaning: 'English: zero defects, guaranteed',
    example: 'Zero defects, guaranteed.',
    pattern: 'zero_defects|no_defects|zero_flaws|defect-free|zero_issues|zero_problems ~16 guaranteed|promised|100%|ever',
    scope: 'sentence',
    question: false,
    unless: { before: "if|not|n't" },
    expected: ['Carefully checked before shipping'],
  },
  // Round 8: a defect denied outright (`掉色？不存在的`), a quality given as a full hundred.
  {
    id: 'defect-does-not-exist',
    meaning: 'a defect named, then denied as unthinkable (`掉色？不存在的`, `起球是不可能的事`)',
    example: '掉色？不存在的，纯天然染料',
    pattern: `${defects} ~3 不存在的|不存在|不可能的事|没有的事|想多了|不可能的`,
    // The question mark of `掉色？` ends a sentence: the gap bounds the reach instead.
    scope: 'reply',
    question: false,
    unless: { before: conditions },
    expected: ['正常使用一般不会有这个问题'],
  },
  {
    id: 'quality-a-hundred',
    meaning: 'a quality or its safety given as a full hundred (`安全性百分百`, `品质杠杠的`)',
    example: '充电宝安全性百分百',
    pattern: `Q=${qualities}|安全性|安全|性能|耐用性|稳定性 ~2 百分百|百分之百|100%|满分|杠杠的|没得挑 !的概率|可能`,
    question: false,
    unless: { before: conditions },
    expected: ['{Q}是有保障的'],
  },
  {
    id: 'quality-beyond-doubt',
    meaning: 'a quality or a working life put beyond doubt in slang (`续航妥妥的`, `质量杠杠的`, `防水没得说`)',
    example: '这款续航妥妥的，一天一充没问题',
    pattern: `Q=${qualities}|续航|防水|性能|耐用度|安全性|保暖 ~3 妥妥的|妥妥滴|妥妥哒|杠杠的|杠杠滴|没得说|没话说|不用说`,
    question: false,
    unless: { before: conditions },
    expected: ['{Q}是有保障的'],
  },
]

export default defineRule({
  meta: {
    id: 'no-absolute-claim',
    description: 'Disallow guarantees about quality or outcomes; let the customer decide.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('no-absolute-claim'),
    messages: {
      claim: {
        'zh-CN': '“{actual}”是绝对化的保证，建议说“{expected}”，让顾客自己判断',
        'zh-TW': '「{actual}」是絕對化的保證，建議說「{expected}」，讓顧客自己判斷',
        en: 'Unexpected `{actual}`, use `{expected}` instead',
      },
      claimPlain: {
        'zh-CN': '“{actual}”是绝对化的保证，换成有余地的说法，让顾客自己判断',
        'zh-TW': '「{actual}」是絕對化的保證，換成有餘地的說法，讓顧客自己判斷',
        en: 'Unexpected `{actual}`: an absolute promise; say it with room for doubt',
      },
    },
    note: {
      'zh-CN': '手册 000：“不要下断言，要让顾客做决定”；002：起球、褪色的问题只能回复“正常穿着是不会起球的，洗涤时记得干洗哦”。',
      'zh-TW': '手冊 000：「不要下斷言，要讓顧客做決定」；002：起球、褪色的問題只能回覆「正常穿著是不會起球的，洗滌時記得乾洗喔」。',
      en: "Handbook 000: don't make assertions, let the customer decide; 002: say it will not pill when worn normally, never that it won't pill.",
    },
  },
  lexicons: [intensifiers, outcomes, englishIntensifiers, englishOutcomes, fitWords],
  constructions,
  check(_tree, context) {
    const chineseOutcomes = leftmostLongest(context.find(outcomes))
    const englishOutcomeMatches = leftmostLongest(context.find(englishOutcomes))
    if (chineseOutcomes.length === 0 && englishOutcomeMatches.length === 0) return
    const text = context.normal.text
    const fits = context.find(fitWords)
    const chinese = leftmostLongest(context.find(intensifiers))
    const english = leftmostLongest(context.find(englishIntensifiers))
    for (const outcome of chineseOutcomes) {
      const intensifier = before(chinese, outcome.normalStart, text)
      if (!intensifier || !intensifier.entry.reach.includes(outcome.entry.kind)) continue
      const start = chainStart(chinese, intensifier, text)
      const clause = clauseAt(context, outcome.normalStart)
      if (!clause || isQuestion(clause.sentence) || denied(text, clause, start.normalStart)) continue
      // "No problem" about a size may sit in the next clause: `推荐L码，肯定没问题`.
      const scope = outcome.entry.kind === 'noProblem' ? clause.sentence : clause
      if (fits.some((fit) => fit.normalStart >= scope.normalStart && fit.normalEnd <= scope.normalEnd)) continue
      const { expected } = outcome.entry
      // The hedges end in `的` and hold `是`: take in the ones the reply already has (`是绝对不会起球的`).
      let from = start.start
      let to = outcome.end
      if (expected[0]!.includes('是') && start.normalStart > clause.normalStart && text[start.normalStart - 1] === '是') from = context.normal.starts[start.normalStart - 1]!
      if (expected[0]!.endsWith('的') && text[outcome.normalEnd] === '的') to = context.normal.ends[outcome.normalEnd]!
      context.report({ messageId: 'claim', start: from, end: to, expected })
    }
    for (const outcome of englishOutcomeMatches) {
      // The intensifier right before, a space between: a binary search, as `before` does.
      const previous = english[lowerBound(english.length, (i) => english[i]!.normalEnd + 1 < outcome.normalStart)]
      const intensifier = previous && previous.normalEnd + 1 === outcome.normalStart && text[previous.normalEnd] === ' ' ? previous : undefined
      if (!intensifier || intensifier.entry.negative !== outcome.entry.negative) continue
      if ((intensifier.entry.form === 'noun') !== (outcome.entry.noun === true)) continue
      const clause = clauseAt(context, outcome.normalStart)
      if (!clause || isQuestion(clause.sentence) || deniedInEnglish(text, clause, intensifier)) continue
      const next = nextWord(text, outcome.normalEnd, clause.normalEnd)
      if (objects.has(next) || (outcome.entry.final && next !== '')) continue
      if (fits.some((fit) => fit.normalStart >= clause.normalStart && fit.normalEnd <= clause.normalEnd)) continue
      const actual = context.text.slice(intensifier.start, outcome.end)
      const hedges = intensifier.entry.form === 'infinitive' ? outcome.entry.infinitive : outcome.entry.expected
      // `It'll never fade`: the claim starts inside a word, so the report takes the whole word and keeps its subject.
      let start = intensifier.start
      while (start > 0 && /[a-z0-9]/i.test(context.text[start - 1]!)) start--
      const subject = start < intensifier.start ? `${context.text.slice(start, intensifier.start)} ` : ''
      context.report({ messageId: 'claim', start, end: outcome.end, expected: hedges.map((hedge) => subject + matchCase(actual, hedge)) })
    }
  },
})

/**
 * The intensifier that ends right before `at`, with only filler characters between.
 *
 * @param matches Non-overlapping, in order (`leftmostLongest`): a binary search finds the last that
 *   ends by `at`, so a reply of thousands of claims is not read back from its end for each.
 */
function before(matches: readonly Match<IntensifierEntry>[], at: number, text: string): Match<IntensifierEntry> | undefined {
  const match = matches[lowerBound(matches.length, (i) => matches[i]!.normalEnd <= at) - 1]
  if (!match || at - match.normalEnd > maxFiller) return undefined
  for (let k = match.normalEnd; k < at; k++) if (!fillers.has(text[k]!)) return undefined
  return match
}

/**
 * The first of a run of intensifiers (`保证绝对不起球`), so that the whole claim is reported; at
 * most `maxChain` back, so that a hostile run of them is not walked again for each claim.
 */
function chainStart(matches: readonly Match<IntensifierEntry>[], last: Match<IntensifierEntry>, text: string): Match<IntensifierEntry> {
  let first = last
  for (let steps = 0, found = before(matches, first.normalStart, text); steps < maxChain && found && found !== first; steps++, found = before(matches, first.normalStart, text)) first = found
  return first
}

/** The longest run of intensifiers one claim is read back over (`保证绝对百分百…`). */
const maxChain = 8

/** Whether a negation just before the claim in its clause denies it (`没法保证不褪色`). */
function denied(text: string, clause: ClauseInfo, start: number): boolean {
  for (let k = Math.max(clause.normalStart, start - denialReach); k < start; k++) {
    if (denial.has(text[k]!) && !(text[k] === '不' && reassurance.has(text[k + 1]!))) return true
  }
  return false
}

const englishDenial = /\b(?:not|no|cannot|never)\b|n't\b/

/** Whether the English claim is denied before it in its clause (`we can't say it definitely won't fade`). */
function deniedInEnglish(text: string, clause: ClauseInfo, intensifier: Match<EnglishIntensifierEntry>): boolean {
  const window = text.slice(Math.max(clause.normalStart, intensifier.normalStart - 30), intensifier.normalStart)
  return englishDenial.test(window)
}

/** The word after `at` (normalised, lower case), or `''` at the end of the clause. */
function nextWord(text: string, at: number, end: number): string {
  let k = at
  while (k < end && text[k] === ' ') k++
  let word = ''
  while (k < end && /[a-z']/.test(text[k]!)) word += text[k++]
  return word
}
