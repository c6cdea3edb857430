/**
 * Insults and hostile brush-offs that `no-insult` forbids (001 "不能在與客户購物過程中
 * 與客户發生衝突，辱罵對罵"; 000 "切忌避免與顧客的衝撞").
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** An insult entry. */
export interface InsultEntry extends LexiconEntry {
  /** Always empty: nothing said in anger has a polite replacement. */
  readonly expected: readonly []
  /**
   * The message: an insult, a brush-off that picks a fight, or profanity (`卧槽`, `特么`, `wtf`),
   * which insults the customer only when aimed at them and is otherwise reported one level lower.
   */
  readonly message: 'insult' | 'brushOff' | 'profanity'
  /**
   * An obscene name (`傻逼`, `fuck you`): aimed at a third party rather than the customer it is
   * no insult to them, yet still profanity in a reply.
   *
   * @default false
   */
  readonly vulgar?: boolean
}

/**
 * Words that also name things (`滚轮`, `有病虫害`, `垃圾袋`): an insult only
 * when they make up a clause of their own, give or take a lead before them
 * (`你`, `你是不是`, `给我`) and a tail after (`吧`, `开`, `一边去`): `滚！`, `你有病吧`.
 */
export const standaloneInsults = [
  '有病', '精神病', '神经', '傻', '蠢', '笨', '垃圾', '废物', '奇葩', '没素质', '没教养', '没文化', '不识字', '文盲', '瞎', '瞎了', '贱',
  '滚', '滚开', '滚出去', '有毛病', '脑残', '二百五', '猪脑子', '缺心眼',
  // Internet names for a person (round 3); `沙雕风格` and `杠精这个词` are not clauses of their own.
  '沙雕', '杠精', '戏精', '巨婴', '舔狗', '二货', '喷子', '神经兮兮', '滚滚', '滚滚滚', '憨批',
  // Taiwanese `白目` (clueless), and `你妹` thrown as a curse (not `你妹妹`).
  '白目', '你妹',
  // A cheat named on their own (`…就是了！骗子`); `遇到骗子了` reports one.
  '骗子',
  // Slow-witted (`…我换的什么软件啊,呆.`); `发呆` is a verb, not a clause of its own.
  '呆', '呆子', '天然呆',
].join('|')
/** Curses that are also ordinary words (`靠谱`, `依靠`): swearing only as a clause of their own (`靠！`). */
// `吗的`, `马的`: 妈的 typed by its sound to pass a filter.
export const standaloneCurses = ['靠', '我靠', '妈的', '吗的', '马的', '玛的'].join('|')
/** Brush-offs that are also ordinary words (`这几天事儿多` is the agent's own workload). */
export const standaloneBrushOffs = ['废话', '啰嗦', '烦死了', '随便你', '事儿真多', '事真多', '事儿多', '事儿太多', '随你', '随你吧', '随你咯', '阿巴阿巴', '醒醒吧', '做梦吧', '别做梦了', '想多了吧'].join('|')
// Not `呵呵` alone: agents laugh with it in kindness (`呵呵，不客气哦`).

/** Leads that name the customer or push the word at them. */
export const standaloneLeads = [
  '你', '你们', '你个', '你这个', '你这', '你真', '你真是', '你是', '你是不是', '你才', '你才是', '你就是', '是不是', '真', '真是', '简直',
  '简直是', '给我', '你给我', '快', '快点', '赶紧', '赶快', '都', '你们都', '都给我', '还', '你还', '我看你', '我看你是', '我看你就是', '有',
  '你有', '您是不是', '您真是', '您就是', '您才是', '您这', '你怎么这么', '怎么这么', '你咋这么', '咋这么', '你也太', '也太',
  '你这人', '你这个人', '这人', '你丫', '你丫的', '你个人', '我看你是不是', '你这人是不是', '你是不是有点',
  // Written Cantonese `你係咪傻㗎` folds to `你是不傻`.
  '你是不', '您是不',
  // A guess that is a verdict (`怕不是傻吧`, `你莫不是有病`).
  '怕不是', '你怕不是', '怕是', '你怕是', '莫不是', '你莫不是', '我看是',
].join('|')

/** What may follow the word in its clause, beyond particles and marks. */
export const standaloneTails = [
  '了', '了吧', '啊你', '吧你', '一样', '似的', '不成', '是吧', '开', '蛋', '远点', '远一点', '出去', '一边去', '一边儿去',
  '死了', '死了你', '得要死', '得要命', '到家了', '透了', '透顶', '得不行', '得可以',
  // Laughter that mocks (`你是不是不识字 lol`).
  'lol', 'lmao', 'lmfao', '哈哈', '哈哈哈', '呵呵', '呵呵呵', 'hhh', '笑死',
  // `神经兮兮的`, `二货一个`.
  '的', '一个',
].join('|')

/** Every insult and brush-off, with how it must stand. */
export const insults: Lexicon<InsultEntry> = [
  // Names for a person that are never kind. `神经病变` and `神经病学` are medicine; `脑残粉` a fan.
  { match: '神经病', notBefore: ['变', '学', '理', '科'], expected: [], message: 'insult', watch: true },
  { match: '脑残', notBefore: ['粉'], expected: [], message: 'insult' },
  {
    match: [
      '傻叉', '傻帽', '傻缺', '笨蛋', '蠢猪',
      '穷鬼', '穷逼', '屌丝', '乡巴佬', '刁民', '泼妇', '贱货', '狗东西', '混账', '狗眼', '瞎了你的',
      '脑子有病', '脑子进水', '脑子有问题', '没脑子', '没长脑子', '长点脑子', '眼瞎', '活该',
      '自作自受', '听不懂人话', '说了你也不懂', '你懂什么', '穷酸', '你有毛病', '滚蛋', '滚远点', '滚一边去', '滚犊子',
      // Asked back or after a word (`真是个nc`).
      '个nc', '是nc', '真nc', 'nc吧', '白嫖党', '羊毛党', '白嫖怪', '事儿精', '事儿妈',
      // Round 8: profanity written with 艹 for 操, no brain (`你有冇腦` folds to `有没脑`), and the
      // customer ranked low for what they spend (`低端客户就是麻烦`).
      '没脑', '低端客户', '低端顾客', '低端买家', '低端用户',
    ],
    expected: [],
    message: 'insult',
  },
  // The obscene names, also as letters after a word or asked back (`sb吧你`).
  {
    match: ['傻b', '傻x', '煞笔', '沙比', '二逼', 'cnm', '你sb', '个sb', '真sb', 'sb吧', 'sb啊', 'sb吗', '是sb'],
    expected: [],
    message: 'insult',
    vulgar: true,
  },
  // Swearing as an exclamation or an intensifier (`卧槽`, `特么`, `真是操蛋`): rude in any reply, an
  // insult when aimed at the customer (readers found most of it aimed at no one).
  { match: ['他妈的', '草泥马', '卧槽', '特么', 'tmd', 'nmd', '操蛋', '艹蛋', '艹', '尼玛', 'tnnd', '妈的b', '妈的逼'], expected: [], message: 'profanity' },
  // The names people hide from a filter (`智 障`, `傻❤逼`, `sha bi`, `憨批`): watched, so their disguises fold to them.
  // Not homophones (`致胀`, `置账` are words) nor initials (`SB` signs a tweet).
  { match: ['智障', '弱智', '白痴', '人渣', '王八蛋', '混蛋', '贱人', '蠢货'], expected: [], message: 'insult', watch: { homophones: false } },
  { match: '傻逼', expected: [], message: 'insult', vulgar: true, watch: { homophones: false, aliases: ['憨批', '傻哔', '啥比', '煞逼', '傻屄'] } },
  // Profanity and names said in anger. `他妈妈` is someone's mother, `其他妈妈` other mothers; `流氓兔` a cartoon.
  { match: ['他妈', '她妈'], notAfter: ['其'], notBefore: ['妈', '咪'], expected: [], message: 'profanity' },
  // Vulgar scorn for what a thing is worth (`屁用没有`, `狗屁服务`): swearing at the shop, not at a person.
  { match: ['你麻痹', '屁用', '狗屁'], expected: [], message: 'profanity' },
  // Disgust and contempt for the other side's service (`真够恶心`, `烂到家了`), and names for a cheat.
  // Not `恶心` alone nor `太恶心`, `好恶心`: nausea is a symptom (`吃了有点恶心`, `味道好恶心`).
  {
    match: [
      '真恶心', '真够恶心', '真是恶心', '令人恶心', '让人恶心', '恶心透了', '恶心至极', '恶心人',
      '烂到家', '差到家', '烂透了', '垃圾到家', '烂到极点', '差到极点', '垃圾透顶', '差劲透顶',
      '耍无赖', '无赖', '骗子公司', '大骗子',
    ],
    expected: [],
    message: 'insult',
  },
  // The other side called a cheat by what it does (`太坑人了`, `有你们这么坑爹的吗`, `忽悠消费者`): the
  // compounds only, never the 坑 of a pit (`坑位`) nor the 忽悠 of the agent's own promise (`不会忽悠您的`).
  {
    match: [
      '坑爹', '坑娘', '坑人', '坑钱', '坑死人', '坑消费者', '坑用户', '坑顾客', '坑老用户', '黑钱', '骗子商城', '骗子平台', '骗子网站', '骗子企业',
      '忽悠人', '忽悠我', '忽悠我们', '忽悠消费者', '忽悠用户', '忽悠顾客', '忽悠老百姓',
    ],
    expected: [],
    message: 'insult',
  },
  // `别和我扯淡`, `这不扯淡嘛`: the other side's words called rubbish, a clash (000 "切忌…與顧客的衝撞").
  { match: ['扯淡', '瞎扯淡', '扯犊子'], expected: [], message: 'brushOff' },
  { match: '流氓', notBefore: ['兔'], expected: [], message: 'insult' },
  { match: '不要脸', notBefore: ['盆', '部', '上', '的部位'], expected: [], message: 'insult' },
  { match: ['无耻', '去你妈', '操你', '你妹的'], expected: [], message: 'insult' },
  // Failure wished on the other side (`祝你们早日倒闭`, `赶紧倒闭吧`), and staff called dead (`一副死人态度`).
  { match: ['早日倒闭', '赶紧倒闭', '早点倒闭', '快点倒闭', '倒闭算了', '关门大吉吧', '死人态度', '死人脸', '一副死样', '死样子'], expected: [], message: 'insult' },
  // `你妹` opening a clause as a curse (`你妹任何回复都不给我`), not the sister (`你妹妹`, `你妹是学生吗`).
  { match: '你妹', notAfter: ['跟', '和', '是', '给', '帮', '替'], notBefore: ['妹', '夫', '子', '是', '今年', '多大', '几岁', '在', '也', '还', '呢', '的', '读', '上', '去', '要', '想', '说', '她', '结婚', '喜欢', '买', '穿', '用', '多', '和', '跟'], expected: [], message: 'profanity' },
  // `土鳖虫` is a herbal medicine.
  { match: '土鳖', notBefore: ['虫'], expected: [], message: 'insult' },
  // `你是猪年出生的` is the zodiac.
  { match: '你是猪', notBefore: ['年', '肉'], expected: [], message: 'insult' },
  // `你妈妈` is the customer's mother, in a gift question.
  { match: '你妈', notBefore: ['妈', '咪'], expected: [], message: 'insult' },
  // `去死皮` is an exfoliator, `去死角` cleaning.
  { match: ['去死', '找死'], notBefore: ['皮', '角', '结', '细胞'], expected: [], message: 'insult' },
  // English.
  {
    match: [
      'idiots', 'idiotic', 'morons', 'moronic', 'imbecile', 'dumbass', 'dumbo', 'dimwit', 'nitwit', 'halfwit',
      'retarded', 'loser', 'losers', 'cheapskate', 'fuck you', 'stfu', 'gtfo', 'shut the f*** up', 'shut the f** up', 'shut the f**k up',
      'piss off', 'screw you', 'go to hell', 'bugger off', 'sod off',
      'learn to read', 'learn how to read',
      'learn english', 'learn some english', 'learn to spell', 'learn how to spell', 'learn to count', 'learn how to count', 'learn to listen',
      'ok karen', 'okay karen', 'ok boomer', 'okay boomer', 'bye felicia',
      "what's your iq", 'your iq', 'room temperature iq', 'too much time on your hands', 'get a hobby', 'touch grass', 'genius move',
      'being a karen', 'such a karen', 'a total karen', "don't be a karen",
      'nmsl', 'nmb', 'wcnm', 'f u', 'f you', 'fk you', 'fk u', 'f off', 'screw u', 'talk to the hand',
      'draw you a picture', 'spell it out for you', 'explain it slowly', 'explain this slowly', "like you're five", 'like you are five',
      'using small words', "i'm not going to argue with you", 'not going to argue with you', 'not gonna argue with you', "i won't argue with you",
    ],
    expected: [],
    message: 'insult',
  },
  { match: ['wtf', 'fucking', 'bullshit'], expected: [], message: 'profanity' },
  // Watched (round 3): `y0u bl1nd`, `sh*t up` (a masked letter normalises away), `shut the f*** up`.
  { match: ['are you blind', 'are you stupid', 'are you deaf', "can't you read"], expected: [], message: 'insult', watch: { homophones: false } },
  { match: ['shut up', 'shut the f up'], notBefore: [' shop', 'shop'], expected: [], message: 'insult', watch: { homophones: false, aliases: ['sht up', 'shup'] } },
  // Watched: `1diot`, `m0ron`, `f*ck off`.
  { match: ['idiot', 'moron', 'retard'], expected: [], message: 'insult', watch: { aliases: ['idot', 'idit', 'idiiot', 'id10t', '1d10t', '1d1ot', 'idi0t'] } },
  // An intensifier (`figure it the fuck out`) swears; with the person addressed (`fuck you`) it insults.
  { match: 'fuck', expected: [], message: 'profanity', watch: { aliases: ['fck', 'fuk', 'fcuk', 'phuck', 'fook'] } },
  { match: 'fuck off', expected: [], message: 'insult', vulgar: true },
  // `There are no stupid questions` is kindness; a `dumb phone` is a product.
  {
    match: ['stupid', 'dumb'],
    // Spelled out to dodge a filter (`s.t.u.p.i.d`, `stuрid` with a Cyrillic р); a letter masked
    // (`st*pid`, `stup!d` normalise to `stpid`, `stupd`) or stretched (`stoopid`).
    // Spelled out after the article `a`, whose single letter the normaliser joins to the rest
    // (`a s.t.u.p.i.d question` reads `astupid`).
    watch: { aliases: ['stpid', 'stupd', 'stoopid', 'stooopid', 'stuupid', 'astupid', 'adumb', 'astpid'] },
    notAfter: ['no ', 'not ', 'not a ', 'never a ', 'no such thing as a ', 'our ', 'my '],
    // `a stupid mistake on our part`, `our dumb bug`: the shop's own slip, not the customer.
    notBefore: [' phone', ' phones', ' waiter', ' waiters', ' bug', ' bugs', ' glitch', ' mistake on our', ' mistake on my', ' error on our', ' mistake by us'],
    expected: [],
    message: 'insult',
  },
  // Brush-offs: take it or leave it, stop bothering us, go and complain. (`嫌贵的话可以看看特价款`
  // offers a cheaper choice, so `嫌贵就别买` is the `no-money` construction's.)
  {
    match: [
      '闭嘴', '住嘴', '废话少说', '有完没完',
      '你好烦', '你真烦', '你很烦', '你太烦', '烦死人了', '懒得理你', '懒得跟你', '懒得和你', '不想理你', '没空理你', '关我什么事',
      '关我屁事', '关你屁事', '关你什么事', '管得着吗', '你算老几', '算什么东西', '爱买不买', '爱要不要', '爱退不退', '爱换不换',
      '爱买就买', '爱咋咋地', '爱咋地咋地', '爱咋样咋样', '爱信不信', '信不信由你', '随你便', '不买拉倒', '不要拉倒', '不退拉倒',
      '不卖给你', '事儿精', '事儿妈', '事妈', '哪来那么多事', '哪那么多事', '哪来这么多事', '怎么这么多事', '有本事你', '有本事就', '有本事去',
      '有种你', '你去投诉吧', '你投诉吧', '投诉去吧', '投诉也没用', '爱投诉', '不买就算了', '有本事别买', '没钱还想',
      '跟你说不清', '和你说不清',
      // Daring and sneering (round 3).
      '你行你上', '你行你来', '有能耐你来', '有能耐你', '什么人都有', '什么样的人都有', '什么鸟都有', '脑子是个好东西', '随你怎么想',
      '随便你怎么说', '随便你怎么想', '爱怎么想怎么想', '爱咋想咋想', '爱怎么说怎么说',
      '什么玩意儿', '啥玩意儿', '日了狗', '对牛弹琴', '鸡同鸭讲', '没文化真可怕', '猴子派来的', '白活了', '白活这么大', '白长这么大',
      '吃饱了撑的', '吃饱撑的', '闲得慌', '做人不要太过分', '做人别太过分', '丢人现眼',
      '我劝你善良', '你礼貌吗', '你在教我做事', '教我做事', '你品你细品', '不奉陪了', '恕不奉陪', '老子不伺候', '催催催', '问问问', '吵吵吵',
    ],
    // `你好，烦请…` is a polite request; `你很烦恼` is sympathy.
    notBefore: ['请', '劳', '恼', '躁', '闷'],
    expected: [],
    message: 'brushOff',
  },
  // `不烦不烦` reassures.
  { match: '烦不烦', notAfter: ['不', '麻'], expected: [], message: 'brushOff' },
  // The same A-not-A thrown at the other side about shame or disgust (`你们恶不恶心`, `丢不丢人`).
  { match: ['恶不恶心', '要不要脸', '丢不丢人', '害不害臊', '知不知羞'], expected: [], message: 'insult' },
  {
    match: [
      'take it or leave it', 'not my problem', 'stop whining', 'stop complaining', 'quit whining', 'quit complaining',
      'cry me a river', 'leave me alone', "don't waste my time", 'stop wasting my time',
    ],
    expected: [],
    message: 'brushOff',
  },
]

/**
 * Words of the constructions that people hide from a filter (`垃☆圾`, `废 物`): watched so their
 * disguises fold to them, and never reported on their own (the constructions decide).
 */
export const hidden: Lexicon<LexiconEntry> = [
  { match: ['垃圾', '废物', '脑残', '奸商', '骗子', '猪脑子'], watch: { homophones: false } },
  // 病 in pinyin (`你是不是有ｂｉｎｇ啊`).
  { match: '有病', watch: { homophones: false, aliases: ['有bing'] } },
]

// Constructions (see `constructions` in no-insult.ts): word lists joined into pattern alternatives.

/** A small sum, said with contempt for it (`几块钱的东西`, `这点钱`). */
export const smallSums = ['这点钱', '这么点钱', '这点小钱', '几块钱', '几毛钱', '几十块', '十几块', '几块', '才几块', '这么便宜', '这个价'].join('|')

/** What the customer is mocked for wanting at that price. */
export const wantsTooMuch = [
  '计较', '要求', '嫌', '挑', '投诉', '退', '换', '墨迹', '磨叽', '事', '差评', '讲究', '叽歪', '矫情', '好意思', '指望', '期待',
  '要什么', '什么服务', '要这要那', '挑三拣四',
  // `这么便宜你还想怎样`.
  '怎样', '怎么样', '咋样', '咋地', '要啥', '想要啥',
].join('|')

/** Not having the money (`没钱`, `买不起`, `嫌贵`). */
export const noMoney = ['没钱', '买不起', '穷', '嫌贵', '舍不得', '消费不起', '用不起'].join('|')
/** Told to save up first (`买不起可以先攒攒钱再来`): the customer's money scorned as advice. */
export const saveUp = ['攒钱', '攒攒钱', '攒点钱', '存钱', '存点钱', '存够钱', '攒够钱', '先攒攒钱', '先攒钱', '先攒点钱', '先存钱', '先存点钱', '先攒', '先存'].join('|')
/** What the penniless customer is mocked for (`没钱装什么大款`). */
export const noMoneyMocked = ['装什么大款', '装什么', '装啥', '装大款', '还装', '充什么', '充大款', '摆什么谱'].join('|')

/** What is judged: taste, intelligence. */
export const taste = ['眼光', '审美', '品味', '品位', '眼神'].join('|')
export const wits = ['智商', '脑子', '脑袋', '理解能力', '情商', '脑回路', 'iq', 'eq'].join('|')

/** How it is judged, badly. */
export const judgedBad = [
  '差', '不行', '有问题', '堪忧', '低', '土', '俗', '感人', '捉急', '着急', '欠费', '不够', '不好使', '不太好使', '坏了', '进水', '瓦特',
  '清奇', '不在线', '离家出走',
  // Round 8: past help or beyond words (`审美真是没救了`, `这眼光不敢恭维`).
  '没救', '没救了', '辣眼睛', '不敢恭维', '一言难尽',
  // Round 6: a mind that does not work (`脑子不清楚`, `脑子转不过来`).
  '不清楚', '不清醒', '不灵光', '转不过来', '秀逗', '短路', '有坑', '不正常',
  // Round 3: `品味一言难尽`, `智商是硬伤`.
  '一言难尽', '不敢恭维', '辣眼睛', '硬伤', '不够用', '余额不足', '为负', '下线',
  // Filled with something or struck by something (`脑子有屁`, `脑子被门夹了`, `脑袋抽风`).
  '有屎', '有屁', '有泡', '有包', '被门夹', '被门挤', '被驴踢', '被狗吃', '抽风', '生锈', '锈掉', '长草',
].join('|')

/** Not managing something easy. */
export const cannotManage = [
  '不懂', '不会用', '不会弄', '不会看', '不会操作', '不会装', '学不会', '看不懂', '听不懂', '搞不懂', '弄不懂', '不明白', '看不明白',
  '搞不明白', '弄不明白', '想不明白', '理解不了', '分不清',
].join('|')

/** Not being able to read or listen, said of an adult. */
export const illiterate = [
  '没长眼', '没长眼睛', '长眼睛了吗', '眼睛是摆设', '听不懂中文', '看不懂中文', '不懂中文', '小学毕业了吗', '上过学吗', '读过书吗', '没上过学', '没读过书', '识字吗',
  '会不会说话', '能不能好好说话', '听得懂人话吗', '字都不认识', '字都看不懂', '字也不认识', '字也看不懂', '不会看字', '听不懂话', '说人话', '不长眼', '眼睛长哪'].join('|')

/** Names for a person or a shop, said in anger. */
export const abuse = [
  '垃圾', '废物', '骗子', '流氓', '无耻', '混蛋', '奸商', '黑店', '黑心', '黑心商家', '黑心店', '不要脸', '人渣', '畜生', '蠢货', '白痴', '神经病', '有病', '死骗子',
  '吸血鬼', '强盗', '土匪', '蠢猪', '笨蛋', '傻子', '傻瓜',
  // Internet names (round 3).
  '沙雕', '老六', '舔狗', '杠精', '戏精', '巨婴', '二货', '喷子', '白眼狼', '憨批', '键盘侠',
].join('|')

/** What may stand between the customer and a name (`你这个骗子`, `你们都是一群骗子`). */
export const abuseLinks = ['这个', '这种', '这', '这帮', '这群', '这些', '个', '真是', '就是', '是', '真', '简直是', '简直就是', '都是', '才是', '全是', '就是个', '是个', '真是个', '简直是个', '才是个'].join('|')
export const abuseGroups = ['一堆', '一群', '一帮', '一伙', '一窝', '大'].join('|')

/** What turns a name for a thing back into a thing (`垃圾袋`, `小心骗子`). */
export const abuseThings = ['袋', '桶', '分类', '箱', '篓', '站', '车', '场', '短信', '邮件', '电话', '小心', '谨防', '防范', '警惕', '提防', '当心', '不是'].join('|')

/** Telling the customer to go ahead and complain. */
export const goAhead = ['随便', '尽管', '随你', '随便你', '你去', '要投诉就', '想投诉就', '要差评就', '想差评就', '爱投诉就', '有种'].join('|')
export const complaints = ['投诉', '举报', '差评', '告你', '告我们', '告状', '起诉', '曝光', '12315', '找平台', '找小二', '告啊', '告吧', '告去'].join('|')

/** Stop doing that (`少啰嗦`, `别来烦`). */
export const stopIt = [
  '烦', '来烦', '啰嗦', '废话', 'bb', '逼逼', '叨叨', '墨迹', '磨叽', '叽叽歪歪', '唧唧歪歪', '叽歪', '嚷嚷', '吵', '纠缠', '缠着', '问了',
  '烦我', '来烦我', '烦我们', '闹了', '装了', '演了',
].join('|')

/** `X什么X`: scolding the customer for doing it at all. */
export const whatFor = [
  '催什么催', '急什么急', '吵什么吵', '问什么问', '叫什么叫', '喊什么喊', '嚷什么嚷', '哭什么哭', '闹什么闹', '看什么看', '催啥催', '急啥急',
  '吵啥吵', '问啥问', '有什么好催的', '有什么好吵的', '有什么好闹的', '有什么好问的', '有什么好投诉的', '有啥好催的',
].join('|')

/** Not bothering to (`懒得解释`). */
export const notBothering = ['理', '跟', '和', '解释', '说', '回', '回复', '管', '搭理', '废话', '多说'].join('|')

/** English contempt for the customer's money, wits and taste, and hostile brush-offs. */
export const englishContempt = [
  "it's_not_rocket_science", 'not_rocket_science', 'even_a_child', 'even_a_kid', 'a_child_could', 'a_kid_could', 'use_your_brain', 'use_your_head',
  'a_toddler_could', 'even_a_toddler', 'a_five-year-old_could', 'a_5_year_old_could', 'a_monkey_could', 'a_baby_could', 'my_grandma_could',
  'use_some_common_sense', 'have_some_common_sense', 'basic_common_sense', 'how_hard_is_it', 'how_hard_can_it_be', 'do_i_have_to_spell_it_out',
  'reading_comprehension', 'what_do_you_expect_for', 'what_did_you_expect_for', 'what_do_you_expect_at', 'what_did_you_expect_at',
  'you_get_what_you_pay_for', 'the_damn', 'the_bloody', 'the_freaking',
  // Abuse of the addressee (customers write it too, and it is linted as a reply).
  'you_suck', 'u_suck', 'you_guys_suck', 'you_people_suck', 'you_all_suck',
  // Sent away to cheaper shops (`maybe shop somewhere cheaper`).
  'shop_somewhere_cheaper', 'shop_somewhere_else', 'try_somewhere_cheaper', 'go_somewhere_cheaper', 'take_your_business_elsewhere',
].join('|')
export const englishBrushOff = [
  'deal_with_it', 'get_over_it', 'stop_bothering', 'stop_bugging', 'stop_pestering', 'stop_harassing', "don't_bother_us",
  "don't_bother_me", 'shop_somewhere_else', 'shop_elsewhere', 'go_somewhere_else', 'buy_it_somewhere_else', 'buy_elsewhere', 'go_elsewhere',
  'nobody_is_forcing_you', "nobody's_forcing_you", 'no_one_is_forcing_you', 'nobody_forced_you', 'no_one_forced_you', "if_you_don't_like_it",
  'do_us_all_a_favor', 'do_us_a_favor_and', 'do_everyone_a_favor', 'do_us_all_a_favour',
  'get_off_my_back', 'get_off_my_case', 'back_off', 'leave_us_alone',
  'bother_someone_else', 'go_bother', 'go_annoy', 'annoy_someone_else', 'pester_someone_else', 'done_dealing_with_you', 'done_with_you', 'sick_of_you',
  'tired_of_you', 'fed_up_with_you', 'sick_of_dealing_with_you', 'tired_of_dealing_with_you',
  "we_don't_need_customers_like_you", 'customers_like_you', 'stop_being_so', 'stop_being_cheap', 'stop_being_difficult', 'not_my_job', "we_don't_care", 'cry_about_it', 'boo_hoo',
].join('|')
export const englishAbuse = [
  'useless', 'pathetic', 'clueless', 'incompetent', 'a_joke', 'a_disgrace', 'liars', 'scammers', 'thieves', 'crooks', 'frauds', 'a_fraud',
  'a_scam', 'idiots', 'morons', 'disgusting', 'brainless', 'illiterate', 'dense',
  // Not `entitled` (`you're entitled to a refund`).
  'impossible', 'ridiculous', 'unreasonable', 'annoying', 'hopeless', 'a_nightmare', 'insane', 'crazy', 'delusional', 'rude', 'a_pain',
  'wasting_my_time', 'wasting_our_time', 'exhausting', 'insufferable', 'unbearable', 'tiresome', 'a_headache', 'drunk', 'high', 'on_drugs',
].join('|')

// Round 2 (families written from the phenomenon; see the rule page's Constructions).

/** "Your kind" (`你这种人`, `你们这种客户`); not `这样的` (`像您这样的老顾客` is praise). */
export const yourKind = ['这种', '这号', '这类', '这路', '这样子的'].join('|')
export const people = ['人', '客户', '顾客', '买家', '奇葩', '货色'].join('|')

/** Ignorance said with contempt (`不识货`, `没见过世面`). */
export const ignorant = ['不识货', '没见过世面', '没见识', '见识短', '孤陋寡闻', '土包子', '没文化的', '不懂装懂'].join('|')

/** Not managing or knowing something easy, after `这都`/`这也`. */
export const cannotEvenThis = [
  '不懂', '不会用', '不会弄', '不会看', '不会操作', '不会装', '学不会', '看不懂', '听不懂', '搞不懂', '弄不懂', '不明白', '看不明白', '不知道',
  '不认识', '分不清', '不会算', '不会填', '不会选',
].join('|')
/** What makes `这也不知道` an honest "we don't know yet" (`这个也不知道什么时候到`). */
export const openQuestion = ['什么', '啥', '怎么', '为什么', '多久', '几', '哪', '会', '能', '是', '有', '要', '具体', '呢'].join('|')

/** How often the customer was told, in scorn. */
export const times = ['多少遍', '多少次', '几遍', '几次', '无数遍', '无数次', '八百遍', '一百遍', '好几遍', '好多遍', 'n遍', 'n次', '几百遍', '几十遍'].join('|')
export const tellAgain = ['说', '讲', '解释', '告诉', '强调', '重复', '回答', '回复'].join('|')

/** "If you don't want it, forget it" (`不买拉倒`, `不要就算了`). */
export const takeIt = ['买', '要', '退', '换', '拍', '喜欢', '满意', '想要', '需要', '信'].join('|')
export const leaveIt = ['拉倒', '算了', '随你', '随便你', '随便', '无所谓', '别买', '别拍', '别要', '滚'].join('|')
export const dontAsk = ['问', '看', '烦', 'bb', '逼逼', '墨迹', '瞎问', '浪费', '来问', '咨询', '打扰'].join('|')

/** Sarcastic dismissal (`你开心就好`, `你赢了`). */
export const sarcasm = ['开心就好', '高兴就好', '说是就是', '说什么就是什么', '赢了', '爱咋地咋地', '爱咋咋地', '随意吧'].join('|')

/** The customer called hard to deal with. */
export const difficult = ['难缠', '难搞', '事多', '事儿多', '挑剔', '奇葩', '不讲理', '无理取闹', '难伺候', '胡搅蛮缠', '抠门', '小气', '矫情', '较真', '斤斤计较', '蛮不讲理'].join('|')

/** Body parts whose use is questioned (`你眼睛是不是瞎了`). */
export const senses = ['眼睛', '眼', '耳朵', '脑袋', '脑子', '脑壳'].join('|')
export const brokenSenses = ['不用可以捐', '可以捐了', '捐了吧', '白长了', '当摆设', '瞎', '聋', '进水', '有坑', '被门夹', '被驴踢', '坏掉', '长哪', '长在哪', '不好使', '是摆设', '白长', '用来干嘛', '干什么用的', '有泡', '秀逗', '短路'].join('|')

/** Giving up on the customer (`服了你`, `受够你了`). */
export const exasperated = ['服了你', '服了您', '败给你', '败给您', '拿你没办法', '拿你没辙', '受不了你', '受够了你', '受够你'].join('|')
/**
 * Exasperation at large (`真是醉了`, `我也是服了`): a sigh at a situation unless the person addressed
 * stands in its sentence (`您这要求我也是醉了`). Readers found the bare sighs aimed at no one.
 */
export const sighs = ['真服了', '我也是服了', '我是服了', '我也是醉了', '真是醉了', '也是醉了', '我也是无语了'].join('|')

/** Who the customer thinks they are. */
export const noStanding = ['有什么资格', '有啥资格', '算什么东西', '算老几', '算哪根葱', '算个什么', '以为自己是谁', '以为你是谁', '以为您是谁'].join('|')

/** The customer accused of picking a fight or extorting. */
export const troublemaking = ['找茬', '找碴', '故意找碴', '挑刺', '找事', '找麻烦', '碰瓷', '没事找事', '闹事', '讹人', '讹我们', '敲诈', '职业差评师', '职业打假', '故意找茬', '来捣乱', '捣乱'].join('|')

/** Only the customer has a problem (`就你事多`). */
export const onlyYou = ['事多', '事儿多', '事儿', '麻烦', '毛病多', '要求多', '问题多', '有问题', '特殊', '矫情', '不行', '挑'].join('|')

/** Cut it out (`少在这里装`, `别跟我扯`). */
export const cutItOut = ['装', '扯', '来这套', '废话', 'bb', '逼逼', '胡扯', '瞎扯', '哔哔', '吵', '闹', '演', '嚷嚷', '叫', '撒泼', '撒野', '发疯', '耍赖', '无理取闹', '瞎闹', '闹事'].join('|')

// English.

/** Dismissals that make up a clause (`Too bad.`, `Who cares?`). */
export const englishDismissal = [
  'too_bad', 'tough_luck', 'tough', 'so_what', 'who_cares', 'whatever_you_say', 'whatever', 'sucks_to_be_you', 'boo_hoo', 'get_a_life', 'grow_up',
  'nobody_asked', 'nobody_asked_you', 'no_one_asked', 'no_one_asked_you', 'be_my_guest', 'your_loss', 'not_our_problem', 'get_real', 'big_deal',
  'nobody_cares', 'no_one_cares', 'cry_more', 'calm_down', 'lol_no', 'lmao_no', 'cope', 'cope_harder', 'seethe', 'skill_issue', 'k_bye',
  'are_you_serious', 'are_you_kidding', 'good_luck_with_that', 'pathetic', 'ridiculous', 'smh', 'give_me_a_break', "you've_got_to_be_kidding",
].join('|')
/** Insulting wherever they stand. */
export const englishScorn = [
  'get_a_life', 'nobody_asked_you', 'no_one_asked_you', 'who_asked_you', 'mind_your_own_business', 'none_of_your_business', "it's_common_sense",
  'it_is_common_sense', "that's_common_sense", 'just_common_sense', 'basic_common_sense', 'any_idiot', 'any_fool', 'even_an_idiot',
  "isn't_your_strong_suit", 'is_not_your_strong_suit', 'not_your_forte', "isn't_your_forte", "don't_get_paid_enough",
  'piece_of_work', 'for_the_last_time', 'this_nonsense', 'such_nonsense', 'your_nonsense', 'this_bs', 'this_crap', 'your_whining', 'your_drama',
  'waste_of_time_you_are', "you're_a_waste", 'you_are_a_waste', 'waste_of_space', 'waste_of_oxygen', 'using_your_brain', 'using_your_head',
  'grow_a_brain', 'get_a_clue', 'use_your_eyes', 'open_your_eyes', 'get_your_eyes_checked', 'embarrassing_yourself', 'making_a_fool_of_yourself', 'are_you_kidding_me', "what's_wrong_with_you", 'what_is_wrong_with_you', "what's_your_problem", 'what_is_your_problem',
  'learn_some_manners', 'have_some_manners', 'get_some_manners', 'learn_some_respect', 'watch_your_tone', 'watch_your_mouth', 'watch_your_language',
  "what_you're_talking_about", 'what_you_are_talking_about',
].join('|')
/** The superlatives of scorn (`the dumbest`), unless a third party follows (`the dumbest driver`). */
export const englishWorst = ['dumbest', 'stupidest'].join('|')
/**
 * Third parties and things name-calling may be aimed at instead of the person addressed
 * (`the dumbest driver`, `素质极其低下` said of a manager named before).
 */
export const otherPeople = {
  zh: ['经理', '员工', '司机', '快递员', '师傅', '工作人员', '维修人员', '店员', '厂家', '厂商'].join('|'),
  en: ['driver', 'drivers', 'courier', 'manager', 'staff', 'employee', 'employees', 'guy', 'idea', 'policy', 'system', 'app', 'update', 'design'].join('|'),
}
/** What the customer is dared to do. */
export const englishDare = ['complain', 'report_us', 'sue_us', 'sue', 'whine', 'cry', 'leave_a_bad_review', 'go_elsewhere', 'cancel'].join('|')
/** Stop doing that. */
export const englishStop = [
  'spamming', 'nagging', 'pestering', 'harassing', 'bugging', 'crying', 'asking_the_same', 'wasting_our_time', 'wasting_my_time', 'being_difficult', 'being_rude',
  'being_a_baby', 'being_a_child', 'acting_like_a_child', 'being_childish', 'being_dramatic', 'being_so_dramatic',
].join('|')
/** How often the customer was told. */
export const englishTimes = ['twice', 'three_times', 'several_times', 'multiple_times', 'many_times', 'so_many_times', 'a_hundred_times', 'a_thousand_times', 'a_million_times', 'over_and_over', 'again_and_again', 'already'].join('|')

/** Asking whether the customer has their wits (`你长脑子了吗`). */
export const witsAsked = ['长脑子了吗', '带脑子了吗', '有脑子吗', '长眼睛了吗', '有眼睛吗', '脑子呢', '眼睛呢', '脑子在哪', '是不是傻'].join('|')

/** "We don't need your one order" (`不差你这一单`). */
export const notNeeded = ['不差', '不缺', '不在乎', '不稀罕', '不在意'].join('|')
export const oneOrder = ['一单', '这一单', '这单', '一个客户', '一个顾客', '这点钱', '这个客户', '这几个钱', '这点生意', '一个人', '这种客户'].join('|')

/** Only worthy of (`也就配穿地摊货`). */
export const onlyWorthy = ['也就配', '就只配', '只配得上', '就配得上', '不配用', '不配穿', '不配买', '配不上'].join('|')

/** Blaming others for one's own failing (`自己蠢还怪别人`). */
export const othersBlamed = ['别人', '我们', '人家', '商家', '客服', '卖家', '店家'].join('|')

/** English: asking whether the customer can read. */
export const englishCantRead = ['read', 'understand', 'count', 'spell', 'follow', 'listen', 'comprehend', 'listening', 'paying_attention', 'know_how', 'know_how_to', 'finish_school', 'go_to_school', 'graduate'].join('|')

/** Ending the conversation on the customer, as a whole sentence (`We're done here.`). */
export const englishEnd = ["we're_done_here", 'we_are_done_here', 'this_conversation_is_over', 'end_of_discussion', 'end_of_story', 'conversation_over', "i'm_done"].join('|')

// Round 3 (families written from how contempt is said; see the rule page's Constructions).

/** Words for a person that are never kind, after `你真`, `你很` (`你真的很蠢`). */
export const personBad = [
  '蠢', '笨', '傻', '烦人', '讨厌', '恶心', '奇葩', '没素质', '没教养', '没礼貌', '无知', '幼稚', '可笑', '不可理喻', '无理取闹', '神经', '脑残',
  '弱智', '小气', '抠门', 'low', '极品', '无赖', '难缠', '矫情', '作', '贱', '蛮横', '白痴', '欠揍', '欠骂', '讨打', '讨嫌', '招人烦',
].join('|')
/** How much (`真`, `很`, `这么`). */
export const intensifiers = ['真', '很', '好', '太', '真的', '这么', '那么', '特别', '非常', '有点', '简直', '也太', '够', '可真', '就是', '是真的', '也是', '真是', '超', '巨', '怎么这么', '咋这么'].join('|')
/** A kind of customer named with contempt (`垃圾客户`, `奇葩买家`). */
export const badKind = ['垃圾', '奇葩', '极品', '无赖', '刁蛮', '神经病', '脑残', '穷酸', '低素质', '没素质', '恶心', '傻', '白痴', '弱智', '难缠'].join('|')
export const customerWords = ['客户', '顾客', '买家', '玩意', '玩意儿', '客人'].join('|')
/** Not liking it, not standing it (`不爽别买`). */
export const dislike = ['不会用', '不会', '不懂', '看不懂', '用不来', '玩不转', '搞不懂', '不爽', '看不上', '嫌弃', '嫌这嫌那', '受不了', '接受不了', '不满意', '不喜欢', '不想要', '嫌贵', '嫌差', '嫌慢', '等不了', '等不及', '不乐意', '不愿意', '不服', '觉得贵', '觉得不好'].join('|')
/** What the customer is told not to do, then (`别买`, `别等`). */
export const thenDont = ['买', '拍', '要', '来', '下单', '用', '等', '问', '看', '来买', '来问'].join('|')
/** Here to mock or trouble us (`你是来搞笑的吧`). */
export const hereTo = ['砸场子', '踢馆', '搅局', '搞笑', '逗我', '逗我们', '耍我', '耍我们', '消遣', '捣乱', '搞事', '找乐子', '闹事', '找骂', '找抽'].join('|')
/** `X个屁`: the customer's knowing or doing dismissed. */
export const notAThing = ['屁', '锤子', '毛', '毛线', '鬼', '球', '鸟', 'p', 'der', '蛋'].join('|')
/** Tired of talking with the customer (`跟你说话真累`). */
export const tiring = ['浪费时间', '浪费口舌', '白费口舌', '浪费生命', '白费劲', '对牛弹琴', '累', '心累', '费劲', '费劲儿', '头疼', '头大', '无语', '吃力', '难', '费事', '崩溃', '费口舌'].join('|')
export const noGettingThrough = ['讲不通', '说不通', '沟通不了', '没法沟通', '没法交流', '讲不明白', '说不明白', '讲不清', '解释不清', '无法沟通', '没办法沟通', '讲不了理', '讲不清楚'].join('|')
/** Sparing a small sum (`这点钱都舍不得`). */
export const spare = ['舍不得', '不舍得', '拿不出', '出不起', '付不起', '计较', '要计较', '省', '抠', '心疼'].join('|')
/** Schooling mocked (`小学没毕业吧`). */
export const schooling = ['没毕业', '毕业了吗', '没读完', '白读了', '白上了', '是体育老师教的', '体育老师教的', '没学好', '没上完', '肄业'].join('|')
/** Manners judged (`你这素质`). */
export const manners = ['素质', '教养', '修养', '人品', '家教'].join('|')
/** The customer's age mocked, in English (`What are you, five?`). */
export const childish = ['five', 'five_years_old', 'twelve', 'a_child', 'a_kid', 'a_toddler', 'a_baby', '5', '12', 'ten', 'in_kindergarten', 'in_grade_school'].join('|')
/** Money, wits and manners mocked, in English, after `you're too`. */
export const enTooPoor = ['too_broke', 'so_broke', 'that_broke', 'too_poor', 'so_poor', 'too_cheap', 'so_cheap', 'that_cheap', 'too_stingy', 'too_dumb', 'too_stupid', 'too_lazy'].join('|')
/** A sarcastic name for the customer at the end of a sentence (`Nice try, genius.`). */
export const sarcasticNames = ['genius', 'einstein', 'sherlock', 'smartass', 'smarty_pants', 'mastermind', 'captain_obvious'].join('|')
/** Wits mocked in a how-question (`how dense can you be`). */
export const howDense = ['dense', 'stupid', 'dumb', 'slow', 'thick', 'blind', 'clueless', 'lazy', 'ignorant', 'dim'].join('|')
/** A cheap kind of goods the customer is sent to (`嫌贵就去买地摊货`). */
export const cheapGoods = ['地摊货', '地摊', '便宜货', '便宜的', '二手', '山寨', '这种', '这样的', '这档次', '这个档次', '这价位', '这个价位'].join('|')
/** Ugly, said of the customer's choice (`土死了还选这个`). */
export const ugly = ['土', '丑', '难看', '俗气', 'low', '辣眼睛', '老气'].join('|')
/** Body words (`就你这身材`). */
export const body = ['身材', '体型', '长相', '样子', '个子', '腿', '肚子', '脸', '体重', '块头'].join('|')
/** What such a body is said to spoil (`穿啥都不好看`). */
export const bodyVerdict = ['不好看', '难看', '丑', '没用', '白搭', '不行', '穿不下', '穿不了', '穿不上', '别想', '没救', '就别', '也白搭', '怎么穿都'].join('|')
/** Stupidity shown up by a child (`三岁小孩都会`). */
export const byAChild = ['三岁小孩', '三岁孩子', '三岁小朋友', '傻子', '是个人', '正常人', '智障', '白痴', '猪'].join('|')
export const childCan = ['会', '懂', '知道', '明白', '看得懂', '看懂', '会用', '学得会', '搞得定', '看得明白'].join('|')
