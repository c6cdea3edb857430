/**
 * What `greet-first` inserts, by reply language (003 "您好，我是客服奧黛麗，很高興為您服務"),
 * and what tells a reply that is no first one.
 */
import type { Lexicon, LexiconEntry } from '../src/types.js'

/** The greeting prepended by the fix. */
export const greetings = {
  zh: '您好，',
  en: 'Hi! ',
  /** Before an apology or a concern, a quieter greeting. */
  enSombre: 'Hi, ',
  sombre: /\b(?:sorry|apolog|concern|serious|frustrat|unfortunate|regret|hear that|disappoint|inconvenien|trouble|upset|hospital|emergency|injur|accident|get well|passed away|condolence|sick|illness)/i,
  /** First words that go on in lower case after `Hi, ` (not `I`, nor a name). */
  lowered: /^(?:This|That|These|Those|We|We're|We've|We'll|We'd|Our|It|It's|There|That's|Thanks|Thank|So|Sorry|Apologies|Unfortunately|You|You're|You've|You'll|You'd|Your)\b/,
  /**
   * A first sentence of at most three words that exclaims (`Heck yeah!`, `Sad day!`, `Bummer.`):
   * no greeting reads well before it (readers found `Hi! Heck yeah!`, `Hi, oh no!` and
   * `Hi, Sad day!` stilted), so the message stands alone.
   */
  exclamation: /^(?:[\p{L}'’-]+[ ,]+){0,2}[\p{L}'’-]+ *[!.]+$/u,
  /** Openings no greeting reads well before: interjections, hedges and words that go on from a remark. */
  noGreetingBefore: /^(?:Oh|Ooh|Aw|Aww|Ah|Wow|Whoa|Yikes|Ugh|Uh|Oops|Eek|Hmm|Haha|Lol|Ouch|Yay|Woohoo|Hooray|Heck|Hell|Darn|Dang|Shoot|Bummer|Oh-oh|I mean|Well|Welp|Yep|Yup|Nope|Right|And|But|So|Also|Plus|See|Or|Besides|Anyway)\b/,
  /** A grave matter in the customer's words: the greeting stays quiet (`Hi, …`). */
  grave: /\b(?:threat|threaten|harass|assault|police|stolen|robbed|fraud|scam|died|death|dead|funeral|unsafe|attacked|abuse)/i,
  /**
   * A playful Chinese reply (`么么哒`, `嘻嘻`, a tilde) takes the shop's familiar `亲~` rather than a
   * formal `您好，` (readers found `您好，…么么哒` clashing); an interjection opening it (`哇..`) keeps
   * its own beat after the greeting.
   */
  zhPlayful: /么么|哒|嘻嘻|哈哈|嘿嘿|啦|~|～|😘|😁|😄|🥰|萌|^(?:哇|哎呀|哎哟|呀|噢|哇塞|哎妈|哎妈呀|矮马|我的妈|天哪|妈呀)/,
  zhFamiliar: '亲~',
} as const

/**
 * Marks of a reply that continues an earlier one: a part number such as
 * `2/2`, `(2/3)`, `[2/2]` in brackets or at the very end (after the links and
 * the agent's signature are taken off), or an opening ellipsis after the
 * handles (`@115957 ...products`), or an opening that adds to a reply already
 * sent to the same post (`Also, …`, `另外，…`). A bare `3/5` inside the text is
 * a date.
 */
export const continuation = {
  bracketed: /[([（](\d) ?\/ ?(\d)[)\]）]/g,
  last: /(?<![\d/])(\d) ?\/ ?(\d)[.\s]*$/,
  /** A part number right after the handles: `@115 2/2 with us, …`. */
  first: /^\.?(?:@\w{1,30}\s+)+\(?(\d) ?\/ ?(\d)\)?(?![\d/])/,
  tail: /(?:\s+(?:https?:\/\/\S+|[\^*-]\s?[A-Za-z]{1,20}|\.{2,}|…))+\s*$/,
  opening: /^\.?(?:@\w{1,30}\s*)*(?:\.{2,}|…|[,，、;；])/,
  /** The handles, then a word in lower case: the rest of a sentence cut off by the tweet before (`@115899 address, and phone…`). */
  midSentence: /^\.?(?:@\w{1,30}\s+)+(?!https?:|www\.)[a-z]/,
  /**
   * A reply that answers the customer's answer to an earlier reply the history
   * lacks (`Glad we could help`, `Thanks for checking`, `I called and left a
   * message`): the thread goes on.
   */
  answering: /\b(?:(?:so |really )?glad (?:we|i) (?:could|were able to) help|glad to have helped|thanks for (?:checking|confirming|the update|getting back|following up|trying|getting that|sending (?:that|the|us)|the dm)|thank you for (?:checking|confirming|the update|getting back|following up|trying|getting that|sending (?:that|the|us)|the dm)|following up on|as (?:mentioned|discussed|promised)|(?:i|we) (?:called|emailed|messaged|phoned) (?:you|and)|(?:i|we) left (?:you )?a (?:message|voicemail))\b/i,
  /**
   * The customer's first message of the history goes on from an exchange the history lacks
   * (`那怎么办呢`, `能设置的都设置了,还是这样的`): the agent has answered before, so the reply
   * is no first one. `那个`, `那款` point at a thing and open a conversation as well as any word.
   * So does a bare acknowledgement (`好的`, `嗯嗯`, `收到`): it answers something already said.
   */
  customerGoesOn: /^(?:@\S+\s*)*(?:那(?![个款件边里些种样])|那么|所以|可是|但是|还是|然后|不过)|还是这样|还是一样|还是不行|还是没有|依然|仍然|照样|^(?:好的?|好吧|嗯+|恩+|哦+|ok|okay|收到|知道了|明白了?|行|可以)[呢啊呀哦吧~～,，。.!！\s]*$/i,
  /** A second reply to the same post opens by adding to the first (`Also, …`, `P.S. …`, `另外，…`, `补充一下`). */
  adding: /^\.?(?:@\w{1,30}\s*)*(?:(?:also|additionally|in addition|p\.?\s?s\.?|one more thing|further to (?:our|my) (?:last|previous|earlier))\b|另外|补充一下|补充说明|再补充|还有就是)/i,
} as const

/**
 * Thanks for coming, the way English support replies greet (spec: `Thanks for
 * reaching out`): `Thanks for your message`, `Thank you for bringing this to
 * our attention`, in the first clause. Kept here: elsewhere such thanks is
 * no greeting.
 */
export const welcomeThanks: Lexicon<LexiconEntry> = [
  {
    match: [
      // Any thanks that opens the first clause (`Thanks for your message`, `Thanks for your loyalty!`).
      'thanks for', 'thank you for', 'thank you so much for', 'many thanks for', 'thanks so much for', 'ty for', 'thx for',
      'appreciate your', 'we appreciate you',
      '感谢您的来信', '感谢您的留言', '感谢您的反馈', '谢谢您的反馈', '感谢您的咨询', '感谢您的关注', '感谢您的认可', '谢谢您的认可',
      '感谢您的肯定', '谢谢您的肯定', '感谢您的支持', '谢谢您的支持', 'nice shot',
    ],
  },
]

/**
 * Warm terms of address, and greetings in the other languages brand accounts
 * answer in: they greet wherever they stand (`尊敬的…`, `Hola.`). Greetings of
 * the season (`新年快乐`, `Happy holidays`) are the engine's, in `@greeting`.
 */
export const moreGreetings: Lexicon<LexiconEntry> = [
  // Warm terms of address open a reply as `亲` does: `哈尼` (honey), `尊敬的…` (dear …).
  { match: ['哈尼', '尊敬的', '亲爱的'] },
  { match: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'bonjour', 'bonsoir', 'hallo', 'guten tag', 'ciao', 'olá', 'こんにちは', 'こんばんは'] },
]
