/**
 * Word classes: the words constructions are built from, defined once for
 * every rule (`@second` in a pattern is `classes.second` here).
 *
 * A class is a lexicon like any other, so it joins the one shared
 * Aho–Corasick pass. Entries are written simplified and lower case; the
 * normaliser folds traditional, full-width and disguised spellings onto them.
 */
import { apologyLexicon, greetingLexicon, thanksLexicon } from './courtesy.js'
import { openerLexicon, vocatives } from './openers.js'
import type { Lexicon, LexiconEntry } from '../types.js'

const words = (...match: string[]): LexiconEntry => ({ match })

/**
 * Verbs whose potential form takes `不成` (`用不成`, `去不成`: can't be used, can't go), which is
 * then no particle of a mocking question (`…跑了不成？`).
 */
export const potentialVerbs: readonly string[] = ['用', '做', '办', '弄', '去', '走', '买', '卖', '吃', '玩', '看', '打', '开', '搞', '谈', '当', '学', '考', '睡', '住', '修', '换', '退', '发', '寄', '变', '写', '说', '穿', '戴', '装', '充']

/** Photo reviews with a measure word between (`晒个图`, `晒张图`, `晒一下图`): reviews, in `@review` and wherever a rule lists reviews. */
export const measuredReviews: readonly string[] = ['晒个图', '晒张图', '晒几张图', '晒下图', '晒一下图', '晒个单', '晒一下单', '晒个照', '晒张照片']

/** Verbs of finding out, before an indirect question (`看看能不能`, `查一下是否`). */
const findOut = ['看', '下', '问', '查', '确认', '核实', '核对', '知道', '确定', '判断', '了解', '商量', '研究', '评估', '咨询', '试']
/** The entries of `@polite`, shared by `@softener`. */
const politeWords: readonly LexiconEntry[] = [
  // `请` softens, `申请` and `邀请` do not.
  { match: '请', notAfter: ['申', '邀', '聘', '宴', '提', '报'] },
  // A yes/no asked after a verb of finding out is an indirect question (`我帮您看看能不能退`,
  // `确认一下是否到账`): the asker checks, the customer is asked nothing.
  { match: ['能不能', '可不可以', '是否', '能否', '可否'], notAfter: findOut },
  words(
    '麻烦', '劳烦', '烦请', '辛苦', '可以', '建议', '方便', '帮忙',
    '欢迎', '记得', '稍等', '稍后', '不妨', '试试', '试一下', '试一试', '参考', '您看',
    '还请', '务请', '敬请', '恳请', '拜托', '希望', '期待',
  ),
  words(
    'please', 'pls', 'plz', 'kindly', 'could you', 'would you', 'can you', 'will you', 'feel free', 'you can',
    'you may', 'you might', 'you could', "you'll want", 'you will want', 'we suggest', 'we recommend', 'let us know',
    'when you get a chance', "we'd", 'we would', 'happy to', 'welcome to', 'recommend', 'suggest', 'try',
  ),
]

/** The classes, by the name patterns use after `@`. */
export const classes = {
  /** The customer addressed: `你`, `您`, `你们`, `you`. */
  second: [
    words('你', '您', '你们', '您们', '你俩', '亲你', '阁下'),
    words('you', 'u', 'ya', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll", 'ur'),
  ],
  /** Warm terms of address for the customer (`亲亲`, `客官`, `同学`); `亲` alone is a greeting. */
  vocative: [words(...vocatives)],
  /** The customer's own (`你的`, `your`). */
  secondPossessive: [words('你的', '您的', '你们的', '您们的', '你自己的', '您自己的', '你家', '你那边', '您那边'), words('your', 'yours', 'ur')],
  /** The shop speaking as a team: `我们`, `咱们`, `本店`, `we`. */
  we: [
    words('我们', '咱们', '我们这边', '我这边', '本店', '小店', '店铺', '客服', '商家', '我司', '本公司', '小编', '小妹', '我们家'),
    words('we', 'us', "we're", "we've", "we'll", "we'd", 'our', 'ours', 'the team'),
  ],
  /** Negators (idioms that only contain one are excluded by their context). */
  negator: [
    { match: '不', notBefore: ['好意思', '客气', '错', '用谢', '谢', '过', '仅', '但', '管', '论', '少', '断', '久', '妨', '同', '止', '限', '一定'] },
    { match: '没', notBefore: ['关系', '事', '问题', '错'] },
    words('没有', '别', '未', '无法', '不能', '不会', '不要', '甭', '莫', '勿'),
    words('not', 'no', 'never', "n't", "don't", "didn't", "doesn't", "can't", 'cannot', "isn't", "aren't", "wasn't", "won't", "haven't", "hasn't"),
  ],
  /**
   * A negative order's `别`/`不要` (`手机别调静音`), not the `别` of `类别`, `区别`, `特别`, `识别`,
   * `别人` or the `不要` of `需不要`, `想不要`.
   */
  dont: [
    { match: '别', notAfter: ['类', '区', '识', '特', '分', '级', '性', '告', '离', '个', '差', '派', '鉴', '辨', '判', '甄', '国', '组', '门', '职', '宗', '科', '型', '作', '惜', '话', '送', '临', '辞', '永', '道', '阔', '诀', '久', '留', '一'], notBefore: ['人', '的', '家', '处', '名', '称', '致', '具', '墅', '针', '扭', '样'] },
    { match: '不要', notAfter: ['需', '想', '要', '可'] },
  ],
  /**
   * Conjunctions that open a condition (`如果您不方便`, `万一`, `if`): what follows is supposed,
   * not said. Rules add their own neighbours (`如需`, `的话`, `以免`).
   */
  condition: [words('如果', '如若', '假如', '假若', '倘若', '若是', '要是', '万一', '假设'), words('if', 'in case', 'unless')],
  /** Sentence-final particles of tone. */
  // The last six close written Cantonese (`你係咪傻㗎`, `好重喎`, `得啦啰`).
  finalParticle: [words('吗', '么', '呢', '吧', '啊', '呀', '哦', '噢', '喔', '欧', '啦', '嘛', '哈', '哟', '咯', '哇', '滴', '呐', '嘞', '哒', '㗎', '喎', '啰', '喇', '啫', '咧')],
  /** Particles that turn a statement into a yes/no question (`…吗？`, `…不成？`). */
  questionParticle: [
    words('吗', '嘛', '不是吗', '对吧', '是吧', '好吧', '咩'),
    { match: '么', notAfter: ['什', '怎', '这', '那', '多', '要', '为'] },
    // `…跑了不成？` asks; `用不成` (can't be used) is a verb's potential form.
    { match: '不成', notAfter: potentialVerbs },
  ],
  /** Marks of a question said in indignation (`就没啦？！`, `Seriously?!`): asked and exclaimed at once. */
  indignantMarks: [words('?!', '!?', '？！', '！？', '?？!', '??!', '?!!', '？！！', '？？！')],
  /** What softens a request (001 "多用敬语"): `请`, `麻烦`, `可以`, `please`, `could you`, and a condition (`需要的话`). */
  softener: [...politeWords, words('如果', '若', '需要的话', '有需要', '要是', '的话'), words('if you')],
  /**
   * The softeners that are courtesy, not a condition: `请`, `麻烦`, `please`. A condition softens
   * a suggestion (`需要的话联系我们`) but not an order pressed by `自己` or `赶紧`
   * (`退款的话你自己去申请`).
   */
  polite: politeWords,
  /**
   * An offer that leaves the choice to the customer (`需要的话联系我们`, `有需要`): it softens a suggestion, as a
   * courtesy does; not `不需要的话`, a condition.
   */
  invitation: [{ match: '需要的话', notAfter: ['不', '没'] }, words('有需要', '如有需要', '若有需要')],
  /** Verbs of seeing and reading. */
  see: [
    words('看', '看到', '看见', '看清', '看清楚', '瞧', '读', '查看', '留意', '注意', '注意到', '了解', '关注', '浏览', '阅读', '翻', '翻看', '翻过', '翻到', '点开'),
    words('see', 'saw', 'seen', 'read', 'look', 'looked', 'check', 'checked', 'notice', 'noticed', 'watch'),
  ],
  /** Verbs of telling: what "we already told you" is built on. */
  tell: [
    words('说', '讲', '告诉', '告知', '提醒', '写', '写了', '写着', '标', '标注', '标明', '注明', '回复', '解释', '通知', '强调', '说明', '交代', '答复'),
    words('said', 'say', 'told', 'tell', 'explained', 'mentioned', 'stated', 'wrote', 'written', 'informed', 'answered', 'replied'),
  ],
  /** Handing something over (send, read out, give): how credentials and photos are asked for. */
  handOver: [
    words('发', '发给', '发过来', '发来', '传', '传给', '拍', '截图', '上传', '提供', '报', '报给', '报一下', '念', '念给', '读给', '告诉', '给', '填', '输入', '私信', '留', '说一下', '贴'),
    words('send', 'text', 'share', 'provide', 'give', 'tell', 'read', 'dm', 'message', 'reply with', 'forward', 'enter', 'type'),
  ],
  /** Money, in amounts or in kind. */
  money: [
    words('现金', '钱', '块钱', '元', '块', '毛', '红包', '返现', '返利', '返款', '转账', '转给', '打款', '支付宝', '零钱', '现金红包', '奖励金', '💰', '🧧', '$', '￥', '¥'),
    words('cash', 'money', 'dollar', 'dollars', 'bucks', 'paypal', 'venmo', 'gift card', 'rebate', 'cashback', 'cash back', 'refund'),
  ],
  /** Giving money back to the customer (`返`, `转`, `送`, `给`). */
  giveBack: [words('返', '返还', '返您', '返你', '转', '转您', '送', '送您', '给您', '给你', '发您', '发你', '补', '补贴', '奖励', '领', '拿', '退您', '退你'), words('give', 'get', 'send', 'pay', 'earn', 'receive', 'back')],
  /** What shops pay for: reviews, stars, photos, follow-up reviews. */
  review: [
    words('好评', '五星', '5星', '五分', '5分', '满分', '晒图', '晒单', '追评', '评价', '带图', '带视频', '加图', '图文', '买家秀', '截图', '打分', '写评', '评论'),
    words(...measuredReviews),
    words('review', 'reviews', '5-star', '5 star', 'five-star', 'five star', 'rating', 'feedback', 'photo review'),
  ],
  /** Contact channels off the platform (001/002: only the platform's chat). */
  contact: [
    words('微信', '微信号', 'vx', 'wx', 'v', 'qq', 'qq号', '企鹅号', '企鹅', '手机号', '电话', '私人号', '私人微信', '个人号', '钉钉', '飞书', '邮箱', '小号'),
    words('wechat', 'whatsapp', 'telegram', 'tg', 'line', 'kakao', 'kakaotalk', 'signal', 'viber', 'skype', 'email', 'e-mail', 'snapchat', 'instagram', 'ig', 'facebook', 'messenger', 'phone number', 'cell'),
  ],
  /** Marketplaces and their apps (a rule drops the shop's own). */
  platform: [
    words('淘宝', '天猫', '京东', '拼多多', '抖音', '快手', '唯品会', '苏宁', '小红书', '闲鱼', '得物', '1688', '亚马逊', '拼夕夕', '多多', '抖店', '视频号'),
    words('taobao', 'tmall', 'jd', 'pinduoduo', 'pdd', 'douyin', 'tiktok', 'kuaishou', 'amazon', 'ebay', 'walmart', 'etsy', 'shopee', 'lazada', 'aliexpress', 'temu'),
  ],
  /** Secrets no shop needs. */
  credential: [
    // Watched: disguised spellings (`验 证 码`, `yzm`, `mi ma`) fold onto these.
    { match: ['验证码', '密码', '口令'], watch: { initials: true } },
    // `sfz` for 身份证: its number is what a request for it wants (`sfz 号码发过来`).
    { match: '身份证', notBefore: ['号', '照', '复印', '正反', '原件', '上', '去', '到'], watch: { initials: true } },
    words('校验码', '动态码', '短信码', '支付密码', '登录密码', '服务密码', '取件码', '提货码', '卡号', '银行卡号', '信用卡号', '安全码', 'cvv', 'cvv码', '身份证号', '身份证号码', '有效期', '那串数字', '那几位数字', '六位数', '6位数'),
    words('password', 'passcode', 'pin', 'otp', 'one-time code', 'verification code', 'security code', 'cvv', 'cvc', 'card number', 'the code', 'login code', 'social security', 'ssn', 'sms code', '2fa code'),
  ],
  /** Size and fit words. */
  fit: [words('合适', '合身', '能穿', '穿得下', '穿的下', '正好', '刚好', '刚刚好', '不大不小', '没问题', '一点问题都没有', '一点问题没有', '完全没问题', '毫无问题', '稳稳', '闭眼入', '闭眼买', '放心拍', '放心买', '放心入', '不会错', '错不了', '准没错', '一定行'), words('fit', 'fits', 'fitting', 'will fit', 'perfect size', 'right size')],
  // no-size-promise and no-absolute-claim: what puts a sentence about size.
  /** Size words (`码`, `尺码`, `身高`, `M码`, `size`): `码` but not `验证码`, `二维码`, `号码`, `密码`. */
  size: [
    { match: '码', notAfter: ['验证', '二维', '条', '密', '编', '代', '起', '加', '明', '乱', '页', '号', '邮', '解', '价', '数'] },
    words(
      '穿', '尺码', '码数', '尺寸', '大小', '身高', '体重', '公分', 'cm', '斤', 'kg', '腰围', '胸围', '臀围', '肩宽', '脚', '鞋', '上身', '版型',
      's号', 'm号', 'l号', 'xl号', 'xxl号', 'xxxl号', 'xs号', '大号', '中号', '小号', '宽松', '修身', '偏大', '偏小', '均码',
      '选m', '选l', '选s', '选xl', '拿m', '拿l', '拿s', '拿xl', '要m', '要l', '要s', '要xl',
    ),
    words('size', 'sizes', 'sizing', 'small', 'medium', 'large', 'xl', 'xxl', 'xs', 'petite'),
    // no-size-promise, round 2: accessories are worn (`戴`) and sized by their round (`圈口`, `指围`).
    words('戴上', '戴上去', '戴着', '手围', '头围', '指围', '圈口', '戒圈', '号戒指', '手寸'),
  ],
  /** Certainty: what a guarantee is built on. */
  certainty: [
    words('绝对', '肯定', '一定', '保证', '百分百', '100%', '百分之百', '永远', '永不', '绝不', '从来不', '根本不', '完全不', '都不', '一点都不', '稳', '铁定', '必定', '必然', '打包票', '担保', '绝无'),
    words('definitely', 'guaranteed', 'guarantee', 'certainly', 'absolutely', '100%', 'never', 'always', 'for sure', 'surely', 'promise', 'totally'),
  ],
  /**
   * What agents ask customers to do (no-command, no-rhetorical-question): a
   * clause that starts with one of these, with nothing softening it, orders.
   */
  action: [
    words(
      '看', '看下', '看看', '查', '查下', '查看', '拍', '拍个', '拍照', '拍下', '发', '发个', '发过来', '发来', '寄', '寄回', '寄回来', '寄过来',
      '填', '填写', '填一下', '签收', '确认', '确认收货', '付款', '付', '拒收', '申请', '退回', '点', '点击', '点开', '联系', '提供', '上传', '截图',
      '截个图', '等', '等着', '耐心等', '催', '找', '问', '下单', '拍单', '选', '改', '修改', '关注', '收藏', '评价', '登录', '重启', '打开', '关闭',
      '关掉', '刷新', '复制', '输入', '提交', '取消', '下载', '更新', '卸载', '安装', '充值', '绑定', '解绑', '核对', '检查', '保存', '塞', '写上',
      '注明', '备注', '留言', '告诉', '打电话', '进入', '收货', '收到货', '带上', '记住', '清洗', '拖',
      // Adding a contact, and reading out or reporting something (no-command, no-credential-request).
      '加个', '加一下', '加下', '添加', '报一下', '报下', '报给我', '念', '读一下', '说一下', '转发', '截屏', '录个', '录视频',
      // What a shop asks a customer to do with an order, a parcel, a product or an app (no-command).
      '退回', '退回来', '寄回去', '换一个', '换个', '重新下单', '重新拍', '重新申请', '重新提交', '重拍', '补差价', '补拍', '加购',
      '加入购物车', '收藏店铺', '关注店铺', '量一下', '测量', '晒图', '晒单', '写个', '拆开', '保留', '保存好', '拿去', '带去',
      '删除', '清理', '清除', '重装', '重新安装', '插上', '拔掉', '充电', '开机', '关机', '长按', '扫码', '扫一下', '领取', '试穿',
      '查收', '签字', '拒签', '告知', '描述', '反馈', '打五星', '五星好评', '给五星', '退掉', '寄过去', '发到', '送到',
      // Telling the customer how to do it, and to wait or watch for something (no-command).
      '说清楚', '讲清楚', '写清楚', '问清楚', '说明白', '讲明白', '耐心等待', '下一单', '拍一单', '下个单', '留着', '留好',
      // Round 7: deleting, ticking, pasting, passing up, writing out, collecting (no-command).
      '删', '删掉', '勾', '勾选', '贴过来', '贴上来', '传上来', '传过来', '写出来', '去取', '留底',
      '取快递', '取包裹',
      // Searching for something and measuring oneself (no-command); not the 搜 of 搜狗.
      '搜一下', '搜下', '搜搜', '量下', '量量',
      // Money or a call sent this way (`返过来`, `钱转给我`), demanded by a customer (no-command).
      '退过来', '转过来', '返过来', '打过来', '退给我', '转给我', '返给我',
    ),
    { match: '搜索', notBefore: ['框', '栏', '结果', '引擎', '记录', '功能', '页'] },
    // Round 8: collecting a parcel (no-command); not the nouns `取件费`, `取件码`, `提货点`.
    { match: ['取件', '取货', '提货'], notBefore: ['费', '码', '点', '员', '人', '地', '时', '单', '入', '柜', '站', '方式', '服务', '了', '的'] },
  ],
  /**
   * What a customer does for themselves (no-command's suggestions): looking
   * something up, finding their way in an app, applying, choosing, fixing a
   * device. Told to do these, the customer is given a way, so the softened form
   * is `您可以…哦`; asked for something the shop needs (a photo, a number, the
   * parcel back), `麻烦您…哦` (000 "避免用命令式"; rules.md `no-command`).
   */
  selfService: [
    words(
      '看', '看下', '看看', '查', '查下', '查看', '点', '点击', '点开', '进入', '打开', '关闭', '关掉', '刷新', '申请', '重新申请',
      '领取', '选', '选择', '登录', '下载', '更新', '安装', '卸载', '重装', '重新安装', '重启', '关注', '收藏', '充值', '绑定', '解绑',
      '长按', '扫码', '扫一下', '试穿', '查收', '联系', '咨询', '下单', '重新下单', '下一单', '下个单', '提交', '重新提交', '取消', '修改',
      '删除', '清理', '清除', '复制', '输入', '保存', '插上', '拔掉', '充电', '开机', '关机', '加入购物车', '收藏店铺', '关注店铺', '量一下', '测量', '勾', '勾选', '勾上',
      '搜一下', '搜下', '搜搜', '量下', '量量',
    ),
    { match: '搜索', notBefore: ['框', '栏', '结果', '引擎', '记录', '功能', '页'] },
  ],
  /**
   * What closes a clause of time (`退货的时候`, `收到后`, `签收时`): not the 时 of
   * `及时` or `同时`, nor the 后 of `售后` or `然后` (no-command).
   */
  whenEnd: [
    words('的时候', '之时', '之后', '以后', '完以后', '完之后', '之前', '以前'),
    // `签收前`, `付款前`: before an act; not `目前`, `当前`, `提前`, `面前`, `门前`, `之前`'s own 前.
    { match: '前', notAfter: ['在', '目', '当', '提', '面', '门', '眼', '跟', '向', '往', '此', '从', '事', '空', '生', '之', '以', '日', '年', '月', '天', '周', '点', '分', '号', '先', '最', '上', '中', '后', '胸', '窗', '台', '床', '额', '史', '战', '婚', '节', '考', '会', '睡', '饭', '超'] },
    // Not `到时候` ("then") or `有时候` ("sometimes").
    { match: '时候', notAfter: ['到', '那', '这', '有', '小', '么', '啥', '些', '个'] },
    { match: '时', notAfter: ['及', '同', '随', '准', '按', '暂', '平', '实', '当', '临', '届', '适', '顿', '此', '这', '那', '何', '几', '小', '定', '守', '过', '即', '不', '有', '计', '限', '超', '工', '用', '耗', '省', '费', '延', '误', '登', '霎', '旧', '古'] },
    { match: '后', notAfter: ['然', '最', '随', '前', '先', '今', '售', '落', '背', '延', '稍', '往', '日', '善', '此', '而', '身', '午', '王', '皇', '太', '母', '滞', '断', '之', '以', '绝', '殿', '幕', '善'] },
  ],
  /** English verbs of instruction, for clauses that start with them. */
  imperative: [
    words(
      'check', 'send', 'wait', 'tap', 'click', 'head', 'go', 'visit', 'call', 'contact', 'reply', 'dm', 'follow', 'turn', 'restart', 'update',
      'make sure', 'remember', 'log', 'sign', 'enter', 'fill', 'submit', 'use', 'read', 'download', 'install', 'reset', 'select', 'choose', 'pick',
      'bring', 'return', 'ship', 'drop', 'take', 'keep', 'stop', "don't", 'do not', 'never', 'open', 'close', 'delete', 'remove', 'uninstall',
      'reinstall', 'clear', 'press', 'hold', 'swipe', 'scroll', 'navigate', 'give', 'provide', 'attach', 'upload', 'email', 'text', 'write',
      'print', 'pack', 'ring', 'come', 'look', 'try', 'hit', 'toggle', 'switch', 'plug', 'unplug', 'power', 'confirm', 'verify', 'include',
      'ensure', 'refer', 'put', 'find', 'order', 'buy', 'cancel',
      'do', 'make', 'hurry', 'reorder', 'throw', 'discard', 'accept', 'refuse', 'reject', 'leave', 'ask', 'tell', 'share', 'post', 'message', 'allow', 'sign up',
      'wash', 'dry', 'iron', 'store', 'apply', 'register', 'add', 'change', 'edit', 'pay', 'complete', 'resend', 'forward', 'show', 'explain',
      // Round 8: doing it again, and pinging (no-command).
      're-enter', 'reenter', 'retype', 'resubmit', 'redo', 'retry', 'ping',
      // Steps of measuring, checking and packing (`Measure your waist first`, `Double-check the address`).
      'measure', 'compare', 'double-check', 'recheck', 'inspect', 'photograph', 'snap', 'screenshot', 'scan', 'seal', 'wrap', 'tape',
      'unpack', 'reboot', 'type', 'paste', 'copy', 'describe', 'specify', 'mention', 'track',
    ),
  ],
  /** What follows an English verb used as an instruction: its object or particle (`Send us …`, `Check the …`). */
  complement: [
    words(
      'the', 'a', 'an', 'your', 'yours', 'us', 'it', 'this', 'that', 'these', 'those', 'our', 'me', 'them', 'to', 'out', 'back', 'on', 'off',
      'in', 'into', 'up', 'by', 'for', 'at', 'with', 'here', 'there', 'ahead', 'over', 'down', 'again', 'all', 'any', 'some', 'more', 'dm',
      'yourself', 'now', 'first', 'both', 'either', 'each', 'every', 'my', 'his', 'her', 'through', 'via', 'from', 'about', 'around', 'whether',
      'if', 'what', 'which', 'how', 'settings', 'forget',
      // Timing and manner (`Wait until …`, `Wait patiently`).
      'until', 'till', 'patiently', 'why', 'where', 'when', 'who', 'better', 'right',
      // A pair of steps (`Press and hold …`).
      'and',
    ),
  ],
  /** Curt English answers, for replies that are nothing else (no-cold-reply). */
  enBare: [words('no', 'nope', 'nah', 'yes', 'yep', 'yeah', 'done', 'ok', 'okay', 'k', 'kk', 'fine', 'sure', 'noted', 'correct', 'wrong', "don't know", 'dunno', 'no idea', 'not sure', 'whatever', 'no stock', 'sold out', 'n/a', 'nothing')],
  /**
   * Emoji and emoticons that carry warmth (the catalogue counts them): the faces, hearts,
   * hands and flowers agents use, and Weibo's bracketed emoticons (`[呵呵]`, `[微笑]`), not
   * a data set's masks (`[数字x]`). Matched as written, variation selectors aside.
   */
  emoji: [
    words(
      '😊', '🙂', '😄', '😃', '😀', '😁', '😆', '😉', '😍', '🥰', '😘', '😚', '🤗', '😇', '😋', '😜', '😝', '🤭', '🥳', '😎', '🙏', '👍', '👌',
      '👏', '🤝', '✌', '💪', '🙌', '❤', '💕', '💖', '💗', '💓', '💞', '💝', '💘', '💛', '💚', '💙', '💜', '🧡', '🤍', '💐', '🌹', '🌸', '🌺',
      '🌷', '🌻', '🌼', '🍀', '✨', '⭐', '🌟', '💫', '🎉', '🎊', '🎁', '☺', '😺', '😸', '🐱', '🐶', '🐰', '🌈', '☀', '🍭', '🍬', '💯', '🆗', '👋',
      '[呵呵]', '[微笑]', '[哈哈]', '[嘻嘻]', '[可爱]', '[爱你]', '[心]', '[赞]', '[偷笑]', '[害羞]', '[鼓掌]', '[太开心]', '[亲亲]', '[抱抱]',
      '[握手]', '[耶]', '[good]', '[ok]', '[笑cry]', '[doge]', '[鲜花]', '[给力]', '[威武]', '[礼物]', '[花心]', '[憧憬]', '[飞个吻]', '[哈哈哈]',
      '[嘻嘻嘻]', '[玫瑰]', '[憨笑]', '[调皮]', '[愉快]', '[庆祝]', '[拥抱]', '[强]', '[胜利]', '[爱心]', '[太阳]', '[月亮]',
    ),
    // JD's emoji codes, as its chat exports write them (`#E-s57`, masked `#E-s[数字x]`).
    words(...Array.from({ length: 100 }, (_, n) => `#E-s${String(n).padStart(2, '0')}`), '#E-s[数字x]'),
  ],
  /** Openers: vocatives, greetings, interjections. */
  opener: openerLexicon,
  /** Apologies. */
  apology: apologyLexicon,
  /** Thanks. */
  thanks: thanksLexicon,
  /** Greetings. */
  greeting: greetingLexicon,
} satisfies Record<string, Lexicon<LexiconEntry>>

/** A word class's name. */
export type WordClassName = keyof typeof classes

/** The lexicon of a word class, or undefined for an unknown name. */
export function classLexicon(name: string): Lexicon | undefined {
  return Object.hasOwn(classes, name) ? classes[name as WordClassName] : undefined
}

/** The words of a word class (each `match` of its entries), for the few checks that read single characters. */
export function classWords(name: WordClassName): string[] {
  return classes[name].flatMap((entry: LexiconEntry) => (typeof entry.match === 'string' ? [entry.match] : [...entry.match]))
}

/**
 * The one-character final particles, as a set for `endsClause` in
 * `src/language/clause-edges.ts` (no-size-promise: `肯定是合适的哦`).
 */
export const finalParticleCharacters: ReadonlySet<string> = new Set(classWords('finalParticle').filter((word) => word.length === 1))

/** The Chinese words of `@condition` (`如果`, `万一`), for rules that read characters before a word. */
export const chineseConditions: readonly string[] = classes.condition[0]!.match as readonly string[]
