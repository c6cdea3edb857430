/**
 * Word lists of `apologise-when-refusing` (000 "在拒绝的时候，一定要说抱歉的话";
 * 002 "I don't know. Sorry dear"; 001 "诚恳道歉").
 *
 * A refusal word (`不能`, `无法`, `can't`) refuses the customer only in some
 * places. The lists below say where it does not: in a question or a
 * condition (`如果还是无法登录`, `if you can't find it`), before a care or usage
 * instruction (`不能放进烘干机`, `can't go in the dishwasher`), a hedge
 * (`无法保证`), a symptom the customer reports (`无法开机`, `can't log in`)
 * or a product feature (`不支持无线充电`), and in set phrases (`无法形容`,
 * `can't wait`).
 */
import { chineseConditions } from '../src/language/classes.js'
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A refusal word. */
export interface RefusalEntry extends LexiconEntry {
  /** Its language: the apology before it is in this language unless its sentence is mostly in the other. */
  readonly lang: 'zh' | 'en'
  /**
   * `不能`, `无法`, `can't` say what the product cannot do as often as what
   * the shop will not do: they refuse only with evidence of a request (see
   * `requests`) or standing alone (`不可以的哦`, `We can't.`).
   */
  readonly ambiguous?: true
}

export const refusals: Lexicon<RefusalEntry> = [
  // `能不能`, `可不可以`, `支不支持` ask; `不能不` is a double negative, not a refusal.
  { match: '不能', notAfter: ['能'], notBefore: ['不'], lang: 'zh', ambiguous: true },
  { match: '不可以', notAfter: ['可'], notBefore: ['不'], lang: 'zh', ambiguous: true },
  { match: '不可', notBefore: ['以', '能', '不'], lang: 'zh', ambiguous: true },
  { match: ['不支持', '不支援'], notAfter: ['支'], lang: 'zh', ambiguous: true },
  { match: '无法', lang: 'zh', ambiguous: true },
  // `不行您用其他人的手机`, `不行就取消`: an implicit condition, then what to do instead.
  // `信号不行`, `质量不行`: a thing that is no good (a complaint about it), not a no.
  { match: '不行', notAfter: ['行', '到', '得', '信号', '网速', '网络', '质量', '效果', '电池', '续航', '性能', '体验', '服务', '态度', '售后', '做工'], notBefore: ['您用', '你用', '就', '那就', '您可以', '你可以', '您再', '您换', '你换', '再', '的时候'], lang: 'zh' },
  // `可以拒绝签收` is the customer's own right, not the shop refusing.
  { match: '拒绝', notAfter: ['可以', '可', '您', '直接', '选择'], lang: 'zh' },
  {
    match: [
      '没办法', '没有办法', '没法', '不予', '恕不', '办不到', '做不到', '不接受', '不提供', '不允许', '谢绝', '不退不换', '不退换',
      '概不退换', '不议价', '不讲价', '不还价', '无能为力', '爱莫能助', '改不了', '退不了', '换不了', '便宜不了', '优惠不了', '发不了',
      '寄不了', '修改不了', '取消不了', '办不了', '做不了', '弄不了', '处理不了', '给不了', '送不了', '帮不了', '接不了',
      '帮不上', '来不及', '不好退', '不好换', '不好改', '不好取消', '不太好退', '不太好换',
    ],
    lang: 'zh',
  },
  // `发票开不了` refuses; `开不了机` is a fault the customer reports, not the shop's no.
  { match: '开不了', notBefore: ['机', '门', '盖', '锁', '网', '盒', '屏', '箱', '灯'], lang: 'zh' },
  // `我们这边查不到` refuses to find; the courier's desk not finding it (`快递客服查不到`) is news.
  // `查不到相关购买记录`: the result of a search reported (readers: no request refused).
  { match: '查不到', notAfter: ['快递', '客服', '物流', '网点', '站点', '系统', '您', '你', '他们', '对方'], notBefore: ['相关', '记录', '信息', '购买记录', '该', '此', '这个'], lang: 'zh' },
  // `这个地址到不了` refuses; `今天可能到不了` is news of a delay (as `无法准时配送` is).
  { match: ['到不了', '赶不上'], notAfter: ['今天', '明天', '今晚', '当天', '可能', '也许', '估计', '大概', '周末', '按时', '准时', '还', '号', '日'], lang: 'zh' },
  {
    match: [
      "can't", 'cannot', 'can not', 'unable to', 'not able to', "won't be able", 'will not be able', 'not possible', "isn't possible",
      "won't be possible", 'not allowed', 'not permitted', 'no longer able',
    ],
    lang: 'en',
    ambiguous: true,
  },
  {
    match: [
      'not eligible', "isn't eligible", "aren't eligible", 'ineligible', "we don't offer", 'we do not offer', "isn't something we offer", 'is not something we offer', "isn't something we do", "aren't something we offer", "don't accept",
      'do not accept', "doesn't accept", 'does not accept', "we don't allow", 'we do not allow', "we don't ship", 'we do not ship',
      "we don't provide", 'we do not provide', "we don't support", 'we do not support', "we don't do", 'we do not do', "we don't refund",
      'we do not refund', "we don't price match", 'we do not price match',
      // Idioms that close a request (`cancelling it is off the table`, `that's a no-go`).
      'off the table', 'a no-go', 'not an option', "isn't an option", 'out of the question', 'not happening', 'no can do',
    ],
    lang: 'en',
  },
]

/** Evidence that an ambiguous refusal word refuses a request. */
export interface RequestEntry extends LexiconEntry {
  /**
   * Where it counts: `after` the refusal word (the service refused: `不能退`,
   * `can't change`), `before` it (who refuses: `我们这边不能…`, `we can't`),
   * or `either` (what is asked for: `价格不能再低`, `不能开发票`).
   */
  readonly where: 'after' | 'before' | 'either'
}

/**
 * What customers ask a shop for (000's table: 退换货, 物流, 价格; the
 * catalogue: price, refund, exchange, address change, reservation, discount,
 * shipping), and who speaks for the shop.
 */
export const requests: Lexicon<RequestEntry> = [
  {
    match: [
      '退', '换', '改', '修改', '更改', '变更', '取消', '撤销', '恢复', '发', '寄', '送', '配送', '派送', '送达', '优惠', '便宜', '降',
      '再少', '少点', '减', '让', '打折', '包邮', '免', '开', '预订', '预定', '预约', '预留', '保留', '留', '指定', '选', '备注', '加急', '催', '提前',
      '延', '推迟', '补', '赔', '返', '给', '帮', '为您', '为亲', '替', '办', '处理', '操作', '申请', '查', '确定', '确认', '核实', '告知',
      '告诉', '透露', '提供', '安排', '参加', '参与', '叠加', '合并', '拆单', '拆分', '分开', '单独', '议价', '还价', '讲价', '接受', '满足',
      '答应', '上门', '安装', '维修', '保修', '自提', '到付', '转', '联系', '通知', '领', '使用', '用券', '购买', '买', '拍', '下单',
      '付款', '支付', '定制', '做', '卖', '兑换', '报销', '升级', '七天', '无理由', '再低', '再降', '加', '添加', '到货', '出库', '取件',
      '取货', '验', '获知', '驳回', '累加', '累积',
    ],
    where: 'after',
  },
  {
    match: [
      '价格', '价钱', '运费', '邮费', '发票', '快递', '物流', '地址', '订单', '优惠券', '券', '赠品', '活动', '差价', '退款', '退货', '换货',
      '退换', '售后', '价保', '保价', '库存', '现货', '预售', '折扣', '红包', '积分', '会员', '包裹', '跨区', '跨省', '跨市', '异地', '站点',
      '银行', '信用卡', '花呗', '白条', '分期', '支付宝',
    ],
    where: 'either',
  },
  {
    match: ['我们', '我', '这边', '小妹', '妹子', '本店', '小店', '店铺', '我司', '客服', '小二', '系统', '仓库', '平台', '商家', '厂家'],
    where: 'before',
  },
  {
    match: [
      'change', 'changed', 'cancel', 'cancelled', 'canceled', 'modify', 'modified', 'update', 'returned', 'refunded',
      'exchanged', 'ship', 'shipped', 'deliver', 'delivered', 'send', 'sent', 'reserve', 'reserved', 'hold', 'held', 'offer',
      'accept', 'accepted', 'price match', 'discounted', 'combine', 'combined', 'apply', 'applied', 'extend', 'extended',
      'honor', 'honour', 'issue', 'issued', 'process', 'processed', 'provide', 'give', 'waive', 'waived', 'expedite',
      'confirm', 'share', 'disclose', 'do that', 'do this', 'do it', 'help', 'assist', 'arrange', 'book', 'add', 'split', 'replace',
      'replaced', 'repair', 'repaired', 'swap', 'transfer', 'transferred', 'credit', 'credited', 'compensate', 'reimburse', 'adjust',
      'adjusted', 'override', 'make an exception', 'release', 'redeliver', 'pick up', 'collect', 'view', 'look into',
    ],
    where: 'after',
  },
  {
    match: [
      'refund', 'refunds', 'return', 'returns', 'exchange', 'exchanges', 'order', 'orders', 'address', 'shipping', 'delivery', 'discount',
      'discounts', 'coupon', 'coupons', 'code', 'codes', 'price', 'prices', 'promo', 'promotion', 'voucher', 'vouchers', 'gift card',
      'warranty', 'replacement', 'reservation', 'booking', 'upgrade', 'compensation', 'fee', 'fees', 'postage', 'parcel', 'package',
      'account',
    ],
    where: 'either',
  },
  { match: ['we', 'i', "we're", "i'm", 'our team', 'our store', 'our shop'], where: 'before' },
]

/** Reach of `requests` words after an ambiguous refusal word, in normalised characters. */
export const requestReach = { zh: 8, en: 30 } as const

/**
 * What may follow a refusal word that stands alone (`不可以的哦亲~`,
 * `We can't.`): particles and the customer's pet name. Normalised text.
 */
export const afterAlone: ReadonlySet<string> = new Set([...'的了哦呢啊呀哈啦哟嘛吧哒噢欧喽咯亲爱宝~!.?…。 '])

/** Set phrases that hold a refusal word but refuse nothing. */
export const notRefusals: Lexicon<LexiconEntry> = [
  {
    match: [
      '无法形容', '无法想象', '无法估量', '无法替代', '无法比拟', '无法抗拒', '无法自拔', '无法言喻', '不可思议', '不可或缺', '不可多得',
      '不可替代', '不可错过', '不能错过', '不可避免', '不能避免', '无法避免', '没法避免', '必不可少', '不可否认', '密不可分', '迫不及待', '实在不行', '要不行',
      '不能自拔', '拒绝签收', '拒绝收货', '拒绝接收', '拒绝取件', '拒绝配送',
      // Asking whether there is a way (`有没有办法退回原来的版本`) holds 没有办法 and refuses nothing.
      '有没有办法', '有没办法', '有没有什么办法',
      // What the speaker cannot bear is a feeling, not a refusal (`真是让我不能忍了`).
      '不能忍', '忍不了', '忍无可忍', '无法忍受', '不能忍受', '受不了',
    ],
  },
  {
    match: [
      "can't wait", 'cannot wait', "can't go wrong", 'cannot go wrong', "can't beat", "can't thank", "can't believe", "can't help but",
      "can't recommend", "can't miss", "can't get enough", "can't stress", 'cannot stress', "can't express", 'not possible without',
      // The speaker's own trouble (`I can't seem to track down my numbers`): a customer's report, no refusal.
      "can't seem to", 'cannot seem to', "can't figure out", "can't remember", "i can't find", 'i cannot find',
      // What the speaker cannot grasp or bear (`I can't fathom why…`) is a feeling, not a refusal.
      "can't fathom", 'cannot fathom', "can't imagine", 'cannot imagine', "can't stand", 'cannot stand', "can't understand why", 'cannot understand why',
    ],
  },
]

/**
 * Words earlier in the same clause that make a refusal word hypothetical,
 * part of a question, or the possible outcome of something: `如果还是无法解决`,
 * `是否无法登录`, `否则无法退换`, `导致无法订购`, `if you can't find it`,
 * `why you can't log in`.
 */
export const frames: Lexicon<LexiconEntry> = [
  {
    match: ['如果', '如若', '假如', '假若', '倘若', '若是', '要是', '万一', '如需', '如有', '如您', '如仍', '如还', '如果还', '若'],
  },
  { match: '如', notAfter: ['例', '比', '诸', '譬', '假', '犹', '真', '一'], notBefore: ['下', '此', '今', '同', '意', '实', '期', '初', '何'] },
  { match: ['是否', '能否', '可否', '为什么', '为何', '为啥', '请问', '有没有', '是不是', '会不会'] },
  { match: ['否则', '不然', '要不然', '以免', '避免', '防止', '以防', '免得'] },
  // `订单一旦取消无法恢复` warns before the customer acts; `一旦发货就无法修改` (with `就`) still refuses.
  { match: ['一旦'] },
  // An outcome or an example explains; it refuses nothing (`导致无法订购`).
  { match: ['导致', '以致', '造成', '比如', '例如'] },
  { match: ['if', 'unless', 'in case', 'whether', 'when', 'whenever', 'in the event'] },
  { match: ['why', 'how', 'what', 'which', 'where'] },
  { match: ['otherwise', 'or else', 'so that', 'to avoid', 'to prevent', 'to make sure'] },
  { match: ['for example', 'such as'] },
]

/** Words right after a refusal word that make it no refusal. */
export interface ObjectEntry extends LexiconEntry {
  /** How far after the refusal word it may start, in normalised characters. */
  readonly within: number
}

/**
 * Objects of a refusal word that make it no refusal of the customer's
 * request: a care or usage instruction about the product, declining to
 * guarantee an outcome (000 "不要下断言"), a fault the customer reports, or
 * what the product does not have.
 */
export const objects: Lexicon<ObjectEntry> = [
  // Care and usage.
  {
    match: [
      '洗', '机洗', '水洗', '手洗', '干洗', '烘', '甩干', '晒', '暴晒', '曝晒', '熨', '漂白', '浸泡', '泡水', '碰水', '沾水', '见水',
      '进水', '下水', '接触', '放进', '放入', '放在', '放到', '高温', '微波', '加热', '明火', '冷冻', '冰箱', '阳光', '直射', '长时间',
      '用力', '拉扯', '揉', '搓', '拧', '暖气', '食用', '空腹', '孕妇', '儿童', '混用', '混合', '剪', '撕', '摘', '损坏', '弄脏',
      '承重', '装开水', '开水', '热水', '冷水', '戴着', '穿着睡', '睡觉', '游泳', '受潮', '潮湿', '沾', '碰', '挤压', '重压',
      '折叠', '钢丝球', '酒精', '擦', '烤箱', '电磁炉', '煮', '烫', '循环', '重复使用', '二次使用', '材质', '存放', '保存', '离开',
      '离人', '宝宝用', '宝宝吃', '婴儿', '幼儿', '孩子', '小孩', '服用', '同服', '长期', '频繁', '叠放', '堆放', '倒置', '倒放', '摔', '硬拉', '硬扯', '强行',
      '防雨', '防晒', '防风', '淋', '空烧', '干烧', '小宝宝',
    ],
    within: 6,
  },
  // What cannot be undone (`一旦取消就没办法恢复`): a warning of a consequence, not a refusal.
  { match: ['恢复', '撤回', '撤销', '找回', '复原', '更改回来', 'be undone', 'undone', 'be reversed', 'be restored', 'be recovered'], within: 4 },
  // What cannot be done a second time (`一年后无法再次开通`): a consequence warned of.
  { match: ['再次', '重复'], within: 0 },
  // `拆单` (splitting a parcel) is a service, `拆` (taking apart) an instruction.
  { match: '拆', notBefore: ['单', '分', '开发'], within: 6 },
  // `不能太用力`, `温度不能超过40度`, `不能装碳酸饮料`; but `不能再便宜太多` is about the price.
  { match: ['太', '超过', '高于', '低于', '装'], within: 0 },
  {
    match: [
      'wash', 'washed', 'washing', 'machine wash', 'machine washed', 'hand wash', 'dishwasher', 'dryer', 'tumble', 'tumble dry',
      'tumble dried', 'dry clean', 'dry cleaned', 'iron', 'ironed', 'bleach', 'bleached', 'microwave', 'microwaved', 'oven', 'freezer',
      'soak', 'soaked', 'submerged', 'sunlight', 'direct sun', 'heat', 'boiling', 'go in', 'go into', 'be put in', 'be left in',
      'dry-clean', 'dry-cleaned', 'hand-washed', 'exposed', 'get wet', 'water', 'stove', 'flame', 'fire', 'frozen', 'freeze',
      'steam', 'steamed', 'detached', 'folded', 'stretched', 'reused', 'recycled', 'worn in', 'unattended', 'children', 'kids',
      'induction', 'hob', 'stovetop', 'pregnant', 'hot',
    ],
    within: 20,
  },
  // Hedges.
  { match: ['保证', '确保', '承诺', '担保', '百分百', '百分之百', '打包票', '肯定'], within: 4 },
  // `这个不能确定哦`, `无法准确判断`: not knowing for sure hedges (000 "不要下断言"). But `不能给您一个准确的时间`
  // says no to the exact time the customer asked for: `准确` hedges only right after the negation.
  { match: ['确定', '估计', '预估'], notBefore: ['收货'], within: 6 },
  { match: ['准确', '确切', '精确'], within: 1 },
  { match: '确认', notBefore: ['收货', '订单'], within: 0 },
  { match: ['guarantee', 'guarantees', 'promise', 'promises', 'be sure', 'say for sure', 'say for certain'], within: 12 },
  // A diagnosis left open (`目前无法确定是否为硬件问题`) hedges; it refuses nothing.
  { match: ['确定是否', '确定是不是', '判断是否', '判断是不是', '确认是否', '确认是不是'], within: 0 },
  // Faults the customer reports.
  {
    match: [
      '正常', '开机', '关机', '启动', '登录', '登陆', '连接', '联网', '上网', '识别', '接通', '打开', '显示', '播放', '充电', '重启',
      '对焦', '滚动', '加载', '通话', '拨打', '访问', '刷新', '运行', '读取', '收到短信', '发送短信', '看到', '找到',
      // What the agent or the courier could not do reaching the customer: a report, not a refusal (`无法联系您`).
      '联系您', '联系上您', '联系到您', '联系上', '联系到', '联系客户', '联系收件人',
    ],
    within: 2,
  },
  // News of a delay refuses nothing the customer asked for (`商品缺货无法准时配送`).
  { match: ['准时', '按时', '如期'], within: 0 },
  {
    match: [
      'log in', 'login', 'sign in', 'connect', 'access', 'load', 'turn on', 'boot', 'charge', 'stream', 'see', 'find', 'locate',
      'hear', 'play', 'download', 'install',
    ],
    within: 2,
  },
  // Features the product does not have.
  {
    match: [
      '5g', '4g', 'wifi', '蓝牙', 'nfc', '快充', '无线充', '防水', '双卡', '内存卡', '投屏', '语音', '触屏', '触控', '触摸', '遥控',
      '扩展', '插卡', '格式', '系统', '苹果', '安卓', 'ios', 'android', 'mac', 'windows', '降噪', 'type-c', 'usb', '同步',
      '自定义', '4k', '高清',
    ],
    within: 2,
  },
]

/**
 * Words shortly before a refusal word, in its clause, that make it a usage
 * instruction: who may not use the product (`孕妇不能用`, `儿童不能吃`) or when
 * (`充电的时候不能使用`, `洗涤时不能用力`).
 */
export const usageBefore: Lexicon<LexiconEntry> = [
  {
    match: [
      '孕妇', '儿童', '婴儿', '幼儿', '小孩', '孩子', '老人', '过敏', '敏感肌', '哺乳期', '经期', '空腹', '的时候', '充电时', '使用时', '洗涤时',
      '清洗时', '佩戴时', '穿着时', '睡觉时', '运动时', '加热时',
    ],
  },
  { match: ['pregnant', 'children', 'kids', 'babies', 'while charging', 'when charging'] },
]

/**
 * A fault reported, not a no: something keeps failing or fails at once (`今天一直无法安装`,
 * `突然不能用了`, `it keeps saying I can't`). Anywhere before the refusal word in its clause.
 */
export const faultMarks: Lexicon<LexiconEntry> = [
  { match: ['一直', '总是', '老是', '突然', '经常', '时不时', '动不动', '怎么也', '怎么都', '死活', '莫名其妙', '无缘无故', '无端端', '每次都'] },
  { match: ['keeps', 'keep', 'suddenly', 'still', 'always', 'every time'] },
]

/**
 * A device or a service failing at what it is for (`宽带无法使用`, `手机不能识别这张卡`, `系统无法升级`):
 * the thing earlier in the refusal's clause, and a verb of its working right after the refusal.
 * A fault reported, as `faultMarks` are; the shop refuses nothing.
 */
export const failingThings: Lexicon<LexiconEntry> = [
  { match: ['手机', '宽带', '网络', '系统', '信号', '电话', '耳机', '软件', '机器', '屏幕', '电脑', '路由器', '网页', '页面', '设备', '客户端', '输入法', 'app', 'wifi', '蓝牙', '充电器', '电视', '摄像头', '喇叭'] },
]
export const workingVerbs: Lexicon<LexiconEntry> = [
  { match: ['用', '使用', '连接', '联接', '连上', '识别', '升级', '下载', '安装', '上网', '登录', '登陆', '开机', '充电', '播放', '接通', '显示', '打开', '读取', '运行', '启动', '同步', '更新', '联网', '正常'] },
]

/**
 * What only a device or a service does, never a shop on request (`无法播放`, `不能开机`, `无法接通`):
 * right after the negation it reports a fault, whatever fails (`视频下载之后都无法播放`). Not
 * `安装` or `显示`: a shop installs (`无法上门安装`) and shows (`无法显示价格` may refuse a quote).
 */
export const functions: Lexicon<LexiconEntry> = [
  { match: ['播放', '上网', '开机', '关机', '充电', '联网', '接通', '加载', '识别', '启动', '运行', '登录', '登陆', '读取', '同步', '通话', '拨打', '拨出', '接听', '呼入', '呼出', '打开', '连接', '连上', '外拨'] },
  // `can't log into my account`, `it won't turn on`.
  { match: ['log in', 'log into', 'login', 'sign in', 'sign into', 'boot', 'turn on', 'power on', 'stream'] },
]

/**
 * Someone else's no, told to the customer who now reports it (`你们客服告诉我不能退`, `对方说无法改签`):
 * the writer refuses nothing. Not `仓库说不能发`: an agent relaying the warehouse still refuses.
 */
export const toldMe: Lexicon<LexiconEntry> = [
  {
    match: [
      '告诉我', '跟我说', '对我说', '给我说', '和我说', '跟我讲', '对我讲', '告知我', '通知我', '回复我', '答复我', '说我', '称我',
      '你们说', '你们称', '你们表示', '你们回复', '你们告知', '客服说', '客服称', '客服表示', '客服回复', '对方说', '对方称', '营业厅说', '工作人员说', '被告知',
    ],
  },
]

/** How far before a refusal a `toldMe` word may end, in normalised characters (`客服说你这个号码不能…`). */
export const toldReach = 16

/** How far before a refusal word a `usageBefore` word may end, in normalised characters. */
export const usageReach = 4

/**
 * Words that end a condition's clause in Chinese: after them comes the main
 * clause, so a frame before them does not reach a refusal after them
 * (`如果已经发货了就无法修改了` refuses).
 */
export const mainClause: Lexicon<LexiconEntry> = [{ match: ['就', '则', '那么', '便'] }, { match: ['then'] }]

/**
 * Words later in the refusal's clause that make it no refusal: it describes
 * a fault (`无法登录的问题`) or is a condition or a time (`不能退的话`).
 */
export const later: Lexicon<LexiconEntry> = [
  // `无法登录的问题` describes the fault; `无法解决您的问题` refuses.
  { match: ['的问题', '的情况', '的现象', '的故障', '的提示'], notAfter: ['您', '你', '他', '她', '它', '我'] },
  // `不行的话`, `无法升级的时候`: the clause is a condition or a time.
  { match: ['的话', '的时候'] },
  // `qq不能换行什么时候解决啊`: a fault, and the customer asks when it is mended.
  { match: ['什么时候', '啥时候', '何时', '多久能', '多久才'] },
]

/**
 * Something tried earlier in the sentence (`试了`, `重启了`, `tried`): with `还是`/`也` right before
 * the negative (`试完还是不行`, `重启了也不行`), the attempt failed and is reported; nothing is refused.
 */
export const attempts: Lexicon<LexiconEntry> = [
  { match: ['试', '尝试', '重启', '重装', '刷新', '重新安装', '重新登录', '换了', '换过', '清除', '卸载', '重置', '恢复出厂', '按照', '照着', '操作了', '插拔'] },
  // The writer's own use (`我用迅雷和暴风都不行`); not the shop's terms (`用优惠券也不行`).
  { match: ['我用', '我试', '我换', '用了', '用过'] },
  { match: ['tried', 'restarted', 'reinstalled', 'rebooted', 'reset', 'refreshed'] },
]

/** What says the result stayed the same (`还是`, `也`, `still`), right before the negative. */
export const stillSo: Lexicon<LexiconEntry> = [
  { match: ['还是', '依然', '仍然', '仍', '照样', '也', '都', '一样', '也还是', '还'] },
  { match: ['still', 'again'] },
]

/**
 * Words right before a refusal word that make it no refusal by the shop:
 * a negation (`不是不能退` says it can be returned; `fewer-negatives` flags
 * it instead), or the customer as its subject.
 */
export const rightBefore: Lexicon<LexiconEntry> = [
  { match: ['不是', '并不是', '并非', '也不是', '不是说', 'not that', "it's not that", 'not because', "doesn't mean", 'does not mean', "don't mean"] },
  // `您无法登录`, `找到您无法更新的软件`: what the customer cannot do is their problem, not the shop's refusal.
  { match: ['您', '你', '您暂时', '您现在', '您目前', '您还', '您这边', '您那边', '您也', '你暂时', '你现在', '你还', '你那边'] },
  // `没有提示不能升级`, `显示无法连接`: the words of a message on the screen, not the shop's.
  { match: ['提示', '显示', '提示说', '显示说', '报错'] },
]

/**
 * Tags that turn a whole sentence into a question, however many clauses
 * come before them: `这个商品不能安装，需要退货，是吗？` checks what the
 * customer said.
 */
export const questionTags: Lexicon<LexiconEntry> = [
  { match: ['是吗', '对吗', '是吧', '对吧', '是嘛', '对嘛', '是不是', '对不对', '是这样吗', '没错吧'] },
  { match: ['right', 'correct', 'is that right', 'is that correct', 'am i right'] },
]


/**
 * Words that open a sentence before its content: a greeting, the customer's
 * name for the day, an acknowledgement. The apology reads best after them
 * (`亲，非常抱歉，这个价格…`), so the fix inserts it there.
 */
export const openers: Lexicon<LexiconEntry> = [
  {
    match: [
      '亲', '亲亲', '亲爱的', '亲爱哒', '亲您好', '您好', '你好', '您好亲', '哈喽', '嗨', '宝宝', '宝', '宝贝', '美女', '帅哥', '小姐姐',
      '小哥哥', '姐姐', '哥哥', '朋友', '客官', '尊敬的顾客', '尊敬的客户', '顾客您好', '在的', '在呢', '好的', '嗯', '嗯嗯', '哦',
      '哦哦', '是的', '收到', '了解', '明白',
    ],
  },
  { match: ['hi', 'hello', 'hey', 'dear', 'hi there', 'hello there', 'hey there', 'good morning', 'good afternoon', 'good evening', 'ok', 'okay', 'yes', 'well'] },
]

/**
 * Common words that may open an English sentence: the fix lower-cases them
 * after `Sorry, ` (`We can't…` → `Sorry, we can't…`). Any other capitalised
 * word may be a name and keeps its capital.
 */
export const lowerCaseOpeners: ReadonlySet<string> = new Set([
  'we', "we're", "we've", "we'll", 'our', 'us', 'you', "you're", 'your', 'it', "it's", 'its', 'this', 'that', "that's", 'these',
  'those', 'the', 'a', 'an', 'there', "there's", 'they', 'their', 'he', 'she', 'at', 'in', 'on', 'for', 'from', 'with', 'after',
  'before', 'once', 'since', 'as', 'because', 'due', 'currently', 'right', 'now', 'all', 'any', 'some', 'most', 'each', 'every',
  'orders', 'items', 'returns', 'refunds', 'exchanges', 'prices', 'sale', 'shipping', 'delivery', 'but', 'and', 'so',
  'also', 'still', 'even', 'here', 'today',
])

/**
 * A yes that the refusal only qualifies (`都可以的，不支持到付`, `大部分耳机都能用，
 * 个别型号还不支持`): the answer is yes, the exception is no refusal. It
 * counts in an earlier clause of the refusal's sentence or in the reply's
 * first clause.
 */
export const yesAnswers: Lexicon<LexiconEntry> = [
  {
    // `不可以的话`, `不支持的`: the yes words inside a refusal are no yes.
    notAfter: ['不', '无'],
    match: [
      '都可以', '都是可以', '也可以的', '是可以的', '可以的', '可以哦', '可以呢', '均可', '都支持', '都是支持', '是支持的', '支持的', '都能', '都是能',
      '大部分', '大多数', '绝大部分', '基本都', '基本上都', '一般都', '都有', '有的哦', '有的呢', '都行',
    ],
  },
]

/** An exclusion: the sentence grants something except what it names (`…等特殊商品除外`). */
export const exceptions: Lexicon<LexiconEntry> = [{ match: ['除外', '例外', '以外都', '之外都', '除了'] }]

/** A condition that opens the clause before a refusal: the refusal is its consequence (`若是不满足开通条件，系统无法操作`). */
export const conditions: Lexicon<LexiconEntry> = [{ match: [...chineseConditions, '若', '如您', '如需', '如有', '如是', '如已'] }]
