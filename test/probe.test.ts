/**
 * A held-out set of paraphrases and near misses, written for this project
 * (test/eval/probe.jsonl), scored like ../shared/eval: each case's expected
 * rules must fire, its forbidden rules must not, and a clean reply draws
 * nothing. It guards against rules that only fit the dev set.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint, type PresetName } from '../src/index.js'
import { root } from './helpers/fixtures.js'

interface Case {
  id: string
  text: string
  expect: string[]
  forbid: string[]
  clean: boolean
  preset?: PresetName
}

const cases: Case[] = fs
  .readFileSync(path.join(root, 'test', 'eval', 'probe.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Case)

describe('probe set', () => {
  it.each(cases)('$id: $text', (item) => {
    const fired = new Set(lint(item.text, { preset: item.preset ?? 'recommended' }).diagnostics.map((d) => d.ruleId))
    for (const id of item.expect) expect(fired, `expected ${id}`).toContain(id)
    for (const id of item.forbid) expect(fired, `forbidden ${id}`).not.toContain(id)
    if (item.clean) expect([...fired]).toEqual([])
  })
})
