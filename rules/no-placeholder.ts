/**
 * no-placeholder: never send a canned reply whose fields were not filled in
 * (003 "客服把常見問題設為快捷方式"; seen in real logs: `应价保 [价保金额(单件)] * [价保商品数量]`).
 *
 *   亲，您的订单【订单号】已经发货了。  →  亲，您的订单4719203856172039485已经发货了。
 *
 * Catches template syntax (`{name}`, `{{order_id}}`, `${amount}`), brackets
 * around a field name or around nothing (`【订单号】`, `[价保金额]`, `<姓名>`,
 * `【】`) and a run of X standing for a number or a name (`XXX元`, `XXX先生`).
 */
import * as z from 'zod/mini'
import { isAsciiAlnum } from '../src/chars.js'
import { defineRule, ruleUrl } from '../src/define-rule.js'
import { afterExampleWord } from '../src/language/examples.js'
import { normalisePhrase } from '../src/normalise.js'
import { fields, menuAfter, termFillers, termJoiners, termVerbs, xBefore, xUnits, type FieldEntry } from './no-placeholder.lexicon.js'

const options = z.strictObject({
  /**
   * Placeholders to let pass, written as they appear (brackets included), with
   * `*` standing for any characters. Case does not matter, and a pattern also
   * matches the normalised form (half-width, simplified). For logs whose
   * masks look like placeholders, such as JD's `[数字x]`, `[订单x]`,
   * `[姓名x]`, `[链接x]` and `[ORDERID_10086]`: `['[*x]', '[orderid_*]']`.
   *
   * @default []
   */
  ignore: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(200)), []),
})

type Options = z.output<typeof options>

export default defineRule({
  meta: {
    id: 'no-placeholder',
    description: 'Disallow template fields left unfilled in a reply.',
    severity: 'error',
    preset: 'recommended',
    url: ruleUrl('no-placeholder'),
    messages: {
      placeholder: {
        'zh-CN': '“{actual}”是没有填写的模板字段，发送前换成实际内容',
        'zh-TW': '「{actual}」是沒有填寫的範本欄位，發送前換成實際內容',
        en: 'Unexpected `{actual}`: a template field was left unfilled; put in the real value before sending',
      },
    },
    note: {
      'zh-CN': '手册 003：“客服把常见问题设为快捷方式”。快捷短语里的字段（如“[价保金额(单件)]”）要先填好再发送，顾客看到模板变量会觉得在和机器说话。',
      'zh-TW': '手冊 003：「客服把常見問題設為快捷方式」。快捷短語裡的欄位（如「[價保金額(單件)]」）要先填好再發送，顧客看到範本變數會覺得在和機器說話。',
      en: 'Handbook 003 recommends canned replies for common questions; fill in their fields (such as `[价保金额(单件)]`) before sending, or the customer sees a template.',
    },
    options,
  },
  check(_tree, context) {
    const text = context.normal.text
    const found: Array<[number, number]> = []
    // End of the last bracket that named a field as a term: `提供【订单号】和【手机号】` names both.
    let termEnd = -1
    for (let i = 0; i < text.length; i++) {
      // Most units of a reply open nothing: skip them with one comparison or two.
      const code = text.charCodeAt(i)
      if (code > 0x7b ? !openers.has(code) : !asciiOpeners[code]) continue
      const c = text[i]!
      let end = -1
      if (c === '$' && text[i + 1] === '{') end = templateEnd(text, i + 2, '}', 40)
      else if (c === '{' && text[i + 1] === '{') end = templateEnd(text, i + 2, '}}', 40)
      else if (c === '{') end = braceEnd(text, i)
      else if (c === '%') end = percentEnd(text, i)
      else if (brackets.has(c)) {
        const bracket = readBracket(text, i, brackets.get(c)!, termEnd)
        if (!bracket) continue
        if (bracket.role === 'term') termEnd = bracket.end
        if (bracket.role === 'placeholder') found.push([i, bracket.end])
        i = bracket.end - 1
        continue
      } else if (c === 'x' && (i === 0 || !isAsciiAlnum(text.charCodeAt(i - 1)))) {
        const date = xDate(text, i)
        if (date) {
          found.push([date[0], date[0] + 1], [date[1], date[1] + 1])
          i = date[1]
          continue
        }
        const run = xRun(text, i)
        if (run > 0) found.push([i, i + run])
        i += Math.max(run, 1) - 1
        continue
      }
      if (end > i) {
        found.push([i, end])
        i = end - 1
      }
    }
    if (found.length === 0) return
    const ignore = compiled(context.options)
    for (const [from, to] of found) {
      const start = context.normal.starts[from]!
      const finish = context.normal.ends[to - 1]!
      const written = context.text.slice(start, finish).toLowerCase()
      const normal = text.slice(from, to)
      if (ignore.some((pattern) => globMatch(pattern, written) || globMatch(pattern, normal))) continue
      context.report({ start, end: finish, expected: [] })
    }
  },
})

/** Brackets that may hold a field name, and their closers (normalised: `［` is `[`, `＜` is `<`). */
const brackets = new Map([
  ['[', ']'],
  ['【', '】'],
  ['<', '>'],
  ['〔', '〕'],
  ['〖', '〗'],
  ['〈', '〉'],
])

/** UTF-16 units that may open a placeholder: `$ { % x` and the brackets. */
const asciiOpeners = new Uint8Array(0x7c)
for (const c of '${%x[<') asciiOpeners[c.charCodeAt(0)] = 1
const openers = new Set(['【', '〔', '〖', '〈'].map((c) => c.charCodeAt(0)))

/** Labels and section heads are written in these at the start of a line (`【发货时间】48小时内发货`). */
const labelBrackets = new Set(['【', '〖'])

/** The longest field name a bracket holds (`价保商品数量`, `customer name here`). */
const maxContent = 20

/** Sentence punctuation: a bracket holding it holds prose, not a field name. */
const prose = /[,.!?;:，。！？；：\n]/

/** Where `closer` starts within `max` units from `from`, or -1: a bounded search, so that `{{{{…` stays linear. */
function closerWithin(text: string, from: number, closer: string, max: number): number {
  const at = text.slice(from, from + max + closer.length).indexOf(closer)
  return at < 0 ? -1 : from + at
}

function templateEnd(text: string, from: number, closer: string, max: number): number {
  const at = closerWithin(text, from, closer, max)
  if (at < 0) return -1
  return text.slice(from, at).includes('\n') ? -1 : at + closer.length
}

/** `{name}`, `{0}`, `{订单号}`: braces hold nothing but a field name in a chat reply. */
function braceEnd(text: string, start: number): number {
  const at = closerWithin(text, start + 1, '}', 30)
  if (at < 0) return -1
  return /^[\p{L}\p{N} _.()-]*$/u.test(text.slice(start + 1, at)) ? at + 1 : -1
}

/** What a bracket holds: a field to fill, a field named as a term (`请提供【订单号】`), or anything else. */
interface Bracket {
  readonly end: number
  readonly role: 'placeholder' | 'term' | 'other'
}

/** The bracket opening at `start`, if it closes within reach. */
function readBracket(text: string, start: number, closer: string, termEnd: number): Bracket | undefined {
  const opener = text[start]!
  let at = start + 1
  while (at < text.length && at - start - 1 <= maxContent && text[at] !== closer && text[at] !== opener && text[at] !== '\n') at++
  if (text[at] !== closer || at - start - 1 > maxContent) return undefined
  const end = at + 1
  const content = text.slice(start + 1, at).trim()
  if (isBlank(content)) return { end, role: 'placeholder' }
  // `的` makes a description of what to send (`【现在需要绑定的号码】`), not a field name.
  if (prose.test(content) || content.includes('的')) return { end, role: 'other' }
  const { stem, numbered } = splitMask(content)
  const field = fieldEndingAt(stem, stem.length, 0)
  if (!field || (field.entry.masked && !numbered)) return { end, role: 'other' }
  // A numbered mask (`[姓名x]`) is a slot whatever stands around it; a plain field name may be a term or a label.
  if (!numbered) {
    if (afterTermVerb(text, start) || joinedTo(text, termEnd, start)) return { end, role: 'term' }
    if (labelBrackets.has(opener) && field.entry.field === 'value' && atLineStart(text, start)) return { end, role: 'other' }
    if (beforeMenuWord(text, end)) return { end, role: 'other' }
  }
  return { end, role: 'placeholder' }
}

/** Whether only a conjunction stands between the bracket that ended at `termEnd` and `start`. */
function joinedTo(text: string, termEnd: number, start: number): boolean {
  if (termEnd < 0 || start - termEnd > 6) return false
  const between = text.slice(termEnd, start).trim()
  return termJoiners.includes(between)
}

/** `%name%`: a field in the percent syntax of some chat tools. */
function percentEnd(text: string, start: number): number {
  if (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) return -1
  const match = /^%[a-z][a-z_]{1,30}%/.exec(text.slice(start, start + 34))
  return match && !isAsciiAlnum(text.charCodeAt(start + match[0].length)) ? start + match[0].length : -1
}

/** Nothing, or only fill characters: `【】`, `[ ]`, `[____]`, `[XXX]`, `[？]`. An ellipsis (`[…]`) marks words left out, not a field. */
function isBlank(content: string): boolean {
  return /^(?:|_{1,20}|\*{1,20}|\?{1,20}|x{2,20}|□{1,20}|○{1,20})$/.test(content)
}

/**
 * The field name inside a bracket, without what numbers it (`数字x`,
 * `orderid_3`), a parenthesised qualifier (`价保金额(单件)`) or a trailing
 * `here` (`insert name here`).
 */
function splitMask(content: string): { stem: string; numbered: boolean } {
  let stem = content.replace(/ here$/, '').replace(/ ?\([^()]{0,12}\)$/, '')
  const mask = /_(?:x{1,2}|\d{1,8})$|(?<=[\u3400-\u9fff])(?:x{1,2}|\d{1,2})$/.exec(stem)
  if (mask) stem = stem.slice(0, mask.index)
  return { stem: stem.trimEnd(), numbered: mask !== null }
}

interface Compiled<Entry> {
  readonly phrase: string
  readonly entry: Entry
  readonly latin: boolean
}

function compile<Entry extends { match: string | readonly string[] }>(entries: readonly Entry[]): Compiled<Entry>[] {
  return entries.flatMap((entry) =>
    (typeof entry.match === 'string' ? [entry.match] : entry.match).map((written) => {
      const phrase = normalisePhrase(written)
      return { phrase, entry, latin: isAsciiAlnum(phrase.charCodeAt(0)) }
    }),
  )
}

const fieldPhrases = compile(fields)
const verbPhrases = compile(termVerbs.map((match) => ({ match })))
const fillerPhrases = compile(termFillers.map((match) => ({ match })))
const menuPhrases = compile(menuAfter.map((match) => ({ match })))
const unitPhrases = compile(xUnits.map((match) => ({ match })))
const beforePhrases = compile(xBefore.map((match) => ({ match })))

/** The entry whose phrase ends at `end` of `text` and starts at or after `from` (whole words in English). */
function endingAt<Entry>(phrases: readonly Compiled<Entry>[], text: string, end: number, from: number): Compiled<Entry> | undefined {
  for (const candidate of phrases) {
    const start = end - candidate.phrase.length
    if (start < from || !text.startsWith(candidate.phrase, start)) continue
    if (candidate.latin && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) continue
    return candidate
  }
  return undefined
}

function fieldEndingAt(text: string, end: number, from: number): Compiled<FieldEntry> | undefined {
  const field = endingAt(fieldPhrases, text, end, from)
  // `no`, `id`, `#` name a field only after another word (`order no`, `[ID]` aside).
  if (field?.entry.modified && !/[a-z] $/.test(text.slice(from, end - field.phrase.length))) return undefined
  return field
}

/** The phrase that starts at `start` of `text` (whole words in English; one space allowed before English). */
function startingAt<Entry>(phrases: readonly Compiled<Entry>[], text: string, start: number): Compiled<Entry> | undefined {
  for (const candidate of phrases) {
    const at = candidate.latin && text[start] === ' ' ? start + 1 : start
    if (!text.startsWith(candidate.phrase, at)) continue
    const after = at + candidate.phrase.length
    if (candidate.latin && after < text.length && isAsciiAlnum(text.charCodeAt(after))) continue
    return candidate
  }
  return undefined
}

function atLineStart(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && text[i] === ' ') i--
  return i < 0 || text[i] === '\n'
}

/** Whether a verb that names the field as a term stands before `index` (`提供一下您的【订单号】`). */
function afterTermVerb(text: string, index: number): boolean {
  let end = skipSpacesBack(text, index)
  for (let fillers = 0; fillers < 2; fillers++) {
    const filler = endingAt(fillerPhrases, text, end, 0)
    if (!filler) break
    end = skipSpacesBack(text, end - filler.phrase.length)
  }
  return endingAt(verbPhrases, text, end, 0) !== undefined
}

function beforeMenuWord(text: string, index: number): boolean {
  return startingAt(menuPhrases, text, index) !== undefined
}

function skipSpacesBack(text: string, index: number): number {
  while (index > 0 && text[index - 1] === ' ') index--
  return index
}

/**
 * The length of the run of `x` at `start` if it stands for a value (`XXX元`,
 * `金额XXX`, `尊敬的XXX`, `X月X日`), else 0. A run that is part of a word
 * (`XXXL码`, `xxl`) is not one.
 */
function xRun(text: string, start: number): number {
  let end = start
  while (end < text.length && text[end] === 'x' && end - start < 21) end++
  if (end < text.length && isAsciiAlnum(text.charCodeAt(end))) return 0
  const length = end - start
  if (length === 1 || length > 20 || isExample(text, start)) return 0
  // A unit after a long run of X would be odd (`XXXXXXXX元`); a field before it is not (`订单号：XXXXXXXXXX`).
  if (length <= 6 && startingAt(unitPhrases, text, end)) return length
  let before = skipSpacesBack(text, start)
  if (text[before - 1] === ':' || text[before - 1] === '是' || text[before - 1] === '为') before = skipSpacesBack(text, before - 1)
  return endingAt(beforePhrases, text, before, 0) || endingAt(fieldPhrases, text, before, Math.max(0, before - maxContent)) ? length : 0
}

/** `X月X日`: a date with both its numbers left out; the offsets of the two X. */
function xDate(text: string, start: number): [number, number] | undefined {
  if (text[start + 1] !== '月' || text[start + 2] !== 'x' || isAsciiAlnum(text.charCodeAt(start + 3))) return undefined
  if (text[start + 3] !== '日' && text[start + 3] !== '号') return undefined
  return isExample(text, start) ? undefined : [start, start + 2]
}

/**
 * Whether the X at `index` shows a format rather than a missing value: inside
 * parentheses (`装机地址（xx市xx区xx路xx号）`) or after `例如`, `格式`, `e.g.`.
 */
function isExample(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i <= 40; i--) {
    const c = text[i]!
    if (c === '(') return true
    if (c === ')' || c === '\n' || c === '。' || c === '!' || c === '?') break
  }
  return afterExampleWord(text, index, 30)
}

/** Ignore patterns, compiled once per options object. */
const compiledIgnore = new WeakMap<Options, string[]>()

function compiled(options: Options): string[] {
  let patterns = compiledIgnore.get(options)
  if (!patterns) {
    patterns = options.ignore.map((pattern) => pattern.toLowerCase())
    compiledIgnore.set(options, patterns)
  }
  return patterns
}

/**
 * Whether `text` matches `pattern`, where `*` stands for any characters. No
 * regular expression is built from user input; the greedy walk with one
 * backtrack point is at most `pattern.length × text.length` steps, and both are
 * short (a placeholder, an option of at most 100 characters).
 */
function globMatch(pattern: string, text: string): boolean {
  let p = 0
  let t = 0
  let star = -1
  let resume = 0
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++
      t++
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++
      resume = t
    } else if (star >= 0) {
      p = star + 1
      t = ++resume
    } else {
      return false
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++
  return p === pattern.length
}

