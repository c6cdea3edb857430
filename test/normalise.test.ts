import { describe, expect, it } from 'vitest'
import { normalise } from '../src/index.js'
import { isTraditional } from '../src/normalise.js'

/** The normalised text and, for each unit, the original text it maps to. */
function view(text: string) {
  const n = normalise(text)
  return { text: n.text, sources: Array.from({ length: n.text.length }, (_, i) => text.slice(n.starts[i], n.ends[i])) }
}

describe('normalise', () => {
  it.each([
    ['ＱＱ 285716493', 'qq 285716493'],
    ['加微 信聊', '加微信聊'],
    ['加个微\u200b信吧', '加个微信吧'],
    ['可以加微-信聊喔', '可以加微信聊哦'],
    ['返 现', '返现'],
    ['We offer ｃａｓｈ ｂａｃｋ', 'we offer cash back'],
    ['w h a t s a p p me', 'whatsapp me'],
    ['Q Q', 'qq'],
    // A dotted spelling after a one-letter word keeps its own letters (rulesc): `a` is not spaced out with `s`.
    ['a s.t.u.p.i.d question', 'a s.t.u.p.i.d question'],
    ['Q Q.', 'qq.'],
    ['這個碼妳穿正好', '这个码你穿正好'],
    ['裡面', '里面'],
    ['什么？甚麼？什麼？', '什么?什么?什么?'],
    ['Hello  World\r\n\r\nok', 'hello world\nok'],
    ['1 - 2天', '1 - 2天'],
    ['型号 QQ-2023', '型号 qq-2023'],
    ["I’d say I'll", "i'd say i'll"],
    // Written Cantonese reads as Mandarin; 唔该 ("thanks") keeps its 唔, and 关系 its 系.
    ['我哋冇收到佢嘅包裹', '我们没收到他的包裹'],
    ['唔好再催啦，唔該晒', '不要再催啦,唔该晒'],
    ['係你自己揀錯咗', '是你自己拣错了'],
    ['沒關係你放心', '没关系你放心'],
  ])('%j → %j', (input, output) => {
    expect(normalise(input).text).toBe(output)
  })

  it('knows which characters are traditional', () => {
    expect([...'們說這裡為'].map((c) => isTraditional(c.codePointAt(0)!))).toEqual([true, true, true, true, true])
    // OpenCC's Taiwanese variants of these come back to the same character.
    expect([...'核才吃群峰么著我们'].map((c) => isTraditional(c.codePointAt(0)!))).toEqual([false, false, false, false, false, false, false, false, false])
  })

  it('maps every unit back to the original text', () => {
    expect(view('加微 信').sources).toEqual(['加', '微', '信'])
    expect(view('返\u200b现').sources).toEqual(['返', '现'])
    expect(view('👍🏻ＱＱ')).toEqual({ text: '👍🏻qq', sources: ['👍', '👍', '🏻', '🏻', 'Ｑ', 'Ｑ'] })
    const n = normalise('加个微\u200b信')
    // A match over `微信` covers the invisible character between them.
    expect('加个微\u200b信'.slice(n.starts[2], n.ends[3])).toBe('微\u200b信')
  })

  it('is linear on long and hostile input', () => {
    const text = 'v-'.repeat(200_000) + 'Q '.repeat(200_000)
    expect(normalise(text).text.length).toBeLessThan(text.length)
  })
})

describe('identifiers', () => {
  it('finds spaced, prefixed and full-width numbers, and masks them', async () => {
    const { findIdentifiers, maskIdentifiers } = await import('../src/language/identifiers.js')
    const text = '手机138 0013 8000，+86 139-1234-5678，１３７１２３４５６７８，运单号SF130829574412，订单3561928470215836471'
    expect(findIdentifiers(text).map((i) => [i.kind, i.value])).toEqual([
      ['phone', '13800138000'],
      ['phone', '13912345678'],
      ['phone', '13712345678'],
      ['tracking', 'SF130829574412'],
      ['order', '3561928470215836471'],
    ])
    expect(maskIdentifiers(text)).toBe('手机138****8000，+86****5678，１３７****５６７８，运单号SF1****4412，订单356****6471')
  })

  it.each([
    {
      what: 'courier numbers spaced anywhere and order ids in groups of four, not a list of sizes',
      text: '同事那单 JT 5520 1879 3364 1，另一单 2024 0315 8876 5432 10，尺码 160 165 170 175 180 185',
      found: [
        ['tracking', 'JT5520187933641', 'JT 5520 1879 3364 1'],
        ['order', '202403158876543210', '2024 0315 8876 5432 10'],
      ],
      masked: '同事那单 JT ****64 1，另一单 202****2 10，尺码 160 165 170 175 180 185',
    },
    {
      what: "an English shop's order number, Amazon order ids and UPS numbers, a short one masked almost whole",
      text: 'Her order #48213 went out with UPS 1Z999AA10123456784; Amazon order 113-3632693-6196346. Order #12 today.',
      found: [
        ['order', '48213', '48213'],
        ['tracking', '1Z999AA10123456784', '1Z999AA10123456784'],
        ['order', '11336326936196346', '113-3632693-6196346'],
      ],
      masked: 'Her order #***13 went out with UPS 1Z9****6784; Amazon order 113****6346. Order #12 today.',
    },
    {
      what: 'a phone number spelled out digit by digit, not a list of sizes',
      text: '直接打 1 3 9 - 0 0 0 1 - 2 3 4 5 找店长，尺码 13 15 17 19 21 23 都有',
      found: [['phone', '13900012345', '1 3 9 - 0 0 0 1 - 2 3 4 5']],
      masked: '直接打 1 3**** 4 5 找店长，尺码 13 15 17 19 21 23 都有',
    },
  ])('finds $what', async ({ text, found, masked }) => {
    const { findIdentifiers, maskIdentifiers } = await import('../src/language/identifiers.js')
    expect(findIdentifiers(text).map((i) => [i.kind, i.value, text.slice(i.start, i.end)])).toEqual(found)
    expect(maskIdentifiers(text)).toBe(masked)
  })
})

describe('slashes', () => {
  it('separate English words and links, but not a disguised Chinese word', () => {
    expect(normalise('if/when jd.com/item 微/信 a/1 b-c').text).toBe('if/when jd.com/item 微信 a/1 bc')
  })
})
