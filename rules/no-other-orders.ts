/**
 * no-other-orders: never send another customer's order id, tracking number,
 * phone number, name or address (002 "客戶過來諮詢其他訂單的相關信息，請勿直接發送
 * （洩露客戶信息扣6分處罰）").
 *
 *   亲，您同事那单的运单号是SF104729384756。  →  亲，麻烦让下单的账号联系我们，这边帮您查询哦。
 *
 * What belongs to the customer comes from `context.customer` and from what the
 * customer wrote earlier in `context.history`. A number is *leaked* (the
 * rule's severity) when `context.customer` lists the customer's own numbers
 * of that kind and this one is not among them; without that list nobody can
 * tell whose it is, so it is *unverified*: reported one level lower, never
 * above warning, asking the agent to make sure it is the customer's — unless
 * the customer sent a picture or a screenshot, which the number most likely
 * comes from.
 */
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { foldHistory, type HistoryFold } from '../src/language/conversation.js'
import { findIdentifiers, maskValue, type Identifier, type IdentifierKind } from '../src/language/identifiers.js'
import { LruCache } from '../src/lru.js'
import { leftmostLongest } from '../src/matcher.js'
import { afterExampleWord } from '../src/language/examples.js'
import { sentenceAt } from '../src/language/proximity.js'
import { isQuestion } from '../src/language/questions.js'
import { normalise, normalisedIndex } from '../src/normalise.js'
import type { CustomerInfo, Match, RuleContext, Turn } from '../src/types.js'
import {
  addressMarks,
  imageWords,
  labels,
  nameEnds,
  notNameStarts,
  owners,
  personLinks,
  phoneLabels,
  streetWords,
  type LabelEntry,
  type OwnerEntry,
  askedNumbers,
  askWords,
  contactLines,
  otherPeople,
  yoursAfter,
  yoursBefore,
  yoursLinks,
} from './no-other-orders.lexicon.js'

const ask = {
  'zh-CN': '不要直接发送；请顾客用下单的账号来咨询',
  'zh-TW': '不要直接發送；請顧客用下單的帳號來諮詢',
  en: 'do not send it; ask the customer to contact us from the account that placed the order',
} as const

export default defineRule({
  meta: {
    id: 'no-other-orders',
    description: "Disallow other customers' order ids, tracking numbers, phone numbers, names and addresses.",
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('no-other-orders'),
    messages: {
      order: {
        'zh-CN': `订单号“{actual}”可能属于其他顾客，${ask['zh-CN']}`,
        'zh-TW': `訂單號「{actual}」可能屬於其他顧客，${ask['zh-TW']}`,
        en: `\`{actual}\` may be another customer's order id: ${ask.en}`,
      },
      tracking: {
        'zh-CN': `运单号“{actual}”可能属于其他顾客，${ask['zh-CN']}`,
        'zh-TW': `運單號「{actual}」可能屬於其他顧客，${ask['zh-TW']}`,
        en: `\`{actual}\` may be another customer's tracking number: ${ask.en}`,
      },
      phone: {
        'zh-CN': `手机号“{actual}”可能属于其他顾客，${ask['zh-CN']}`,
        'zh-TW': `手機號「{actual}」可能屬於其他顧客，${ask['zh-TW']}`,
        en: `\`{actual}\` may be another customer's phone number: ${ask.en}`,
      },
      name: {
        'zh-CN': `姓名“{actual}”可能属于其他顾客，${ask['zh-CN']}`,
        'zh-TW': `姓名「{actual}」可能屬於其他顧客，${ask['zh-TW']}`,
        en: `\`{actual}\` may be another customer's name: ${ask.en}`,
      },
      address: {
        'zh-CN': `地址“{actual}”可能属于其他顾客，${ask['zh-CN']}`,
        'zh-TW': `地址「{actual}」可能屬於其他顧客，${ask['zh-TW']}`,
        en: `\`{actual}\` may be another customer's address: ${ask.en}`,
      },
      unverified: {
        'zh-CN': '请确认“{actual}”这个号码属于这位顾客：不是的话不要发送，请顾客用下单的账号来咨询',
        'zh-TW': '請確認「{actual}」這個號碼屬於這位顧客：不是的話不要發送，請顧客用下單的帳號來諮詢',
        en: 'Make sure this number belongs to this customer: if `{actual}` is not theirs, do not send it',
      },
    },
    note: {
      'zh-CN': '手册 002：“客户过来咨询其他订单的相关信息，请勿直接发送（泄露客户信息扣6分处罚）”，让客户用下单的旺旺来咨询。',
      'zh-TW': '手冊 002：「客戶過來諮詢其他訂單的相關信息，請勿直接發送（洩露客戶信息扣6分處罰）」，讓客戶用下單的旺旺來諮詢。',
      en: "Handbook 002: never send details of other orders to the customer asking (leaking customer data costs 6 points); let them ask from the account that placed the order.",
    },
  },
  lexicons: [labels, owners],
  check(_tree, context) {
    const { customer } = context
    const names = customer.names?.length ? customer.names : undefined
    const addresses = customer.addresses?.length ? customer.addresses : undefined
    const identifiers = mayHoldIdentifier(context.normal.text) ? findIdentifiers(context.text, context.normal) : []
    if (identifiers.length === 0 && !names && !addresses) return
    if (identifiers.length > 0) {
      const owned = ownedValues(customer, context.history)
      const known = knownKinds(customer)
      const isOwned = (identifier: Identifier) => owned.has(identifier.value) || owned.has(digitsOf(identifier.value))
      // A tracking number next to the customer's own order id is that order's parcel.
      const ordersOwned = identifiers.filter((identifier) => identifier.kind === 'order').map(isOwned)
      const parcelOfOwnOrder = ordersOwned.length > 0 && ordersOwned.every(Boolean)
      const ownerWords = new OwnerWords(context, identifiers.some((identifier) => identifier.kind === 'phone') ? leftmostLongest(context.find(owners, { quoted: true })) : [])
      // End of the last staff number: the next one in a list (`18607184231、18607184224`) is staff too.
      let staffEnd = -1
      let fromImage: boolean | undefined
      for (const identifier of identifiers) {
        if (isOwned(identifier) || inUrl(context.text, identifier.start) || notAnId(context.text, identifier)) continue
        if (identifier.kind === 'tracking' && parcelOfOwnOrder) continue
        if (identifier.kind === 'phone') {
          const listed = staffEnd >= 0 && /^\s{0,2}(?:[、,，/]|和|或|or|and)\s{0,2}$/.test(context.text.slice(staffEnd, identifier.start))
          if (listed || ownerWords.staffNumber(identifier.start, identifier.end)) {
            staffEnd = identifier.end
            continue
          }
        }
        if (afterExampleWord(context.normal.text, normalisedIndex(context.normal, identifier.start))) continue
        const actual = context.text.slice(identifier.start, identifier.end)
        const display = maskValue(actual)
        if (known.has(identifier.kind)) {
          context.report({ messageId: identifier.kind, start: identifier.start, end: identifier.end, expected: [], display })
        } else if (readBack(context, identifier)) {
          if (identifier.kind === 'phone') staffEnd = identifier.end
        } else if (!(fromImage ??= foldHistory(context.history, sentImage) || foldHistory(context.history, askedForOwn))) {
          context.report({ messageId: 'unverified', start: identifier.start, end: identifier.end, expected: [], display, lower: true })
        }
      }
    }

    if (names || addresses) {
      const spoken = customerTurns(context.history).map((turn) => compact(normalise(turn.text).text)).join('\n')
      const knownNames = names?.map((name) => compact(normalise(name).text))
      const knownAddresses = addresses?.map((address) => compact(normalise(address).text))
      for (const label of leftmostLongest(context.find(labels, { quoted: true }))) {
        const { field, english } = label.entry
        const known = field === 'name' ? knownNames : knownAddresses
        if (!known) continue
        const value = english ? englishValue(context.text, label, field) : chineseValue(context, label, field)
        if (!value) continue
        const key = compact(normalise(context.text.slice(value[0], value[1])).text)
        if (key.length < 2 || spoken.includes(key) || known.some((item) => sameValue(item, key))) continue
        const actual = context.text.slice(value[0], value[1])
        context.report({ messageId: field, start: value[0], end: value[1], expected: [], display: maskValue(actual) })
      }
    }
  },
})

/**
 * Whether the reply says whose the number is, so that nobody can take it for
 * another customer's: read back to the customer as theirs (`您的订单号：…`,
 * `…这个是您的包裹单号`, `请问是…号码吗？`), or the shop's own contact line or
 * signature (`联系电话：0591-…`, a name and a number closing the reply).
 * Only asked where the context cannot check the owner.
 */
function readBack(context: RuleContext, identifier: Identifier): boolean {
  const { text } = context
  const sentence = sentenceAt(context, normalisedIndex(context.normal, identifier.start))
  const from = sentence?.start ?? 0
  const to = sentence?.end ?? text.length
  // Bounded, so a reply of many numbers in one long sentence stays linear.
  const head = text.slice(Math.max(from, identifier.start - readBackWindow), identifier.start).toLowerCase()
  const tail = text.slice(identifier.end, Math.min(to, identifier.end + readBackWindow)).toLowerCase().trimStart()
  // Weibo replies end sentences with a half-width stop between Chinese words (`解决.联系电话：…`).
  const stop = Math.max(...lineStops.map((mark) => head.lastIndexOf(mark)))
  const line = stop < 0 && identifier.start - from > readBackWindow ? undefined : head.slice(stop + 1).replace(/^[\s,，]+/, '')
  const near = line ?? head
  if (otherPeople.some((word) => near.includes(word) || tail.slice(0, 6).includes(word))) return false
  // An id's letters go with its digits (`此订单pzf2015…`).
  const link = stripEnd(head.trimEnd().replace(/[a-z]{1,4}$/, ''), yoursLinks)
  if (yoursBefore.some((word) => link.endsWith(word))) return true
  if (yoursAfter.some((word) => tail.startsWith(word))) return true
  // A yes-no question that asks whether it is this number (`亲,是156…号码吗？`).
  if (sentence && isQuestion(sentence) && /是[:：\s]*[a-z]{0,4}$/.test(head) && tail.length <= 12) return true
  // The shop's contact line: a label opening its line and the number straight after it.
  if (line !== undefined && contactLines.some((label) => line.startsWith(label) && /^[:：\s]*$/.test(line.slice(label.length)))) return true
  // A signature: a short name closing the reply, set apart from the last sentence.
  return /^[\s.。!！~]*$/.test(text.slice(identifier.end)) && /(?:[。.!！?？~\n]|\s{2})\s*[\u4e00-\u9fff]{2,4}\s*$/.test(text.slice(Math.max(0, identifier.start - 12), identifier.start))
}

/** `text` without any of `words` repeated at its end (`您联系电话是：` → `您`). */
function stripEnd(text: string, words: readonly string[]): string {
  let rest = text
  for (let changed = true; changed; ) {
    changed = false
    for (const word of words) {
      if (rest.endsWith(word)) {
        rest = rest.slice(0, -word.length)
        changed = true
      }
    }
  }
  return rest
}

/** What ends a line of text before a contact label. */
const lineStops = ['。', '.', '!', '！', '?', '？', ';', '；', '\n']

/** How far around a number `readBack` reads. */
const readBackWindow = 40

/**
 * Whether `text` (normalised) may hold an identifier: 11 digits in a row for a
 * phone or a parcel, or 6 after `订单`. Most replies (`满199减20`, `@115712`)
 * skip the identifier scan.
 */
function mayHoldIdentifier(text: string): boolean {
  const run = longestDigitRun(text)
  // English shops' order numbers are short (`order #48213`), UPS numbers mostly letters (`1Z999AA1…`).
  return run >= 11 || (run >= 6 && text.includes('订单')) || (run >= 4 && /order/i.test(text)) || /1z/i.test(text)
}

/**
 * The longest run of digits in `text`, counting across up to three spaces, hyphens and dots between
 * two digits (`136 9876 5432`, `135.7777.6666`, `1 3 9 - 0 0 0 1 - 2 3 4 5` are 11): as far as
 * `findIdentifiers` reads a phone number.
 */
function longestDigitRun(text: string): number {
  let longest = 0
  let run = 0
  let apart = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) {
      run++
      apart = 0
      if (run > longest) longest = run
    } else if ((c === 0x20 || c === 0x2d || c === 0x2e) && run > 0 && apart < maxApart) {
      apart++
    } else {
      run = 0
      apart = 0
    }
  }
  return longest
}

/** The most separators between two digits of one number (`9 - 0`). */
const maxApart = 3

/**
 * Whether the customer sent something the linter cannot read (a picture, a screenshot): an
 * unlisted number may come from it. A fold, so a conversation is read once, not once per reply.
 */
const sentImage: HistoryFold<boolean> = {
  init: () => false,
  step(sent, turn) {
    if (sent || turn.role !== 'customer') return sent
    const text = turn.text.toLowerCase()
    return imageWords.some((word) => text.includes(word))
  },
}

/**
 * Whether the customer asked for their own numbers (`今天能给我ems单号吗`) and named nobody
 * else: the numbers in the reply answer them. A fold, read once per conversation.
 */
const askedForOwn: HistoryFold<boolean> = {
  init: () => false,
  step(asked, turn) {
    if (asked || turn.role !== 'customer') return asked
    const text = turn.text.toLowerCase()
    return askedNumbers.some((word) => text.includes(word)) && askWords.some((word) => text.includes(word)) && !otherPeople.some((word) => text.includes(word))
  },
}

function customerTurns(history: readonly Turn[]): Turn[] {
  return history.filter((turn) => turn.role === 'customer')
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, '')
}

/** Comparable forms of an identifier as the customer or the context wrote it. */
function keysOf(written: string): string[] {
  const value = written.replace(/[^0-9a-z]/gi, '').toUpperCase()
  const digits = digitsOf(value)
  const keys = [value, digits]
  // A phone number with its country code (`+86 138…`) is the same number.
  if (/^861[3-9]\d{9}$/.test(digits)) keys.push(digits.slice(2))
  return keys
}

/** Turns seen recently, with the identifiers they hold (the same history comes with every keystroke). */
const turnCache = new LruCache<string, readonly string[]>(256)

/** The identifiers of one turn, in every comparable form. */
function turnValues(text: string): readonly string[] {
  const cached = turnCache.get(text)
  if (cached) return cached
  const view = normalise(text)
  const values: string[] = []
  for (const identifier of findIdentifiers(text, view)) for (const key of keysOf(identifier.value)) values.push(key)
  // Numbers the customer typed without a label are theirs too (`单号 70108703183875`).
  for (const match of view.text.matchAll(/[a-z]{0,4}\d[\d -]{4,30}\d/g)) for (const key of keysOf(match[0])) values.push(key)
  for (const match of view.text.matchAll(/\d{6,20}/g)) values.push(match[0])
  turnCache.set(text, values)
  return values
}

/**
 * The kinds of number whose owner the context names: `context.customer` lists
 * the customer's order ids (which also own their parcels) or phones. What the
 * customer wrote earlier is theirs too, but it is not the whole list (a
 * customer has more than one order), so it cannot make another number a leak.
 */
function knownKinds(customer: Readonly<CustomerInfo>): Set<IdentifierKind> {
  const known = new Set<IdentifierKind>()
  if (customer.orderIds?.length) known.add('order').add('tracking')
  if (customer.phones?.length) known.add('phone')
  return known
}

/** Every comparable form of the identifiers the customer wrote, gathered turn by turn. */
const customerValues: HistoryFold<Set<string>> = {
  init: () => new Set(),
  step(values, turn) {
    if (turn.role === 'customer') for (const key of turnValues(turn.text)) values.add(key)
    return values
  },
}

/** Every comparable form of what belongs to the customer. */
function ownedValues(customer: Readonly<CustomerInfo>, history: readonly Turn[]): { has(key: string): boolean } {
  const given = new Set<string>()
  for (const written of [...(customer.orderIds ?? []), ...(customer.phones ?? [])]) for (const key of keysOf(written)) given.add(key)
  const said = foldHistory(history, customerValues)
  return { has: (key) => key !== '' && (given.has(key) || said.has(key)) }
}

/**
 * Digits that are no order id, parcel or phone of anyone: the tail of a lettered id (`工单号：TS1605…`,
 * `pzf2015…`) or an SMS service number (`10655…`, the sender of a text). They stay masked in
 * messages; they are only not reported.
 */
function notAnId(text: string, identifier: Identifier): boolean {
  if (/[a-z]/i.test(text.charAt(identifier.start - 1))) return true
  return identifier.kind === 'order' && identifier.value.startsWith('106')
}

/** Whether the digits at `start` are part of a link (`item.jd.com/100012345678.html`, `?id=…`). */
function inUrl(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 200; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x2f || c === 0x3d || c === 0x3f || c === 0x26) return true // / = ? &
    if (c <= 0x20 || c > 0x7e) return false
  }
  return false
}

/** How far before a phone number the word naming its owner may stand. */
const ownerWindow = 20

/** What may be left between an owner word and its number once the phone labels are out: a short name. */
const maxNameBetween = 4

/**
 * The owner words of a reply, read once from left to right as the phone
 * numbers come in order, so a reply with many numbers stays linear.
 */
class OwnerWords {
  private readonly context: RuleContext
  private readonly words: readonly Match<OwnerEntry>[]
  /** Index of the first word not yet passed. */
  private next = 0
  /** The nearest word passed that names an owner. */
  private nearest: Match<OwnerEntry> | undefined

  constructor(context: RuleContext, words: readonly Match<OwnerEntry>[]) {
    this.context = context
    this.words = words
  }

  /**
   * Whether the phone at `[start, end)` is the shop's, a courier's or a
   * hotline's: the nearest owner word before it is staff and only phone
   * labels and a short name stand between (`配送员的电话是138…`, `请拨打…`), or
   * a staff word follows it at once (`8618618610010国际客服`).
   */
  staffNumber(start: number, end: number): boolean {
    const normal = this.context.normal.text
    for (; this.next < this.words.length && this.words[this.next]!.end <= start; this.next++) {
      const word = this.words[this.next]!
      if (word.entry.owner === 'person' && !word.entry.owns && !personLinks.some((link) => normal.startsWith(link, word.normalEnd))) continue
      this.nearest = word
    }
    let after = this.next
    while (after < this.words.length && this.words[after]!.start < end) after++
    const next = this.words[after]
    // Only a word or two between the number and what follows (`…国际客服`, `…是收件人的`), no punctuation.
    const follows = next !== undefined && /^[\p{L} ]{0,3}$/u.test(this.context.text.slice(end, next.start)) ? next : undefined
    if (follows?.entry.owner === 'person') return false
    const nearest = this.nearest
    if (nearest && start - nearest.end <= ownerWindow) {
      if (nearest.entry.owner === 'person') return false
      let between = normal.slice(nearest.normalEnd, normalisedIndex(this.context.normal, start))
      for (const label of phoneLabels) between = between.split(label).join('')
      return between.length <= maxNameBetween
    }
    return follows?.entry.owner === 'staff'
  }
}

/** Letters and digits only, so spellings with spaces and punctuation compare equal. */
function compact(normal: string): string {
  return normal.replace(/[^\p{L}\p{N}]/gu, '')
}

function sameValue(known: string, value: string): boolean {
  return known.length >= 2 && (known.includes(value) || value.includes(known))
}

const separators = new Set([' ', ':', '是', '为'])
const stops = new Set(['，', '。', '；', '！', '？', ',', ';', '!', '?', '\n', '、', '(', ')', '（', '）'])

/** The original range of the Chinese name or address written right after `label`, if it reads as one. */
function chineseValue(context: RuleContext, label: Match<LabelEntry>, field: 'name' | 'address'): [number, number] | undefined {
  const normal = context.normal.text
  let from = label.normalEnd
  while (from < normal.length && from - label.normalEnd < 3 && separators.has(normal[from]!)) from++
  // A value follows its label after a colon, `是` or a space (`收件人：王芳`); without one the label is part of a sentence (`收件人签收了`).
  if (from === label.normalEnd) return undefined
  if (field === 'name') {
    let to = from
    while (to < normal.length && to - from < 8 && isHanUnit(normal.charCodeAt(to))) to++
    let run = normal.slice(from, to)
    for (const end of nameEnds) {
      // The next field right after the label (`联系人电话`) means no name was written.
      if (run.startsWith(end)) return undefined
      const at = run.indexOf(end, 2)
      if (at >= 2) run = run.slice(0, at)
    }
    // Longer runs are sentences (`收件人信息已经更新`), not names.
    if (run.length < 2 || run.length > 4 || notNameStarts.includes(run[0]!)) return undefined
    return [context.normal.starts[from]!, context.normal.ends[from + run.length - 1]!]
  }
  let to = from
  while (to < normal.length && to - from < 60 && !stops.has(normal[to]!)) to++
  while (to > from && normal[to - 1] === ' ') to--
  const value = normal.slice(from, to)
  if (value.length < 6 || notNameStarts.includes(value[0]!) || value[0] === '已') return undefined
  let marks = 0
  for (const mark of addressMarks) if (value.includes(mark)) marks++
  if (marks < 2) return undefined
  return [context.normal.starts[from]!, context.normal.ends[to - 1]!]
}

/** The original range of the English name or address written right after `label`, if it reads as one. */
function englishValue(text: string, label: Match<LabelEntry>, field: 'name' | 'address'): [number, number] | undefined {
  const head = /^\s{0,3}(?:is\s{1,3}|:\s{0,3}|-\s{1,3})/.exec(text.slice(label.end, label.end + 8))
  if (!head) return undefined
  const from = label.end + head[0].length
  if (field === 'name') {
    // One to three capitalised words: `Li Na`, `Mary Ann Smith`.
    const words = /^[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?(?: [A-Z][a-z]{1,20})?/.exec(text.slice(from, from + 70))
    return words ? [from, from + words[0].length] : undefined
  }
  const rest = text.slice(from, from + 100)
  const end = /[\n;]|\.(?:\s|$)/.exec(rest)
  const value = (end ? rest.slice(0, end.index) : rest).trimEnd()
  if (!/\d/.test(value)) return undefined
  const words = new Set(value.toLowerCase().split(/[^a-z]+/))
  if (!streetWords.some((word) => words.has(word))) return undefined
  return [from, from + value.length]
}

function isHanUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
}
