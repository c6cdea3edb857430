#!/usr/bin/env node
// Fire rate and a random sample of hits of one rule over the real replies in ../shared/corpus,
// for hand review of precision. Nothing is copied into the repository: it prints to the terminal.
//
//   node scripts/corpus-hits.mjs RULE [--sample 30] [--seed 1] [--options JSON] [--history] [--platforms] [--json]
//
// --platforms passes each file's marketplace or helpdesk as `context.platform`, as eval.mjs does
// (JD's chats are on jd, the Weibo helpdesk's on weibo).
// --history passes each record's earlier turns (and the customer's context) as `context.history`.
// --options '{"ignore":"…"}' runs the rule with those options.
// The library is bundled from src/ into a private temporary folder, so this never races on dist/.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const rule = args[0]
if (!rule || rule.startsWith('-')) {
  console.error('usage: node scripts/corpus-hits.mjs RULE [--sample 30] [--seed 1] [--history] [--json]')
  process.exit(2)
}
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const sampleSize = Number(option('--sample', '30'))
let seed = Number(option('--seed', '1'))
const withHistory = args.includes('--history')
const platforms = args.includes('--platforms')
  ? { 'jddc2019-chat-sample.jsonl': 'jd', 'jddc2019-dev-refs.jsonl': 'jd', 'jddc2018-baseline.jsonl': 'jd', 'ecd-taobao-sample.jsonl': 'taobao', 'stc3-weibo-helpdesk-zh.jsonl': 'weibo', 'twcs-sample-en.jsonl': 'twitter' }
  : {}
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')))

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-hits-'))
execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [
  path.join(root, 'src', 'index.ts'), '--bundle', '--platform=neutral', '--format=esm', '--main-fields=module,main',
  `--outfile=${path.join(out, 'index.js')}`, '--log-level=error',
])
const { createLinter } = await import(pathToFileURL(path.join(out, 'index.js')).href)
fs.rmSync(out, { recursive: true, force: true })

const ruleOptions = option('--options')
const linter = createLinter({ preset: 'all', rules: ruleOptions ? { [rule]: ['warn', JSON.parse(ruleOptions)] } : {} })
const only = undefined
// JD's anonymisation masks (`[数字x]`, `[ORDERID_…]`) look like placeholders: with --platforms, JD's
// files are linted with the data set's own convention, as eval.mjs does.
const jdLinter = platforms['jddc2018-baseline.jsonl'] && rule === 'no-placeholder' && !ruleOptions
  ? createLinter({ preset: 'all', rules: { 'no-placeholder': ['warn', { ignore: ['[*x]', '[ORDERID_*]', '#E-s*'] }] } })
  : linter
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const hits = []
const perFile = []
for (const file of fs.readdirSync(corpus).filter((name) => name.endsWith('.jsonl')).sort()) {
  let replies = 0
  let fired = 0
  for (const line of fs.readFileSync(path.join(corpus, file), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line)
    if (typeof record.text !== 'string') continue
    replies++
    // A history whose roles the source does not know (jddc2018), or an empty one from a source that
    // gives none (ECD's distractor replies, drawn from other chats), is no conversation: leave it out.
    const known = (record.history ?? []).length > 0 && record.history.every((turn) => turn.role === 'customer' || turn.role === 'agent')
    const history = withHistory && known ? record.history.map(({ role, text }) => ({ role, text })) : undefined
    const platform = platforms[file]
    const context = history || platform ? { ...(history ? { history } : {}), ...(platform ? { platform } : {}) } : undefined
    const diagnostics = (platform === 'jd' ? jdLinter : linter).lint(record.text, context ? { context } : only).diagnostics.filter((d) => d.ruleId === rule)
    if (diagnostics.length === 0) continue
    fired++
    hits.push({ file, id: record.id, text: record.text, context: record.context ?? [], diagnostics })
  }
  perFile.push({ file, replies, fired })
}

const total = perFile.reduce((sum, f) => sum + f.replies, 0)
const totalFired = perFile.reduce((sum, f) => sum + f.fired, 0)
const sample = []
const pool = [...hits]
while (sample.length < sampleSize && pool.length > 0) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0])

if (args.includes('--json')) {
  console.log(JSON.stringify({ rule, total, fired: totalFired, perFile, sample }, null, 2))
} else {
  console.log(`${rule}: fires on ${totalFired} of ${total} replies (${((100 * totalFired) / total).toFixed(2)}%)`)
  for (const f of perFile) console.log(`  ${f.file.padEnd(32)} ${String(f.fired).padStart(6)} / ${f.replies} (${((100 * f.fired) / f.replies).toFixed(2)}%)`)
  console.log(`\n${sample.length} random hits (seed ${option('--seed', '1')}):`)
  sample.forEach((hit, index) => {
    console.log(`\n#${index + 1} ${hit.file} ${hit.id}`)
    if (hit.context.length) console.log(`  customer: ${hit.context.join(' / ').slice(0, 160)}`)
    console.log(`  reply:    ${hit.text.slice(0, 300)}`)
    for (const d of hit.diagnostics) console.log(`  → ${d.actual}  [${d.expected.join(' | ')}]  ${d.message}`)
  })
}
