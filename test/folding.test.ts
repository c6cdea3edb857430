/**
 * Disguise folding of watched lexicon entries (src/disguise/): each class of
 * fold with spellings it must catch and near misses it must leave alone,
 * with the exact original span of every match.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { isHan, lowerCaseInPlace } from '../src/chars.js'
import { soundOf } from '../src/disguise/syllables.js'
import { lint } from '../src/index.js'
import { LexiconSet } from '../src/matcher.js'
import { normalise } from '../src/normalise.js'
import type { LexiconEntry } from '../src/types.js'

const lexicon: LexiconEntry[] = [
  { match: ['微信', 'wechat'], watch: { initials: true } },
  { match: 'qq', watch: { aliases: ['扣扣'] } },
  { match: ['返现', '红包', '现金', '好评', '支付宝', '密码', '白痴', '不是'], watch: true },
  { match: ['telegram', 'password', 'whatsapp', 'tg', 'sms'], watch: true },
  { match: '手机', watch: { homophones: false } },
  // Not watched: only its plain spelling matches.
  { match: '礼物' },
]
const set = new LexiconSet([lexicon])

/** The phrases found in `text` through the watch set, each with the original slice it covers. */
function found(text: string): string[] {
  const view = normalise(text, set.watch)
  return set.scan(view.text)[0]!.map((match) => `${match.pattern.phrase}=${text.slice(view.starts[match.start], view.ends[match.end - 1])}`)
}

describe('noise between the characters of a watched phrase', () => {
  it.each([
    ['加微♡信聊', ['微信=微♡信']],
    ['加微 ❤ 信', ['微信=微 ❤ 信']],
    ['返\u200b现', ['返现=返\u200b现']],
    ['好评返*现', ['好评=好评', '返现=返*现']],
    ['微🌹🌹信', ['微信=微🌹🌹信']],
    ['微【信】', ['微信=微【信']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it('skips at most three noise characters in a gap', () => {
    expect(found('微~~~信')).toEqual(['微信=微~~~信'])
    expect(found('微~~~~信')).toEqual([])
    expect(found('微♡♡♡信')).toEqual(['微信=微♡♡♡信'])
    expect(found('微♡♡♡♡信')).toEqual([])
  })

  it('joins across clause punctuation only a spelling that stands alone', () => {
    expect(found('微。信')).toEqual(['微信=微。信'])
    expect(found('加我 V.X')).toEqual(['微信=V.X'])
    expect(found('不，是的')).toEqual([])
    expect(found('我说不，是。')).toEqual([])
    expect(found('好，评价一下')).toEqual([])
    expect(found('微\n信')).toEqual(['微信=微\n信'])
    expect(found('（微。信）')).toEqual(['微信=微。信'])
    expect(found('稍微\n信息')).toEqual([])
  })

  it('joins a word spelled out mark by mark inside a sentence, not one mark between words', () => {
    expect(found('打开支.付.宝扫码')).toEqual(['支付宝=支.付.宝'])
    expect(found('用支.付宝扫码')).toEqual([])
    expect(found('先付.宝贝')).toEqual([])
  })
})

describe('look-alike letters and digits', () => {
  it.each([
    ['Whаtsарр', 'whatsapp=Whаtsарр'], // Cyrillic а, р
    ['whatsαpp', 'whatsapp=whatsαpp'], // Greek alpha
    ['ＱＱ', 'qq=ＱＱ'],
    ['ⓆⓆ', 'qq=ⓆⓆ'],
    ['𝐐𝐐', 'qq=𝐐𝐐'],
    ['ꞯꞯ', 'qq=ꞯꞯ'],
    ['🇶🇶', 'qq=🇶🇶'],
    ['🅠🅠', 'qq=🅠🅠'],
    ['ᴡʜᴀᴛsᴀᴘᴘ', 'whatsapp=ᴡʜᴀᴛsᴀᴘᴘ'],
    ['p@ssw0rd', 'password=p@ssw0rd'],
    ['pa$$word', 'password=pa$$word'],
    ['te1egram', 'telegram=te1egram'],
    ['7e1egram', 'telegram=7e1egram'], // a digit opens a word that imitates letters again further on
    ['TELEGRAM', 'telegram=TELEGRAM'],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual([expected])
  })

  it('reads a digit as a letter only between letters', () => {
    // `5ms` is five milliseconds, `1g` one gram.
    expect(found('5ms')).toEqual([])
    // One digit before letters is read as written, even where it would spell a word.
    expect(found('7elegram')).toEqual([])
    expect(found('passw0rd1')).toEqual([])
    expect(found('aqqa')).toEqual([])
  })

  it('reads letters as digits inside a long number only', () => {
    expect(normalise('电话138O0l38000').text).toBe('电话13800138000')
    expect(normalise('Office 2010 lol').text).toBe('office 2010 lol')
    expect(normalise('iphone150000').text).toBe('iphone150000')
  })
})

describe('pinyin and initials', () => {
  it.each([
    ['wēi xìn', '微信=wēi xìn'],
    ['weixin', '微信=weixin'],
    ['wei xin', '微信=wei xin'],
    ['WEI XIN', '微信=WEI XIN'],
    ['Wéixìn', '微信=Wéixìn'],
    ['kou kou', 'qq=kou kou'],
    ['k o u k o u', 'qq=k o u k o u'],
    ['vx', '微信=vx'],
    ['wx', '微信=wx'],
    ['V·X', '微信=V·X'],
    ['Ｗ·Ｘ', '微信=Ｗ·Ｘ'],
    ['v❤信', '微信=v❤信'],
    ['wei信', '微信=wei信'],
    ['T G', 'tg=T G'],
    ['zfb', '支付宝=zfb'],
    ['Z F B', '支付宝=Z F B'],
    ['zhifubao', '支付宝=zhifubao'],
    ['fanxian', '返现=fanxian'],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual([expected])
  })

  it('keeps letters of a syllable together or spaced out alike', () => {
    expect(found('we ixin')).toEqual([])
    expect(found('ko ukou')).toEqual([])
  })

  it('does not read pinyin inside a longer word', () => {
    expect(found('weixing')).toEqual([])
    expect(found('tweixin')).toEqual([])
  })

  it('folds the initials of a two-character word only when its entry asks', () => {
    expect(found('hb')).toEqual([])
    expect(found('mm')).toEqual([])
  })
})

describe('homophones', () => {
  it.each([
    ['薇信', '微信=薇信'],
    ['威芯', '微信=威芯'],
    ['加个危信', '微信=危信'],
    ['蔻蔻', 'qq=蔻蔻'],
    ['扣扣', 'qq=扣扣'],
    ['叩叩', 'qq=叩叩'],
    ['好评反现', '返现=反现'],
    ['白吃白吃', undefined],
  ])('%j', (text, expected) => {
    if (expected) expect(found(text)).toContain(expected)
    else expect(found(text)).toEqual([])
  })

  it.each([
    ['为新品', 'common characters in another tone'],
    ['尚未信服', 'a common character in another tone'],
    ['违反限制', 'no written character and no rare one'],
    ['现今', 'a real word that sounds like 现金'],
    ['白吃白喝', 'a real word that sounds like 白痴'],
    ['口口相传', 'kǒu is not kòu'],
    ['首级', 'homophones are off for 手机'],
    ['在线金融', 'a common character glued to the word it belongs to'],
    ['保护膜没有拆', 'a common character glued to the word it belongs to'],
    ['那么多烦嫌的小广告', 'every character in another tone: another word (烦嫌), not 返现'],
  ])('leaves %j alone (%s)', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('numerals inside numbers', () => {
  it.each([
    ['一三九八八八八八八八八', '13988888888'],
    ['幺三八零零幺三八零零零', '13800138000'],
    ['壹叁玖捌捌捌捌捌捌捌捌', '13988888888'],
    ['①③⑨⑧⑧⑧⑧⑧⑧⑧⑧', '13988888888'],
    ['❶❸❾❽❽❽❽❽❽❽❽', '13988888888'],
    ['1️⃣3️⃣9️⃣8️⃣8️⃣8️⃣8️⃣8️⃣8️⃣8️⃣8️⃣', '13988888888'],
    // The space between two Han characters went first.
    ['139 八八八八 八八八八', '139 88888888'],
  ])('%j → %j', (text, digits) => {
    expect(normalise(text).text).toBe(digits)
  })

  it.each(['一五一十', '三三两两', '二〇二四年', '一一对应', '七八个'])('leaves %j alone', (text) => {
    expect(normalise(text).text).toBe(text)
  })

  it('lets identifiers find a phone number read out', async () => {
    const { findIdentifiers } = await import('../src/language/identifiers.js')
    const text = '手机一三九八八八八八八八八'
    expect(findIdentifiers(text).map((id) => [id.kind, text.slice(id.start, id.end), id.value])).toEqual([['phone', '一三九八八八八八八八八', '13988888888']])
  })
})

describe('emoji that stand for a word', () => {
  it.each([
    ['🧧', '红包=🧧'],
    ['领红🎁', '红包=红🎁'],
    ['🐧', 'qq=🐧'],
    ['好评返💰', '返现=返💰'],
  ])('%j', (text, expected) => {
    expect(found(text)).toContain(expected)
  })

  it('folds an emoji only to a watched word it stands for', () => {
    // 🎁 may stand for 礼物, which is not watched, and alone it is no 红包.
    expect(found('🎁')).toEqual([])
    expect(found('❤')).toEqual([])
  })
})

describe('through the built-in rules', () => {
  it.each([
    ['加我 wēi xìn 聊', 'no-off-platform-contact', '加我 wēi xìn 聊'],
    ['有事加蔻蔻 12345678', 'no-off-platform-contact', '加蔻蔻 12345678'],
    ['亲，加V·X聊', 'no-off-platform-contact', '加V·X聊'],
    ['五星好评返💰3元', 'no-cash-rebate', '五星好评返💰'],
  ])('%j', (text, ruleId, actual) => {
    expect(lint(text).diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.actual)).toEqual([actual])
  })

  it.each(['稍微，信息发您了', '在线金融客服', '我们未信守承诺，非常抱歉'])('%j', (text) => {
    const ids = lint(text).diagnostics.map((d) => d.ruleId)
    expect(ids).not.toContain('no-off-platform-contact')
    expect(ids).not.toContain('no-cash-rebate')
  })
})

describe('the offset map', () => {
  it('covers the whole disguise with each match', () => {
    const text = '亲，加我 wēi xìn 或者 k o u k o u 哦'
    expect(found(text)).toEqual(['微信=wēi xìn', 'qq=k o u k o u'])
    const view = normalise(text, set.watch)
    expect(view.text).toBe('亲,加我 微信 或者 qq 哦')
    // 微 and 信 each map to their own syllable.
    const at = view.text.indexOf('微')
    expect(text.slice(view.starts[at], view.ends[at])).toBe('wēi')
    expect(text.slice(view.starts[at + 1], view.ends[at + 1])).toBe('xìn')
  })

  it('maps an alias unit by unit, so part of the phrase never covers the whole alias', () => {
    const text = '好评返钱5元'
    const view = normalise(text, new LexiconSet([[{ match: '返现', watch: { aliases: ['返钱'] } }]]).watch)
    expect(view.text).toBe('好评返现5元')
    expect([2, 3].map((i) => text.slice(view.starts[i], view.ends[i]))).toEqual(['返', '钱'])
    expect(lint(text).diagnostics.filter((d) => d.ruleId === 'no-cash-rebate').map((d) => d.actual)).toEqual(['好评返钱5元'])
  })

  // rulesB (no-off-platform-contact): a nickname longer than the word it stands for.
  it('maps the last unit of a phrase to the end of a longer alias', () => {
    const text = '加我绿泡泡吧'
    const view = normalise(text, new LexiconSet([[{ match: '微信', watch: { aliases: ['绿泡泡'] } }]]).watch)
    expect(view.text).toBe('加我微信吧')
    expect([2, 3].map((i) => text.slice(view.starts[i], view.ends[i]))).toEqual(['绿', '泡泡'])
  })

  it('keeps İ, whose lower case is longer, to one unit', () => {
    expect(normalise('İwww.jd.com').text).toBe('iwww.jd.com')
    expect(lowerCaseInPlace('İWWW.jd.com')).toBe('İwww.jd.com')
    const diagnostics = lint('İwww.jd.com').diagnostics
    expect(diagnostics.map((d) => [d.ruleId, d.actual])).toEqual([['no-competitor-platform', 'www.jd.com']])
  })

  it('maps every unit to a well-formed range of the original (property)', () => {
    const pieces = ['İ', 'ﬀ', '㈱', 'ẞ', '👍🏻', '🧧', '🎁', '🐧', '🇶', '\u0301', '\u200b', '微', '薇', '信', '芯', '♡', ' ', '。', '，', 'v', 'x', 'X', '·', 'w', 'e', 'i', 'n', 'q', 'Ⓠ', '𝐐', 'а', '1', 'O', '一', '三', '八', '①', '@', 'p', 's', '返', '反', '现', '\n', 'ē', 'kou ']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        for (const view of [normalise(text), normalise(text, set.watch)]) {
          expect(view.starts.length).toBe(view.text.length)
          let previous = 0
          for (let i = 0; i < view.text.length; i++) {
            const start = view.starts[i]!
            const end = view.ends[i]!
            expect(start >= 0 && start <= end && end <= text.length).toBe(true)
            expect(start).toBeGreaterThanOrEqual(previous)
            previous = start
            // No range starts or ends inside a surrogate pair.
            for (const edge of [start, end]) {
              const low = text.charCodeAt(edge)
              expect(edge > 0 && edge < text.length && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(edge - 1) >= 0xd800 && text.charCodeAt(edge - 1) <= 0xdbff).toBe(false)
            }
          }
        }
      }),
      { seed: 9, numRuns: 2000 },
    )
  })
})

describe('the generated table', () => {
  it('knows every character of the watched words of the built-in rules (else run `npm run generate:disguise`)', () => {
    const missing: string[] = []
    for (const rule of rules) {
      for (const lexicon of rule.lexicons ?? []) {
        for (const entry of lexicon) {
          if (!entry.watch) continue
          const phrases = typeof entry.match === 'string' ? [entry.match] : [...entry.match]
          if (typeof entry.watch === 'object') phrases.push(...(entry.watch.aliases ?? []))
          for (const phrase of phrases) {
            if ([...phrase].filter((c) => isHan(c.codePointAt(0)!)).length < 2) continue
            for (const c of phrase) if (isHan(c.codePointAt(0)!) && !soundOf(c.codePointAt(0)!)) missing.push(c)
          }
        }
      }
    }
    expect(missing).toEqual([])
  })
})
