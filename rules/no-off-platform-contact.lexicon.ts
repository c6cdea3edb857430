/**
 * Words of `no-off-platform-contact` (002/003 item 1 "只能通過旺旺溝通，不要通過
 * 微信、QQ等其他工具交流"): the channels that lead off the platform, the
 * invitations that send a customer there, and the phrases that do both.
 *
 * Disguised spellings (`ＱＱ`, `微 信`, `微-信`, `薇信`, `v信`, `扣扣`,
 * `w h a t s a p p`, zero-width characters) are folded by the normaliser, so
 * each word is written once here.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** A messaging channel outside the platform, or a word that only contains one. */
export interface ChannelEntry extends LexiconEntry {
  /** No replacement for the channel word itself: the rule suggests one for the whole invitation. */
  readonly expected: readonly string[]
  /**
   * The letters are also a model name or an ordinary word (`vx`, `wx`, `line`,
   * `ig`): they need an invitation, or a handle after `:`, `是` or `号`.
   */
  readonly ambiguous?: true
  /** The word names the account already (`微信号`, `QQ号`): `是` or a handle after it is enough. */
  readonly account?: true
  /** A compound that mentions the channel but invites nothing (`微信支付`, `QQ浏览器`). */
  readonly exempt?: true
}

/** Words that make a channel its account (`微信号`, `QQ号码`): those are entries of their own, so the bare name stops short of them. */
const accountWords = ['号', '号码', '账号', 'id']

/** Channels outside the platform, and the compounds that only mention one. */
export const channels: Lexicon<ChannelEntry> = [
  // WeChat. 薇信, 威信, v信, 微 信, 微-信 and 微\u200b信 fold onto 微信.
  // 绿泡泡 ("the green bubble") is WeChat's nickname among people dodging filters.
  { match: ['微信', 'wechat', '微信公众号', '公众号'], notBefore: accountWords, expected: [], watch: { initials: true, aliases: ['绿泡泡'] } },
  // Its longer nicknames as written, not watched: their initials (`lspp`, `xlp`) are spelt by chance in codes and names.
  { match: ['绿色泡泡', '小绿泡'], notBefore: accountWords, expected: [] },
  // Punctuation the normaliser keeps, because it also ends sentences (微.信, 微~信).
  { match: ['微.信', '微。信', '微~信', '微,信', '薇.信', '威.信'], expected: [] },
  { match: ['vx', 'wx'], notBefore: accountWords, expected: [], ambiguous: true, watch: true },
  {
    match: ['微信号', '微信号码', '微信账号', '微信id', 'wechat id', 'weixin id', 'vx号', 'wx号', 'vx id', 'wx id', 'wxid', '微信同号'],
    expected: [],
    account: true,
  },
  // QQ. 扣扣 and ＱＱ fold onto qq.
  { match: 'qq', notBefore: accountWords, expected: [], watch: { aliases: ['扣扣'] } },
  // A lone `Q` for QQ (`加我Q 287654319`, `去Q上细说`), only with an invitation or an announced handle, as the lone `V`:
  // not a quarter (`Q1`), `Q&A` or a question numbered (`Q:`).
  { match: 'q', notAfter: ['q'], notBefore: ['q', '1', '2', '3', '4', '&', '版', '弹', '萌'], expected: [], ambiguous: true },
  { match: ['qq号', 'qq号码', 'qq账号', 'qq id', '企鹅号'], expected: [], account: true },
  { match: '企鹅', notBefore: ['号'], expected: [], ambiguous: true, watch: true },
  // Other messengers.
  { match: ['whatsapp', 'whats app', 'kakaotalk', 'kakao talk', 'kakao', 'skype', 'viber', 'zalo', 'snapchat', 'discord', 'imessage', 'instagram', '钉钉', '陌陌'], expected: [], watch: true },
  { match: '飞书', expected: [] },
  // `Signal` and a lone `V` (`亲，V：tea2024`) are ordinary words too: only with an invitation or an announced handle.
  { match: 'signal', expected: [], ambiguous: true },
  // `小v` is a helpdesk's name for itself, `V领` a neckline.
  { match: 'v', notAfter: ['小', '大', '老', '阿', '加'], notBefore: ['领', '字', '型', '形', '脸', '码'], expected: [], ambiguous: true },
  // 威信 (prestige) is also the homophone agents write for 微信: only with an invitation or an announced handle (`威信：tea2024`).
  { match: '威信', notAfter: ['树立', '有', '的'], expected: [], ambiguous: true },
  // 纸飞机 ("the paper plane") is Telegram's nickname.
  { match: 'telegram', expected: [], watch: { aliases: ['纸飞机'] } },
  { match: ['line', 'tg', 'ig', 'insta', 'fb', 'facebook', 'messenger'], expected: [], ambiguous: true },
  // 賴: Taiwanese for LINE (加個賴); 依赖, 信赖, 不赖 and 赖皮 are other words.
  {
    match: '赖',
    notAfter: ['依', '信', '耍', '无', '抵', '仰', '百', '不', '诬', '死', '倚'],
    notBefore: ['皮', '账', '床', '着', '以', '不'],
    expected: [],
    ambiguous: true,
  },
  { match: ['whatsapp number', 'telegram id', 'line id', 'line号', 'skype id', 'kakao id', 'instagram handle', 'telegram handle'], expected: [], account: true },
  // Mentions that invite nothing: payment, app features and products that carry the channel's name.
  {
    match: [
      '微信支付', '微信付款', '微信零钱', '微信红包', '微信钱包', '微信转账', '微信余额', '微信提现', '微信充值', '微信扫码支付',
      '微信小程序', '小程序', '微信视频', '微信朋友圈', '朋友圈', '微信运动', '微信读书', '微信卡包', '微信表情', '微信版本',
      '微信登录', '微信授权', '微信绑定', '微信聊天记录', '微信截图', '微信群聊', '微信公众平台',
      'qq钱包', 'qq音乐', 'qq浏览器', 'qq影音', 'qq空间', 'qq游戏', 'qq会员', 'qq邮箱', 'qq糖', 'qq星', 'qq输入法', 'qq拼音',
      'qq登录', 'qq飞车', 'qq堂', 'qq宠物',
      'wechat pay', 'wechat payment', 'wechat wallet', 'qq music', 'qq browser', 'whatsapp web',
      'line up', 'line item', 'in line', 'line of', 'product line', 'the line', 'a line',
    ],
    expected: [],
    exempt: true,
  },
]

/** Where an invitation stands: before the channel (`加` 微信) or after it (微信 `聊`, WhatsApp `me`). */
export interface InvitationEntry extends LexiconEntry {
  readonly side: 'before' | 'after'
}

/** Invitations to reach the agent on a channel. */
export const invitations: Lexicon<InvitationEntry> = [
  // 加 is in many words that invite nothing (加急, 加价, 更加, 增加, 参加).
  {
    match: '加',
    notAfter: ['增', '参', '更', '追', '附', '添', '施', '外', '倍', '强', '叠', '累'],
    notBefore: ['急', '工', '价', '钱', '班', '油', '盟', '热', '厚', '长', '大', '重', '强', '快', '倍', '码', '购', '绒', '减', '量', '送', '赠', '固', '宽', '高', '深', '密', '湿', '载', '速', '分', '上去', '至', '到', '入购'],
    side: 'before',
  },
  { match: '联系', notBefore: ['人', '方式', '至', '到'], side: 'before' },
  { match: ['添加', '关注', '私聊', '找', '戳', '搜', '搜索', '留下', '换', '加入', '扫码加'], notBefore: ['至', '到'], side: 'before' },
  // Scanning the channel's code (`扫一下店铺微信二维码`) adds it as surely as `加`.
  { match: ['扫', '扫一下', '扫一扫', '扫描', '扫下'], notBefore: ['地', '除', '货', '兴', '黑', '描件', '描仪'], side: 'before' },
  { match: '留', notBefore: ['意', '存', '言', '样', '着', '学', '守', '至', '到'], side: 'before' },
  { match: ['发我', '发给我', '发到我', '发您', '发个'], side: 'before' },
  {
    match: [
      'add me', 'add us', 'add', 'message me', 'message us', 'msg me', 'msg us', 'text me', 'text us', 'dm me', 'dm us',
      'reach me', 'reach us', 'reach out to me', 'reach out to us', 'contact me', 'contact us', 'get in touch', 'find me',
      'find us', 'follow me', 'follow us', 'ping me', 'ping us', 'hit me up', 'hit us up', 'chat with me', 'chat with us',
      'talk to me', 'talk to us', 'connect with me', 'connect with us', 'call me', 'call us', 'join', 'switch to', 'move to',
      'drop us a line', 'drop me a line', 'shoot us a message', 'shoot me a message', 'move this to', 'move this chat to', 'take this to', 'take this chat to', 'continue this on', 'switch this to',
      'continue on', 'chat on', 'talk on', 'send me', 'message', 'contact', 'dm', 'dm our', 'dm my',
      'hmu', 'catch me', 'catch us', 'reach out via', 'reach us via', 'chat privately', 'talk privately', 'move it to',
    ],
    side: 'before',
  },
  {
    match: [
      '聊', '上聊', '沟通', '交流', '私聊', '私信', '私讯', '找我', '找我们', '咨询', '发我', '发给我', '发给我们', '详谈', '详聊', '细聊',
      '加我', '通知您', '回复您', '联络', '同号', '联系我', '联系我们', '联系客服', '给我', '给我们',
      // A contact card pushed to the customer (`我把微信名片推给您`).
      '名片推给您', '名片推给你', '推给您', '推给你', '推您', '推你',
    ],
    notBefore: ['天记录', '天截图', '天界面', '天窗口'],
    side: 'after',
  },
  { match: ['问一下', '问问', '问我', '问我们'], side: 'after' },
  { match: ['me', 'us'], side: 'after' },
]

/** English words that may stand between an invitation and its channel (`add me` on `WhatsApp`). */
export const linkingWords: ReadonlySet<string> = new Set(['on', 'via', 'at', 'through', 'over', 'in', 'with', 'using', 'by', 'my', 'our', 'me', 'us', 'to', 'the', 'a', 'directly', 'privately', 'personally', 'now', 'this', 'chat', 'conversation'])

/** A phrase that invites contact off the platform on its own. */
export interface PhraseEntry extends LexiconEntry {
  /** `true`: the rule suggests the platform's own channel in its place; `false`: no rewrite (a number, a link). */
  readonly replaceable: boolean
  /** The phrase ends in a channel, so a handle may follow it (`加V：bags_2024`). */
  readonly takesHandle?: true
  /**
   * Going private: on a platform whose own chat is a private message (a
   * Weibo or Twitter helpdesk), that is the platform's channel.
   */
  readonly private?: true
}

/** Phrases that invite contact off the platform without needing anything else. */
export const phrases: Lexicon<PhraseEntry> = [
  // 私聊: going private. Talking privately *on* the platform's own chat is fine (旺旺私聊).
  {
    match: ['私聊我', '私聊我们', '私下聊', '私下联系', '私下沟通', '私下说', '私我', '单独聊', '单独联系', '走私聊', '私戳', '私戳我'],
    notAfter: ['旺旺', '千牛', '咚咚', '站内', '旺旺上', '千牛上', '咚咚上', '旺旺里', '这里', '这边', '平台上', '平台内'],
    notBefore: ['旺旺', '千牛', '咚咚'],
    replaceable: true,
    private: true,
  },
  // `私♡聊`, `si liao`: spelled to get past a filter.
  { match: '私聊', notAfter: ['旺旺', '千牛', '咚咚', '站内', '旺旺上', '千牛上', '咚咚上', '旺旺里', '这里', '这边', '平台上', '平台内'], notBefore: ['旺旺', '千牛', '咚咚'], replaceable: true, private: true, watch: true },
  // Off the platform altogether: meeting or dealing outside it.
  { match: ['线下联系', '线下交易', '私下交易', '场外交易', '线下聊', '线下沟通', '线下谈'], replaceable: true },
  // Talking somewhere else, unnamed (`我们换个地方聊吧`).
  { match: ['换个地方聊', '换个地方说', '换个地方沟通', '换个地方联系', '换个软件聊', '换个平台聊', '到别处聊', '去外面聊', '场外聊'], replaceable: true },
  // The agent's own phone (the handbook allows the shop to phone a customer, not the agent to hand out a number).
  {
    match: ['打我电话', '打我手机', '打我的电话', '打我的手机', '给我打电话', '给我打个电话', '电话联系我', '打给我', '给我来电'],
    // Someone else phoning the agent or the customer is a story, not an invitation (`有人给我打电话`).
    notAfter: ['有人', '人', '他', '她', '快递', '师傅', '骗子'],
    replaceable: true,
  },
  { match: ['邮件联系我', '邮箱联系我'], replaceable: true },
  // Sending something by mail: the platform's chat would not keep the `send` (`发到我的邮箱` is no `在咚咚上联系我们`).
  { match: ['发邮件给我', '发到我的邮箱', '发我邮箱', '发到我邮箱'], replaceable: false },
  { match: ['到我邮箱', '到我的邮箱', '到我们邮箱', '到我们的邮箱'], notAfter: ['发', '发送'], replaceable: false },
  { match: ['call me', 'text me', 'ring me', 'email me', 'give me a call', 'give me a ring', 'drop me a text', 'drop me a line'], replaceable: true },
  // rulesB: more English ways to move the talk to a phone or a mailbox.
  { match: ['give us a call', 'give us a ring', 'shoot me a text', 'shoot us a text', 'shoot me an email', 'shoot us an email', 'drop me an email', 'drop us an email', 'take this offline', 'take it offline'], replaceable: false },
  // Short forms of "add my WeChat" (加V, 加我V, 加微, +V); a lone V elsewhere is a name (小V) or a neckline (V领).
  {
    match: ['加微', '加v', '加我v', '加我们v', '加个v', '加下v', '加一下v', '+v', '+vx', '+wx', '+微', '+qq', '+微信', '➕v', '➕vx', '➕wx', '➕微', '➕qq', '➕微信'],
    notAfter: ['增', '更', '参', '追', '添', '附', '施', '外'],
    notBefore: ['博', '量', '波', '调', '米', '软', '店', '笑', '积', '商', '型', '妙', '小', '弱', '观', '孔', '粒', '距', '瑕', '秒'],
    replaceable: true,
    takesHandle: true,
  },
  // Links that open a chat elsewhere.
  { match: ['wa.me', 't.me', 'line.me', 'm.me', 'u.wechat.com', 'qm.qq.com', 'jq.qq.com', 'weixin.qq.com'], replaceable: false },
]

/** The phone of someone in the shop (`打我们店长电话`): the shop's own channel, off the platform. */
export const staffPhones = ['店长电话', '店长的电话', '店长手机', '老板电话', '老板的电话', '老板手机', '掌柜电话', '经理电话']
/** The shop's phone named as agents name their shop (`小店`, `咱家`): `打小店电话也行`. */
export const humblePhones = ['小店电话', '小店的电话', '小店座机', '咱家电话', '咱家的电话', '我们家电话', '我们家的电话', '本店的电话']

/**
 * The agent's or the shop's own number or address: a contact only when one
 * follows (`我的手机号 138…`, `call us at 1-800-…`, `我们的邮箱 shop@163.com`).
 * Numbers of others (the courier, the maker's service line) are not the
 * shop's channel, and a shop may phone a customer (002/003 item 1 asks only
 * that a deal made by phone be confirmed on the platform).
 */
export const ownNumbers: Lexicon<LexiconEntry> = [
  {
    match: [
      '私人号码', '私人电话', '私人手机', '私人手机号', '个人号码', '个人手机号', '个人电话',
      '我的电话', '我电话', '我的手机', '我手机', '我的手机号', '我手机号', '我的手机号码', '我的号码', '我的联系方式', '我的邮箱', '我邮箱',
      '我们的电话', '我们电话', '我们的客服电话', '我们客服电话', '我们的手机', '我们的热线', '我们的客服热线', '我们的联系方式', '我们的邮箱',
      '我们邮箱', '咱们的电话', '咱们电话', '我司电话', '我司客服电话', '本店电话', '本店客服电话', '店铺电话', '店铺客服电话', '店里电话',
      'my number', 'my phone number', 'my cell', 'my mobile', 'my phone', 'my email', 'my personal number', 'my personal email',
      'our number', 'our phone number', 'our hotline', 'our email', 'call us at', 'call me at', 'call us on', 'call me on', 'text us at',
      'text me at', 'text me on', 'reach us at', 'reach me at', 'email us at', 'email me at',
      'contact me at', 'contact me privately at', 'contact me directly at', 'contact me personally at',
      'reach me on', 'reach us on', 'reach me personally on', 'reach me personally at', 'reach me directly on', 'reach me directly at', 'my direct line',
      ...staffPhones,
      ...humblePhones,
    ],
  },
  // A call asked for with the number right after it (`直接打我 138…`, `call 我 1 5 8 …`); `打我手机`,
  // `打我们的热线` are read by the longer words above.
  { match: ['打我', '拨我', '打给我', 'call 我', 'call我'], notBefore: ['手机', '电话', '的', '们', '号', '座机'] },
]

/**
 * The platform's own chat, by marketplace, for the suggestion (`在旺旺上联系我们`):
 * simplified only, the engine writes it in traditional characters for a
 * traditional reply.
 */
export const ownChat: Readonly<Record<string, string>> = {
  taobao: '在旺旺上联系我们',
  tmall: '在旺旺上联系我们',
  jd: '在咚咚上联系我们',
  weibo: '私信联系我们',
}

/** Platforms whose own chat is a private message: going private there stays on the platform. */
export const privateMessagePlatforms: ReadonlySet<string> = new Set(['weibo', 'twitter', 'x', 'facebook', 'instagram'])

/** Someone else reaching the customer (`有人冒充客服加您微信`): a warning, not an invitation. */
export const warnings: Lexicon<LexiconEntry> = [
  { match: ['冒充', '假冒', '骗子', '诈骗', '刷单', '陌生人', '不法分子', '冒用', '钓鱼', '可疑', '谨防', '警惕', 'scam', 'scammer', 'scammers', 'impersonating', 'impersonate', 'fraudster', 'fraudsters', 'phishing'] },
]

/** The customer's own wish, read back in the invitation's clause (`您提到想加微信`): what they asked, not an invitation. */
export const wishWords = ['您提到', '您说想', '您说要', '您想', '您希望', '您要求', '您问', '您问到', '亲提到', '亲说想', '亲想', '你说想', '你想', 'you mentioned', 'you asked', 'you want to', 'you wanted to', "you'd like to"]
export const customerWishes: Lexicon<LexiconEntry> = [{ match: wishWords }]

/** The suggestion on other marketplaces, and in English. */
export const hereChat = { zh: '在这里联系我们', en: 'message us here' } as const

/**
 * What may stand before an invitation in its clause for the platform's channel
 * to take its place whole (`亲，您也可以加我微信` → `亲，您也可以在旺旺上联系我们`):
 * terms of address, the customer, softeners and linking adverbs. Anything else
 * before it (`发QQ给我`, `搜索微信公众号`) is a verb the suggestion would not fit.
 */
export const leadIns: readonly string[] = [
  '亲亲', '亲爱的', '亲', '您们', '您', '你们', '你', '小主', '客官',
  '可以', '可', '请', '麻烦', '烦请', '建议', '方便的话', '如需', '需要的话', '有需要', '有问题', '有事', '有急事', '的话',
  // A time to do it (`到了可以打给我`).
  '到了', '到时候', '到时', '有空', '方便时', '之后', '以后',
  '或者', '或', '也', '还', '再', '直接', '先', '就', '另外', '然后', '同时', '欢迎', '随时', '稍后',
  ' ', ',', '，',
]

/**
 * The platform's own chat named in a reply (`也可以私信小编`, `旺旺留言`): the
 * reply already points there, so offering it again in place of the other
 * channel would say it twice. By `context.platform`; `default` elsewhere.
 */
export const ownChatWords: Readonly<Record<string, readonly string[]>> = {
  taobao: ['旺旺', '千牛', '在线客服'],
  tmall: ['旺旺', '千牛', '在线客服'],
  jd: ['咚咚', '在线客服', '京东客服'],
  weibo: ['私信', '私讯', '微博', '评论'],
  default: ['在线客服', '在这里', '这边留言'],
}

/**
 * Steps that can only be taken on the channel, later in the sentence (`关注公众号，点击“加盟”报名`,
 * `添加服务号，绑定手机号`, `scan the QR code`), or a page or account word right after the invitation
 * (`DM our Insta page`): an in-chat rewrite of the invitation would leave them dangling, so none is
 * offered (readers found `私信联系我们，绑定手机号` meaningless). English words stand whole.
 */
export const channelSteps = {
  /** Right after the invitation. */
  lead: /^ ?(?:page|account|handle|profile|group|channel|id)\b/i,
  /** Anywhere later in its sentence. */
  later: ['点击', '点开', '绑定', '扫码', '扫一扫', '二维码', '菜单', '公众号', '服务号', '小程序', '朋友圈', '输入关键', '回复关键', '转人工'],
  laterEnglish: ['scan', 'qr', 'tap', 'menu', 'follow the account'],
} as const

/** An account id left later in the reply (`lover52091314`, `123456789`): a letter, three word characters or more, two digits; or six digits. */
export const strandedId = { letters: 3, pairDigits: 2, digits: 6 } as const
