/**
 * thank-at-close: when the customer signals the end, thank them, whether or
 * not they buy (003 "無論購買與不購買，都要用真心感謝顧客的光顧").
 *
 *   客户：我再考虑一下  →  好的，有需要再联系。  →  好的，谢谢您，有需要再联系。
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { customerSinceLastReply, foldHistory, type HistoryFold, lastAgentTurnOf, lastCustomerTurnOf } from '../src/language/conversation.js'
import { has, thanksLexicon } from '../src/language/courtesy.js'
import { holdsWords } from '../src/language/clause-edges.js'
import { afterMentions, openerLexicon } from '../src/language/openers.js'
import { isQuestion } from '../src/language/questions.js'
import { LexiconSet, leftmostLongest } from '../src/matcher.js'
import { normalise } from '../src/normalise.js'
import type { Match, RuleContext, Turn } from '../src/types.js'
import { acknowledgements, afterSales, anythingElse, closingOnly, continuing, deciding, farewells, givingIn, leaving, pending, requests, settled, thanks, troubleThanks, welcomes } from './thank-at-close.lexicon.js'

/** The customer's words are matched outside the reply's scan, with one automaton for the three lists. */
const customerWords = new LexiconSet([closingOnly, acknowledgements, requests, troubleThanks])
/** The conversation's words, read once per reply for the situation of the close. */
const situationWords = new LexiconSet([afterSales, pending, settled])

/** How the customer ends the conversation, if they do. */
type Closing = 'deciding' | 'leaving' | 'thanks' | 'givingIn' | undefined
/** Which thanks fit the close. */
type Situation = 'presales' | 'patience' | 'support'

export default defineRule({
  meta: {
    id: 'thank-at-close',
    description: 'Require thanks when the customer signals the end of the conversation.',
    severity: 'warn',
    preset: 'recommended',
    url: ruleUrl('thank-at-close'),
    messages: {
      missing: {
        'zh-CN': '顾客要结束对话了，买不买都要感谢顾客，例如“{expected}”',
        'zh-TW': '顧客要結束對話了，買不買都要感謝顧客，例如「{expected}」',
        en: 'The customer is leaving: thank them, whether or not they buy, for example `{expected}`',
      },
    },
    note: {
      'zh-CN': '手册 003：“无论购买与不购买，都要用真心感谢顾客的光顾”；“好的，谢谢您，买不买都是朋友”。',
      'zh-TW': '手冊 003：「無論購買與不購買，都要用真心感謝顧客的光顧」；「好的，謝謝您，買不買都是朋友」。',
      en: 'Handbook 003: thank the customer sincerely whether or not they buy ("好的，谢谢您，买不买都是朋友").',
    },
  },
  lexicons: [thanksLexicon, acknowledgements, continuing, welcomes, anythingElse, farewells, openerLexicon],
  check(_tree, context) {
    const closing = closingOf(context)
    if (!closing || has(context, thanksLexicon)) return
    // `不客气` answers thanks but does not thank (the catalogue); going on with the task is no close.
    if (has(context, continuing)) return
    // A question back (`请问是哪款手机呢？`) goes on with the task; "anything else?" closes it.
    // (`请问您是哪款手机的呢` asks without a question mark.)
    if (context.sentences.some((sentence) => isQuestion(sentence) || /^\s*请问/.test(context.text.slice(sentence.start, sentence.end))) && !has(context, anythingElse)) return
    // A longer reply with nothing of a close in it (no welcome, wish or invitation back) goes on
    // with the matter: a test result, an instruction (`您好,经过工程师测试,…应该是软件本身的问题.`).
    // After giving in (`那好吧`) the reply most often goes on (`只能退货处理呢`): only a bare
    // acknowledgement (`嗯`) closes without those. (A customer who is leaving or deciding has
    // closed, whatever the reply does.)
    const goesOnFrom = goingOnFrom[closing]
    if (goesOnFrom !== undefined && context.normal.text.length > goesOnFrom && !has(context, welcomes) && !has(context, anythingElse) && !has(context, farewells)) return
    // A first sentence of openers only, cut off by a tilde or a space (`亲~`), runs on into the next;
    // one closed by a full stop (`Okay.`) is a sentence of its own.
    const { sentences } = context
    const openers = context.find(openerLexicon)
    let last = 0
    while (last + 1 < sentences.length && onlyOpeners(context, sentences[last]!, openers) && !/[.。!！?？]\s*$/.test(context.text.slice(sentences[last]!.start, sentences[last]!.end))) last++
    // A term of address run on after the first sentence (`不客气哒|亲亲，…`) belongs to it.
    const lastEnd = sentences[last]?.end ?? 0
    const runsOn = lastEnd > 0 && !/[。.！!？?~～，,\s]/.test(context.text.charAt(lastEnd - 1))
    const first = sentences[0] && { start: sentences[0].start, end: lastEnd + (runsOn ? vocativeAt(context.text, lastEnd) : 0) }
    if (!first) return
    const situation: Situation = closing === 'deciding' ? 'presales' : afterSalesIn(context.history) ? 'patience' : 'support'
    const actual = context.text.slice(first.start, first.end)
    context.report({ start: first.start, end: first.end, expected: [withThanks(context, actual, first.start, situation, openers)] })
  },
})

/** What goes on from an answer to thanks in the same breath (`…，这都是我应该做的`). */
const welcomeGoesOn = /^[，,\s]*(?:这都是|这是|都是|这些都是|我们应该|我应该|小妹应该|应该的|为您服务|能为您服务|很高兴|很荣幸|是我的荣幸)/

/**
 * By how the customer closed, the normalised length from which a reply that holds nothing of a
 * close is taken to go on with the task: after thanks, 20; after giving in, anything longer than a
 * bare acknowledgement (`嗯`, `恩呢`, `好的亲`).
 */
const goingOnFrom: Partial<Record<NonNullable<Closing>, number>> = { thanks: 20, givingIn: 4 }

/** Connectives that open what follows (`那您…`): the thanks go before them, not after. */
const connectives = new Set(['那', '那么', '所以', '然后', '另外', '这样', '这样子', '现在', '今天', '那就'])

/** How the customer closes: deciding whether to buy, leaving, or only thanking. */
function closingOf(context: RuleContext): Closing {
  // A customer whose last words ask (`现在没问题了,下回能否提前通知？`) waits for an answer.
  const last = lastCustomerTurnOf(context.history)
  // (Normalised, so every question mark counts: `？`, `﹖`, `⁇`.)
  // A final 吗/么 asks as a question mark does (`我去拍了能今天发吗`).
  if (last && /(?:\?|吗|么)\s*$/.test(normalise(last.text).text)) return undefined
  if (deciding.some((pattern) => context.customerSays(pattern))) return 'deciding'
  if (leaving.some((pattern) => context.customerSays(pattern))) return 'leaving'
  if (givingIn.some((pattern) => context.customerSays(pattern))) return 'givingIn'
  // Thanks closing an answer to the agent's question (`这个订单也需要换开吗` → `嗯 也是开人之初 谢谢`)
  // hand the answer over: the task goes on.
  const agent = lastAgentTurnOf(context.history)
  const agentAsked = agent !== undefined && /(?:[?？]|吗|么)\s*$/.test(agent.text.trim())
  const said = customerSinceLastReply(context.history).filter((turn) => turn.role === 'customer')
  const thanked = thanksOnly(said, agentAsked)
  if (!thanked) return undefined
  // Thanks for a step the agent promised and is still taking (`我帮您查一下` → `好的谢谢`) come
  // mid-task, unless the reply takes them as a goodbye (`您客气了，还有其他问题吗？`).
  const midTask = agent !== undefined && situationWords.scan(normalise(agent.text).text)[1]!.length > 0
  // `麻烦了` alone is "please go ahead" mid-task, whatever the reply says, and after what the
  // customer handed over in the turn before (`9***` → `麻烦了`).
  if (thanked === 'trouble' && (midTask || said.length > 1)) return undefined
  if (midTask && !has(context, welcomes) && !has(context, anythingElse)) return undefined
  return 'thanks'
}

/**
 * Whether the customer's latest turn (of `said`, their turns since the last reply) only thanks or
 * says goodbye (`好的，谢谢`, `拜拜`): nothing after the thanks but acknowledgements, marks and
 * space. `trouble` when its only thanks are for the trouble (`麻烦了`).
 */
function thanksOnly(said: readonly Turn[], agentAsked: boolean): 'thanks' | 'trouble' | false {
  const latest = said[said.length - 1]
  // Handles and links around the thanks (`Thanks @Kimpton ! https://t.co/…`) are no words of the message.
  const last = latest && normalise(latest.text).text.replace(handlesAndLinks, (found) => ' '.repeat(found.length))
  const [plain, acknowledged, asked, trouble] = last === undefined ? [] : customerWords.scan(last)
  if (last === undefined || !plain || !trouble) return false
  const closed = leftmostLongest([...plain, ...trouble])
  if (closed.length === 0) return false
  // Thanks end the conversation when they end the message: only acknowledgements, marks and space
  // may follow them (`那就这样，谢谢！`); thanks after a request (`麻烦帮我改一下，谢谢`) do not.
  const from = closed[closed.length - 1]!.start
  if (asked!.some((match) => match.end <= from)) return false
  // A complaint or an after-sales matter signed off with thanks (`快递三天还没到，谢谢`) asks for help.
  // (Unless it reports the matter settled: `已经收到退款了，谢谢`.)
  const [sales, , done] = situationWords.scan(last)
  if (sales!.some((match) => match.end <= from) && !done!.some((match) => match.end <= from)) return false
  // Thanks after what the agent asked for (`xx@qq.com，谢谢`, an order number) hand it over mid-task.
  if (/\d{5,}|\w@\w/.test(last.slice(0, from))) return false
  if (holdsOtherWords(last, from, last.length, leftmostLongest([...closed, ...acknowledged!]))) return false
  // An answer to the agent's question before the thanks hands it over mid-task.
  if (agentAsked && holdsOtherWords(last, 0, closed[0]!.start, acknowledged!)) return false
  return plain.length > 0 ? 'thanks' : 'trouble'
}

/** A tweet's handle (not an e-mail's `@`) or a link. */
const handlesAndLinks = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+|https?:\/\/\S+/gu

/** Whether `text[from, to)` holds a letter or a digit that none of `matches` covers. */
function holdsOtherWords(text: string, from: number, to: number, matches: readonly { start: number; end: number }[]): boolean {
  const covered = new Uint8Array(to)
  for (const match of matches) if (match.end <= to) covered.fill(1, match.start, match.end)
  for (let i = from; i < to; i++) if (!covered[i] && /[\p{L}\p{N}]/u.test(text[i]!)) return true
  return false
}

/** Whether the customer brought an after-sales matter or a complaint. */
function afterSalesIn(history: readonly Turn[]): boolean {
  return foldHistory(history, afterSalesSeen)
}

/** The fold behind `afterSalesIn`: a conversation is read once, not once per reply. */
const afterSalesSeen: HistoryFold<boolean> = {
  init: () => false,
  step: (seen, turn) => seen || (turn.role === 'customer' && situationWords.scan(normalise(turn.text).text)[0]!.length > 0),
}

/**
 * The first sentence with thanks put where they read naturally: after `不客气`/`You're
 * welcome` (`不客气哦，也谢谢您的支持`), else after leading handles and openers (`@user `,
 * `好的，`, `您好，`), else first.
 */
function withThanks(context: RuleContext, actual: string, start: number, situation: Situation, openers: readonly Match[]): string {
  const zh = context.lang !== 'en'
  const words = thanks[zh ? 'zh' : 'en']
  const wordsStart = afterMentions(context.text, start, start + actual.length)
  let at = wordsStart
  const welcomeWords = context.find(welcomes)
  for (let guard = 0; guard < 4; guard++) {
    // `No problem`, `不用客气`: an answer to thanks is no opener to pass.
    if (welcomeWords.some((match) => match.start === at)) break
    // The longest opener at this place (`亲爱的`, not the `亲` in it); a connective is no opener to pass.
    let opener: Match | undefined
    for (const match of openers) if (match.start === at && (!opener || match.end > opener.end)) opener = match
    if (opener && connectives.has(context.text.slice(opener.start, opener.end))) break
    // Only an opener set off by a comma or a space is passed (`好的，`, `Hi `); `Okay.` is the sentence.
    // A particle run on to the opener is part of it (`好的呢`, `好哒`): the thanks go after both.
    const next = opener ? skipMarks(context.text, pastParticles(context.text, opener.end)) : at
    // A vocative that ends the sentence (`好的亲`) is passed too: the thanks follow it.
    const endsSentence = zh && !holdsWords(context.text, next, start + actual.length)
    if (!opener || (next === opener.end && !endsSentence && !/\p{Script=Han}/u.test(context.text.charAt(next)))) break
    at = Math.min(next, start + actual.length)
  }
  // `Hi Jin Yen, …`: the name after an English greeting belongs to it; the thanks follow both.
  if (!zh && /(?:hi|hello|hey|dear)\s*$/i.test(context.text.slice(wordsStart, at))) {
    const name = /^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},\s*/.exec(context.text.slice(at, start + actual.length))
    if (name) at += name[0].length
  }
  // The answer to thanks may stand after other words of the first sentence (`[姓名x]不客气`).
  const welcome = welcomeWords.find((match) => match.start === at) ?? welcomeWords.find((match) => match.start >= wordsStart && match.end <= start + actual.length)
  if (welcome) {
    let end = welcome.end
    while (end < context.text.length && '了的哒啦哦呢哈呀嘛滴哟呦噢喔啊哇呐嘞咯'.includes(context.text.charAt(end))) end++
    // A term of address after the welcome belongs to it (`不客气哒亲亲`): the thanks follow both.
    end += vocativeAt(context.text, end)
    const head = context.text.slice(start, end)
    const tail = context.text.slice(end, start + actual.length)
    // The reply's own commas: half-width in a reply that writes them so (`您太客气了,…`).
    const comma = ownCommas(actual, '，')
    // `您太客气了，这都是我应该做的`: the welcome's second half answers the thanks too, so ours go after it.
    // Only its first clause is that second half: what follows (`， 您看还有其他…吗?`) comes after our thanks.
    if (zh && welcomeGoesOn.test(tail)) {
      const lead = /^[，,\s]*/.exec(tail)![0].length
      const cut = tail.slice(lead).search(/[，,。.！!？?；;]/)
      if (cut >= 0) return head + tail.slice(0, lead + cut) + comma + words.afterWelcome + tail.slice(lead + cut)
      const marks = /[。.！!~～\s]*$/.exec(tail)![0]
      return head + tail.slice(0, tail.length - marks.length) + comma + words.afterWelcome + marks
    }
    // A list mark left after the welcome (`不用客气的呢、 很高兴…`) gives way to the comma.
    const after = tail.replace(/^、\s*/, comma)
    if (zh) return head + comma + words.afterWelcome + (after === '' || /^[，,。.！!~～\s]/.test(after) ? after : comma + after)
    // `No worries, the offer runs…`: what followed the welcome starts a sentence after the thanks.
    const rest = tail.replace(/^,\s*/, '')
    if (rest !== tail && rest !== '') return head + words.afterWelcome + '. ' + rest.charAt(0).toUpperCase() + rest.slice(1)
    return head + words.afterWelcome + (tail === '' ? '.' : /^[.!,]/.test(tail) ? tail : '. ' + tail.trimStart())
  }
  let head = context.text.slice(start, at)
  let phrase: string = words[situation]
  // `亲届时…` → `亲，谢谢您的支持，届时…`: an opener run on into the sentence gets its comma.
  if (zh && at > wordsStart && /\p{Script=Han}$/u.test(head)) head += '，'
  let rest = context.text.slice(at, start + actual.length)
  if (!zh) {
    // `Hi, thanks …`: after an English opener and its comma the thanks go on in lower case,
    // and what followed starts a sentence of its own after them.
    if (at > wordsStart && /,\s*$/.test(head)) phrase = phrase.charAt(0).toLowerCase() + phrase.slice(1)
    rest = rest.charAt(0).toUpperCase() + rest.slice(1)
  }
  // Nothing left after the thanks (`好的亲` → `好的亲，谢谢您的支持`): they close the sentence.
  if (zh && !holdsWords(rest, 0, rest.length)) {
    const marks = /[~～\s]*$/.exec(head)![0]
    const bare = head.slice(0, head.length - marks.length)
    return bare + (/[，,]$/.test(bare) ? '' : '，') + phrase.replace(/，$/, '') + marks + rest
  }
  // A reply that opens with its own comma (`，还有什么…`) keeps one, not two.
  if (zh && /^[，,]/.test(rest)) return head + ownCommas(actual, phrase.replace(/[，,]$/, '')) + rest
  return head + ownCommas(actual, phrase) + rest
}

/** The thanks in the reply's own commas: half-width in a reply that writes them so (`好的,…`). */
function ownCommas(actual: string, phrase: string): string {
  return /,/.test(actual) && !/，/.test(actual) ? phrase.replace(/，/g, ',') : phrase
}

/** Whether a sentence holds nothing but openers and marks (`亲~`). */
function onlyOpeners(context: RuleContext, sentence: { readonly start: number; readonly end: number }, openers: readonly Match[]): boolean {
  let at = sentence.start
  for (const opener of openers) {
    if (opener.end <= at || opener.start >= sentence.end) continue
    if (holdsWords(context.text, at, opener.start)) return false
    at = opener.end
  }
  return !holdsWords(context.text, at, sentence.end)
}

/** Past the particles of tone right after an opener (`好的呢`, `好哒`). */
function pastParticles(text: string, from: number): number {
  let at = from
  while (at < text.length && '呢哒啦哦呀嘛滴哟噢喔哈嘞'.includes(text.charAt(at))) at++
  return at
}

/** How long the term of address at `at` is (`亲亲`, `亲爱的`), or 0. */
function vocativeAt(text: string, at: number): number {
  return /^(?:亲爱的|亲亲|親親|親愛的|亲|親)/.exec(text.slice(at, at + 3))?.[0].length ?? 0
}

/** Past the commas, spaces and tildes after an opener (`好的，`, `亲~`). */
function skipMarks(text: string, from: number): number {
  let at = from
  while (at < text.length && '，,、 　~～'.includes(text.charAt(at))) at++
  return at
}
