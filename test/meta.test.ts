/**
 * Conventions every rule keeps: registered, named after its file, documented
 * with the fixed headings, given fixtures, lexicons well formed; and the core
 * stays free of Node built-ins.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { normalise } from '../src/index.js'
import { check } from '../src/config.js'
import { fixturePath, root } from './helpers/fixtures.js'
// @ts-expect-error: plain JavaScript build script, checked by running it
import { registry, ruleIds } from '../scripts/generate.mjs'
import { docsUrl, rulesTable } from './helpers/docs.js'

const headings = ['## What it catches', '## Why', '## Incorrect', '## Correct', '## Options', '## When not to use it']

describe('registry', () => {
  it('is generated from the rule files', () => {
    expect(fs.readFileSync(path.join(root, 'rules', 'index.ts'), 'utf8')).toBe(registry())
    expect(rules.map((rule) => rule.meta.id)).toEqual(ruleIds())
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
    const docs = fs.readFileSync(file, 'utf8')
    expect(docs.startsWith(`# ${id}\n`)).toBe(true)
    // A rule written as constructions lists them in a section of its own, after what it catches.
    const found = docs.split('\n').filter((line) => line.startsWith('## ') && line !== '## Constructions')
    expect(found).toEqual(headings)
    expect(rule.meta.url).toBe(docsUrl(id))
  })

  it('has fixtures', () => {
    expect(fixturePath(id), `fixtures/${id}.yaml`).toBeDefined()
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
