import { toString } from 'nlcst-to-string'
import type { Root } from 'nlcst'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

/** Sentences of the tree, as `[text, start, end]`. */
function sentences(tree: Root): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') out.push([toString(child), child.position!.start.offset!, child.position!.end.offset!])
    }
  }
  return out
}

/** Every node's position must slice the text to exactly its value. */
function checkPositions(text: string, tree: Root): void {
  const visit = (node: Root | Root['children'][number]) => {
    const { start, end } = node.position!
    expect(toString(node)).toBe(text.slice(start.offset, end.offset))
    const before = text.slice(0, start.offset)
    const lines = before.split(/\r\n|\r|\n/)
    expect(start.line).toBe(lines.length)
    expect(start.column).toBe(lines[lines.length - 1]!.length + 1)
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number])
  }
  visit(tree)
}

describe('parse', () => {
  const cases = [
    '你自己去看详情页，上面都写着呢。',
    '這個碼妳穿正好，一定合身。',
    'Check the size chart yourself. Everything is on the product page.',
    'Hi亲，加个ｖｘ吧，发你real pics～',
    '👍🏻好的\r\n亲，您好～\r\n\r\n祝您购物愉快！👨‍👩‍👧',
    'Hi! Here are three:\nhttps://item.taobao.com/item.htm?id=652347891234\nfoo@example.com',
    '',
    '   ',
  ]

  it.each(cases)('keeps every position exact: %j', (text) => {
    const tree = parse(text)
    expect(toString(tree)).toBe(text)
    checkPositions(text, tree)
  })

  it('splits at terminal marks, tildes and line breaks', () => {
    expect(sentences(parse('亲~~这款1~2天到哦～好的！\n还有吗？'))).toEqual([
      ['亲~~', 0, 3],
      ['这款1~2天到哦～', 3, 12],
      ['好的！', 12, 15],
      ['还有吗？', 16, 20],
    ])
  })

  it('splits a run-on reply after sentence-final particles', () => {
    expect(sentences(parse('亲已经是特价了呢真的不能再便宜啦')).map(([s]) => s)).toEqual(['亲已经是特价了呢', '真的不能再便宜啦'])
    // `呢子` is a fabric, not a particle.
    expect(sentences(parse('这款呢子大衣很保暖哦亲可以放心')).map(([s]) => s)).toEqual(['这款呢子大衣很保暖哦', '亲可以放心'])
  })

  it('splits chat bubbles joined by a space, and ASCII punctuation in Chinese', () => {
    expect(sentences(parse('好的 谢谢')).map(([s]) => s)).toEqual(['好的', '谢谢'])
    expect(sentences(parse('已为您处理,谢谢.[呵呵]')).map(([s]) => s)).toEqual(['已为您处理,谢谢.', '[呵呵]'])
  })

  it('keeps English abbreviations, decimals and initials inside a sentence', () => {
    expect(sentences(parse('Mr. Smith paid $3.50 today. J. K. Rowling wrote it.')).map(([s]) => s)).toEqual([
      'Mr. Smith paid $3.50 today.',
      'J. K. Rowling wrote it.',
    ])
  })

  it('reads an ellipsis quoted on its own as an icon, not a sentence end', () => {
    expect(sentences(parse('您点击"..."图标后，选择切换试一下呢？')).map(([s]) => s)).toEqual(['您点击"..."图标后，选择切换试一下呢？'])
    expect(sentences(parse('点“…”按钮。再选设置')).map(([s]) => s)).toEqual(['点“…”按钮。', '再选设置'])
    expect(sentences(parse('好的...我看看')).map(([s]) => s)).toEqual(['好的...', '我看看'])
  })

  it('makes links, e-mail addresses and mentions Source nodes', () => {
    const tree = parse('@sprintcare see https://t.co/abc, or mail a.b@example.com.')
    const sources: string[] = []
    const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'SourceNode') sources.push(node.value!)
      for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
    }
    visit(tree)
    expect(sources).toEqual(['@sprintcare', 'https://t.co/abc', 'a.b@example.com'])
  })

  it('makes a run of Han characters one word and keeps emoji sequences whole', () => {
    const tree = parse('好的👍🏻亲')
    const sentence = (tree.children[0] as { children: Array<{ children: Array<{ type: string }> }> }).children[0]!
    expect(sentence.children.map((node) => [node.type, toString(node as never)])).toEqual([
      ['WordNode', '好的'],
      ['SymbolNode', '👍🏻'],
      ['WordNode', '亲'],
    ])
  })

  it('stays linear on hostile input', () => {
    for (const text of ['a.'.repeat(50_000), '不'.repeat(100_000), '"“'.repeat(50_000), 'x@'.repeat(50_000), 'www.'.repeat(25_000)]) {
      expect(toString(parse(text))).toBe(text)
    }
  })
})
