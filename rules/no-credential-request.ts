/**
 * no-credential-request: never ask a customer for a secret (beyond the
 * handbooks, from real chat logs: `烦请私信提供手机号码和服务密码`). Asking
 * for a password, a verification code, a full card number, a CVV or an ID
 * number is how phishing works, and no shop needs one.
 *
 *   把验证码发给我，我帮你改地址。  →  (ask for nothing; the platform verifies the customer)
 *
 * A secret fires only with a request aimed at the shop: before it (`提供`,
 * `告诉`, `send us`, `what's your`) or after it (`发给我`, `是多少`). The
 * warning that the shop never asks (`我们不会向您索要验证码`, `we will never
 * ask for your password`), telling the customer where a code goes
 * (`验证码会发送到您的手机上`, `we'll send a code to your phone`) and actions
 * on the customer's own password (`修改密码`) stay quiet.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { classWords } from '../src/language/classes.js'
import { endsClause } from '../src/language/clause-edges.js'
import { findNegations } from '../src/language/negation.js'
import { anyWithin, isBreak, isLatinPhrase, listClauseStart, onlyLinkingWords } from '../src/language/proximity.js'
import { leftmostLongest } from '../src/matcher.js'
import type { Match } from '../src/types.js'
import { linkingWords, type RequestEntry, requests, secrets } from './no-credential-request.lexicon.js'

/** Most characters between a Chinese request and the secret (`提供一下您的手机号码和服务密码`). */
const maxChineseGap = 12
/** Most characters between any request and the secret, before the finer checks. */
const maxReach = 40
/** Most characters between the secret and a request after it (`验证码麻烦发给我`). */
const maxAfterGap = 3
/** Most linking words between an English request and the secret (`send us your online banking password`). */
const maxLinkingWords = 4
/** Most characters between a secret and a request in the next clause. */
const maxFollowUpGap = 10
/**
 * Words right after a secret that send it to the customer (`验证码会发送到您的手机上`)
 * or to others (`不要提供身份证给他人`), not to the shop.
 */
const notToUs = ['到您', '给您', '至您', '到你', '给你', '给他人', '给别人', '给予他人', '给任何人', '给陌生人', 'to your', 'to you', 'to anyone']

/**
 * Secrets described rather than named (`手机上那串数字`, `口令`, `短信里的码`):
 * what an agent says to get past a filter, or to a customer who does not know
 * the word. Parcel-locker codes are not among them.
 */
const describedSecret =
  '短信里的数字|短信上的数字|短信里的码|短信上的码|短信里那串|收到的数字|收到的码|收到的那串|六位数字|6位数字|四位数字|4位数字|数字码|口令|动态口令|背面三位|背面的三位|背面那三位|卡背面的数字|后面三位|后面的三位|后面三个数字|后面那三位|背面三个数字|验证短信|验证码短信|验证信息|短信验证信息|四位数|4位数|六位数|6位数|那个四位数|那个六位数|yzm'
/** Where a one-time code arrives: `手机上那串数字` is one, `那串数字` alone may be an order number. */
const onThePhone = '手机|手机上|手机里|短信|短信里|短信上|收到'
/** A string of digits or a code, as described. */
const digits = '数字|那串数字|那几位数字|那几个数字|那串号码|那串码|那个码|号码|码'
/** Handing a secret over to the shop, said after it (`…念给我`, `口令报一下`). */
const handedOver = '念给我|念给我们|念一下|念下|念|报一下|报下|报给我|报给我们|读给我|读一下|告诉我|告诉我们|发给我|发给我们|发我|发过来|说一下|说下|说给我|给我|给我们|给一下|给下|转发给我|转发我|转给我|转发过来'
/** Asking for it, said before it (`念一下短信里的数字`). */
const asking = '念一下|念下|报一下|报下|读一下|告诉我|告诉我们|提供|提供一下|提供下|发一下|发下|说一下|说下|私信|告知|告知一下|告知下|发我一下|发我'
/** What else "a code" may be: no secret of the customer's (English by its compound: `fix the order` names no code). */
const otherCodes = '手机号|手机号码|电话号码|联系电话|淘口令|口令红包|支付宝口令|取件码|提货码|取货码|优惠码|兑换码|邀请码|会员卡号|订单号|快递单号|运单号|后四位|后4位|尾号|末四位|promo|discount|coupon|tracking|order_number|order_no|order_id|order_code|order_ref|order_#|confirmation_number|confirmation_code|gift_card|gift_code|voucher|zip|postal|referral|qr|last_four|last_4'
/** The secrets by name, for the constructions (compounds that name none are in `otherCodes`). */
const secret = '密码|账密|帐密|验证码|code|校验码|动态码|动态密码|短信码|安全码|身份证号|身份证号码|银行卡号|信用卡号|储蓄卡号|cvv|cvv码|六位数字|6位数字|六位数|6位数|那串数字|那个码|那串码|收到的码|收到的数字'
/** Handing over, said after the secret, and who receives it: the shop (`告诉小妹`, `回复给客服`) or this chat (`发这边`). */
const handTo = '告诉|发|发给|贴给|粘贴给|复制给|贴过来|回复|回复给|回覆|回覆给|回给|私信|私信给|报给|念给|读给|提供给|传给|说给|给'
const toUs = '@we|我|小妹|小二|小编|客服|本店|商家|这边|这里|这儿'
/** Handing over with no object, the clause ending there (`…回复一下哦`). */
const handOverAlone = '发来|发来吧|回复|回复一下|回覆|回覆一下|回复下|回一下|回我|发一下|发下|发过来|发过来吧|报一下|报下|说一下|说下|念一下|告诉一下|告诉我|提供一下|提供下|给一下|给下|给我|给我一下|发我|发我一下|发给我'
/** This chat, where a secret typed in goes to the agent (`验证码直接打在对话框里`); not a page's input box. */
const thisChat = '这里|这儿|聊天框|对话框|聊天窗口|对话窗口|聊天界面|会话框|会话窗口|聊天里|对话里|咨询框|这个窗口'
/** Typing or pasting it in (`打`, `回复`, `贴`). */
const typeIn = '回复|输入|发|发送|填|打|贴|粘贴|复制|留言'
/** `给我发了好多验证码`: what happened to the speaker, nothing asked. */
const sentToSpeaker = '给我|给我们 发了|发过|发送了|发来了'
/** The shop's unless-list of most constructions: a warning, another code, a locker, a negation. */
const warned = '不要|请勿|切勿|谨防|小心|别|勿'
/** Entering a code in a page or handing it to the courier is not giving it to the shop. */
const notToShop = '输入|填写|填入|填到|输到|页面|网页|他人|别人|任何人|陌生人|快递员|配送员|师傅|快递柜|驿站'
/** Compounds that name no secret of the customer's (a parcel locker, a lock, a Wi-Fi). */
const lockers = '取件密码|开箱密码|柜子密码|快递柜密码|密码锁|密码箱|密码柜|初始密码|默认密码|wifi密码|修改密码|重置密码|找回密码|忘记密码|密码重置'
/** The secret goes to the customer or to someone else, not to the shop. */
const elsewhere = '到您|给您|至您|到你|给你|给他人|给别人|给任何人|给陌生人|给配送员|给快递员|给师傅|to_your|to_anyone|with_anyone'

export default defineRule({
  meta: {
    id: 'no-credential-request',
    description: 'Disallow asking customers for passwords, verification codes, card numbers or ID numbers.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('no-credential-request'),
    messages: {
      request: {
        'zh-CN': '不要向顾客索要“{actual}”：店铺从不需要顾客的密码、验证码、完整卡号或身份证号',
        'zh-TW': '不要向顧客索要「{actual}」：店鋪從不需要顧客的密碼、驗證碼、完整卡號或身分證號',
        en: 'Unexpected `{actual}`: never ask a customer for a password, code, card number or ID number; the shop never needs it',
      },
    },
    note: {
      'zh-CN': '真实聊天记录中出现过“烦请私信提供手机号码和服务密码”：索要密码、验证码、银行卡号、安全码或身份证号是诈骗的手法，任何平台都不需要。',
      'zh-TW': '真實聊天記錄中出現過「煩請私信提供手機號碼和服務密碼」：索要密碼、驗證碼、銀行卡號、安全碼或身分證號是詐騙的手法，任何平台都不需要。',
      en: 'Seen in real chat logs ("please DM us your phone number and service password"): asking for a password, code, card number, CVV or ID number is how phishing works, and no platform needs it.',
    },
  },
  lexicons: [secrets, requests],
  constructions: [
    {
      id: 'digits-from-the-phone',
      meaning: 'the digits that arrived on the customer’s phone, asked to be read out or sent',
      example: '把手机上那串数字念给我',
      pattern: `${onThePhone} ~4 ${digits} ~4 ${handedOver}`,
      unless: { clause: ['@negator', otherCodes, warned], after: elsewhere },
    },
    {
      id: 'described-then-handed-over',
      meaning: 'a secret described rather than named, then asked to be read out, said or sent to the shop',
      example: '口令报一下',
      pattern: `${describedSecret} ~4 ${handedOver}`,
      unless: { clause: ['@negator', otherCodes, warned], after: elsewhere },
    },
    {
      id: 'asked-then-described',
      meaning: 'asked for, then the secret described (`念一下短信里的数字`)',
      example: '麻烦念一下短信里的数字',
      pattern: `${asking} ~8 ${describedSecret}`,
      unless: { clause: ['@negator', otherCodes, warned], after: elsewhere },
    },
    {
      id: 'code-from-the-message',
      meaning: 'English: asked to read out or send the code or digits from a text, an email or the phone',
      example: 'read us the code from the SMS',
      pattern: 'read|tell|send|give|share|provide|forward|text|dm|message|what_is|what’s|what\'s|need|we_need|i_need ~12 code|codes|digits|numbers|pin|passcode|otp ~20 sms|text|texted|message|phone|email|app|authenticator',
      unless: { clause: ['@negator', otherCodes, 'enter|type|tap|never|anyone', "we'll|we’ll|we_will|we've|we’ve|we_have|i'll|i’ll|i_will|to_your|to_you"] },
    },
    {
      id: 'code-then-read-out',
      meaning: 'a code sent to the customer, then asked back in the same sentence (`发了个码，念给我听一下`)',
      example: '系统给您发了个码，念给我听一下',
      pattern: '发了|发了个|发了一个|发送了|收到 ~4 码|验证码|数字|短信 ~12 念给我|念一下|念|报给我|报一下|读给我|读一下|告诉我|告诉我们|发我|发给我',
      scope: 'sentence',
      unless: { sentence: ['@negator', otherCodes, warned] },
    },
    {
      id: 'card-details',
      meaning: 'a card number asked for with its expiry or security code: the card, not a membership number',
      example: '请报一下您的卡号和有效期',
      pattern: '卡号|card_number ~8 有效期|过期时间|到期日|到期时间|有效日期|安全码|cvv|cvc|expiry|expiration|exp_date',
      unless: { clause: ['@negator', otherCodes, warned] },
    },
    {
      id: 'asked-for-secret',
      meaning: 'English: asked outright for a secret, whatever stands between (`provide your card’s CVV`); a bare `code` may be a gift or product code',
      example: 'DM us the 6-digit code.',
      pattern: "provide|share|send|text_back|send_back|reply_back|read_back|reply_with|reply_here_with|respond_with|tell_us|tell_me|give_us|give_me|read_us|read_me|dm_us|dm_me|message_us|send_us|send_me|send_over|text_us|what's_your|what’s_your|what_is_your|what's_ur|whats_ur|what_is_ur|whats_your|need_your|can_i_get_your|can_i_have_your|could_i_get_your|could_i_have_your|may_i_have_your|may_i_get_your ~20 cvv|cvc|cvv2|pin|password|passcode|otp|one-time_code|verification_code|security_code|login_code|6-digit_code|6_digit_code|six-digit_code|4-digit_code|code_we_texted|code_we_sent|code_you_received|code_you_got|code_you_just_got|code_you_just_received|code_we_just_sent|login|login_details|credentials",
      unless: { clause: ['@negator', otherCodes, 'never|anyone|reset|change|forgot|new|email|username|user_name|page|screen|link', "we'll|we’ll|we_will|we've|we’ve|we_have|i'll|i’ll|i_will"] },
    },
    {
      id: 'card-back-digits',
      meaning: 'English: asked for the digits on the back of the card',
      example: 'Please tell us the three digits on the back of your card.',
      pattern: 'read|tell|send|give|share|provide|what_are|what’re ~16 digits|number|numbers|code ~16 back ~10 card',
      unless: { clause: ['@negator', otherCodes] },
    },
    // Round 2 (issue 9): the secret handed to the shop named as a noun, asked as a question, checked with us.
    {
      id: 'handed-to-the-shop',
      meaning: 'a secret to be told, sent or replied to the shop named as `客服`, `小妹`, `我们` (`验证码回复给客服`, `密码告诉小妹`)',
      example: '剛剛傳給您的簡訊驗證碼，請回覆給客服喔',
      pattern: `${secret} ~12 ${handTo}|发到|发在|贴到|回复到 ${toUs}`,
      scope: 'sentence',
      unless: { sentence: ['@negator', otherCodes, lockers, '不要|请勿|切勿|谨防|小心|别|勿|索要|不会'], clause: notToShop },
    },
    {
      id: 'received-then-handed',
      meaning: 'asking whether the secret arrived, then for it in the next sentence (`验证码收到了吗？收到了回复给客服`)',
      example: '验证码收到了吗？收到了回复给客服一下',
      pattern: `${secret} 收到了吗|收到没|收到了没|收到了么|收到了没有 ~12 ${handTo} ${toUs}`,
      // The question mark ends the first sentence: the gap bounds the reach instead.
      scope: 'reply',
      unless: { reply: ['不要|请勿|切勿|谨防|小心|别|勿|索要|不会'], clause: notToShop },
    },
    {
      id: 'secret-as-question',
      meaning: 'asking what the secret is (`验证码是几？`, `您的密码是？`)',
      example: '验证码是几？',
      pattern: `${secret} 是几|是什么|是啥|是多少|多少 $`,
      unless: { clause: ['@negator', otherCodes, lockers, '格式|意思|规则|几位|怎么'] },
    },
    {
      id: 'secret-is-blank',
      meaning: 'a question that leaves the secret for the customer to fill in (`您的密码是？`)',
      example: '您的支付密码是？',
      pattern: `${secret} 是 $`,
      question: true,
      unless: { clause: ['@negator', otherCodes, lockers] },
    },
    {
      id: 'need-your-secret',
      meaning: 'the secret said to be needed from the customer (`帮您操作需要您的支付密码`)',
      example: '帮您操作需要您的支付密码哦',
      pattern: `需要|要|得 您|你|亲 的? ~6 ${secret}`,
      unless: { clause: ['@negator', otherCodes, lockers, notToShop, '无需|不用|不必|设置|修改|重置|找回|获取', sentToSpeaker] },
    },
    {
      id: 'code-asked-then-read-out',
      meaning: 'asking whether the code came, then for it to be read out, in the next sentence (`收到验证码了吧？念一下`)',
      example: '亲，收到一个6位数的验证码了吧？念一下',
      pattern: `${secret} 了吧|了吗|了么|了没|收到了吗|收到没|收到了吧|到了吗|到了吧 ~6 ${handOverAlone}|念|读|报`,
      // The question mark ends the first sentence: the gap bounds the reach instead.
      scope: 'reply',
      unless: { reply: ['不要|请勿|切勿|谨防|小心|别|勿|索要|不会'], clause: notToShop },
    },
    {
      id: 'secret-handed-over-alone',
      meaning: 'the secret, then a verb of handing over that ends the clause (`收到的6位数字回复一下哦`)',
      example: '亲，手机收到的6位数字回复一下哦',
      pattern: `${secret} ~6 ${handOverAlone} $`,
      unless: { clause: ['@negator', otherCodes, lockers, notToShop, warned] },
    },
    {
      id: 'ba-handed-over',
      meaning: 'the 把 construction: take the secret and hand it over (`把您的密码私信给客服`)',
      example: '把您的密码私信给客服，我们帮您登录看看',
      pattern: `把 ~20 ${secret}|卡号 ~8 ${handTo}|念|读|报|说|提供|私信|截图|拍|发来|发过来|一起发|一并发`,
      // A list (`卡号和预留手机号、验证码`) may run over a `、`.
      scope: 'sentence',
      // `把我的VIP卡号发给我`: the speaker's own number, no secret of the customer's.
      unless: { clause: ['@negator', otherCodes, lockers, notToShop, warned, '把 我的|我们的|我自己的'], after: elsewhere },
    },
    {
      id: 'asked-about-then-handed',
      meaning: 'a question about the secret, then asked for it in the next sentence (`您的取款密码是几位？报一下`)',
      example: '您的取款密码是几位？报一下',
      pattern: `${secret} ~8 报一下|念一下|说一下|报下|念下|告诉我|发我一下|发给我`,
      // The question mark ends the first sentence: the gap bounds the reach instead.
      scope: 'reply',
      unless: { reply: [warned, '索要|不会|不要|他人|别人'], clause: notToShop },
    },
    {
      id: 'card-back-zh',
      meaning: 'the digits on the back of the card, described and asked for (`卡背面签名栏旁边的三个数字是多少`)',
      example: '卡背面签名栏旁边的三个数字是多少',
      pattern: '卡 ~3 背面|反面|背后|后面 ~10 三位|三个数字|3位|三位数|3个数字|三个数|那几个数字|仨数字|仨数|仨 ~4 是多少|多少|告诉|发|报|念|说',
      unless: { clause: ['@negator', warned] },
    },
    {
      id: 'card-back-asked-for',
      meaning: 'the digits on the back of a card, or all of its number, asked for (`提供一下信用卡背面的末三码`, `银行卡全部16位数字`)',
      example: '麻烦提供一下银行卡背面的后三位',
      pattern: '提供|发|报|告诉|给|念|说 ~10 卡 ~12 背面|背后|反面|末|最后|后面|全部|完整|所有 ~4 位|码|数|数字|号码|卡号',
      scope: 'sentence',
      unless: { clause: ['@negator', warned] },
    },
    {
      id: 'secret-also-needed',
      meaning: 'the secret said to be needed too, which asks for it (`银行卡背面那三位数也需要的哈`, `验证码也要哈`)',
      example: '亲 银行卡背面那三位数也需要的哈',
      pattern: `${secret}|${describedSecret} ~4 也|还|都 需要|要|得要 的? $`,
      question: false,
      unless: { clause: ['@negator', otherCodes, warned, notToShop] },
    },
    {
      id: 'card-back-asked-zh',
      meaning: 'the same digits asked for first, then described (`再发下卡背后那三位数`)',
      example: '再发下卡背后那三位数',
      pattern: '发|报|念|说|告诉|给 ~4 卡 ~3 背面|反面|背后|后面 ~10 三位|三个数字|3位|三位数|3个数字|三个数|那几个数字|仨数字|仨数|仨',
      unless: { clause: ['@negator', warned] },
    },
    {
      id: 'give-the-secret',
      meaning: 'the secret asked to be given (`方便的话给一下密码`)',
      example: '方便的话给一下密码，我们登录帮您改地址',
      pattern: `给一下|给下|给我|给我们|给个|告诉下|说下|说一下 ~4 ${secret}`,
      unless: { clause: ['@negator', otherCodes, lockers, notToShop, '无需|不用|不必|设置|修改|重置|找回|获取', sentToSpeaker] },
    },
    {
      id: 'all-together',
      meaning: 'the secret listed with other details, to be sent all together (`卡号和预留手机号、验证码一起发来`)',
      example: '请把卡号和预留手机号、验证码一起发来',
      pattern: `${secret} ~3 一起|一并|都 发来|发过来|发给我|发我|给我|提供|提供给我|报给我|发一下|告诉我`,
      scope: 'sentence',
      unless: { sentence: ['@negator', lockers, warned, '索要|不会'], clause: notToShop },
    },
    {
      id: 'check-it-with-us',
      meaning: 'the secret to be checked with the agent (`跟我核对一下您的登录密码`)',
      example: '请跟我核对一下您的登录密码',
      pattern: `跟|和|与|向 ${toUs} ~3 核对|核实|确认|验证|对一下 ~8 ${secret}`,
      unless: { clause: ['@negator', otherCodes, lockers] },
    },
    // Round 3 (issue 9): the secret typed into this chat, the card photographed, more ways of saying it.
    {
      id: 'typed-into-the-chat',
      meaning: 'the secret to be typed, replied or pasted into this chat (`验证码直接打在对话框里`, `收到的动态码在这里回复一下`)',
      example: '验证码直接打在对话框里就行',
      pattern: `${secret}|${describedSecret} ~12 ${typeIn} ~3 ${thisChat}`,
      scope: 'sentence',
      unless: { sentence: ['@negator', otherCodes, lockers, warned, '索要|不会'] },
    },
    {
      id: 'here-typed-in',
      meaning: 'this chat named first, then the secret typed in (`在聊天框里输入收到的验证码`, `收到的数字，在聊天框里发一下`)',
      example: '请在对话框里输入您收到的验证码',
      pattern: `${thisChat} ~4 ${typeIn} ~8 ${secret}|${describedSecret}`,
      unless: { clause: ['@negator', otherCodes, lockers, warned] },
    },
    {
      id: 'phone-digits-here',
      meaning: 'the digits that came to the phone, then this chat to type them in (`手机收到的那几个数字，在聊天框里发一下`)',
      example: '你手机收到的那几个数字，在聊天框里发一下',
      pattern: `${onThePhone} ~6 ${digits} ~12 ${thisChat} ~4 ${typeIn}`,
      scope: 'sentence',
      unless: { sentence: ['@negator', otherCodes, warned] },
    },
    {
      id: 'card-photographed',
      meaning: 'a photo of the card’s two sides or its back, which shows the number and the security code (`信用卡正反面拍照发过来`)',
      example: '您把信用卡正反面拍照发过来',
      pattern: '信用卡|银行卡|储蓄卡|借记卡|卡片 ~2 正反面|正面和背面|正面跟背面|背面|两面|反面 ~6 拍|拍照|照片|截图|发|拍给',
      unless: { clause: ['@negator', warned, '身份证|会员卡|礼品卡|购物卡|卡片上的划痕|破损|磨损|坏'] },
    },
    {
      id: 'en-typed-into-the-chat',
      meaning: 'English: the secret to be typed or pasted into this chat (`Just drop the code here in the chat`)',
      example: 'Just drop the code here in the chat.',
      pattern: 'type|enter|paste|drop|put|send|reply_with|post|write|share ~6 code|password|passcode|pin|otp|cvv|digits|numbers ~16 in_the_chat|in_this_chat|in_chat|in_this_conversation|in_the_chat_box|in_the_chatbox|in_dm|in_this_thread|in_a_dm|in_dms|in_the_dm|in_a_reply|as_a_reply|right_here',
      unless: { clause: ['@negator', otherCodes, 'never|anyone|page|site|website|app|screen|field|link'] },
    },
    {
      id: 'confirm-your-secret',
      meaning: 'English: asked to confirm or verify a secret with the agent',
      example: 'Please confirm your password so we can log in for you.',
      pattern: 'confirm|verify|tell_us|give_us ~3 your ~20 password|passcode|pin|cvv|cvc|security_code|card_number|ssn|social_security_number',
      unless: { clause: ['@negator', otherCodes, 'new|reset|page|screen|field|box|enter|type|change|app|site|email_address|anyone'] },
    },
  ],
  check(_tree, context) {
    const found = leftmostLongest(context.find(secrets)).filter((match) => !match.entry.exempt)
    if (found.length === 0) return
    const normal = context.normal.text
    const all = context.find(requests)
    const before = all.filter((match) => match.entry.side === 'before').sort((a, b) => a.normalEnd - b.normalEnd || b.normalStart - a.normalStart)
    const after = all.filter((match) => match.entry.side === 'after').sort((a, b) => a.normalStart - b.normalStart || b.normalEnd - a.normalEnd)
    const negations = findNegations(context)
    let b = 0
    let a = 0
    let reached = -1
    for (let index = 0; index < found.length; index++) {
      const secret = found[index]!
      while (b < before.length && before[b]!.normalEnd <= secret.normalStart) b++
      while (a < after.length && after[a]!.normalStart < secret.normalEnd) a++
      if (partOnly(normal, secret.normalEnd)) continue
      // A code sent to the customer may still be asked back in the next clause (`验证码已发给您，麻烦提供一下`).
      const elsewhere = !secret.entry.sentByUs && sentElsewhere(normal, secret.normalEnd)
      const request = elsewhere ? undefined : nearestBefore(normal, before, b, secret)
      const answer = request ? undefined : nearestAfter(normal, after, a, secret, elsewhere)
      if (!request && !answer) continue
      const from = request?.normalStart ?? secret.normalStart
      const to = answer?.normalEnd ?? secret.normalEnd
      // Two secrets under one request (`银行卡号和密码`) are one request.
      if (from < reached) continue
      if (request && notAsked(normal, request, secret)) continue
      // `我们不会向您索要验证码`, `请勿提供验证码`, `we will never ask for your password`.
      if (anyWithin(negations, listClauseStart(context, from), to)) continue
      const end = request ? Math.max(to, listedAfter(found, index)) : to
      reached = end
      context.report({ start: context.normal.starts[from]!, end: context.normal.ends[end - 1]!, expected: [] })
    }
  },
})

/**
 * Whether a request before a secret asks nothing of the customer: someone asked the speaker
 * (`话务员叫我提供银行帐号`, `被告知身份证号码不对`, `短信要我提供银行卡号`), it happened
 * (`给我发了好多验证码`), the secret's state is told (`告诉我上网帐号密码已被初始化`), the card
 * itself is to be brought along (`告知必须带身份证到营业厅`), or the secret is the speaker's own
 * (`把我的VIP卡号发给我`). Readers found all seven customer hits of reading 6 were these.
 */
function notAsked(normal: string, request: Match<RequestEntry>, secret: Match): boolean {
  const lead = normal.slice(Math.max(0, request.normalStart - 3), request.normalStart)
  if (askedOfSpeaker.test(lead)) return true
  const gap = normal.slice(request.normalEnd, secret.normalStart)
  if (/^(?:发|发送|送|寄|传)?了/u.test(gap) || /(?:带|携带|带上|带着)$/u.test(gap) || /(?:我的|我们的)$/u.test(gap)) return true
  return toldState.test(normal.slice(secret.normalEnd, secret.normalEnd + 4))
}

/** Someone else asks the speaker, or the speaker is told (`叫我提供`, `被告知`). */
const askedOfSpeaker = /(?:叫我|要我|让我|要求我|请我|逼我|被)$/u

/** The secret's state told, not asked for (`密码已被初始化`, `身份证号码不对`, `验证码错了`). */
const toldState = /^\s*(?:已|已经|被|不对|错了|错误|有误|过期|失效|泄露|泄漏|改了|变了)/u

/** A request before the secret, close enough and in the same sentence. */
function nearestBefore(normal: string, before: readonly Match<RequestEntry>[], next: number, secret: Match): Match<RequestEntry> | undefined {
  for (let k = next - 1; k >= 0 && k >= next - 3; k--) {
    const request = before[k]!
    if (secret.normalStart - request.normalEnd > maxReach) break
    if (!listOnly(normal, request.normalEnd, secret.normalStart)) break
    const gap = normal.slice(request.normalEnd, secret.normalStart)
    if (isLatinPhrase(request.phrase) ? onlyLinkingWords(gap, linkingWords, maxLinkingWords) : gap.trim().length <= maxChineseGap) return request
  }
  return undefined
}

/**
 * A request right after the secret (`验证码发给我`, `密码是多少`, `your PIN
 * to us`), or in the next clause when it names no other object
 * (`发送了一个验证码，麻烦您提供一下`).
 */
function nearestAfter(normal: string, after: readonly Match<RequestEntry>[], next: number, secret: Match, followUpOnly: boolean): Match<RequestEntry> | undefined {
  for (let k = next; k < after.length && k < next + 3; k++) {
    const request = after[k]!
    if (request.normalStart - secret.normalEnd > maxFollowUpGap) break
    let breaks = 0
    for (let i = secret.normalEnd; i < request.normalStart; i++) {
      if (normal.charAt(i) !== '、' && isBreak(normal, i)) breaks += normal.charAt(i) === ',' ? 1 : 2
    }
    if (breaks > 1) break
    // `验证码提供给配送员`: the code goes to the courier at the door, not to the shop.
    if (normal.startsWith('给', request.normalEnd) && !normal.startsWith('给我', request.normalEnd)) continue
    const gap = normal.slice(secret.normalEnd, request.normalStart).trim()
    if (!followUpOnly && breaks === 0 && (isLatinPhrase(request.phrase) ? gap === '' : gap.length <= maxAfterGap)) return request
    if (request.entry.followUp && endsClause(normal, request.normalEnd, particles)) return request
  }
  return undefined
}

/** Particles that may close a request (`提供一下哦`); anything else is its object (`提供一下以下信息`). */
const particles = new Set(classWords('finalParticle'))

/** `银行卡卡号，后四位`, `卡号的后4位`, `尾号`: a part of the number, which identifies nothing on its own. */
function partOnly(normal: string, end: number): boolean {
  let i = end
  while (i < end + 3 && (normal.charAt(i) === ',' || normal.charAt(i) === ' ' || normal.charAt(i) === '的')) i++
  const c = normal.charAt(i)
  return c === '后' || c === '末' || c === '尾' || normal.startsWith('最后', i)
}

/** No break between two words but the `、` of a list (`提供设备号、姓名、身份证号码`). */
function listOnly(normal: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (normal.charAt(i) !== '、' && isBreak(normal, i)) return false
  return true
}

/** `验证码会发送到您的手机上`, `a code to your phone`: the secret goes to the customer (or others), not to us. */
function sentElsewhere(normal: string, end: number): boolean {
  let i = end
  for (let k = 0; k < 8 && i < normal.length && !isBreak(normal, i); k++, i++) {
    for (const words of notToUs) if (normal.startsWith(words, i)) return true
  }
  return false
}

/** Most secrets one request lists (`银行卡号、密码和安全码`); the bound keeps a hostile list linear. */
const maxListed = 4

/** The end of the last secret listed right after `found[index]` (`提供银行卡号和密码`). */
function listedAfter(found: readonly Match[], index: number): number {
  let end = found[index]!.normalEnd
  for (let k = index + 1; k < found.length && k <= index + maxListed && found[k]!.normalStart - end <= 5; k++) end = found[k]!.normalEnd
  return end
}

