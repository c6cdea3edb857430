/**
 * Conventions every rule keeps: registered, named after its file, documented
 * with the fixed headings, given fixtures, lexicons well formed; and the core
 * stays free of Node built-ins.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { lint, normalise } from '../src/index.js'
import { check } from '../src/config.js'
import { fixturePath, root } from './helpers/fixtures.js'
// @ts-expect-error: plain JavaScript build script, checked by running it
import { registry, ruleIds, simplifiedTable, traditionalTable } from '../scripts/generate.mjs'
import { constructionsSection, docsUrl, rulesTable } from './helpers/docs.js'

/** Pages whose "Incorrect" block is one reply over several lines. */
const multiLineExamples = new Set(['max-recommendations'])

const headings = ['## What it catches', '## Constructions', '## Why', '## Incorrect', '## Correct', '## Options', '## When not to use it']

describe('registry', () => {
  it('is generated from the rule files', () => {
    expect(fs.readFileSync(path.join(root, 'rules', 'index.ts'), 'utf8')).toBe(registry())
    expect(rules.map((rule) => rule.meta.id)).toEqual(ruleIds())
  })

  it('has a simplified-script table generated for the characters lexicons use', async () => {
    expect(fs.readFileSync(path.join(root, 'src', 'simplified-table.ts'), 'utf8')).toBe(await simplifiedTable())
  })

  it('has a traditional-script table generated for the characters rules write', async () => {
    expect(fs.readFileSync(path.join(root, 'src', 'language', 'traditional-table.ts'), 'utf8')).toBe(await traditionalTable())
  })

  it('is listed in the README, generated from metadata', () => {
    const file = path.join(root, 'README.md')
    let readme = fs.readFileSync(file, 'utf8')
    // `npm run generate` rewrites the table; a plain test run only compares.
    if (process.env.REPLYLINT_UPDATE === '1') {
      readme = readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, rulesTable(rules))
      fs.writeFileSync(file, readme)
    }
    expect(readme).toContain(rulesTable(rules))
  })
})

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('has its docs page with the fixed headings', () => {
    const file = path.join(root, 'rules', `${id}.md`)
    expect(fs.existsSync(file), `rules/${id}.md`).toBe(true)
    let docs = fs.readFileSync(file, 'utf8')
    // `npm run generate` writes the constructions from the rule's metadata; a plain run compares.
    if (process.env.REPLYLINT_UPDATE === '1') {
      docs = docs.includes('<!-- constructions:start -->')
        ? docs.replace(/<!-- constructions:start -->[\s\S]*<!-- constructions:end -->/, () => constructionsSection(rule))
        : docs.replace('\n## Why', () => `\n## Constructions\n\n${constructionsSection(rule)}\n\n## Why`)
      fs.writeFileSync(file, docs)
    }
    expect(docs.startsWith(`# ${id}\n`)).toBe(true)
    expect(docs).toContain(constructionsSection(rule))
    const found = docs.split('\n').filter((line) => line.startsWith('## '))
    expect(found).toEqual(headings)
    expect(rule.meta.url).toBe(docsUrl(id))
  })

  it('has fixtures', () => {
    expect(fixturePath(id), `fixtures/${id}.yaml`).toBeDefined()
  })

  // A page's examples are what users copy: each reply under "Incorrect" fires, each under
  // "Correct" stays quiet. Conversations (`顾客：…` / `Customer: …` lines) are shown, not linted:
  // their rules need a history the fixtures give.
  it('shows examples that the rule really flags and passes', () => {
    const docs = fs.readFileSync(path.join(root, 'rules', `${id}.md`), 'utf8')
    const block = (heading: string) => /```text\n([\s\S]*?)```/.exec(docs.slice(docs.indexOf(`${heading}\n`)))?.[1]?.split('\n').filter(Boolean) ?? []
    const incorrect = block('## Incorrect')
    const correct = block('## Correct')
    const conversation = (lines: string[]) => lines.some((line) => /^(?:（?顾客|客服|客户|Customer|Agent)|→/.test(line))
    const fires = (text: string) => lint(text, { preset: undefined, rules: { [id]: 'warn' } }).diagnostics.some((d) => d.ruleId === id)
    if (!conversation(incorrect)) {
      // One reply over several lines (a list of links) is one example.
      const examples = multiLineExamples.has(id) ? [incorrect.join('\n')] : incorrect
      expect(examples.filter((text) => !fires(text)), 'Incorrect examples the rule passes').toEqual([])
    }
    if (!conversation(correct)) expect(correct.filter(fires), 'Correct examples the rule flags').toEqual([])
  })

  it('describes itself in the imperative', () => {
    expect(rule.meta.description).toMatch(/^(Disallow|Require|Limit|Prefer|Keep)\b.*\.$/)
  })

  it('has options with defaults', () => {
    if (rule.meta.options) expect(check(rule.meta.options, {}).success).toBe(true)
  })

  it('has well-formed lexicons: no empty or duplicate phrases', () => {
    for (const lexicon of rule.lexicons ?? []) {
      const seen = new Map<string, string>()
      for (const entry of lexicon) {
        const phrases = typeof entry.match === 'string' ? [entry.match] : entry.match
        expect(phrases.length).toBeGreaterThan(0)
        for (const phrase of phrases) {
          const key = normalise(phrase).text
          expect(key.length, `empty phrase in ${id}`).toBeGreaterThan(0)
          const where = JSON.stringify(entry.notAfter ?? []) + JSON.stringify(entry.notBefore ?? [])
          expect(seen.get(key + where), `duplicate phrase \`${phrase}\` in ${id}`).toBeUndefined()
          seen.set(key + where, phrase)
        }
      }
    }
  })
})

describe('core', () => {
  it('imports no Node built-ins (it runs in browsers)', () => {
    const files = [
      ...fs.readdirSync(path.join(root, 'src')).map((name) => path.join('src', name)),
      ...fs.readdirSync(path.join(root, 'rules')).map((name) => path.join('rules', name)),
    ].filter((name) => name.endsWith('.ts'))
    for (const file of files) {
      const source = fs.readFileSync(path.join(root, file), 'utf8')
      expect(source, file).not.toMatch(/from '(node:|fs|path|os|child_process|process)['/]/)
    }
  })
})
