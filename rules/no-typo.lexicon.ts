/**
 * Typos of `no-typo`: well-known confusions of Chinese characters in chat
 * (000 "避免錯別字的出現"). Each entry names the typo, its correct spelling
 * and, where the typo is also a correct sequence elsewhere (`以经` in `所以经常`
 * and `以经济实惠为主`, `跟新` in `跟新款很搭`, `在见` in `现在见到`), the
 * contexts that prove it or rule it out. Phrases are written once, in
 * simplified characters: `以經` is found as `以经`.
 *
 * `帐号` and `帐户` are accepted spellings, not typos.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A typo, found inside a phrase that may carry the context proving it (`跟新物流`). */
export interface TypoEntry extends LexiconEntry {
  /** The typo itself, in simplified characters: the part of the phrase that is reported. */
  readonly typo: string
  /** Its correct spelling, in simplified characters and as long as `typo` (an English word's may differ in length). */
  readonly expected: readonly [string]
  /** Only at the end of a clause or before a sentence particle (`在见！`, `在见亲`). */
  readonly final?: true
  /** Only at the start of a clause (`所已您…`, not `场所已经`). */
  readonly initial?: true
  /** Fix it: always (`true`), or only at the start of a clause (`'initial'`); otherwise suggest. */
  readonly fix?: true | 'initial'
  /** Only when the rest of its clause holds this word with no `以` before it (`已页面公告为准`: 以…为准). */
  readonly standard?: string
}

/**
 * Characters that make a word with a following `以` or `己` (`所以`, `可以`,
 * `自己`): `以经`/`己经` right after them is that word and `经…`.
 */
const beforeYi = [
  '所', '可', '足', '难', '予', '加', '得', '借', '用', '据', '赖', '藉', '何', '是', '给', '施', '处', '报', '致', '辅', '配', '佐', '冠', '饰', '晓',
  '动', '均', '皆', '并', '则', '须', '需', '将', '亦', '不', '莫', '无', '意', '之',
]
const beforeJi = ['自', '知', '异', '利', '克', '舍', '为', '一', '律', '恕', '修', '损']
/** Words that start with `经` (`经济`, `经常`, `经过`): `以经济实惠为主` is right. */
const jingWords = [
  '济', '营', '验', '典', '常', '销', '理', '纬', '期', '手', '受', '历', '过', '度', '费', '由', '络', '文', '书', '商', '纪', '贸', '办', '久', '穿',
  '用', '得起', '不起', '住',
]
/** What follows `已经` in a reply and never `以` + a word starting with `经`. */
const alreadyNext = [
  '发', '给', '帮', '为', '在', '是', '到', '申请', '处理', '安排', '退', '收到', '签收', '提交', '联系', '完成', '没', '有', '很', '下单', '拍', '付款',
  '催', '登记', '反馈', '备注', '核实', '确认', '同意', '审核', '上传', '寄', '出库', '打包', '开始', '超过', '结束', '取消', '修改', '补', '换', '操作',
  '告诉', '通知', '记录', '不', '可以', '能', '好', '快', '送', '派送', '揽收', '了', '帮您', '给您', '为您',
]

function already(typo: '以经' | '己经', notAfter: readonly string[]): TypoEntry[] {
  return [
    { match: alreadyNext.map((next) => `${typo}${next}`), notAfter, typo, expected: ['已经'], fix: true },
    { match: typo, notAfter, notBefore: jingWords, typo, expected: ['已经'] },
  ]
}

/** Particles that may follow a farewell (`再见啦`, `再见亲`). */
const farewellNotAfter = ['现', '正', '实', '存', '所', '自', '内', '外', '时', '还', '都', '也', '不', '没', '会', '要', '能', '想', '只', '就', '才', '又', '仍', '常', '未', '并', '曾']

/** What follows a typed-for-`应该` `因该` and never `因` + `该…` (`因该商品…` is formal and right). */
const shouldNext = [
  '是', '会', '可以', '能', '没', '不', '在', '就', '也', '还', '已', '很', '都', '马上', '差不多', '比较', '有', '到', '给', '帮', '快到', '明天', '今天',
  '这两天', '这几天', '大概', '算', '属于', '问题不大',
]

/**
 * What follows 再 (again) and never 在 (at, -ing) in a reply: `再次感谢`, `下次再来`, `稍后再联系`.
 * `在次日送达` (on the next day) and `期待您在确认收货后评价` (at the time of) are right.
 */
const againNext = [
  '感谢', '光临', '惠顾', '光顾', '购买', '下单', '选购', '确认', '联系', '提醒', '表示', '致歉', '道歉', '说明', '强调', '核实', '麻烦', '打扰',
  '为您', '向您', '给您', '帮您', '尝试', '申请', '提交', '回购', '合作',
]
/** Times after which a 在 before the agent's next step is 再 (`稍后在联系您`; the `later-again` construction). */
export const laterTimes = ['稍后', '等会', '等会儿', '一会', '一会儿', '过会', '过会儿', '待会', '待会儿', '晚点', '回头', '下次']
/** The agent's next steps after such a time. */
export const laterSteps = ['联系', '回复', '给您', '为您', '帮您', '核实', '确认', '拍', '下单', '购买', '咨询', '试试', '试一下', '申请', '提交', '来', '光临', '惠顾', '光顾', '选购', '合作', '见']

/** Words of no or undoing, after which a 在 before doing it again is 再 (`无法在恢复`, `取消在重新拍`; `no-more-again`). */
export const noMoreOrUndone = ['无法', '不能', '不可以', '没法', '没办法', '不用', '不要', '别', '不必', '取消', '关闭', '退出', '删除', '删掉', '卸载', '撤销', '退掉']
/** What is done again after those (`恢复`, `重新…`): never a place, unlike `在APP上`. */
export const againSteps = ['恢复', '重新', '重拍', '重发', '补发', '拍', '下单', '购买', '申请', '提交', '安装', '登录', '下载', '修改', '来', '次']
/** After a step, 在 is "at" after all: a place, a person or a way follows (`稍后在页面查看`). */
export const placeAfter = ['页', '界面', '里', '中', '上', '的', '时', '后台', '人', '方式']
/** After a step done again, 在 is "at" or "while" after all (`不能在申请页面修改`, `不要在下单时备注`). */
export const notAgainAfter = [...placeAfter, '后', '前', '之前', '之后', '过程', '期间']

/** The shop and its people, before a `以` typed for `已` (`我们以了解`; the `shop-already` construction). */
export const shopSubjects = ['我们', '我', '小妹', '小店', '本店', '这边', '客服', '仓库', '系统', '快递']
/** What the shop has already done, after `以` typed for `已` (`以了解`, `以发货`). */
export const doneSteps = ['了解', '收到', '发货', '发出', '备注', '处理', '安排', '提交', '退款', '签收', '核实', '登记', '反馈', '记录', '申请', '转交', '催促', '补发']

/** Nouns that formal `因该…` ("because this …") points at: `因该商品为定制款`. */
const formalNouns = [
  '商品', '订单', '产品', '款', '地区', '区域', '批', '活动', '快递', '物流', '服务', '用户', '会员', '账', '帐', '品', '型号', '颜色', '尺码', '货',
  '店', '卖家', '商家', '平台', '城市', '网点', '站点', '时间', '日期', '功能', '系统', '问题', '类', '件', '单', '笔', '包裹', '宝贝', '优惠', '券',
  '链接', '页面', '情况', '原因', '事', '项', '次', '号', '公司', '厂', '仓', '配送', '运单', '客户', '买家', '顾客', '人', '地址', '规格', '版本',
  '机', '材质', '面料', '设备', '手机', '软件', '程序', '业务', '套餐', '卡', '条', '部', '位', '种', '项目', '政策', '规定', '规则',
]

/** Places and screens one logs into: `登陆` before them is `登录`, not landing. */
const loginNext = [
  '账号', '帐号', '账户', '帐户', '京东', '淘宝', '天猫', 'app', '官网', '网站', '后台', '页面', '网页', '客户端', '网上营业厅', '手机', '您的', '自己的',
  '一下', '密码', '界面', '入口', '不了', '不上', '失败', '成功',
]
const loginBefore = ['重新', '无法', '不能', '请', '先', '再', '需要', '可以', '您', '用户', '账号', '帐号', '系统']

/** Nouns that `券` (coupon) ends; `卷` there is a typo (`优惠卷`). */
const coupons = ['优惠', '代金', '购物', '抵用', '现金', '礼品', '打折', '满减', '红包', '折扣', '店铺', '京东']

/**
 * Typos that are never a correct sequence, fixed wherever they stand: a character of the same
 * sound (`资询`, `按排`, `见凉`), of the same shape (`偷快`, `却认`), an idiom misremembered
 * (`一摸一样`). Not `部份`, which traditional writing in Taiwan uses beside `部分`.
 */
const alwaysWrong: ReadonlyArray<readonly [typo: string, expected: string]> = [
  ['巳经', '已经'], ['即然', '既然'], ['报歉', '抱歉'], ['返馈', '反馈'], ['幸苦', '辛苦'], ['签受', '签收'], ['一摸一样', '一模一样'],
  ['迫不急待', '迫不及待'], ['再接再励', '再接再厉'], ['按步就班', '按部就班'], ['包歉', '抱歉'], ['捎等', '稍等'], ['捎后', '稍后'], ['捎微', '稍微'],
  ['不好意识', '不好意思'], ['物留', '物流'], ['资询', '咨询'], ['补尝', '补偿'], ['令外', '另外'], ['工做', '工作'], ['决对', '绝对'],
  ['按排', '安排'], ['嘛烦', '麻烦'], ['据体', '具体'], ['却认', '确认'], ['见凉', '见谅'], ['凉解', '谅解'], ['偷快', '愉快'],
  ['缘因', '原因'], ['赔尝', '赔偿'], ['陪偿', '赔偿'], ['陪尝', '赔偿'],
]

/** The typos of `no-typo`, each with the context that proves it a typo or rules it out. */
export const typos: Lexicon<TypoEntry> = [
  ...alwaysWrong.map(([typo, expected]): TypoEntry => ({ match: typo, typo, expected: [expected], fix: true })),
  ...already('以经', beforeYi),
  ...already('己经', beforeJi),
  { match: '自已', notBefore: ['经'], typo: '自已', expected: ['自己'], fix: true },
  // 在 typed for 再 (again), where only "again" reads: `再次感谢`, `下次再来`, `稍后再联系您`.
  { match: againNext.map((next) => `在次${next}`), typo: '在次', expected: ['再次'], fix: true },
  { match: ['欢迎在来', '欢迎您在来', '欢迎在次', '欢迎下次在来', '期待在次', '在来一单', '在来一件', '在来一个'], typo: '在', expected: ['再'], fix: true },
  // 已 typed for 以 in `以…为准` (`最终已页面公告为准`): only with 为准 later in its clause and no 以 before it.
  { match: '已', notBefore: ['经', '久', '然'], notAfter: ['以', '不得', '早', '业', '而', '既', '并', '尚', '均'], standard: '为准', typo: '已', expected: ['以'] },
  { match: '在见', notAfter: farewellNotAfter, typo: '在见', expected: ['再见'], final: true, fix: true },
  {
    match: shouldNext.map((next) => `因该${next}`),
    // `因该会员…`, `因该能源…`: `因` + `该会员`, formal and right.
    notBefore: ['员', '议', '计', '场', '话', '源', '量', '线', '效'],
    typo: '因该',
    expected: ['应该'],
    fix: true,
  },
  { match: ['因该的', '因该'], typo: '因该', expected: ['应该'], final: true, fix: true },
  // Anything else but a noun that formal `该` points at (`因该商品…`, `因该地区…`).
  { match: '因该', notBefore: formalNouns, typo: '因该', expected: ['应该'] },
  { match: '做为', notAfter: ['叫', '当', '看', '装', '比', '称'], notBefore: ['难'], typo: '做为', expected: ['作为'], fix: 'initial' },
  {
    match: ['跟新物流', '跟新信息', '跟新状态', '跟新进度', '跟新一下'],
    typo: '跟新',
    expected: ['更新'],
    fix: true,
  },
  {
    match: ['跟新了', '跟新后', '跟新中', '跟新完', '跟新出', '跟新过', '跟新到'],
    // `跟新出的款`, `跟新到货的一样`, `跟新过来的`: `跟` + a word starting with `新`.
    notBefore: ['的', '来', '货', '国', '款', '品'],
    typo: '跟新',
    expected: ['更新'],
  },
  {
    match: ['物流跟新', '信息跟新', '系统跟新', '状态跟新', '数据跟新', '页面跟新', '跟新慢', '跟新得'],
    notBefore: ['款', '品', '的', '买', '来', '人', '手'],
    typo: '跟新',
    expected: ['更新'],
  },
  { match: '跟新', typo: '跟新', expected: ['更新'], final: true },
  { match: '既使', notBefore: ['用'], typo: '既使', expected: ['即使'] },
  { match: '按装', notBefore: ['箱', '修', '饰', '订', '配'], typo: '按装', expected: ['安装'], fix: true },
  ...['等', '后', '微'].map((rest): TypoEntry => ({ match: `梢${rest}`, notAfter: ['树', '末', '眉', '发', '辫'], typo: `梢${rest}`, expected: [`稍${rest}`], fix: true })),
  ...coupons.map((noun): TypoEntry => ({ match: `${noun}卷`, typo: `${noun}卷`, expected: [`${noun}券`], fix: true })),
  { match: ['确认收获', '收获地址', '收获人', '收获信息'], typo: '收获', expected: ['收货'], fix: true },
  { match: ['受到货', '没受到货', '受到退款'], notBefore: ['物', '款', '政', '规', '流'], typo: '受到', expected: ['收到'], fix: true },
  { match: '好象', notBefore: ['征'], typo: '好象', expected: ['好像'], fix: true },
  { match: '可已', notAfter: ['许', '认', '宁', '即', '不', '无', '尽'], notBefore: ['经'], typo: '可已', expected: ['可以'], fix: true },
  { match: '所已', notBefore: ['经'], typo: '所已', expected: ['所以'], initial: true, fix: true },
  { match: loginNext.map((next) => `登陆${next}`), typo: '登陆', expected: ['登录'], fix: true },
  { match: loginBefore.map((before) => `${before}登陆`), typo: '登陆', expected: ['登录'], fix: true },
  // 侯 for 候: 侯 is a title and a surname, never in these words.
  ...['时', '稍', '问', '等', '气', '守', '伺'].map((head): TypoEntry => ({ match: `${head}侯`, typo: `${head}侯`, expected: [`${head}候`], fix: true })),
  ...['粘', '黏'].map((head): TypoEntry => ({ match: `${head}帖`, typo: `${head}帖`, expected: [`${head}贴`], fix: true })),
  {
    match: ['您反应的问题', '您反应的情况', '您所反应的', '向我们反应', '跟我们反应', '给我们反应', '为您反应', '帮您反应', '给您反应'],
    typo: '反应',
    expected: ['反映'],
  },
  // The well-known confusions of shop chat that need their context.
  // 己 for 已 before what an agent has done; after 自, 知, 异 … it is the word 自己 and the verb.
  {
    match: ['发货', '发出', '签收', '退款', '退回', '收到', '处理', '安排', '为您', '帮您', '给您', '提交', '核实', '下单', '付款', '到货'].map((next) => `己${next}`),
    notAfter: beforeJi,
    typo: '己',
    expected: ['已'],
    fix: true,
  },
  // `连系统`, `接连系统忙`: 连 + a word starting with 系.
  { match: '连系', notBefore: ['统', '列', '数'], notAfter: ['相', '牵', '关'], typo: '连系', expected: ['联系'], fix: true },
  // `配合做`: 合 ends 配合.
  { match: '合做', notAfter: ['配', '组', '结', '联', '综', '适', '符'], typo: '合做', expected: ['合作'], fix: true },
  // `唯一但是`, `统一但…`: 一 ends a word before 但是.
  { match: '一但', notAfter: ['唯', '统', '第', '单', '万', '之'], notBefore: ['是', '凡'], typo: '一但', expected: ['一旦'], fix: true },
  { match: '恩恩', notBefore: ['爱'], typo: '恩恩', expected: ['嗯嗯'], fix: true },
  // 检察 is the prosecutors' word (`检察院`, `检察官`); before 一下 and the goods it is 检查.
  { match: ['检察一下', '检察下', '检察好', '检察过', '检察清楚', '检察商品', '检察包裹', '检察货品'], typo: '检察', expected: ['检查'], fix: true },
  // English shops: the misspellings that are never another word (Wikipedia's lists of common misspellings).
  ...englishMisspellings(),
]

/** A misspelt English word and its spelling, each a whole word (`recieve` → `receive`). */
function englishMisspellings(): TypoEntry[] {
  const pairs: ReadonlyArray<readonly [string, string]> = [
    ['recieve', 'receive'], ['recieved', 'received'], ['recieving', 'receiving'], ['reciept', 'receipt'], ['seperate', 'separate'],
    ['seperately', 'separately'], ['definately', 'definitely'], ['definatly', 'definitely'], ['untill', 'until'], ['adress', 'address'],
    ['accomodate', 'accommodate'], ['occured', 'occurred'], ['occurence', 'occurrence'], ['thier', 'their'], ['tommorow', 'tomorrow'],
    ['tommorrow', 'tomorrow'], ['tomorow', 'tomorrow'], ['beleive', 'believe'], ['immediatly', 'immediately'], ['neccessary', 'necessary'],
    ['neccesary', 'necessary'], ['reccomend', 'recommend'], ['recomend', 'recommend'], ['succesful', 'successful'], ['succesfully', 'successfully'],
    ['truely', 'truly'], ['wierd', 'weird'], ['apparantly', 'apparently'], ['basicly', 'basically'], ['completly', 'completely'],
    ['finaly', 'finally'], ['garantee', 'guarantee'], ['gaurantee', 'guarantee'], ['guarentee', 'guarantee'], ['greatful', 'grateful'],
    ['happend', 'happened'], ['inconvinience', 'inconvenience'], ['inconvienence', 'inconvenience'], ['inconveniance', 'inconvenience'],
    ['knowlege', 'knowledge'], ['maintainance', 'maintenance'], ['paied', 'paid'], ['replacment', 'replacement'], ['sincerly', 'sincerely'],
    ['shiping', 'shipping'], ['shippment', 'shipment'], ['writting', 'writing'], ['acheive', 'achieve'], ['arrangment', 'arrangement'],
    ['convinient', 'convenient'], ['curteous', 'courteous'], ['dissapointed', 'disappointed'], ['dissappointed', 'disappointed'],
    ['experiance', 'experience'], ['refferal', 'referral'], ['responsability', 'responsibility'], ['begining', 'beginning'],
    ['collegue', 'colleague'], ['existance', 'existence'], ['independant', 'independent'], ['noticable', 'noticeable'], ['occassion', 'occasion'],
    ['posession', 'possession'], ['transfered', 'transferred'], ['suprise', 'surprise'], ['unfortunatly', 'unfortunately'],
    ['unfortunatley', 'unfortunately'], ['appologize', 'apologize'], ['appologise', 'apologise'],
    ['inconvience', 'inconvenience'], ['avaliable', 'available'], ['availible', 'available'], ['delivary', 'delivery'],
    ['untracable', 'untraceable'],
  ]
  return pairs.map(([typo, spelling]) => ({ match: typo, typo, expected: [spelling], fix: true }))
}
