/**
 * Words `no-placeholder` reads in and around brackets (003 "客服把常見問題設為快捷方式":
 * canned replies whose fields were never filled in, `应价保 [价保金额(单件)] * [价保商品数量]`).
 *
 * These lists are checked only at the few places the rule looks at (the inside
 * of a bracket, the words right before it, the word after an `XXX`), never
 * scanned over the whole reply, so they are not compiled into the shared
 * automaton. They are written like lexicon phrases (simplified Chinese, lower
 * case) and normalised once when the rule loads.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** The name of a template field. */
export interface FieldEntry extends LexiconEntry {
  /** `name`: the customer's name (greetings start with it); `value`: any other value. */
  readonly field: 'name' | 'value'
  /** Too common a word to be a field on its own; a field only with a numbered mask (`[订单x]`, `[ORDERID_1]`). */
  readonly masked?: true
  /** An English word that names a field only after another word (`order no`, not `no`). */
  readonly modified?: true
}

/**
 * Field names. A bracket whose content ends with one of them (`【订单号】`,
 * `[价保商品数量]`, `[Customer Name]`, `<姓名>`) stands for a value that was
 * never filled in; `【现货】`, `[微笑]` do not end with one.
 */
export const fields: Lexicon<FieldEntry> = [
  {
    match: [
      '姓名', '名字', '客户名', '顾客名', '买家名', '用户名', '会员名', '昵称', '称呼', '收件人', '收货人', '联系人', '客户姓名',
      'name', 'first name', 'last name', 'full name', 'firstname', 'lastname', 'fullname', 'username', 'nickname', 'customername', 'buyername',
    ],
    expected: [],
    field: 'name',
  },
  // Who the customer is, as a field (`尊敬的【客户】`); also a heading at the start of a line (`【老客户】回购8折`).
  { match: ['客户', '顾客', '买家', 'customer', 'client', 'recipient'], expected: [], field: 'value' },
  {
    match: [
      '订单号', '订单编号', '单号', '运单号', '快递单号', '物流单号', '编号', '号码', '手机号', '电话', '手机', '联系电话', '联系方式',
      '金额', '价格', '价钱', '单价', '总价', '总额', '差价', '数额', '费用', '运费', '积分', '数量', '件数', '天数', '数字',
      '日期', '时间', '地址', '商品名', '商品名称', '产品名', '产品名称', '宝贝名称', '店铺名', '店名', '名称', '型号',
      '链接', '网址', '邮箱', '账号', '身份证号', '验证码', '快递公司', '物流公司', '站点', '工号',
      'number', 'amount', 'price', 'total', 'date', 'time', 'address', 'phone', 'email', 'product', 'item', 'link', 'url',
      'quantity', 'qty', 'code', 'city', 'account', 'ordernumber', 'orderid', 'orderno', 'trackingnumber', 'phonenumber', 'productname', 'itemname',
    ],
    expected: [],
    field: 'value',
  },
  { match: ['no', 'id', 'num', '#'], expected: [], field: 'value', modified: true },
  { match: ['订单', '商品', '产品', '机构', 'order'], expected: [], field: 'value', masked: true },
]

/**
 * Verbs after which a bracket names a field as a term, not a slot to fill:
 * `麻烦您提供一下【订单号】`, `点击【收货地址】修改`, `please confirm your [order number]`.
 */
export const termVerbs: readonly string[] = [
  '提供', '告知', '告诉', '发送', '发', '填写', '填', '输入', '修改', '更改', '核对', '确认', '查看', '查询', '复制', '点击', '点',
  '选择', '进入', '打开', '找到', '前往', '备注', '留言',
  'provide', 'send', 'enter', 'check', 'confirm', 'share', 'give', 'include', 'type', 'click', 'tap', 'select', 'open', 'update',
  'verify', 'tell us', 'dm us', 'dm', 'reply with', 'message us', '注意', '留意', '核实', '检查',
]

/** Words that join a second field named as a term to the first (`提供【订单号】和【手机号】`). */
export const termJoiners: readonly string[] = ['和', '及', '以及', '与', '、', '或', '或者', ',', '/', '&', 'and', 'or', 'and your', 'or your']

/** Words that may stand between such a verb and the bracket (`提供一下您的【订单号】`). */
export const termFillers: readonly string[] = ['一下', '下', '您的', '你的', '的', '您', '一个', '个', '好', '上', 'your', 'the', 'us', 'me', 'us your', 'me your']

/** Words after a bracket that make it a menu or a button (`【我的淘宝】里`, `【收货地址】页面`). */
export const menuAfter: readonly string[] = ['里', '中', '页', '页面', '界面', '按钮', '选项', '菜单', '入口', '栏', '>', '→', 'page', 'button', 'tab', 'menu']

/**
 * What an `XXX` standing for a number is followed by: a unit (`XXX元`,
 * `XX天`) or a title after a name (`XXX先生`). `XXXL码` is a size, not a
 * placeholder: the run of X is part of a word. English units may follow
 * after a space (`XX days`).
 */
export const xUnits: readonly string[] = [
  '元', '块', '角', '号', '天', '日', '月', '年', '周', '件', '个', '小时', '分钟', '秒', '点', '折', '%', '位', '单', '次', '斤', '克',
  '公斤', '米', '厘米', '台', '张', '包', '箱', '瓶', '盒', '份', '积分', '先生', '女士', '小姐', '同学', '您好', '你好',
  'dollars', 'usd', 'yuan', 'rmb', 'days', 'hours', 'minutes', 'items', 'pcs',
]

/** What an `XXX` standing for a value may follow besides a field name: a currency or a salutation. */
export const xBefore: readonly string[] = ['¥', '$', '€', '£', 'rmb', 'usd', '尊敬的', '亲爱的', 'dear', 'hi', 'hello', '#', '第', '共', '合计', '总计', '满', '减']

