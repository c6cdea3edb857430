/**
 * Insults and hostile brush-offs that `no-insult` forbids (001 "不能在與客户購物過程中
 * 與客户發生衝突，辱罵對罵"; 000 "切忌避免與顧客的衝撞").
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** An insult entry. */
export interface InsultEntry extends LexiconEntry {
  /** Always empty: nothing said in anger has a polite replacement. */
  readonly expected: readonly []
  /** The message: an insult, or a brush-off that picks a fight. */
  readonly message: 'insult' | 'brushOff'
  /**
   * The words also name things (`滚轮`, `有病虫害`, `垃圾袋`), so they are an
   * insult only when they make up a clause of their own, give or take the
   * words in `standaloneLeads` and `standaloneTails`: `滚！`, `你有病吧`.
   */
  readonly standalone?: true
}

/** Words that may stand before a standalone insult in its clause (normalised). */
export const standaloneLeads: ReadonlySet<string> = new Set([
  '', '你', '你们', '您', '你个', '你这个', '你这', '你真', '你真是', '你是', '你是不是', '你才', '你才是', '你就是',
  '是不是', '真', '真是', '简直', '简直是', '给我', '你给我', '快', '快点', '赶紧', '赶快', '都', '你们都', '都给我',
  '还', '你还', '我看你', '我看你是', '我看你就是', '有', '你有',
])

/** Words that may follow a standalone insult in its clause (normalised). */
export const standaloneTails: ReadonlySet<string> = new Set([
  '', '吧', '啊', '呀', '吗', '么', '嘛', '了', '了吧', '啊你', '吧你', '呢', '一样', '似的', '不成', '是吧',
  '开', '蛋', '远点', '远一点', '出去', '一边去', '一边儿去',
])

/** Every insult and brush-off, with how it must stand. */
export const insults: Lexicon<InsultEntry> = [
  // Names for a person that are never kind. `神经病变` and `神经病学` are medicine; `脑残粉` a fan.
  { match: '神经病', notBefore: ['变', '学', '理', '科'], expected: [], message: 'insult' },
  { match: '脑残', notBefore: ['粉'], expected: [], message: 'insult' },
  {
    match: [
      '智障', '弱智', '白痴', '傻逼', '傻b', '傻x', '傻叉', '煞笔', '沙比', '二逼', '傻帽', '傻缺', '笨蛋', '蠢货', '蠢猪',
      '穷鬼', '穷逼', '屌丝', '乡巴佬', '刁民', '泼妇', '贱人', '贱货', '人渣', '狗东西', '王八蛋', '混蛋', '混账',
      '脑子有病', '脑子进水', '脑子有问题', '没脑子', '没长脑子', '长点脑子', '眼瞎', '活该',
      '自作自受', '听不懂人话', '说了你也不懂', '你懂什么', '穷酸', '你有毛病', '滚蛋', '滚远点', '滚一边去', '滚犊子', '他妈的',
      '草泥马', '卧槽', '特么', 'tmd', 'nmd', 'cnm', '你sb', '个sb', '真sb',
    ],
    expected: [],
    message: 'insult',
  },
  // `土鳖虫` is a herbal medicine.
  { match: '土鳖', notBefore: ['虫'], expected: [], message: 'insult' },
  // `你是猪年出生的` is the zodiac.
  { match: '你是猪', notBefore: ['年', '肉'], expected: [], message: 'insult' },
  // `你妈妈` is the customer's mother, in a gift question.
  { match: '你妈', notBefore: ['妈', '咪'], expected: [], message: 'insult' },
  // `去死皮` is an exfoliator, `去死角` cleaning.
  { match: ['去死', '找死'], notBefore: ['皮', '角', '结', '细胞'], expected: [], message: 'insult' },
  {
    match: [
      '有病', '精神病', '神经', '傻', '蠢', '笨', '垃圾', '废物', '奇葩', '没素质', '没教养', '没文化', '不识字', '文盲', '瞎',
      '瞎了', '贱', '滚', '滚开', '滚出去', '靠', '我靠', '妈的',
    ],
    expected: [],
    message: 'insult',
    standalone: true,
  },
  // English.
  {
    match: [
      'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'imbecile', 'dumbass', 'dumbo', 'dimwit', 'nitwit', 'halfwit',
      'retard', 'retarded', 'loser', 'losers', 'cheapskate', 'fuck', 'fucking', 'fuck off', 'fuck you', 'wtf', 'stfu', 'gtfo',
      'bullshit', 'piss off', 'screw you', 'go to hell', 'bugger off', 'sod off', 'shut up',
      'are you blind', 'are you stupid', 'are you deaf', "can't you read", 'learn to read', 'learn how to read',
    ],
    expected: [],
    message: 'insult',
  },
  // `There are no stupid questions` is kindness; a `dumb phone` is a product.
  {
    match: ['stupid', 'dumb'],
    notAfter: ['no ', 'not ', 'not a ', 'never a ', 'no such thing as a '],
    notBefore: [' phone', ' phones', ' waiter', ' waiters'],
    expected: [],
    message: 'insult',
  },
  // Brush-offs: take it or leave it, stop bothering us, go and complain. (`嫌贵的话可以看看特价款`
  // offers a cheaper choice, so only `嫌贵就别买` is here.)
  {
    match: [
      '闭嘴', '住嘴', '少废话', '废话少说', '别废话', '少啰嗦', '别烦我', '别来烦我', '有完没完',
      '你好烦', '你真烦', '你很烦', '你太烦', '烦死人了', '懒得理你', '懒得跟你', '懒得和你', '不想理你', '没空理你', '关我什么事',
      '关我屁事', '关你屁事', '关你什么事', '管得着吗', '你算老几', '算什么东西', '爱买不买', '爱要不要', '爱退不退', '爱换不换',
      '爱买就买', '爱咋咋地', '爱咋地咋地', '爱咋样咋样', '爱信不信', '信不信由你', '随你便', '不买拉倒', '不要拉倒', '不退拉倒',
      '买不起就别', '买不起别', '买不起就不要', '买不起还', '买不起就算', '嫌贵就别', '嫌贵别', '没钱就别', '没钱别', '穷就别',
      '穷就不要', '不卖给你', '事儿精', '事儿妈', '事妈', '哪来那么多事', '哪那么多事', '哪来这么多事', '怎么这么多事', '有本事你', '有本事就', '有本事去', '有种你', '随便投诉', '随便你投诉',
      '你去投诉吧', '你投诉吧', '投诉去吧', '尽管投诉', '投诉也没用', '爱投诉', '不买就算了', '有本事别买', '没钱还想',
      '跟你说不清', '和你说不清',
    ],
    // `你好，烦请…` is a polite request; `你很烦恼` is sympathy.
    notBefore: ['请', '劳', '恼', '躁', '闷'],
    expected: [],
    message: 'brushOff',
  },
  // `不烦不烦` reassures.
  { match: '烦不烦', notAfter: ['不', '麻'], expected: [], message: 'brushOff' },
  // `这几天事儿多，回复慢了` is the agent's own workload.
  { match: ['废话', '啰嗦', '烦死了', '随便你', '事儿真多', '事真多', '事儿多', '事儿太多'], expected: [], message: 'brushOff', standalone: true },
  {
    match: [
      'take it or leave it', 'not my problem', 'stop whining', 'stop complaining', 'quit whining', 'quit complaining',
      'cry me a river', 'leave me alone', "don't waste my time", 'stop wasting my time',
    ],
    expected: [],
    message: 'brushOff',
  },
]
