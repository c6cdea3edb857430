/**
 * The lean structures of a lint (issue 14 item 3): the tree parsed only when
 * read, sentences and links found without it, ranges sorted in typed arrays,
 * large strings made flat at once. Each must give exactly what the eager
 * structures gave.
 */
import type { Root, Sentence } from 'nlcst'
import { describe, expect, it } from 'vitest'
import { hostileReplies, randomMix } from '../bench/hostile.mjs'
import { createLinter, parse, type Rule } from '../src/index.js'
import { defineRule } from '../src/define-rule.js'
import { leadInEnds } from '../src/language/openers.js'
import { unitsToString } from '../src/normalise.js'
import { parseLazily, sentenceRanges, sources } from '../src/parse.js'
import { sortedRanges } from '../src/typed-arrays.js'
import type { Match } from '../src/types.js'

const replies = [
  '你自己去看详情页，上面都写着呢。',
  '亲已经是特价了呢真的不能再便宜啦',
  '好的 谢谢\n\n亲～这款1~2天到哦！！“好的。”🙂 还有吗？',
  'Mr. Smith paid $3.50 today. J. K. Rowling wrote it.\r\nSee https://item.jd.com/1.html, or mail foo@example.com @shop',
  '',
  '   ',
  '\n\n',
  ...hostileReplies.map((pattern) => pattern.text(300)),
  randomMix(5000),
]

function sentenceNodes(tree: Root): Sentence[] {
  const nodes: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) if (child.type === 'SentenceNode') nodes.push(child)
  }
  return nodes
}

describe('sentenceRanges', () => {
  it.each(replies.map((text) => [text.slice(0, 40), text] as const))('gives the tree’s sentences: %j', (_name, text) => {
    const nodes = sentenceNodes(parse(text))
    const { starts, ends } = sentenceRanges(text)
    expect([...starts]).toEqual(nodes.map((node) => node.position!.start.offset))
    expect([...ends]).toEqual(nodes.map((node) => node.position!.end.offset))
  })
})

describe('sources', () => {
  it('gives the tree’s SourceNodes, in order', () => {
    const text = replies[3]!
    expect(sources(text)).toEqual([
      { value: 'https://item.jd.com/1.html', start: 57, end: 83 },
      { value: 'foo@example.com', start: 93, end: 108 },
      { value: '@shop', start: 109, end: 114 },
    ])
    for (const reply of replies) {
      const found: Array<{ value: string; start: number; end: number }> = []
      const visit = (node: Root | Root['children'][number]): void => {
        if (node.type === 'SourceNode') found.push({ value: node.value, start: node.position!.start.offset!, end: node.position!.end.offset! })
        if ('children' in node) for (const child of node.children) visit(child as Root['children'][number])
      }
      visit(parse(reply))
      expect(sources(reply)).toEqual(found)
    }
  })
})

describe('parseLazily', () => {
  it('is the parsed tree once read, and parses only then', () => {
    for (const text of replies) expect(JSON.parse(JSON.stringify(parseLazily(text)))).toEqual(JSON.parse(JSON.stringify(parse(text))))
    const root = parseLazily('好的。谢谢')
    expect(Object.keys(root)).toEqual(['type', 'children', 'position'])
    const children = root.children
    expect(root.children).toBe(children)
    expect(Object.getOwnPropertyDescriptor(root, 'children')).toMatchObject({ value: children, writable: true })
    expect(root.position!.end.offset).toBe(5)
  })

  it('takes what is written to it', () => {
    const root = parseLazily('好的')
    root.children = []
    expect(root.children).toEqual([])
    expect(root.position!.end.offset).toBe(2)
  })

  it('gives rules that read the tree the same nodes as the sentences', () => {
    const seen: string[] = []
    const reader: Rule = defineRule({
      meta: {
        id: 'tree-reader',
        description: 'Reads the tree.',
        severity: 'warn',
        preset: 'recommended',
        url: 'https://example.com/tree-reader',
        messages: { found: { 'zh-CN': '{actual}', 'zh-TW': '{actual}', en: '{actual}' } },
        note: { 'zh-CN': '树', 'zh-TW': '樹', en: 'Tree.' },
      },
      check(tree, context) {
        const nodes = sentenceNodes(tree)
        expect(context.sentences.map((sentence) => sentence.node)).toEqual(nodes)
        context.sentences.forEach((sentence, i) => expect(sentence.node).toBe(nodes[i]))
        for (const sentence of context.sentences) seen.push(sentence.normal)
        context.report({ start: 0, end: 2 })
      },
    })
    const linter = createLinter({ plugins: [reader] })
    expect(linter.lint('你好。谢谢！').diagnostics.map((d) => d.ruleId)).toContain('tree-reader')
    expect(seen).toEqual(['你好。', '谢谢!'])
  })
})

describe('sortedRanges', () => {
  it('sorts by start, the longest first', () => {
    const { starts, ends } = sortedRanges((add) => {
      for (const [start, end] of [[5, 6], [0, 3], [5, 9], [0, 1], [2, 4], [5, 6]]) add(start!, end!)
    })
    expect([...starts]).toEqual([0, 0, 2, 5, 5, 5])
    expect([...ends]).toEqual([3, 1, 4, 9, 6, 6])
  })

  it('may be called while it runs', () => {
    const inner: number[] = []
    const { starts } = sortedRanges((add) => {
      add(4, 5)
      inner.push(...sortedRanges((addInner) => addInner(9, 10)).starts)
      add(1, 2)
    })
    expect([...starts]).toEqual([1, 4])
    expect(inner).toEqual([9])
  })
})

describe('leadInEnds', () => {
  it('answers the longest end at a start, as a map would', () => {
    const match = (normalStart: number, normalEnd: number) => ({ normalStart, normalEnd }) as Match
    const ends = leadInEnds([match(0, 1), match(0, 3), match(7, 8)], [match(7, 10)])
    expect([0, 1, 3, 7, 8].map((at) => ends.get(at))).toEqual([3, undefined, undefined, 10, undefined])
  })
})

describe('unitsToString', () => {
  it('makes the same string however long, keeping a byte order mark and lone surrogates', () => {
    for (const text of ['\ufeff' + '好'.repeat(9000), '好'.repeat(5000) + '\ud800' + 'a'.repeat(5000), 'a'.repeat(4097) + '\udc00', '😀'.repeat(3000)]) {
      const all = new Uint16Array(text.length)
      for (let i = 0; i < text.length; i++) all[i] = text.charCodeAt(i)
      expect(unitsToString(all, text.length)).toBe(text)
      expect(unitsToString(all, text.length - 1)).toBe(text.slice(0, -1))
    }
  })
})
