/**
 * Parts of the command line tested without starting it: reporters on very
 * many diagnostics, fix edits that cost linear time, file decoding, and no
 * spread of unbounded arrays into a call.
 */
import fs from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/cli/extract/index.js'
import { applyEdits, diagnosticEdit, replyEdits } from '../src/cli/fix.js'
import { FileError, decode, encode, pieces } from '../src/cli/read.js'
import { json, reportInput, style, stylish } from '../src/cli/report.js'
import { rawSegment } from '../src/cli/source-map.js'
import type { Diagnostic } from '../src/types.js'
import { scratch } from './helpers/cli-library.js'
import { root } from './helpers/fixtures.js'

/** `prefer-we`-like diagnostics of every `你` of `text`, each with the fix `您`. */
function pronouns(text: string): Diagnostic[] {
  const out: Diagnostic[] = []
  for (let i = text.indexOf('你'); i >= 0; i = text.indexOf('你', i + 1)) {
    out.push({
      ruleId: 'prefer-we',
      severity: 'warning',
      message: '用“您”',
      start: { line: 1, column: i + 1, offset: i },
      end: { line: 1, column: i + 3, offset: i + 2 },
      actual: text.slice(i, i + 2),
      expected: ['您好'],
      fix: { range: [i, i + 2], text: '您好' },
    })
  }
  return out
}

describe('reporters', () => {
  it('stylish and json write a file with 130,000 diagnostics (no spread of their places into Math.max)', { timeout: 30_000 }, () => {
    const diagnostic = pronouns('你好')[0]!
    const diagnostics = Array.from({ length: 130_000 }, (_, i) => ({ ...diagnostic, start: { line: i + 1, column: 1, offset: 0 }, end: { line: i + 1, column: 3, offset: 2 } }))
    const parts: string[] = []
    const reporter = stylish((text) => parts.push(text), style(false))
    reportInput(reporter, { file: 'big.txt', diagnostics })
    reporter.end()
    const out = parts.join('')
    expect(out.slice(0, out.indexOf('\n', out.indexOf('\n') + 1))).toBe('big.txt\n  1:1-1:3            warning  用“您”  prefer-we')
    expect(out.endsWith('✖ 130000 problems (0 errors, 130000 warnings)\n')).toBe(true)
    const written: string[] = []
    const report = json((text) => written.push(text))
    reportInput(report, { file: 'big.txt', diagnostics })
    report.end()
    const [entry] = JSON.parse(written.join('')) as Array<{ file: string; diagnostics: Diagnostic[] }>
    expect(entry!.diagnostics).toHaveLength(130_000)
    expect(entry!.diagnostics.at(-1)).toEqual(diagnostics.at(-1))
  })
})

describe('fix edits', () => {
  it('come from the fixes the engine applied, and from the fixed text after several passes', () => {
    const text = '你好，你好'
    const applied = pronouns(text)
    expect(replyEdits(text, { text: '您好，您好', applied })).toEqual([
      { from: 0, to: 1, text: '您' },
      { from: 3, to: 4, text: '您' },
    ])
    // A second pass's fix (an apology inserted in front) refers to the text after the first pass.
    const second: Diagnostic = { ...applied[0]!, fix: { range: [0, 0], text: '抱歉，' } }
    const edits = replyEdits(text, { text: '抱歉，您好，您好', applied: [...applied, second] })
    expect(applyEdits(text, edits)).toBe('抱歉，您好，您好')
  })

  it('cost the same per fix in a long reply as in a short one (it was the length of the reply)', () => {
    // The same 2,000 fixes, in a reply of 10,000 and of 100,000 characters: the same work, the same garbage.
    const cost = (length: number) => {
      const text = '你好'.repeat(length / 2)
      const segment = rawSegment(0, text)
      const fixes = pronouns(text.slice(0, 4000))
      let best = Infinity
      for (let round = 0; round < 5; round++) {
        const started = performance.now()
        for (const d of fixes) expect(diagnosticEdit(segment, d)).toEqual({ from: d.start.offset, to: d.start.offset + 1, text: '您' })
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    cost(10_000)
    expect(cost(100_000) / cost(10_000)).toBeLessThan(4)
  })
})

describe('decoding', () => {
  it('reads UTF-8, UTF-16 with a byte order mark and GB18030, and writes each back byte for byte', () => {
    const text = '亲，您好\r\n𠮷野家\n'
    for (const [encoding, bytes] of [
      [{ name: 'utf8', bom: false }, Buffer.from(text)],
      [{ name: 'utf8', bom: true }, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      [{ name: 'utf16le', bom: true }, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])],
      [{ name: 'utf16be', bom: true }, Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')])],
      [{ name: 'gb18030', bom: false }, iconv.encode(text, 'gb18030')],
    ] as const) {
      const decoded = decode(bytes, 'x.txt')
      expect(decoded, encoding.name).toEqual({ text, encoding })
      expect(Buffer.from(encode(text, encoding))).toEqual(bytes)
    }
  })

  it('refuses bytes it could not write back as they were', () => {
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x41]), 'odd.txt')).toThrow(new FileError('odd.txt', 'not valid UTF-16LE; save it as UTF-8 (or UTF-16 with a byte order mark, or GB18030)'))
    expect(() => decode(Buffer.from([0x41, 0xff]), 'x.txt')).toThrow(FileError)
  })
})

describe('reading a file in pieces', () => {
  it('gives whole lines with their offset and line in the file, a character split between reads kept whole', () => {
    const text = '\ufeff' + Array.from({ length: 200 }, (_, i) => `第${i}行：你好😀`).join('\n') + '\nlast line without a break'
    const file = path.join(scratch(), 'x.jsonl')
    fs.writeFileSync(file, text)
    const parts = [...pieces(file, 'x.jsonl', 61)!]
    expect(parts.length).toBeGreaterThan(50)
    expect(parts.map((part) => part.text).join('')).toBe(text.slice(1))
    for (const part of parts) {
      expect(text.slice(1).slice(part.offset, part.offset + part.text.length)).toBe(part.text)
      expect(text.slice(1, part.offset + 1).split('\n').length).toBe(part.line)
      expect(part.text.endsWith('\n') || part === parts.at(-1)).toBe(true)
    }
  })

  it('is not offered for files in other encodings', () => {
    const file = path.join(scratch(), 'x.txt')
    fs.writeFileSync(file, iconv.encode('你好\n', 'gb18030'))
    expect(pieces(file, 'x.txt', 2)).toBeUndefined()
  })
})

describe('structured files', () => {
  it('read JSON nested 100,000 deep without the call stack', () => {
    const depth = 100_000
    const { units, problems } = extract(`${'{"a":['.repeat(depth)}"你好"${']}'.repeat(depth)}`, 'json', {})
    expect(problems).toEqual([])
    expect(units.map((unit) => (unit.kind === 'reply' ? unit.segment.text : ''))).toEqual(['你好'])
  })
})

describe('the command line’s sources', () => {
  it('never spread an array into a call (a library can hold more items than the stack has room for)', () => {
    const folder = path.join(root, 'src', 'cli')
    const files = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))
    const spreads = files.flatMap((file) =>
      fs
        .readFileSync(path.join(folder, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\b(?:push|unshift|splice|max|min|apply|fromCharCode|fromCodePoint|concat|assign)\((?:[^()]*,\s*)?\.\.\./.test(line) ? [`${file}:${i + 1}`] : [])),
    )
    expect(spreads).toEqual([])
  })
})
