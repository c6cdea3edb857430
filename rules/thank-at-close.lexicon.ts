/**
 * What tells `thank-at-close` that the customer is leaving, and the thanks
 * it suggests (003 "好的，謝謝您，買不買都是朋友").
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/**
 * The customer is deciding whether to buy and leaves for now (`我再想想看`, `不买了`,
 * `I'll think about it`): the pre-sales close of 003 fits (`谢谢您，买不买都是朋友`).
 */
export const deciding: readonly string[] = [
  // Near the start of the message: deep in a complaint (`…我这几天再看看,实在不行叫师傅来查…`) it is no goodbye.
  '^ ~16 再|先|回头 想想|考虑|看看|比较|对比|逛逛|琢磨|商量 !问|一下这|下这|下哪|哪',
  // Near the start too: `就不能为用户考虑考虑` deep in a complaint asks the shop to think of its users.
  '^ ~16 考虑一下|考虑考虑',
  '不要了吧|下次吧|下次再',
  // Not buying what was just bought is a cancellation, the task goes on (`我刚买的…所以不买了`).
  '^ ~60!刚买|已经买|买了|下单了|下了单|付款了|拍了|拍下|订了 不买了',
  "i'll|i_will|let_me|i'd_like_to think|pass|come_back|check_back|shop_around|look_around",
  // Round 8: thinking it over or coming back, said at more length (`I'll have a think and come back later`).
  "i'll|i_will|we'll|let_me|i'd_better ~12 have_a_think|think_it_over|think_about_it|sleep_on_it|mull_it_over|come_back_later|check_back_later|get_back_to_you",
  // Deferring to later (`我看一下评价再说`, `那算了吧，我等收到再联系`): the customer leaves the matter for now,
  // not a request to the agent (`处理完再联系我`).
  '^ ~30 再说|在说|再联系|在联系|再来|再找你|再咨询|再决定|在决定 !我|你|您 ~10!吗|么|呢|? $',
  'no_thanks|not_now|maybe_later',
  // Round 6: buying later (`那我过两天下单`) or not at all (`那不能买的`): the customer decides and goes.
  '^ 那|那我|我|那就 ~4 过两天|过几天|晚点|晚些|回头|改天|到时候|等几天 再? 下单|买|拍|来买|来拍|付款|入手 吧|哈|哦|了|啦? $',
  '^ ~4 不能买|买不了|没法买|不买了|不拍了 ~16!吗|么|呢 $',
  // Going off to look elsewhere (`我去别的店看看`): the customer leaves undecided.
  '^ ~8 我去|那我去|我先去 别的店|别家|其他店|逛逛|看看别的 ~10 $',
  // Giving up over the price (`算了，还是有点贵`), or the reason first (`东西太贵了，不要了`).
  '^ 算了 ~12 贵|不买|不要了|不拍|下次|再说 ~6!吗|么|? $',
  '^ ~12 贵|不合适|不喜欢|不划算 ~6 不要了|不买了|不拍了|算了 吧|啦|哈? $',
]

/**
 * The customer is done, wherever in the message they say so: constructions over their words
 * (`那就这样吧`, `没别的问题了`, `that's everything`).
 */
/**
 * Giving in (`那好吧`, `那算了`): the customer accepts the answer and goes, as with `那就这样吧`; a
 * reply may still go on with the task, so it closes as thanks do. Not a bare `好吧` or `行吧`
 * ("okay"), which readers took as no goodbye. (`那`, `好吧` are openers too, so the message is
 * read from its very start.)
 */
export const givingIn: readonly string[] = ['^^ 嗯|嗯嗯|哦|噢|唉|哎? 那好吧|那行吧|那算了|算了|算了吧 $']

export const leaving: readonly string[] = [
  // The customer's own goodbye, not one reported or denied in a complaint (`告诉我已经没有问题了`,
  // `别再说没问题了`, `这不是没事耽误事了`).
  '^ ~60!说|告诉|不是|别 就这样吧|先这样吧|那就这样|先这样|就这些吧|就这些了|就酱|就酱紫',
  '^ ~60!说|告诉|不是|别 没|没有 ~4 问题了|事了|别的了|其他了|什么了|啥了|别的问题|其他问题',
  // `嗯嗯 那就这样吧`: openers (`那就`, `这样`) and a final 吧, nothing else.
  '^ 吧 $',

  "that's|that_is|that'll_be all|everything|it_for_now",
  'never_mind|all_set|all_good',
  // Going off to buy (`行，就这样，我去拍了`): the matter is settled.
  '^ ~8 我去|那我去|我先去|我这就去|我现在去 拍|下单|买|付款|付 ~10 $',
]

/**
 * Thanks and "nothing else": a goodbye only when it is the whole message
 * (`好的谢谢`, `没有了`), not the end of a request (`帮我改一下地址，谢谢`).
 */
export const closingOnly: Lexicon<LexiconEntry> = [
  { match: ['谢谢', '谢谢你', '谢谢您', '多谢', '感谢', '谢啦', '谢了', '没有了', '没别的了', '没其他问题了', '没有其他问题了', '没事了', '没了', '没啦', '没有啦'] },
  // Thanks as people type them (`3q`, `蟹蟹`, `感恩`), in Cantonese (`唔该晒`), and a goodbye after
  // them (`thx 亲 就酱`, `冇嘢喇`).
  { match: ['3q', '蟹蟹', '感恩', '唔该', '唔该晒', '多谢晒', '就酱', '就酱紫', '冇嘢喇', '冇嘢啦', '冇嘢了', '冇其他了'] },
  // `算了` is mostly about a complaint; `不要了` alone cancels an order (`那我不要了` → a refund step), not a goodbye.
  { match: ['算了'] },
  { match: ['thanks', 'thank you', 'thx', 'thnx', 'thanx', 'ty', 'tysm', 'thank u', 'much appreciated', 'appreciate it', "that's all", 'that is all', 'all good', 'nothing else'] },
  // A goodbye only ends the conversation at the end of the message: `各自拜拜` in a story does not.
  { match: ['拜拜', '再见', '88', 'bye', 'goodbye', 'bye bye', 'see you', 'see ya', 'cheers', 'take care', 'have a good day', 'have a good one', 'have a nice day'] },
  // Goodbyes as chat types them: `拜` alone (not `拜托`, a please), `886` (拜拜了), `回见`, `下次见`.
  { match: '拜', notBefore: ['托', '年', '访', '读', '师', '佛', '神', '见', '堂', '金'] },
  { match: ['886', '8886', '拜了', '拜啦', '拜咯', '回见', '下次见', '改天见', 'bye now', 'later', 'laters', 'ttyl'] },
  // Thanks with what they are for (`Thanks for the help`, `Appreciate the help`): the thanks of a close.
  {
    match: ['for the help', 'for your help', 'for the assistance', 'for your assistance', 'for your time', 'for the info', 'for the information', 'for the update', 'for the quick reply', 'for the quick response', 'for getting back to me', 'for sorting it', 'for sorting this', 'for sorting that', 'for sorting it out', 'for your patience'].flatMap((what) => [
      `thanks ${what}`, `thank you ${what}`, `thank u ${what}`, `thx ${what}`, `cheers ${what}`, `many thanks ${what}`,
    ]),
  },
  { match: ['appreciate the help', 'appreciate your help', 'appreciate the assistance', 'appreciate your time', 'appreciate the quick reply', 'appreciate the update', 'appreciate that'] },
]

/**
 * Thanks for the trouble taken (`嗯呢 麻烦了`, `辛苦了`): a goodbye after the agent's answer, but
 * "please go ahead" while the agent is still at the task (`我先查下` → `好麻烦了`), so they close
 * only when nothing is pending and they answer the agent's last words.
 */
export const troubleThanks: Lexicon<LexiconEntry> = [
  { match: ['麻烦了', '麻烦你了', '麻烦您了', '麻烦你们了', '添麻烦了', '辛苦了', '辛苦你了', '辛苦您了', '辛苦啦', '辛苦', '辛苦辛苦', '辛苦哈', '辛苦哒'] },
]

/** A request before the thanks makes them a "please", not a goodbye (`麻烦帮我登记一下，谢谢`). */
export const requests: Lexicon<LexiconEntry> = [
  // `麻烦了` thanks for trouble already taken; `麻烦帮我…` asks.
  { match: '麻烦', notBefore: ['了', '你了', '您了', '你们了'] },
  { match: ['帮我', '帮忙', '请', '能不能', '可不可以', '能否', '可否', '给我', '吗', '?', '？'] },
  // A question with thanks in advance (`明天上午几点能拿到 谢谢`) waits for its answer.
  { match: ['几点', '什么时候', '多久', '哪天', '多少', '怎么', '为什么', '是不是', '有没有'] },
  // A demand ended with thanks (`尽快解决，谢谢`) is still a demand.
  { match: ['尽快', '赶紧', '快点', '抓紧', '速度', '给个说法', '给我个说法', '给个交代', '马上处理'] },
  // A condition or a wish before the goodbye (`如果受制于硬件，那就算了`) still waits for an answer.
  { match: ['如果', '要是', '假如', '希望'] },
  { match: ['please', 'can you', 'could you', 'would you', 'help me', 'asap', 'as soon as possible'] },
]

/** Words that may stand beside the thanks in a goodbye (`好的，谢谢！`). */
export const acknowledgements: Lexicon<LexiconEntry> = [
  { match: ['好的', '好滴', '好嘞', '好哒', '好', '嗯嗯', '嗯', '恩', '哦', '行', '可以', '没问题', '收到', '知道了', '亲', '啦', '哈', '了', '呢', '哒', '嘛', '客服', '小姐姐', '小哥哥', '你', '您', '你们', '啊', '呀', '哟', '哈哈', '老板', '美女', '帅哥', '妹子', '姐', '哥', '宝宝', '亲亲', '亲爱的'] },
  { match: ['ok', 'okay', 'great', 'cool', 'got it', 'alright', 'perfect', 'so much', 'a lot', 'again'] },
  // The matter settled, said before the thanks (`Got it sorted, appreciate the help`).
  // What the thanks are for, after them (`thank you for replying!`, `谢谢你的耐心解答`): still only thanks.
  { match: ['for replying', 'for the reply', 'for your reply', 'for responding', 'for the response', 'for your response', 'for the quick response', 'for your help', 'for the help', 'for helping', 'for getting back', 'for getting back to me', 'for the info', 'for the information', 'for your time', 'for the update', 'for letting me know', 'for checking', 'for looking into it', 'for your patience'] },
  { match: ['的回复', '回复', '的帮助', '帮助', '的解答', '解答', '耐心解答', '的耐心', '耐心', '帮忙'] },
  { match: ['sorted', 'all sorted', 'got it sorted', 'that worked', 'it worked', 'works now', 'working now', 'that fixed it', 'fixed', 'all done', 'done', 'awesome', 'brilliant', 'excellent', 'amazing', 'wonderful', 'lovely', 'thanks again', 'really', 'very much'] },
  // Praise that seals the thanks (`Thank you, you are awesome`, `谢谢，你们真棒`): still only thanks.
  { match: ['you are awesome', "you're awesome", 'you are the best', "you're the best", 'you rock', 'you guys rock', 'you guys are awesome', 'you guys are the best', 'you are amazing', "you're amazing", 'much appreciated', 'appreciate it'] },
  { match: ['你真好', '您真好', '你们真好', '真棒', '你们真棒', '太棒了', '棒棒哒', '给力', '点赞', '赞', '爱你', '爱你们', '么么哒'] },
]

/** An answer to thanks: courteous on its own (`不客气`, `you're welcome`). */
export const welcomes: Lexicon<LexiconEntry> = [
  { match: ['不客气', '您客气', '客气了', '客气啦', '太客气', '别客气', '不用客气', '不用谢', '应该的', '这是我应该做的', '不谢', '您太客气', '你太客气', '您太客气了', '您太客气啦', '没事的', '没关系的', '客气', '小事一桩', '哪里哪里'] },
  { match: ['no worries', 'not a problem', "you're welcome", 'you are welcome', 'my pleasure', 'our pleasure', 'the pleasure is ours', 'anytime', 'any time', 'happy to help', 'glad to help', 'glad we could help', 'no problem'] },
]

/**
 * What makes a reply a close rather than more of the task: a wish, a goodbye, an invitation
 * back (`祝您生活愉快`, `有问题随时联系`, `Have a great day`).
 */
export const farewells: Lexicon<LexiconEntry> = [
  { match: ['祝您', '祝你', '再见', '拜拜', '欢迎', '随时', '有问题', '有需要', '期待', '下次', '愉快', '开心', '满意', '支持'] },
  { match: ['have a', 'take care', 'good day', 'enjoy', 'bye', 'feel free', 'see you', 'reach out', 'let us know', 'happy'] },
]

/** "Anything else?": the reply takes the customer's thanks as the end of the matter. */
export const anythingElse: Lexicon<LexiconEntry> = [
  { match: ['还有其他', '还有什么', '还有别的', '其他问题', '其他需要', '别的问题', '其他业务', '还要咨询', '还需要咨询', '还有要咨询', '还有需要', '还需要什么', '还要什么', '还有问题', '还有疑问', '其他可以帮'] },
  { match: ['anything else', 'something else'] },
  // Asking for a rating ends the service (`麻烦给妹子的服务做个评价可以嘛`): a question, but no task.
  { match: ['做个评价', '给个评价', '评价一下', '点个评价', '服务评价', '满意度', '打个分', '五星', '好评'] },
  { match: ['rate our', 'rate us', 'rate the', 'quick survey', 'leave a review'] },
]

/** A reply that goes on with the task is not a close (`这就为您取消`, `请稍等，正在为您改地址`). */
export const continuing: Lexicon<LexiconEntry> = [
  // Asking the customer for what the task needs (`您告诉妹子下您的号码哦`).
  { match: ['告诉我', '告诉妹子', '告诉小妹', '告诉下', '告诉一下', '提供一下', '提供下', '发一下', '发下'] },
  { match: ['稍等', '稍候', '正在', '这就', '马上为您', '马上帮您', '立即为您', '现在为您', '现在帮您', '这边为您', '这边帮您', '为您取消', '为您修改', '为您申请', '为您处理', '帮您处理', '帮您取消', '帮您修改', '帮您申请', '帮您查', '为您查', '会为您', '会帮您', '为您进行', '帮您进行', '一起记录', '记录一下'] },
  // The agent doing it now (`这里为您操作`, `帮您办理`): the task goes on.
  { match: ['为您操作', '帮您操作', '给您操作', '为您办理', '帮您办理', '给您办理', '为您安排', '帮您安排', '给您安排', '为您登记', '帮您登记', '为您备注', '帮您备注', '给您备注'] },
  { match: ['one moment', 'let me', 'checking', 'bear with us', 'hold on', 'give us a moment', "we'll look", 'we will look', 'looking into'] },
  // Carrying on in direct messages (`we has respond you via DM, see you there`): the task goes on there.
  { match: ['via dm', 'in dm', 'in dms', 'via direct message', 'sent you a dm', 'sent a dm', 'resend the dm', 'resent the dm', 'check your dm', 'check your dms', 'see you there', 'kindly check'] },
]

/** After-sales words in the conversation: the close thanks for patience, not for browsing. */
export const afterSales: Lexicon<LexiconEntry> = [
  // A problem the customer brought (not a pre-sales question about couriers: `发什么快递`).
  { match: ['退货', '退款', '换货', '售后', '投诉', '坏了', '破损', '质量问题', '没收到', '维修', '补发', '催', '延迟', '晚了', '还没到', '丢件', '漏发', '少发', '错发', '不能用'] },
  { match: ['refund', 'return', 'broken', 'damaged', 'late', 'delay', 'delayed', 'missing', 'complaint', 'repair', 'replacement', 'tracking'] },
]

/**
 * The matter settled, said before the thanks (`已经收到退款信息了，谢谢你了`, `Got my refund, thanks`):
 * after-sales words then report an end, not a problem still to solve.
 */
export const settled: Lexicon<LexiconEntry> = [
  { match: ['收到了', '已收到', '已经收到', '收到退款', '到账了', '已到账', '退回来了', '解决了', '搞定了', '弄好了', '处理好了', '修好了', '能用了', '可以用了', '没问题了'], notAfter: ['没', '没有', '未', '还没', '不', '没能', '还没有'] },
  { match: ['got my refund', 'received my refund', 'refund came through', 'it worked', 'that worked', 'all sorted', 'sorted now', 'fixed now', 'resolved now', 'works now', 'working now'] },
]

/**
 * A step the agent promised and is still taking (`我帮您查一下`, `let me check`): the customer's
 * thanks for it come mid-task, and the reply that delivers the result is no close.
 */
export const pending: Lexicon<LexiconEntry> = [
  { match: ['帮您查', '为您查', '给您查', '查一下', '查下', '查查', '先查', '查询一下', '核实', '确认一下', '处理一下', '申请一下', '联系一下', '反馈一下', '跟进', '登记一下', '催一下', '稍等', '稍候', '正在'] },
  { match: ["i'll check", 'i will check', "we'll check", 'we will check', 'let me check', 'let me look', 'will get back', 'look into', 'looking into', 'one moment'] },
]

/**
 * How the suggested reply thanks the customer, by language and by situation: deciding
 * whether to buy (003's `买不买都是朋友`), after an after-sales matter or a complaint (patience),
 * or otherwise (support). `afterWelcome` goes after `不客气`/`You're welcome` (003: `不客气哦，
 * 也谢谢您的支持`).
 */
export const thanks = {
  zh: { presales: '谢谢您，买不买都是朋友，', patience: '谢谢您的耐心，', support: '谢谢您的支持，', afterWelcome: '也谢谢您的支持' },
  en: { presales: 'Thanks for considering us! ', patience: 'Thanks for your patience! ', support: 'Thanks for reaching out! ', afterWelcome: ', and thanks for reaching out' },
} as const
