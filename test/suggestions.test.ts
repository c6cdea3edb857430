/**
 * A suggestion must not itself break its rule: every `expected` and every
 * `fix`, put in place of what it replaces, leaves the reply free of that
 * rule's diagnostic at that place. Run over every fixture and over a sample
 * of the real replies in ../shared/corpus, read at test time and never copied
 * here (research licences); without that folder the corpus part is skipped.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { createLinter } from '../src/index.js'
import type { Diagnostic, LintContext, RuleSetting, Turn } from '../src/index.js'
import { loadFixture } from './helpers/fixtures.js'

const ids = rules.map((rule) => rule.meta.id)

/** A linter with only `id` on, with `options`. */
function only(id: string, options?: Record<string, unknown>) {
  const settings: Record<string, RuleSetting> = Object.fromEntries(ids.map((other) => [other, 'off']))
  settings[id] = options ? ['warn', options] : 'warn'
  return createLinter({ preset: 'all', rules: settings })
}

/** One edit a diagnostic offers: a suggestion for its span, or its fix. */
interface Edit {
  readonly what: string
  readonly range: readonly [number, number]
  readonly text: string
}

function editsOf(diagnostic: Diagnostic): Edit[] {
  const span = [diagnostic.start.offset, diagnostic.end.offset] as const
  const edits: Edit[] = diagnostic.expected.map((text) => ({ what: `expected ${JSON.stringify(text)}`, range: span, text }))
  if (diagnostic.fix) edits.push({ what: `fix ${JSON.stringify(diagnostic.fix.text)}`, range: diagnostic.fix.range, text: diagnostic.fix.text })
  return edits
}

/**
 * The diagnostics of `id` that each edit of each diagnostic leaves at the
 * place it edited, described for the failure message; `[]` when every
 * suggestion holds.
 */
function brokenSuggestions(id: string, text: string, context: LintContext | undefined, options?: Record<string, unknown>): string[] {
  const linter = only(id, options)
  const lintOptions = context ? { context } : undefined
  const broken: string[] = []
  for (const diagnostic of linter.lint(text, lintOptions).diagnostics) {
    if (diagnostic.ruleId !== id) continue
    for (const edit of editsOf(diagnostic)) {
      const [from, to] = edit.range
      const edited = text.slice(0, from) + edit.text + text.slice(to)
      const end = from + edit.text.length
      // A diagnostic touching the edited place (a deletion leaves a point there).
      const again = linter.lint(edited, lintOptions).diagnostics.filter((d) => d.ruleId === id && d.start.offset < Math.max(end, from + 1) && d.end.offset > from)
      if (again.length > 0) broken.push(`${edit.what} for ${JSON.stringify(diagnostic.actual)} → ${again.map((d) => JSON.stringify(d.actual)).join(', ')}`)
    }
  }
  return broken
}

describe('every fixture suggestion keeps its rule quiet where it is put', () => {
  describe.each(ids)('%s', (id) => {
    const fixture = loadFixture(id)
    const cases = fixture.invalid.filter((item) => item.errors.some((error) => error.expected.length > 0) || item.output !== undefined)
    if (cases.length === 0) {
      it('has no suggestions to check', () => expect(cases).toEqual([]))
      return
    }
    it.each(cases)('$text', (item) => {
      expect(brokenSuggestions(id, item.text, item.context as LintContext | undefined, item.options)).toEqual([])
    })
  })
})

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus')
const hasCorpus = fs.existsSync(corpus)
/** Every how-many-th record of a corpus file is read: enough hits per rule, a few seconds in all. */
const stride = 12
/** Hits checked per rule at most. */
const perRule = 40
/** JD's anonymisation masks look like placeholders; the data set's own convention (see no-placeholder). */
const ruleOptions: Readonly<Record<string, Record<string, unknown>>> = { 'no-placeholder': { ignore: ['[*x]', '[ORDERID_*]', '#E-s*'] } }

describe.skipIf(!hasCorpus)(`corpus suggestions${hasCorpus ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  it('keep their rule quiet where they are put, on a sample of real hits', () => {
    const linter = createLinter({ preset: 'all', rules: Object.fromEntries(Object.entries(ruleOptions).map(([id, options]) => [id, ['warn', options]])) })
    const checked = new Map<string, number>()
    const broken: string[] = []
    for (const file of fs.readdirSync(corpus).filter((name) => name.endsWith('.jsonl')).sort()) {
      const lines = fs.readFileSync(path.join(corpus, file), 'utf8').split('\n')
      for (let i = 0; i < lines.length; i += stride) {
        if (!lines[i]!.trim()) continue
        const record = JSON.parse(lines[i]!) as { id: string; text?: unknown; history?: Turn[] }
        if (typeof record.text !== 'string') continue
        const known = (record.history ?? []).length > 0 && record.history!.every((turn) => turn.role === 'customer' || turn.role === 'agent')
        const context: LintContext | undefined = known ? { history: record.history!.map(({ role, text }) => ({ role, text })) } : undefined
        const diagnostics = linter.lint(record.text, context ? { context } : undefined).diagnostics
        for (const id of new Set(diagnostics.filter((d) => d.expected.length > 0 || d.fix).map((d) => d.ruleId))) {
          if ((checked.get(id) ?? 0) >= perRule || !ids.includes(id)) continue
          checked.set(id, (checked.get(id) ?? 0) + 1)
          // The record is named, never quoted: the corpus stays out of test logs too.
          const problems = brokenSuggestions(id, record.text, context, ruleOptions[id]).length
          if (problems > 0) broken.push(`${id} ${file}#${record.id}: ${problems} suggestion(s) still flagged`)
        }
      }
    }
    expect(checked.size).toBeGreaterThan(0)
    expect(broken).toEqual([])
  }, 120_000)
})
