/**
 * Words of `no-credential-request` (beyond the handbooks, from real chat logs:
 * `烦请私信提供手机号码和服务密码`): the secrets a shop never needs, and the
 * requests that ask the customer to hand one over.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A secret, or a word that only contains one (`密码锁`, `取件码`). */
export interface SecretEntry extends LexiconEntry {
  /** No replacement: the request has to go. */
  readonly expected: readonly string[]
  /** A compound that names no secret of the customer's. */
  readonly exempt?: true
  /** The words say the shop sent it (`the code we texted you`): `to your phone` after them asks nothing less. */
  readonly sentByUs?: true
}

/** The secrets a shop never needs, and the compounds that name none. */
export const secrets: Lexicon<SecretEntry> = [
  // The core words, watched: their disguised spellings (`秘码`, `mi ma`, `验 证 码`, `yan zheng ma`,
  // `验证🐴`, `身份征`, `p@ssw0rd`) fold onto them, for the compounds below and the constructions.
  { match: ['密码', '验证码', '身份证', 'password', 'passcode', 'cvv', 'otp'], expected: [], watch: true },
  // Passwords and PINs.
  {
    match: [
      '账密', '帐密', '服务密码', '支付密码', '登录密码', '登陆密码', '交易密码', '取款密码', '查询密码', '银行卡密码', '账户密码', '账号密码',
      '宽带密码', '上网密码', '6位密码', '六位密码', 'passwords', 'pass word', 'pin', 'pin code', 'pin number',
      'login details', 'login credentials', 'credentials',
    ],
    expected: [],
  },
  // One-time codes.
  {
    match: [
      // yzm: the pinyin initials of 验证码, written to dodge filters.
      '校验码', '动态码', '短信码', '动态密码', '短信验证码', '手机验证码', '安全码', 'yzm', 'verification code', 'security code',
      'one-time password', 'one time password', 'one-time code', 'one time code', 'one-time passcode', 'sms code', 'text code',
      '2fa code', 'auth code', 'authentication code', 'login code', 'code you received', 'code you got', 'texted code',
    ],
    expected: [],
  },
  { match: ['code we texted', 'code we sent', 'code we just sent', 'code sent to your phone', 'code sent to your email'], expected: [], sentByUs: true },
  // Full card numbers and the code on the back.
  {
    match: [
      '银行卡号', '信用卡号', '储蓄卡号', '借记卡号', '银行卡号码', '信用卡号码', '银行卡卡号', '信用卡卡号', '储蓄卡卡号', '银行账号',
      '卡背面', 'cvv2', 'cvc', 'cvn',
      'card number', 'credit card number', 'debit card number', 'full card number', 'long card number', 'bank card number',
      'card details', 'expiry date and cvv',
    ],
    expected: [],
  },
  // Identity numbers.
  {
    match: ['身份证号', '身份证号码', '身份证信息', '身份证照片', '身分证', '身分证号', '身分证号码', '身分证字号', 'sfz', 'sfz号', 'id number', 'id card number', 'social security number', 'ssn', 'passport number'],
    expected: [],
  },
  // Codes and numbers that are no secret of the customer's: parcel lockers, locks, membership cards.
  {
    match: [
      '取件码', '取件密码', '提货码', '取货码', '开箱密码', '柜子密码', '快递柜密码', '密码锁', '密码箱', '密码柜', '初始密码', '默认密码',
      '会员卡号', '手机卡号', '电话卡号', '上网卡号', '油卡卡号', 'e卡卡号', '京东e卡卡号', '礼品卡号', '卡号后四位', '卡号后4位', '卡号末四位',
      '身份证原件', '身份证复印件', '身份证件', '修改服务密码', '重置服务密码', 'wifi密码', 'wifi password', '修改密码', '重置密码', '找回密码', '忘记密码', '密码重置', '修改登录密码', '修改支付密码',
      'reset your password', 'password reset', 'reset password', 'change your password', 'forgot password', 'forgot your password',
    ],
    expected: [],
    exempt: true,
  },
]

/** Where a request stands: before the secret (`提供` 验证码) or after it (验证码 `发给我`). */
export interface RequestEntry extends LexiconEntry {
  readonly side: 'before' | 'after'
  /** The request may stand in the clause after the secret (`…验证码，麻烦您提供一下`). */
  readonly followUp?: true
}

/** Requests that the customer hand something over to the shop. */
export const requests: Lexicon<RequestEntry> = [
  // Not `发送`: agents say they *sent* a code (`给您发送了验证码`); the request is what follows.
  {
    match: ['提供', '提供下', '提供一下', '发一下', '发下', '发给我', '发我', '给我', '给我们', '告诉', '告知', '报一下', '报下', '念一下', '念下', '私信', '回复', '说一下', '说下', '索要', '问您要', '要一下'],
    notBefore: ['货', '票', '到您', '给您', '至您', '到你', '给你'],
    side: 'before',
  },
  {
    match: [
      'send us', 'send me', 'tell us', 'tell me', 'give us', 'give me', 'share', 'provide', 'provide us with', 'reply with', 'dm us',
      'dm me', 'message us', 'what is your', "what's your", 'whats your', 'what is the', "what's the", 'need your', 'we need',
      'i need', 'read out', 'read me', 'ask for', 'ask you for', 'send', 'send over',
    ],
    side: 'before',
  },
  // A request that may follow in the next clause: `发送了一个验证码，麻烦您提供一下`.
  {
    match: [
      '发给我', '发我', '发给我们', '发过来', '告诉我', '告诉我们', '提供一下', '提供下', '提供给我', '提供给我们', '回复给我', '回复我', '私信给我', '私信我',
      '说一下', '说下', '报一下', '报下', '报给我', '告诉我一下', '告诉我们一下', '发给我一下', '提供',
      // Round 8: `银行卡密码发来`.
      '发来', '发来吧', '发上来', '传过来',
    ],
    side: 'after',
    followUp: true,
  },
  { match: ['发一下', '发下', '给我', '给我们', '是多少', '多少', '发送给我', '发送给我们', '念一下', '读一下', '给一下', '给下', '发我一下'], side: 'after' },
  { match: ['to us', 'to me', 'with us', 'with me'], side: 'after' },
]

/** English words that may stand between a request and the secret (`send us` *your* `password`). */
export const linkingWords: ReadonlySet<string> = new Set(['your', 'the', 'us', 'me', 'a', 'full', 'card', 'account', 'bank', 'online', 'banking', 'login', 'that', 'this', 'and', 'or', 'sixdigit', '6-digit', 'fourdigit', '4-digit', 'new', 'current', 'old', 'email', 'apple', 'id', 'google', 'paypal'])
