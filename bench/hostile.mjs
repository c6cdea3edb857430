/**
 * Hostile inputs that once made replylint superlinear (issue 11), each as a
 * function of a target size in UTF-16 units, and a random mix of the
 * characters rules care about. Shared by the linearity test (test/linearity.test.ts)
 * and `npm run bench`, which prints the worst 1 MB time over them.
 */

/** `unit` repeated to `size` units (whole units only). */
export function repeatTo(unit, size) {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)))
}

/** A deterministic pseudo-random generator, so that a slow input can be replayed. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Pieces a random reply is built from: what rules look for, marks, emoji, numbers. */
export const pieces = [
  ...'你我您们的了吗呢哦亲不没别无能可以行请麻烦返现红包好评微信加QQ京东淘宝拼多多订单号运单手机快递保证绝对肯定合适最好已经在见因该谢谢抱歉久等',
  ...'，。！？、；：“”「」『』（）【】《》~～…',
  ...'abcdefghijklmnopqrstuvwxyzIyou.,!?\'"-/ ',
  '\n', '\r\n', '\u200b', '👍🏻', '👨‍👩‍👧', '138', '0013', '8000', 'SF', '123456789012', '{name}', '[数字x]', 'https://item.jd.com/1.html', '@user',
  "don't", "can't", 'cash back', 'WhatsApp', '&gt;', 'XXX元', '①', '1.', '2.', '3.', 'İ', '135.7777.6666',
]

/** A random reply of about `size` units from `pieces`. */
export function randomMix(size, seed = 11) {
  const next = random(seed)
  let text = ''
  while (text.length < size) text += pieces[Math.floor(next() * pieces.length)]
  return text
}

/** Replies: the patterns of issue 11 and of the robustness test, and a random mix. */
export const hostileReplies = [
  { name: "'不能；' (clause splitter)", text: (n) => repeatTo('不能；', n) },
  { name: "'不能;' (clause splitter)", text: (n) => repeatTo('不能;', n) },
  { name: "'你好'", text: (n) => repeatTo('你好', n) },
  { name: "'你'", text: (n) => repeatTo('你', n) },
  { name: "'不'", text: (n) => repeatTo('不', n) },
  { name: "'【' + '】'", text: (n) => repeatTo('【', n / 2) + repeatTo('】', n / 2) },
  { name: "'{'", text: (n) => repeatTo('{', n) },
  { name: "'1'", text: (n) => repeatTo('1', n) },
  { name: "'138 '", text: (n) => repeatTo('138 ', n) },
  { name: "'a.'", text: (n) => repeatTo('a.', n) },
  { name: "'微' + '信'", text: (n) => repeatTo('微', n / 2) + repeatTo('信', n / 2) },
  { name: "'1. 推荐 '", text: (n) => repeatTo('1. 推荐 ', n) },
  { name: '"I can\'t not "', text: (n) => repeatTo("I can't not ", n) },
  { name: "'“'", text: (n) => repeatTo('“', n) },
  { name: "'亲，'", text: (n) => repeatTo('亲，', n) },
  { name: "'jd.com/' + letters + emoji", text: (n) => repeatTo('jd.com/' + 'a'.repeat(292) + '😀 ', n) },
  { name: "'@你没看清楚 好的'", text: (n) => repeatTo('@你没看清楚 好的\n', n) },
  { name: "'客户说“好 好”，不行'", text: (n) => repeatTo('客户说“好 好”，不行。', n) },
  // no-off-platform-contact once asked per invitation what only needs asking once per reply.
  { name: "'加我微信，' (invitations)", text: (n) => repeatTo('加我微信，', n) },
  { name: "'加我微信 abcdefghij ' (invitations, one clause)", text: (n) => repeatTo('加我微信 abcdefghij ', n) },
  // A sentence that never ends: constructions once read it again from its start for each order in it.
  { name: "'这个不归我们管哦，您找快递吧' (orders, one sentence)", text: (n) => repeatTo('这个不归我们管哦，您找快递吧', n) },
  // Claims, superlatives and lists read back to their clause's start (or the end of the list of matches) for each.
  { name: "'这款包你不会起球 ' (claims, one sentence)", text: (n) => repeatTo('这款包你不会起球 ', n) },
  { name: "'这款面料最舒服' (superlatives, one clause)", text: (n) => repeatTo('这款面料最舒服', n) },
  { name: "'这款面料是极品，' (mocking words asked per superlative)", text: (n) => repeatTo('这款面料是极品，', n) },
  { name: "'推荐您：- 白T - 条纹衫 - 外套' (lists)", text: (n) => repeatTo('推荐您：\n- 白T\n- 条纹衫\n- 外套 ', n) },
  // no-insult read each name's clause and sentence whole, for a third party or the speaker.
  { name: "'流氓' (names, one clause)", text: (n) => repeatTo('流氓', n) },
  // Questions that end with their chat bubble, with no bubble in sight: each once looked for the next bubble break to the clause's end.
  { name: "'不是说了吗' (bubble ends, one clause)", text: (n) => repeatTo('不是说了吗', n) },
  // Orders and blame in chat bubbles, each bubble its own clause for its match.
  { name: "'退货单号填上 您那屏幕的问题哈 ' (bubbles)", text: (n) => repeatTo('退货单号填上 您那屏幕的问题哈 ', n) },
  { name: 'random mix', text: (n) => randomMix(n) },
]

/** The pattern the lead is rewriting (no-cash-rebate checks every candidate against every match). */
export const cashRebate = { name: "'好评返现。' (no-cash-rebate)", text: (n) => repeatTo('好评返现。', n) }

/** A conversation of about `size` units: alternating customer and agent turns of about 20 units. */
export function conversationOf(size) {
  const turns = []
  let total = 0
  for (let i = 0; total < size; i++) {
    const text = i % 2 ? '亲，这个不能退哦，13812345678' : `好评有返现吗？我的订单号12345678901234${i % 10}`
    turns.push({ role: i % 2 ? 'agent' : 'customer', text })
    total += text.length
  }
  return turns
}
