/**
 * no-off-platform-contact: keep the conversation on the platform (002/003
 * item 1 "只能通過旺旺溝通，不要通過微信、QQ等其他工具交流").
 *
 *   加我微信吧，发您实拍图。  →  在旺旺上联系我们吧，发您实拍图。
 *
 * A channel word (微信, QQ, WhatsApp …) fires only with an invitation before
 * it (`加`, `联系`, `add me on`), an invitation after it (`聊`, `联系我`,
 * `me`) or a handle after it (`QQ 285716493`, `微信号是…`); a few phrases
 * fire alone (`私聊`, `打我电话`, `text me`, `wa.me` links). Payment and app
 * features (`微信支付`, `QQ浏览器`), the platform's own channels (旺旺, 千牛,
 * 站内信, a DM on the same site), negated sentences (`这边不方便加微信`) and
 * the customer's quoted words stay quiet.
 */
import { isAsciiAlnum, isDigit } from '../src/chars.js'
import { anyStartIn } from '../src/binary-search.js'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { startsSentence, capitalise } from '../src/language/case.js'
import { findNegations } from '../src/language/negation.js'
import { anyWithin, clauseAt, isLatinPhrase, listClauseStart, onlyLinkingWords, sentenceAt, unbroken } from '../src/language/proximity.js'
import { leftmostLongest } from '../src/matcher.js'
import type { Match, RuleContext, SentenceInfo } from '../src/types.js'
import { chineseConditions, finalParticleCharacters } from '../src/language/classes.js'
import { closesClause } from '../src/language/clause-edges.js'
import {
  channelSteps,
  strandedId,
  type ChannelEntry,
  channels,
  hereChat,
  leadIns,
  ownChatWords,
  type InvitationEntry,
  invitations,
  linkingWords,
  ownChat,
  ownNumbers,
  phrases,
  privateMessagePlatforms,
  warnings,
  customerWishes,
  staffPhones,
  humblePhones,
  wishWords,
} from './no-off-platform-contact.lexicon.js'

/** Most Chinese characters between `加` and `微信` (`加我们店铺的微信`). */
const maxChineseGap = 5
/** Most characters between a channel and the invitation after it (`微信上聊`, `QQ私信给我`). */
const maxAfterGap = 3
/** Most linking words between an English invitation and its channel (`add me on my WhatsApp`). */
const maxLinkingWords = 3

/** A finding, in normalised offsets. */
interface Hit {
  start: number
  end: number
  /** Whether the platform's own channel reads naturally in its place. */
  replaceable: boolean
}

/** A handle after a channel word: where it ends and whether a `:`, `是` or `号` announced it. */
interface Handle {
  end: number
  announced: boolean
}

/** Messengers off the platform, without phones and e-mail (a shop may ask for a delivery phone). */
const messengers = '微信|绿色泡泡|小绿泡|微信号|vx|wx|qq|qq号|企鹅号|whatsapp|telegram|tg|line|kakao|kakaotalk|钉钉|飞书|skype|viber|signal|instagram|facebook|messenger|snapchat|赖'
/** The customer's own wish read back (`您提到想加微信沟通`). */
const wished = wishWords.map((word) => word.replaceAll(' ', '_')).join('|')
/** Someone else reaching the customer there (`有人通过微信联系您刷单吗`): a warning, not an invitation. */
const others = '有人|他人|别人|其他人|其他人员|陌生人|骗子|诈骗|刷单|冒充|假冒'
/** A messenger's account (`扣扣号`, `微信号`, `QQ账号`). */
const accounts = '微信号|微信号码|微信账号|微信id|vx号|wx号|qq号|qq号码|qq账号|企鹅号|line_id|whatsapp_number'
/** Where a shop hides its messenger account for customers to find (`店铺首页`, `包裹卡片`). */
const whereHandles = '首页|店铺首页|主页|个人主页|简介|签名|卡片|包裹卡|售后卡|名片|包裹里|包裹上|包装上|详情页|头像|资料|二维码'
/** The shop's or the agent's own phone (the courier's or the bank's is not the shop's channel). */
const shopPhone = `门市电话|门店电话|门市的电话|门店的电话|店里电话|店里的电话|店铺电话|店铺座机|门店座机|本店电话|我们电话|我们的电话|我们店电话|我的电话|我电话|我手机|我的手机|我的手机号|私人电话|个人电话|座机|主管电话|${staffPhones.join('|')}|${humblePhones.join('|')}`
/** Someone else's phone: the courier's, the bank's, a hotline of the maker or the carrier. */
const theirPhone = '快递|物流|师傅|配送员|快递员|银行|厂家|品牌|官方|售后|网点|派件|驿站|派送|安装|维修|服务电话|服务热线|热线|厂商'
/** The shop phoning the customer (allowed: 002/003 only ask that a deal made by phone be confirmed here). */
const weCall = '打您|打给您|给您打|联系您|致电您|回拨|回电|给您回|打你|打给你|给你打|联系你'
/** Payment and app features that carry a messenger's name, and the platform's own chat. */
const notContact = '支付|付款|零钱|红包|转账|钱包|小程序|登录|绑定|授权|提现|充值|余额|旺旺|千牛|咚咚|站内信|淘宝|天猫|京东'

export default defineRule({
  meta: {
    id: 'no-off-platform-contact',
    description: 'Keep the conversation on the platform: disallow inviting the customer to WeChat, QQ, phone or other channels.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('no-off-platform-contact'),
    messages: {
      invite: {
        'zh-CN': '“{actual}”把顾客引到平台外，用“{expected}”代替',
        'zh-TW': '「{actual}」把顧客引到平台外，用「{expected}」代替',
        en: 'Unexpected `{actual}`, use `{expected}` instead: keep the conversation on the platform',
      },
      contact: {
        'zh-CN': '“{actual}”把顾客引到平台外，只在平台内沟通，不要留其他联系方式',
        'zh-TW': '「{actual}」把顧客引到平台外，只在平台內溝通，不要留其他聯繫方式',
        en: 'Unexpected `{actual}`: keep the conversation on the platform and share no other contact',
      },
    },
    note: {
      'zh-CN': '手册 003 第 1 条（002 为英文版）：“与客户交谈过程中只能通过旺旺沟通，不要通过微信、QQ等等其他工具交流”。',
      'zh-TW': '手冊 003 第 1 條（002 為英文版）：「與客戶交談過程中只能通過旺旺溝通，不要通過微信、QQ等等其他工具交流」。',
      en: 'Handbook 002/003 item 1: talk to customers only through the platform\'s chat (Wangwang), never through WeChat, QQ or other tools.',
    },
  },
  lexicons: [channels, invitations, phrases, ownNumbers, warnings, customerWishes],
  constructions: [
    {
      id: 'search-for-us',
      meaning: 'telling the customer to search for the shop on a messenger (`VX搜…`, `微信搜一下店名`)',
      example: 'VX搜tea_shop就能找到我们',
      pattern: `${messengers} ~3 搜|搜索|搜一下|查找|搜号`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact] },
    },
    {
      id: 'search-then-channel',
      meaning: 'search instructions that name the messenger after the verb (`搜索微信号…`)',
      example: '直接搜索微信号tea_shop',
      pattern: `搜|搜索|搜一下|查找 ~4 ${messengers}`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact] },
    },
    {
      id: 'scan-to-add',
      meaning: 'scanning a code to add, follow or join elsewhere (`扫码加好友`)',
      example: '扫描下方二维码添加好友',
      pattern: '扫码|扫一扫|扫描|长按识别|识别|扫一下|扫下|扫个码|扫这个码|扫我的码 ~8 加|添加|关注|好友|进群|入群',
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, '领券|优惠券|下单|物流|快递|发票|保修|说明书|官网|验证'] },
    },
    {
      id: 'ask-for-handle',
      meaning: 'asking whether the customer has a messenger, to add them there (`有QQ吗？我加您`)',
      example: '亲有微信吗？',
      pattern: `有|留|留个|加|给个|方便 ~3 ${messengers} ~2 吗|么|嘛|不`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact] },
    },
    {
      id: 'do-it-there',
      meaning: 'sending the customer to a messenger to get something done there (`可以在微信内进行维权退款`)',
      example: '可以在微信内申请退款哦',
      pattern: `在|到|去|通过|用|再 ~2 ${messengers} ~3 进行|办理|处理|申请|维权|退款|投诉|咨询|联系|沟通|反馈|留言|提交|下单|付款`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others, wished] },
    },
    {
      id: 'private-number',
      meaning: 'the agent’s private phone or messenger account, offered (`打我私人电话`)',
      example: '有问题可以打我私人电话',
      pattern: '打|拨打|联系|加|存|call|text ~5 私人电话|私人号|私人号码|私人手机|个人电话|个人手机|个人号码|私人微信|个人微信|私号|小号|personal_number|personal_phone|private_number|personal_cell',
      messageId: 'contact',
      unless: { clause: '@negator' },
    },
    {
      id: 'join-group',
      meaning: 'inviting the customer into a group on a messenger (`QQ群…，进群有优惠`)',
      example: '我们有微信群，可以进群',
      pattern: 'qq群|微信群|vx群|wx群|企鹅群|钉钉群|whatsapp_group|telegram_group|售后群|粉丝群|福利群|会员群|vip群|客户群|交流群|买家群|老客户群|优惠群|秒杀群 ~12 进群|入群|加群|加入|群号|进|加',
      scope: 'sentence',
      messageId: 'contact',
      unless: { sentence: ['@negator', '记录|截图|聊天|群聊|淘宝群|旺旺群|店铺群|千牛群|平台'] },
    },
    {
      id: 'join-our-group',
      meaning: 'asked into the shop’s own group, its messenger unnamed (`加一下我们的售后群`, `进我们的福利群`)',
      example: '您加一下我们的售后群，有问题群里说',
      pattern: '加|加入|进|入|拉您进|拉你进|扫码进|扫码加入 ~6 q群|扣扣群|企鹅群|v群|售后q群|售后群|粉丝群|福利群|会员群|vip群|客户群|交流群|买家群|老客户群|优惠群|秒杀群',
      messageId: 'contact',
      unless: { clause: ['@negator', '淘宝群|旺旺群|店铺群|千牛群|平台'] },
    },
    {
      id: 'into-the-group',
      meaning: 'asked to join a messenger group, the group named after the verb (`拉您进微信群`)',
      example: '拉您进我们的微信群',
      pattern: '加|加入|进|入|拉您进|拉你进|扫码进|扫码加入|join ~4 qq群|微信群|vx群|wx群|企鹅群|钉钉群|whatsapp_group|telegram_group',
      messageId: 'contact',
      unless: { clause: '@negator' },
    },
    {
      id: 'channel-as-verb',
      meaning: 'a messenger used as the verb, ending the clause (`有需要可以LINE我們`, `微信我`)',
      example: '有需要可以LINE我们',
      pattern: `${messengers} 我|我们|小编|客服|本店 $`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact] },
    },
    {
      id: 'fan-page',
      meaning: 'sending the customer to a fan page or an account on a social network (`私訊我們的FB粉專`)',
      example: '欢迎私讯我们的FB粉专',
      pattern: '私信|私讯|关注|加入|联系|找|追踪|按赞|搜寻 ~6 粉专|粉丝专页|粉丝页|fb|facebook|ig|instagram|官方账号|官方帐号 粉专|粉丝专页|粉丝页|官方账号|官方帐号?',
      messageId: 'contact',
      unless: { clause: ['@negator', notContact] },
    },
    {
      id: 'find-us-on',
      meaning: 'English: search for or find the shop on a messenger or another network',
      example: 'Just search for us on WhatsApp.',
      pattern: 'search|find|look_up|look ~14 on|in|via ~3 wechat|whatsapp|telegram|kakao|kakaotalk|line|instagram|facebook|snapchat|signal|viber',
      messageId: 'contact',
      unless: { clause: '@negator' },
    },
      // Round 2 (issue 9): the handle's whereabouts, the shop's phone, and nicknames used as verbs.
    {
      id: 'handle-located',
      meaning: 'telling the customer where the shop’s messenger account is to be found (`扣扣号在店铺首页`, `微信号印在包裹卡片上`)',
      example: '亲，QQ号在店铺首页，加了发个截图哦',
      pattern: `${messengers}|${accounts}|联系方式 ~3 在|见|印在|写在|贴在|附在|放在 ~8 ${whereHandles}`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'card-in-parcel',
      meaning: 'a card in the parcel or on the page that carries a messenger account, to be added (`包裹里有张卡片，扫码加微信`)',
      example: '包裹卡片上有我们的微信，加一下领售后',
      pattern: `${whereHandles} ~6 有 ~6 ${messengers}|${accounts}`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'call-the-shop',
      meaning: 'sending the customer to phone the shop or the agent instead of writing here (`直接拨打门市电话`, `打这个号：139…`)',
      example: '有問題直接撥打門市電話，不用在這邊等',
      pattern: `打|拨打|拨|致电|打给|电话联系|来电 ~3 ${shopPhone}`,
      messageId: 'contact',
      // `打了他们店长电话` tells what someone did.
      unless: { clause: ['@negator', theirPhone, weCall, '他们|她们|他的|她的|打了|打过'] },
    },
    {
      id: 'this-number-ask-for',
      meaning: 'a number given to call and a person to ask for there (`打这个号：139…，找王姐就行`): someone of the shop, off the platform',
      example: '亲直接打这个号：一三九 一二三四 五六七八，找王姐就行',
      pattern: '打|拨打|拨|致电|call < 这个号|这个号码|这个电话|这个手机号|this_number > ~24 找|问|加|ask_for',
      // The number often stands after a colon, which ends a sentence: the gap bounds the reach instead.
      scope: 'reply',
      messageId: 'contact',
      unless: { sentence: ['@negator', theirPhone, weCall] },
    },
    {
      id: 'shop-phone-then-call',
      meaning: 'the shop’s or the agent’s phone named, then the customer asked to call it (`门店电话是…，直接打过来`)',
      example: '门店电话是0571-88886666，直接打过来问就行',
      pattern: `${shopPhone} ~24 打过来|拨过来|打给我|打给我们|打这个|直接打|直接拨|来电|致电`,
      scope: 'sentence',
      messageId: 'contact',
      unless: { sentence: ['@negator', theirPhone, weCall] },
    },
    {
      id: 'call-our-store',
      meaning: 'English: asked to phone, text or reach the store or the agent at a number',
      example: 'You can reach our store directly at 212-555-0199.',
      pattern: 'call|ring|phone|text|reach|contact ~3 our_store|our_shop|the_store|the_shop|our_office|my_cell|my_mobile|my_personal_number|my_direct_line|our_direct_line ~10 at|on',
      messageId: 'contact',
      unless: { clause: ['@negator', 'courier|carrier|bank|airline|police|app'] },
    },
    {
      id: 'text-a-person',
      meaning: 'English: told to text or phone a named person of the shop directly, off this chat (`Text our manager directly`)',
      example: "Text our manager directly, she'll handle it faster.",
      pattern: 'text|sms|whatsapp|ring|phone|call ~3 our|my|the_store_manager|the_shop_owner manager|supervisor|boss|owner|team_lead|colleague|sales_rep ~6 directly|personally|on_her|on_his|on_their',
      messageId: 'contact',
      unless: { clause: ['@negator', 'courier|carrier|bank|airline|police'] },
    },
    // Round 3 (issue 9): the messenger is the phone number, added from afar, a place to talk, another network's DMs.
    {
      id: 'same-as-phone',
      meaning: 'the messenger account is the phone number (`微信同号`, `我微信就是手机号`): the customer is told how to add it',
      example: '我微信就是手机号，直接加',
      pattern: `${messengers}|微信号|微信同号 ~2 同号|同手机号|同电话|就是手机号|就是电话|就是手机|是手机号|即手机号|和手机号一样|跟手机号一样|同步|同 $`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'phone-is-messenger',
      meaning: 'the phone number said to be the messenger account (`手机号就是微信`, `电话同微信`)',
      example: '手机号就是微信，可以加',
      pattern: `手机号|电话|手机|电话号码|号码 ~3 同微信|就是微信|即微信|微信同号|也是微信|可以加微信|能加微信|是微信|同vx|就是vx`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others, theirPhone] },
    },
    {
      id: 'add-our-channel',
      meaning: 'added on a messenger with more words between (`您添加一下我们客服的微信`), the clause ending on it',
      example: '您添加一下我们客服的微信哦',
      pattern: `加|添加|加一下|添加一下|加个|加下 ~8!到|至|给|发 ${messengers}|${accounts} $`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'follow-there',
      meaning: 'following the shop on a messenger (`微信关注“小熊售后”，进度随时查看`)',
      example: '微信关注“小熊售后”，售后进度随时查看',
      pattern: `${messengers} ~2 关注|搜索关注|扫码关注|搜一搜 !了|过`,
      messageId: 'contact',
      // The maker's service account for installation or repair is the maker's channel, as its hotline is.
      unless: { clause: ['@negator', notContact, others], sentence: '厂家|品牌|官方|安装|维修|报修|报装' },
    },
    {
      id: 'account-given',
      meaning: 'the agent giving the customer a messenger account (`给您个扣扣号，上面联系`)',
      example: '给您个QQ号，上面联系',
      pattern: `给您|给你|发您|发你|留给您|留给你|告诉您|告诉你|推给您|推给你 一个|个? ${accounts}`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'leave-it-to-add',
      meaning: 'asking for the customer’s contact or messenger so the agent can add them (`留个联系方式吧，我加你`)',
      example: '留个联系方式吧，我加你',
      pattern: `留|留个|留下|给个|发个|留一下|发一下 ~2 联系方式|手机号|电话|号码|${messengers}|${accounts} ~8 加你|加您|我加|拉你|拉您`,
      scope: 'sentence',
      messageId: 'contact',
      unless: { sentence: ['@negator', notContact, others] },
    },
    {
      id: 'my-number-sent',
      meaning: 'the agent sending the customer their own number, messenger or card (`我把我号码发你，直接打`)',
      example: '我把我号码发你，直接打',
      pattern: `把 我|我的|我们的|咱们的 号码|电话|手机号|私人号|联系方式|名片|${messengers}|${accounts} ~2 发你|发您|给你|给您|推给你|推给您|私信你|私信您|发给你|发给您`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'card-to-add',
      meaning: 'a contact card or the profile’s code to add the agent by (`我发个名片给您，加我`, `看我头像，有二维码`)',
      example: '我发个名片给您，加我',
      pattern: '名片|头像|主页|签名|简介 ~8 加我|加一下我|添加我|加好友|二维码|联系方式',
      scope: 'sentence',
      messageId: 'contact',
      unless: { sentence: ['@negator', notContact, others, '商品|宝贝|详情|店铺首页|优惠券|领券|下单'] },
    },
    {
      id: 'account-elsewhere',
      meaning: 'the shop’s account on another network, to be followed or found there (`我们在抖音有账号，可以关注我们`)',
      example: '我们在抖音有账号，可以关注我们',
      pattern: '@we ~3 抖音|快手|小红书|b站|哔哩哔哩|知乎|ig|instagram|facebook|fb|推特|twitter|youtube|油管 ~3 有账号|有号|有个号|的账号|的号|账号 ~10 关注|找|私信|私讯|搜|联系',
      scope: 'sentence',
      messageId: 'contact',
      unless: { sentence: ['@negator', notContact, others] },
    },
    {
      id: 'en-move-the-conversation',
      meaning: 'English: moving the conversation to e-mail, the phone or a messenger (`Let\'s continue this over email`)',
      example: "Let's continue this over email.",
      pattern: 'continue|move|take|switch|carry_on|chat|talk ~24 over|to|via|on|onto|by email|e-mail|phone|the_phone|text|sms|whatsapp|wechat|telegram|signal|messenger|private|dms|instagram|facebook|discord|skype|viber|line|kakao|kakaotalk|snapchat',
      messageId: 'contact',
      unless: { clause: ['@negator', 'courier|carrier|driver|bank|app_store|update'] },
    },
    {
      id: 'en-number-to-text',
      meaning: 'English: the customer’s number or handle asked for, so the agent can text or message them there',
      example: "Drop your number and I'll text you the details.",
      pattern: "your_number|your_phone_number|your_cell|your_mobile|your_whatsapp|your_email|your_wechat|your_handle ~10 i'll|we'll|i_will|we_will|i_can|we_can ~2 text|whatsapp|message|email|add|dm|wechat",
      scope: 'sentence',
      messageId: 'contact',
      unless: { sentence: ['@negator', 'courier|carrier|driver|delivery|tracking|order_confirmation|receipt|invoice'] },
    },
    {
      id: 'messenger-as-verb',
      meaning: 'English: a messenger used as the verb of the invitation (`just WhatsApp our support line`)',
      example: "If the chat keeps dropping, just WhatsApp our support line.",
      pattern: '< whatsapp|telegram|viber|wechat|kakao|signal|skype > our|us|me|the_team|the_shop|the_store',
      messageId: 'contact',
      unless: { sentence: ['@negator', 'scam|scammers|fake|never|impersonat'] },
    },
    {
      id: 'private-message-there',
      meaning: 'a private message sent on a messenger (`私讯LINE比较快`)',
      example: '私讯LINE比较快喔，ID：@abc_shop',
      pattern: `私信|私讯|私聊|私我 ~2 ${messengers}`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'on-messenger-talk',
      meaning: 'talking on a messenger, wherever the clause starts (`有啥不明白的 q.q 上说`)',
      example: '有啥问题 qq上说 更方便',
      pattern: `${messengers} 上 说|聊|谈|沟通|联系|细聊|详聊|细说|问`,
      messageId: 'contact',
      unless: { clause: [`@negator|不方便|不建议|禁止|勿 ~2 ${messengers}`, notContact, others] },
    },
    {
      id: 'group-there',
      meaning: 'the shop\'s group said to be on a messenger (`售后群在 wx 上`)',
      example: '售后群在微信上，搜店铺名加一下',
      pattern: `群 ~2 在 ${messengers}`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'easier-there-en',
      meaning: 'English: a messenger said to be the easier place (`Easier to sort this on WhatsApp`)',
      example: 'Easier to sort this on WhatsApp, message us there.',
      pattern: 'easier|faster|quicker|better|simpler ~24 on|via|over whatsapp|telegram|wechat|line|kakao|signal|viber|instagram|facebook|messenger',
      messageId: 'contact',
      unless: { sentence: ['@negator', 'scam|scammers|fake|impersonat'] },
    },
    {
      id: 'talk-there',
      meaning: 'a messenger named as where to talk, the clause nothing else (`这个不方便在这里说，微信说`)',
      example: '这个不方便在这里说，微信说',
      // A lone `Q` too, where nothing else could be meant (`去 Q 上细说`).
      pattern: `^ @we? 去|到|在? ${messengers}|q 上? 说|聊|谈|讲|沟通|细聊|详聊|细说|说吧|聊吧|见 $`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'easier-there',
      meaning: 'a messenger named as the quicker or handier way (`售后走微信更快哦`, `加微信处理比较方便`): the Chinese of `Easier to sort this on WhatsApp`',
      example: '售后走微信更快哦',
      pattern: `走|用|通过|在|上|加 ${messengers} 上? ~4 更快|快一些|快点|比较快|更方便|方便些|方便一点|比较方便|更省事|省事|效率高|效率更高|处理得快|处理更快|回复快|回得快|回复更快`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'by-messenger',
      meaning: 'a messenger named as the way to send or talk (`细节照片用微信传比较清楚`)',
      example: '细节照片用微信传比较清楚',
      pattern: `用|通过|走|在 ${messengers} ~2 传|发|聊|沟通|联系|交流|说|私聊|发送`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'send-it-there',
      meaning: 'sent to the shop\'s account on a messenger (`可以传到我们的Line官方账号`)',
      example: '图片传不上来的话，可以传到我们的Line官方账号',
      pattern: `传到|发到|发给|上传到|寄到 ~6 ${messengers}`,
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'talk-by-phone',
      meaning: 'the conversation moved to the phone (`文字说不清楚，电话里聊更快`)',
      example: '文字说不清楚，电话里聊更快',
      pattern: '电话里|电话上|电话中 ~2 聊|谈|说|沟通|讲|细说|详聊',
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others, theirPhone] },
    },
    {
      id: 'dm-on-another-network',
      meaning: 'sent to another network’s private messages or account (`你可以到抖音私信我`, `小红书上找我们`)',
      example: '你可以到抖音私信我',
      pattern: '到|去|在|上 ~2 抖音|快手|小红书|b站|哔哩哔哩|知乎|豆瓣|推特|脸书|ig|instagram|ins|fb|facebook|twitter ~3 私信|私讯|私聊|找我|找我们|联系我|联系我们|关注我|关注我们|加我|加我们|留言给我',
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'search-us-elsewhere',
      meaning: 'sent to find the shop on another network by searching (`小红书搜我们店名`)',
      example: '小红书搜我们店名',
      pattern: '抖音|快手|小红书|b站|哔哩哔哩|知乎|豆瓣|ig|instagram|ins|facebook 上|里? 搜|搜索|搜一下 ~3 我们|我|店名|店铺|小店|本店|账号|名字',
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, others] },
    },
    {
      id: 'follow-our-account',
      meaning: 'the shop\'s messenger account named, then the customer told to follow it (`我们的微信公众号先发，关注一下…`)',
      example: '新款会在我们的微信公众号先发，关注一下可以第一时间看到哦',
      pattern: `${messengers}|公众号|视频号|服务号 ~12 关注一下|关注下|关注我们|关注一波|搜一下|加一下`,
      scope: 'sentence',
      messageId: 'contact',
      unless: { sentence: ['@negator', notContact, others] },
    },
    {
      id: 'nickname-as-verb',
      meaning: 'a messenger’s one-letter nickname used as the verb (`有事q我`, `V我`)',
      example: '有事q我',
      pattern: 'q|v|vx|wx 我|我们|小编|客服 $',
      messageId: 'contact',
      unless: { clause: ['@negator', notContact, '五十|50|v我50'] },
    },
    {
      id: 'add-the-sound',
      meaning: 'WeChat clipped to a character that sounds like its 微 (`加一下威❤️呀`, `加个薇`), as `加v` clips it to a letter',
      example: '亲可以加一下威呀',
      pattern: '加|加一下|加个|加下|加我|加下我|加一下我 薇|威|唯|围 $',
      messageId: 'contact',
      unless: { clause: ['@negator ~2 加', notContact] },
    },
    {
      id: 'clipped-wechat-then-search',
      meaning: 'the same clipped WeChat, then how to find the account there (`直接加薇❤ 搜 lily0815`, `加个威 号是…`)',
      example: '有问题直接加薇❤ 搜 lily0815 就行',
      pattern: '加|加一下|加个|加下|加我|加下我|加一下我 薇|威|唯|围 @emoji? 搜|搜索|号|号码|账号|id',
      messageId: 'contact',
      unless: { clause: ['@negator ~2 加', notContact] },
    },
  ],
  check(_tree, context) {
    const normal = context.normal.text
    const hits: Hit[] = []
    const privateIsHere = privateMessagePlatforms.has(context.platform)
    for (const match of leftmostLongest(context.find(phrases))) {
      // `请私聊我们` on a Weibo helpdesk is a private message on Weibo.
      if (match.entry.private && privateIsHere) continue
      const handle = match.entry.takesHandle ? readHandle(normal, match.normalEnd, channelAccount) : undefined
      hits.push({ start: match.normalStart, end: handle?.end ?? match.normalEnd, replaceable: match.entry.replaceable })
    }
    for (const match of leftmostLongest(context.find(ownNumbers))) {
      const handle = readHandle(normal, match.normalEnd, ownAccount)
      if (handle) hits.push({ start: match.normalStart, end: handle.end, replaceable: false })
    }

    const found = leftmostLongest([...context.find(channels), ...attachedChannels(context)])
    const words = found.filter((match) => !match.entry.exempt)
    if (words.length > 0) {
      const all = context.find(invitations)
      const before = all.filter((match) => match.entry.side === 'before').sort((a, b) => a.normalEnd - b.normalEnd || b.normalStart - a.normalStart)
      const after = all.filter((match) => match.entry.side === 'after').sort((a, b) => a.normalStart - b.normalStart || b.normalEnd - a.normalEnd)
      let b = 0
      let a = 0
      for (const channel of words) {
        while (b < before.length && before[b]!.normalEnd <= channel.normalStart) b++
        while (a < after.length && after[a]!.normalStart < channel.normalEnd) a++
        const invitation = nearestBefore(normal, before, b, channel)
        const answer = nearestAfter(normal, after, a, channel)
        // `WhatsApp me at +852 …`: the number after the invitation belongs to it.
        const handle = readHandle(normal, Math.max(channel.normalEnd, answer?.normalEnd ?? 0), channel.entry)
        const invited = invitation !== undefined || answer !== undefined
        if (!invited && !(handle && (handle.announced || !channel.entry.ambiguous))) continue
        hits.push({
          start: invitation?.normalStart ?? channel.normalStart,
          end: Math.max(channel.normalEnd, answer?.normalEnd ?? 0, handle?.end ?? 0),
          replaceable: invited,
        })
      }
    }
    if (hits.length === 0) return

    const negations = findNegations(context)
    const warned = leftmostLongest(context.find(warnings))
    const wishes = leftmostLongest(context.find(customerWishes))
    const stranding = new Stranding(context.normal.text)
    // Once per reply: asked per invitation, a reply of many invitations would be quadratic.
    let ownChat: boolean | undefined
    const conditionAt = conditionStarts(context.normal.text)
    for (const hit of merge(hits)) {
      const clause = clauseAt(context, hit.start)
      // `有人冒充客服加您微信，请不要相信`: a warning about someone else, not an invitation.
      const sentence = sentenceAt(context, hit.start)
      if (sentence && anyWithin(warned, sentence.normalStart, sentence.normalEnd)) continue
      // `您提到想加微信沟通，这边只能在旺旺上为您服务`: the customer's wish, read back before it is answered.
      if (clause && anyWithin(wishes, clause.normalStart, hit.end)) continue
      // A negation may also follow the invitation in its clause (`加微信是不行的`).
      const tail = Math.max(hit.end, Math.min(hit.end + maxAfterGap, clauseAt(context, hit.end - 1)?.normalEnd ?? hit.end))
      // `这边不方便加微信`, `we never ask you to add us on WhatsApp`, `加微信是不行的`: a refusal, not an invitation.
      const from = listClauseStart(context, hit.start)
      // `如果亲不方便，可以加QQ`: a negated condition offers the channel, it refuses nothing.
      // Under a condition, only a negation after the invitation refuses it (`如果您要加微信的话，我们这边不能加`).
      if (conditional(conditionAt, from, hit.start)) {
        if (anyWithin(negations, hit.start, sentenceAt(context, hit.start)?.normalEnd ?? tail)) continue
      } else if (anyWithin(negations, from, tail)) continue
      const start = context.normal.starts[hit.start]!
      const end = context.normal.ends[hit.end - 1]!
      // The suggestion is a whole verb phrase: it replaces an invitation that ends its clause
      // (`加我微信哦`), not one that words go on from (`添加微信为好友`, `微信自助排障`).
      // English goes on after a verb phrase (`message us here and I'll send …`): only Chinese is checked.
      const chinese = /[\u3400-\u9fff]/.test(context.normal.text.slice(hit.start, hit.end))
      const ends = !chinese || (clause !== undefined && closesClause(context.normal.text, hit.end, clause.normalEnd, finalParticleCharacters))
      const whole = !chinese || (clause !== undefined && opensClause(normal, clause.normalStart, hit.start))
      const fits = hit.replaceable && ends && whole && !stranding.after(hit.end, sentence?.normalEnd ?? hit.end) && !(ownChat ??= namesOwnChat(context))
      const expected = fits ? [suggestion(context, start, end, clause?.sentence)] : []
      context.report({ messageId: expected.length > 0 ? 'invite' : 'contact', start, end, expected })
    }
  },
})

/** Whether only `leadIns` stand between the clause's start and the invitation at `at` (normalised). */
function opensClause(normal: string, from: number, at: number): boolean {
  if (at - from > maxLeadIn) return false
  let i = from
  while (i < at) {
    const word = leadIns.find((lead) => normal.startsWith(lead, i) && i + lead.length <= at)
    if (!word) return false
    i += word.length
  }
  return true
}

/** The longest run of lead-ins read before an invitation (a hostile run of `亲亲亲…` is not walked again per hit). */
const maxLeadIn = 24

/**
 * Whether the reply names the platform's own chat (`也可以私信小编`, `加一下私信的qq`):
 * offering it in place of the other channel would say it twice.
 */
function namesOwnChat(context: RuleContext): boolean {
  const words = ownChatWords[context.platform ?? ''] ?? ownChatWords.default!
  return words.some((word) => context.normal.text.includes(word))
}

/** Words that open a condition (`如果亲不方便`). */
const conditions = [...chineseConditions, '不方便的话', 'if ']

/**
 * Where each of `conditions` starts in `normal`, found once per reply: an English reply of many
 * invitations and no punctuation (one clause) is not searched again from its start for each.
 */
function conditionStarts(normal: string): number[][] {
  return conditions.map((word) => {
    const starts: number[] = []
    for (let at = normal.indexOf(word); at !== -1; at = normal.indexOf(word, at + 1)) starts.push(at)
    return starts
  })
}

/**
 * Whether a condition word lies wholly within `[from, to)` (it starts no later than `to` minus its
 * length): a condition opens the clause before the invitation, and its negation is the condition's.
 */
function conditional(starts: readonly number[][], from: number, to: number): boolean {
  return conditions.some((word, k) => anyStartIn(starts[k]!, from, to - word.length + 1))
}

/**
 * The invitation before `channel`, if one of the nearest two is close enough:
 * at most a few characters in Chinese (`加个微信`, `添加小店微信`), only
 * linking words in English (`add me on WhatsApp`, not `add a line`).
 */
function nearestBefore(normal: string, before: readonly Match<InvitationEntry>[], next: number, channel: Match<ChannelEntry>): Match<InvitationEntry> | undefined {
  for (let k = next - 1; k >= 0 && k >= next - 2; k--) {
    const invitation = before[k]!
    const gap = normal.slice(invitation.normalEnd, channel.normalStart)
    if (!unbroken(normal, invitation.normalEnd, channel.normalStart)) continue
    if (isLatinPhrase(invitation.phrase)) {
      if (gap.length <= 24 && onlyLinkingWords(gap, linkingWords, maxLinkingWords)) return invitation
    } else if (gap.trim().length <= maxChineseGap && !sendsTo(gap)) {
      return invitation
    }
  }
  return undefined
}

/** `添加到微信`, `分享至微信`: the thing goes to WeChat; nobody is invited (`发到我微信` is). */
function sendsTo(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charAt(i)
    if ((c === '到' || c === '至') && gap.charAt(i + 1) !== '我') return true
  }
  return false
}

/** The invitation right after `channel` (`微信上聊`, `QQ私信给我`, `WhatsApp me`). */
function nearestAfter(normal: string, after: readonly Match<InvitationEntry>[], next: number, channel: Match<ChannelEntry>): Match<InvitationEntry> | undefined {
  for (let k = next; k < after.length && k < next + 2; k++) {
    const answer = after[k]!
    const gap = normal.slice(channel.normalEnd, answer.normalStart)
    if (!unbroken(normal, channel.normalEnd, answer.normalStart)) continue
    if (isLatinPhrase(answer.phrase) ? gap === ' ' : gap.trim().length <= maxAfterGap) return answer
  }
  return undefined
}

/** The agent's own number or address announces its handle (`我的手机 138…`). */
const ownAccount: ChannelEntry = { match: [], expected: [], account: true }
/** A short form of a channel (`加V`): a handle after it belongs to the invitation. */
const channelAccount: ChannelEntry = { match: [], expected: [] }

/** Words after a channel that name the account (`QQ 号码`, `微信 账号`, `QQ客服 800010000`). */
const accountWords: ReadonlyArray<[string, boolean]> = [
  ['号码', true], ['号', true], ['账号', true], ['帐号', true], ['id', true], ['number', true], ['account', true], ['handle', true], ['客服', false],
]

/**
 * A handle right after a channel: `QQ 285716493`, `微信号是 tealove2015`,
 * `vx: abc_123`, `WhatsApp +852 6123 4567`, a masked `[数字x]`, or a
 * question for one (`微信是多少`). A product code (`QQ-2023`, `VX 500`) is
 * too short, or not announced, to be one.
 */
function readHandle(normal: string, from: number, entry: ChannelEntry): Handle | undefined {
  let i = from
  let announced = entry.account === true
  let bracket = false
  while (normal.charCodeAt(i) === 0x20) i++
  for (const [word, names] of accountWords) {
    if (normal.startsWith(word, i)) {
      i += word.length
      announced ||= names
      break
    }
  }
  for (let k = 0; k < 4; k++) {
    const c = normal.charAt(i)
    if (c === ' ') i++
    else if (normal.startsWith('is ', i) || normal.startsWith('at ', i)) {
      announced = true
      i += 3
    } else if (c === ':' || c === '是' || c === '为' || c === '(') {
      announced = true
      bracket ||= c === '('
      i++
    } else break
  }
  if (normal.startsWith('多少', i) || normal.startsWith('什么', i)) return announced ? { end: i + 2, announced } : undefined
  if (normal.charAt(i) === '[' && announced) {
    const close = normal.indexOf(']', i)
    return close > i && close - i <= 12 ? { end: close + 1, announced } : undefined
  }
  let j = i
  let digits = 0
  let letters = 0
  let last = i
  for (; j < normal.length && j - i < 40; j++) {
    const c = normal.charCodeAt(j)
    if (c >= 0x30 && c <= 0x39) digits++
    else if (c >= 0x61 && c <= 0x7a) letters++
    else if ((c === 0x5f || c === 0x2e || c === 0x2d || c === 0x40 || (c === 0x2b && j === i)) && isAsciiAlnum(normal.charCodeAt(j + 1))) continue
    // Digits grouped by spaces (`+852 6123 4567`), not the words after a handle.
    else if (c === 0x20 && isDigit(normal.charCodeAt(j - 1)) && isDigit(normal.charCodeAt(j + 1))) continue
    else break
    last = j + 1
  }
  const alnum = digits + letters
  if (alnum < 5) return undefined
  if (!(digits >= 5 || (announced && alnum >= 6) || (digits > 0 && letters > 0 && alnum >= 6))) return undefined
  return { end: bracket && normal.charAt(last) === ')' ? last + 1 : last, announced }
}

/** Latin channel names, for handles written without a space (`QQ285716493`, `vx13812345678`). */
const latinChannels = new Map<string, ChannelEntry>()
for (const entry of channels) {
  if (entry.exempt) continue
  for (const phrase of typeof entry.match === 'string' ? [entry.match] : entry.match) {
    if (/^[a-z]+$/.test(phrase)) latinChannels.set(phrase, entry)
  }
}

/** Bounded quantifiers only: a letter run glued to a digit run, as a whole word. */
const glued = /(?<![a-z0-9])([a-z]{2,9})(\d{5,15})(?![a-z0-9])/g

/**
 * Channel names glued to a number (`qq285716493`): the lexicon keeps Latin
 * words whole, so it does not see them.
 */
function attachedChannels(context: RuleContext): Match<ChannelEntry>[] {
  const normal = context.normal.text
  const matches: Match<ChannelEntry>[] = []
  if (!lettersThenDigits(normal)) return matches
  glued.lastIndex = 0
  for (const found of normal.matchAll(glued)) {
    const entry = latinChannels.get(found[1]!)
    if (!entry) continue
    const normalStart = found.index
    const normalEnd = normalStart + found[1]!.length
    const start = context.normal.starts[normalStart]!
    const end = context.normal.ends[normalEnd - 1]!
    if (context.isQuoted(start, end)) continue
    matches.push({ entry, phrase: found[1]!, start, end, normalStart, normalEnd })
  }
  return matches
}

/** Whether a Latin letter is followed by a digit anywhere: most replies have none, and skip the search. */
function lettersThenDigits(normal: string): boolean {
  for (let i = 1; i < normal.length; i++) {
    const c = normal.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) {
      const previous = normal.charCodeAt(i - 1)
      if (previous >= 0x61 && previous <= 0x7a) return true
    }
  }
  return false
}

/**
 * What an in-chat rewrite of an invitation would strand after it (`channelSteps`, `strandedId`),
 * worked out once per reply so that many invitations in a long reply cost linear time, not a scan
 * of the rest of the reply each.
 */
class Stranding {
  /** Where the latest account id starts, or -1. */
  private readonly lastId: number
  private steps: Steps | undefined

  constructor(private readonly text: string) {
    this.lastId = lastIdStart(text)
  }

  /** Whether a channel's step stands in `[from, to)` (its sentence), or an account id anywhere after `from`. */
  after(from: number, to: number): boolean {
    if (this.lastId >= from) return true
    if (channelSteps.lead.test(this.text.slice(from, Math.min(to, from + leadReach)))) return true
    const steps = (this.steps ??= stepsIn(this.text))
    // A step whole in the text, starting at or after `from`: the earliest end among them.
    let low = 0
    let high = steps.whole.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (steps.whole[mid]!.start < from) low = mid + 1
      else high = mid
    }
    if (low < steps.whole.length && steps.earliestEnd[low]! <= to) return true
    // An English word at the sentence's edges, where the edge stands for the word boundary.
    const text = this.text
    if (steps.byStart.get(from)?.some((step) => step.end <= to && (step.end === to || !isWordAt(text, step.end)))) return true
    return steps.byEnd.get(to)?.some((step) => step.start >= from && (step.start === from || !isWordAt(text, step.start - 1))) ?? false
  }
}

/** The later steps of a reply, found once. */
interface Steps {
  /** Steps whose English words stand whole in the text (all Chinese ones), by start. */
  readonly whole: readonly Step[]
  /** `earliestEnd[k]`: the earliest end among `whole[k…]`. */
  readonly earliestEnd: readonly number[]
  /** English words not whole in the text, by where they start and end. */
  readonly byStart: ReadonlyMap<number, Step[]>
  readonly byEnd: ReadonlyMap<number, Step[]>
}

interface Step {
  readonly start: number
  readonly end: number
}

/** The longest lead word with its space and the character after it (`channelSteps.lead`). */
const leadReach = 9

/** Every occurrence of a later step in the normalised (lower-case) `text`. */
function stepsIn(text: string): Steps {
  const whole: Step[] = []
  const byStart = new Map<number, Step[]>()
  const byEnd = new Map<number, Step[]>()
  for (const [words, english] of [[channelSteps.later, false], [channelSteps.laterEnglish, true]] as const) {
    for (const word of words) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const step = { start: at, end: at + word.length }
        if (!english || (!isWordAt(text, at - 1) && !isWordAt(text, step.end))) whole.push(step)
        else {
          byStart.set(at, [...(byStart.get(at) ?? []), step])
          byEnd.set(step.end, [...(byEnd.get(step.end) ?? []), step])
        }
      }
    }
  }
  whole.sort((x, y) => x.start - y.start)
  const earliestEnd = new Array<number>(whole.length)
  for (let k = whole.length - 1; k >= 0; k--) earliestEnd[k] = Math.min(whole[k]!.end, k + 1 < whole.length ? earliestEnd[k + 1]! : Infinity)
  return { whole, earliestEnd, byStart, byEnd }
}

/** Whether `text[at]` is an ASCII word character (`\w`). */
function isWordAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  return isAsciiAlnum(c) || c === 0x5f
}

/**
 * Where the latest account id starts in `text`, or -1, in one pass from the end: six digits, or a
 * letter, three word characters or more, then two digits (`lover52091314`).
 */
function lastIdStart(text: string): number {
  let digits = 0
  // The latest start of two digits in a row within the run of word characters that begins at `i + 1`.
  let pair = -1
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    const digit = isDigit(c)
    const nextPair = pair
    const nextDigits = digits
    digits = digit ? digits + 1 : 0
    if (digits >= strandedId.digits) return i
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
    if (letter && nextPair >= i + 1 + strandedId.letters) return i
    pair = isWordAt(text, i) ? (nextPair >= 0 ? nextPair : digit && nextDigits >= 1 ? i : -1) : -1
  }
  return -1
}

/** Overlapping or touching hits become one. */
function merge(hits: Hit[]): Hit[] {
  hits.sort((x, y) => x.start - y.start)
  const merged: Hit[] = []
  for (const hit of hits) {
    const previous = merged[merged.length - 1]
    if (previous && hit.start < previous.end) {
      previous.end = Math.max(previous.end, hit.end)
      previous.replaceable ||= hit.replaceable
    } else {
      merged.push({ ...hit })
    }
  }
  return merged
}

/** The platform's own channel, in the language and script of the reply. */
function suggestion(context: RuleContext, start: number, end: number, sentence: SentenceInfo | undefined): string {
  // `➕V：tea2024` in a Chinese sentence gets the Chinese channel.
  if (!/[\u3400-\u9fff]/.test(context.text.slice(sentence?.start ?? start, sentence?.end ?? end))) {
    return sentence && startsSentence(context.text, sentence.start, start) ? capitalise(hereChat.en) : hereChat.en
  }
  return ownChat[context.platform] ?? hereChat.zh
}
