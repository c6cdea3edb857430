/**
 * Words `no-other-orders` reads around identifiers (002 "客戶過來諮詢其他訂單的相關信息，
 * 請勿直接發送（洩露客戶信息扣6分處罰）"): the labels that introduce a name or an
 * address, and the words that say whose phone number follows.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A label after which a person's name or an address is written. */
export interface LabelEntry extends LexiconEntry {
  /** What the label introduces. */
  readonly field: 'name' | 'address'
  /** English labels: the value is read from the original text (capitals mark a name). */
  readonly english?: true
}

/**
 * Labels of the receiving information on an order (`收件人：王芳`, `地址：…`).
 * Only a value written right after one of them is read as a name or an address:
 * free text cannot be told from a name reliably.
 */
export const labels: Lexicon<LabelEntry> = [
  { match: ['收件人', '收货人', '签收人', '联系人', '姓名', '收件人姓名', '收货人姓名'], expected: [], field: 'name' },
  { match: ['recipient', "recipient's name", 'recipient name', 'consignee'], expected: [], field: 'name', english: true },
  { match: ['地址', '收货地址', '收件地址', '配送地址', '送货地址', '详细地址', '住址'], expected: [], field: 'address' },
  { match: ['address', 'shipping address', 'delivery address'], expected: [], field: 'address', english: true },
]

/** Whose number a phone is: the shop's or the courier's (not personal data of a customer), or a person's. */
export interface OwnerEntry extends LexiconEntry {
  /** `staff`: a number of the shop, the courier or a service line; `person`: someone's own. */
  readonly owner: 'staff' | 'person'
  /**
   * A person word that owns what follows on its own (`her`, `机主`). Chinese
   * pronouns own a number only when `personLinks` follow them (`您预留的手机`,
   * `收件人的电话`), not as the object of a verb (`为您受理`).
   */
  readonly owns?: true
}

/**
 * Words that name the owner of a phone number written shortly before or right
 * after them. A courier's or a hotline's number is not another customer's data
 * (`配送员电话138…`, `请拨打…`); a person word in between (`快递员会联系您预留的手机…`)
 * takes the number back to a person. Longest match wins, so `客户经理` is staff
 * while `客户` is a person.
 */
export const owners: Lexicon<OwnerEntry> = [
  {
    match: [
      '快递员', '配送员', '派送员', '送货员', '快递小哥', '配送小哥', '快递师傅', '师傅', '司机', '骑手',
      '客服', '客服经理', '客户经理', '专属客服', '客服中心', '售后', '热线', '服务热线', '客服热线', '客服电话', '服务电话',
      '经理', '专员', '负责人', '工作人员', '维修', '公司', '我公司', '本公司',
      // Someone the customer is told to contact is staff (`如有问题请联系程林156…`, `校园经理`).
      '请联系', '可联系', '可以联系', '联系人', '详询', '垂询', '咨询电话', '代表', '顾问', '校园经理', '片区经理', '社区经理',
      '站点', '网点', '营业厅', '门店', '本店', '店铺', '商家', '厂家', '我们的', '我司', '我方', '拨打', '致电',
      'courier', "courier's", 'driver', "driver's", 'our', 'hotline', 'contact us', 'text us', 'customer service', 'customer care', 'support team', 'call us',
    ],
    expected: [],
    owner: 'staff',
  },
  { match: ['您', '你', '他', '她', '收件人', '收货人', '签收人', '买家', '顾客', '客户', '朋友', '家人', '用户'], expected: [], owner: 'person' },
  {
    match: ['本人', '机主', 'you', 'your', 'her', 'his', 'him', 'recipient', "recipient's", 'customer', "customer's", 'buyer', 'friend', "friend's"],
    expected: [],
    owner: 'person',
    owns: true,
  },
]

/**
 * Words that may stand between an owner word and the number it owns
 * (`配送员的联系电话是…`, `courier's phone number is …`); once they are taken
 * out, at most a short name may be left (`客服经理：王芳，联系电话…`).
 */
/**
 * The customer handing their numbers over in a form the linter cannot read: a picture, a
 * screenshot, an attachment (`订单号在图片里`, `[图片]`, `see the screenshot`). A number the
 * agent reads back then is most likely theirs.
 */
export const imageWords: readonly string[] = ['图片', '截图', '照片', '图里', '图中', '[图片]', '附件', 'picture', 'screenshot', 'attached', 'attachment', 'photo', 'image']

export const phoneLabels: readonly string[] = [
  '联系电话', '联系方式', '电话号码', '手机号码', '手机号', '电话', '手机', '号码', '热线', '专线', '的', '是', '为', '号', ':',
  'phone', 'number', 'mobile', 'tel', 'is', 'on', 'at', ' ',
]

/** What follows a Chinese person word that owns the number after it (`您预留的手机`, `收件人电话`). */
export const personLinks: readonly string[] = ['的', '预留', '留的', '电话', '手机', '号码', '联系方式', '联系电话']

/**
 * Characters that mark a run of text as an address (`杭州市西湖区文三路100号`).
 * A value after an address label holds at least one of them, or it is not read
 * as an address (`地址已经帮您改好了`).
 */
export const addressMarks: readonly string[] = ['省', '市', '区', '县', '镇', '乡', '村', '路', '街', '道', '号', '栋', '幢', '单元', '室', '楼', '小区', '大厦', '花园', '公寓']

/** Words of an English street address (with a number, they mark an address). */
export const streetWords: readonly string[] = ['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'dr', 'way', 'court', 'ct', 'apt', 'suite', 'unit', 'floor']

/**
 * Where a Chinese name written after a label stops: the next field of the
 * receiving information, or a title (`收件人王芳电话…`, `李娜女士`).
 */
export const nameEnds: readonly string[] = ['电话', '手机', '地址', '联系', '先生', '女士', '小姐', '已经', '已', '在', '会', '说', '的']

/** Characters that never start a name: pronouns and function words (`收件人是您本人吗`). */
export const notNameStarts: readonly string[] = ['您', '你', '我', '他', '她', '它', '是', '的', '本', '不', '没', '这', '那', '哪', '谁', '什', '都', '也', '还', '和', '与', '及', '信', '填', '写', '改', '需', '要', '可', '请', '一']

/**
 * The customer named as the owner right before a number the agent reads back
 * (`您的订单号：…`, `请问您联系电话是：…吗`): the agent looked it up for this
 * customer. Only a number whose owner the context cannot check is let go this
 * way; `您朋友的订单号` names somebody else, and `您另一个订单` another order.
 */
export const yoursBefore: readonly string[] = ['您的', '你的', '您', '你', '亲的', '您这边的', 'your', 'your own', '此', '该', '这个', '这笔', '您这个', 'this']

/** What may stand between `yoursBefore` and the number: the kind of number and its link (`订单号是：`). */
export const yoursLinks: readonly string[] = [
  '订单', '运单', '包裹', '快递', '物流', '手机', '电话', '联系电话', '联系方式', '宽带', '账号', '帐号', '号码', '单号', '号', '编号',
  '是', '为', ':', ' ', 'order', 'tracking', 'number', 'phone', 'is', '#',
]

/**
 * The customer asking for their own numbers (`今天能给我ems单号吗`, `what's my tracking number`):
 * the numbers the reply gives are the answer, theirs.
 */
export const askedNumbers: readonly string[] = ['单号', '订单号', '运单号', '快递单号', '物流单号', '订单编号', 'tracking number', 'order number']

/** What makes a customer's turn ask for something (`给我…`, `…多少`, `…吗`). */
export const askWords: readonly string[] = ['给我', '发我', '告诉我', '多少', '是什么', '是啥', '吗', '?', '？', '查一下', '提供', 'what', 'send me', 'give me']

/** Said right after a number, the customer named as its owner (`…这个是您的包裹单号`). */
export const yoursAfter: readonly string[] = ['是您的', '是你的', '这个是您的', '这个是你的', '就是您的', '为您的', 'is your', 'is yours']

/** Somebody other than the customer, which takes a number away from them (`请问是您朋友的订单…吗`). */
export const otherPeople: readonly string[] = ['收件人', '收货人', '签收人', '买家', '同事', '朋友', '家人', '亲戚', '他', '她', '别人', '其他', '另一', '另外', 'friend', 'colleague', 'someone', 'other']

/**
 * Labels that open a line of the shop's own contact details (`联系电话：0591-…`,
 * `客服热线：…`): a number given this way at the head of its sentence is the
 * shop's, not a customer's.
 */
export const contactLines: readonly string[] = ['联系电话', '客服电话', '咨询电话', '服务电话', '热线', '服务热线', '客服热线', '电话', '联系方式', '手机', 'tel', 'phone', 'hotline']
