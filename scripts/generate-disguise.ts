/**
 * Writes src/disguise/table.generated.ts: the pinyin of the characters of
 * watched words and of the characters that sound like them, so that
 * homophone and pinyin disguises are found from data rather than hand lists.
 *
 * Run with `npm run generate:disguise`. Build-time only: pinyin-pro gives the
 * readings, the frequency list of jieba's dictionary (both MIT, both
 * devDependencies) tells common characters from rare ones and lists the real
 * words that sound like a watched word (`现今` for `现金`), which must never
 * be read as a disguise. The runtime keeps only the small table written here.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import * as OpenCC from 'opencc-js'
import { pinyin } from 'pinyin-pro'
import { rules } from '../rules/index.js'
import { fuzzy, gluedWordFrequency, isCommonFrequency, minimumFrequency, realWordFrequency } from '../src/disguise/syllables.js'
import { isHan } from '../src/chars.js'
import type { LexiconEntry } from '../src/types.js'

/**
 * Words watched by the constructions to come, beyond the entries the rules
 * mark today: contact channels, money and rebates, platforms, credentials and
 * insults. Only their characters matter here (which syllables to keep).
 */
const vocabulary = [
  '微信', '扣扣', '电话', '手机', '私聊', '钉钉', '企鹅',
  '支付宝', '淘宝', '京东', '拼多多', '抖音', '闲鱼',
  '返现', '返钱', '红包', '现金', '转账', '好评',
  '密码', '验证码',
  '傻逼', '白痴', '弱智', '脑残', '垃圾',
]

// Run from the repository root (`npm run generate:disguise`): this file runs bundled from a temporary folder.
const root = process.cwd()

function watchedPhrases(): string[] {
  const phrases = new Set(vocabulary)
  for (const rule of rules) {
    for (const lexicon of rule.lexicons ?? []) {
      for (const entry of lexicon as readonly LexiconEntry[]) {
        if (!entry.watch) continue
        for (const phrase of typeof entry.match === 'string' ? [entry.match] : entry.match) phrases.add(phrase)
        if (typeof entry.watch === 'object') for (const alias of entry.watch.aliases ?? []) phrases.add(alias)
      }
    }
  }
  return [...phrases]
}

/** Toned readings `wei1`, with ü written v and the neutral tone 5. */
function readings(text: string, multiple: boolean): string[] {
  const list = pinyin(text, { type: 'array', toneType: 'num', multiple, v: true }) as string[]
  return list.map((r) => r.replace(/0$/, '5')).filter((r) => /^[a-z]+[1-5]$/.test(r))
}

function jiebaFrequencies(): { chars: Map<string, number>; words: Map<string, number> } {
  const require = createRequire(path.join(root, 'package.json'))
  const file = path.join(path.dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt')
  const chars = new Map<string, number>()
  const words = new Map<string, number>()
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [word, count] = line.split(' ')
    if (!word || !count) continue
    const units = [...word]
    if (!units.every((c) => isHan(c.codePointAt(0)!))) continue
    if (units.length === 1) chars.set(word, (chars.get(word) ?? 0) + Number(count))
    else if (units.length <= 4) words.set(word, Math.max(words.get(word) ?? 0, Number(count)))
  }
  return { chars, words }
}

/**
 * The 6,763 characters of GB 2312: what every Chinese input method offers
 * first. A disguise is typed, so rarer characters are left out of the table.
 */
function gb2312Characters(): Set<string> {
  const decoder = new TextDecoder('gbk')
  const set = new Set<string>()
  for (let high = 0xb0; high <= 0xf7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) set.add(decoder.decode(Uint8Array.of(high, low)))
  }
  return set
}

const phrases = watchedPhrases()
const hanTerms = phrases.filter((p) => [...p].length >= 2 && [...p].every((c) => isHan(c.codePointAt(0)!)))
const { chars: frequency, words } = jiebaFrequencies()

// Readings of each character of a watched word: in context first (`号` in 微信号 is hao4).
const termReadings = new Map<string, string[]>()
for (const term of phrases) {
  const units = [...term]
  const inContext = readings(term, false)
  units.forEach((c, i) => {
    if (!isHan(c.codePointAt(0)!)) return
    const list = termReadings.get(c) ?? []
    // Only the reading in context: the other readings of a polyphone (`单` chan, shan) would watch unrelated sounds.
    const reading = inContext.length === units.length ? inContext[i] : readings(c, false)[0]
    if (reading && !list.includes(reading)) list.push(reading)
    termReadings.set(c, list)
  })
}
const tones = new Set([...termReadings.values()].flat())
const classes = new Set([...tones].map((r) => fuzzy(r.slice(0, -1))))

// Every character that sounds like one of them, common enough to be typed on purpose.
const table = new Map<string, string[]>()
for (const [c, list] of termReadings) table.set(c, list.filter((r) => classes.has(fuzzy(r.slice(0, -1)))))
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })
const gb2312 = gb2312Characters()
for (const [c, count] of frequency) {
  // The normalised view holds simplified characters only.
  if (table.has(c) || count < minimumFrequency || toSimplified(c) !== c || !gb2312.has(c)) continue
  const list = readings(c, true).filter((r) => classes.has(fuzzy(r.slice(0, -1))))
  // A common character only stands for a watched one in the same tone (see `check` in watch.ts): keep no other.
  if (isCommonFrequency(count) && !list.some((r) => tones.has(r))) continue
  if (list.length > 0) table.set(c, list)
}

// Group by toned reading: `wei1微威危…`. A character's first reading is where it first appears
// in this order, so characters whose primary reading has another sound class are listed in `primary`.
const groups = new Map<string, string[]>()
for (const [c, list] of table) for (const r of list) groups.set(r, [...(groups.get(r) ?? []), c])
const order = [...groups.keys()].sort()
const firstGroup = new Map<string, string>()
for (const r of order) for (const c of groups.get(r)!) if (!firstGroup.has(c)) firstGroup.set(c, r)
// Only the sound class of the first reading matters at run time (it makes the key), not its tone.
const classOfReading = (reading: string) => fuzzy(reading.slice(0, -1))
const primary = [...table].filter(([c, list]) => classOfReading(firstGroup.get(c)!) !== classOfReading(list[0]!)).map(([c, list]) => c + list[0])
const common = [...table.keys()].filter((c) => isCommonFrequency(frequency.get(c) ?? 0))

// Real words that sound like a watched word: never a disguise.
const classOf = (c: string) => new Set((table.get(c) ?? []).map((r) => fuzzy(r.slice(0, -1))))
const excluded = new Set<string>()
const termsByLength = new Map<number, string[]>()
for (const term of hanTerms) termsByLength.set([...term].length, [...(termsByLength.get([...term].length) ?? []), term])
for (const [word, count] of words) {
  if (count < realWordFrequency) continue
  const units = [...word]
  for (const term of termsByLength.get(units.length) ?? []) {
    if (term === word) continue
    const termUnits = [...term]
    if (units.every((c, i) => c === termUnits[i] || [...classOf(c)].some((k) => classOf(termUnits[i]!).has(k)))) excluded.add(word)
  }
}

// Common words a common same-tone homophone at the edge of a watched word may belong to: `在线` in
// `在线金融` (线 for 现 of 现金), `金融`. A hit that would cut such a word in two is no disguise.
const edges = { first: new Set<string>(), last: new Set<string>() }
for (const term of hanTerms) {
  const units = [...term]
  edges.first.add(units[0]!)
  edges.last.add(units[units.length - 1]!)
}
const sameToneOf = (c: string, written: Set<string>) =>
  !written.has(c) && isCommonFrequency(frequency.get(c) ?? 0) && [...written].some((w) => (table.get(w) ?? []).some((r) => (table.get(c) ?? []).includes(r)))
const glued = new Set<string>()
for (const [word, count] of words) {
  const units = [...word]
  if (units.length !== 2 || count < gluedWordFrequency) continue
  if (sameToneOf(units[1]!, edges.first) || sameToneOf(units[0]!, edges.last)) glued.add(word)
}

const out = [
  '// Generated by `npm run generate:disguise` (scripts/generate-disguise.ts) from pinyin-pro and',
  "// jieba's dictionary. Do not edit: add watched words and run it again.",
  '',
  '/** Toned readings (`wei1`) each followed by the characters that have it. */',
  `export const readingTable = '${order.map((r) => r + groups.get(r)!.join('')).join(' ')}'`,
  '',
  '/** Characters whose first reading is not the first group they appear in, each with that reading. */',
  `export const primaryReadings = '${primary.join(' ')}'`,
  '',
  '/** Characters of the table common enough that a different tone makes them another word. */',
  `export const commonCharacters = '${common.join('')}'`,
  '',
  '/** Real words that sound like a watched word (`现今` for `现金`): never read as a disguise. */',
  `export const realWords = '${[...excluded].sort().join(' ')}'`,
  '',
  '/** Common words that a common homophone at the edge of a watched word belongs to (`在线` in `在线金融`). */',
  `export const gluedWords = '${[...glued].sort().join(' ')}'`,
  '',
]
fs.writeFileSync(path.join(root, 'src/disguise/table.generated.ts'), out.join('\n'))
console.log(`src/disguise/table.generated.ts: ${table.size} characters, ${order.length} readings, ${excluded.size} real words, ${glued.size} glued words`)
