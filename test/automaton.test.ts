/** The typed-array Aho–Corasick automaton: every key, longest first at each end, values in the order added. */
import { describe, expect, it } from 'vitest'
import { Automaton } from '../src/automaton.js'

function hits(automaton: Automaton<string>, text: string): string[] {
  const found: string[] = []
  automaton.scan(text, (value, end) => found.push(`${value}@${end}`))
  return found
}

describe('Automaton', () => {
  it('finds every key, overlapping ones too, longest first where they end together', () => {
    const automaton = new Automaton<string>()
    for (const key of ['he', 'she', 'his', 'hers', '不', '不好意思', '好意']) automaton.add(key, key)
    expect(hits(automaton, 'ushers')).toEqual(['she@4', 'he@4', 'hers@6'])
    expect(hits(automaton, '不好意思啊不')).toEqual(['不@1', '好意@3', '不好意思@4', '不@6'])
    expect(hits(automaton, '')).toEqual([])
  })

  it('keeps the values of one key in the order they were added, and takes keys after a scan', () => {
    const automaton = new Automaton<string>()
    automaton.add('ab', 'first')
    automaton.add('b', 'short')
    automaton.add('ab', 'second')
    expect(hits(automaton, 'xab')).toEqual(['first@3', 'second@3', 'short@3'])
    automaton.add('xa', 'late')
    expect(hits(automaton, 'xab')).toEqual(['late@2', 'first@3', 'second@3', 'short@3'])
  })

  it('follows fail links through a root with a direct table', () => {
    const automaton = new Automaton<string>()
    // More than 64 first units give the root a direct table.
    for (let i = 0; i < 100; i++) automaton.add(String.fromCharCode(0x4e00 + i) + 'x', `k${i}`)
    automaton.add('\u4e00\u4e01y', 'deep')
    expect(hits(automaton, '\u4e00\u4e01x\u4e00\u4e01y')).toEqual(['k1@3', 'deep@6'])
  })
})
