#!/usr/bin/env node
// `npm run bench`: how fast replylint is on real replies, next to alex, and how it scales.
//
//   node bench/index.mjs [--corpus DIR] [--lib FILE] [--quick] [--json FILE] [--no-browser]
//
// Reads the agent replies of ../shared/corpus (never copied into this repository), measures
// parse + normalise and a full lint with the recommended preset per reply (median, p99,
// characters per second; Chinese and English apart), lints the English replies with alex in
// the same run, and times 1 KB, 100 KB and 1 MB inputs to show the cost per character stays flat.
// Then the language server (bench/lsp.mjs): didChange → publishDiagnostics and its memory; last,
// the cold path, the memory of a 1 MB lint and the browser bundle (bench/cold.mjs).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const corpus = path.resolve(option('--corpus', path.join(here, '..', '..', 'shared', 'corpus')))
const quick = args.includes('--quick')
const jsonOut = option('--json')
// --lib names another build of the library (the default is the package's own dist/).
const lib = option('--lib', path.join(here, '..', 'dist', 'index.js'))
const { createLinter, normalise, parse } = await import(pathToFileURL(path.resolve(lib)).href)
const { cashRebate, conversationOf, hostileReplies } = await import('./hostile.mjs')

function load(file) {
  const texts = []
  for (const line of fs.readFileSync(path.join(corpus, file), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const { text } = JSON.parse(line)
    if (typeof text === 'string' && text.length > 0) texts.push(text)
  }
  return texts
}

if (!fs.existsSync(corpus)) {
  console.error(`No corpus at ${corpus}: pass --corpus DIR`)
  process.exit(2)
}
const files = fs.readdirSync(corpus).filter((name) => name.endsWith('.jsonl'))
const chinese = files.filter((name) => !name.includes('-en')).flatMap(load)
const english = files.filter((name) => name.includes('-en')).flatMap(load)

const linter = createLinter()
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]

/** Time `fn` on every text (mean of `repeat` runs each); median and p99 in µs, chars per second. */
function measure(texts, fn, repeat) {
  for (const text of texts.slice(0, 2000)) fn(text) // warm up the JIT
  const times = []
  let total = 0
  let chars = 0
  for (const text of texts) {
    const start = performance.now()
    for (let i = 0; i < repeat; i++) fn(text)
    const each = (performance.now() - start) / repeat
    times.push(each * 1000)
    total += each
    chars += text.length
  }
  times.sort((a, b) => a - b)
  return { replies: texts.length, median: percentile(times, 0.5), p99: percentile(times, 0.99), charsPerSecond: chars / (total / 1000) }
}

const repeat = quick ? 1 : 5
const sample = (texts, n) => (quick ? texts.filter((_, i) => i % Math.ceil(texts.length / n) === 0) : texts)
const { bareScanner, words: bareWords } = await import('./bare-scan.mjs')
const bare = bareScanner(bareWords)
const results = {
  chineseBare: measure(sample(chinese, 3000), (t) => bare.count(t), repeat),
  chineseParse: measure(sample(chinese, 3000), (t) => (normalise(t), parse(t)), repeat),
  chineseLint: measure(sample(chinese, 3000), (t) => linter.lint(t), repeat),
  englishParse: measure(sample(english, 1000), (t) => (normalise(t), parse(t)), repeat),
  englishLint: measure(sample(english, 1000), (t) => linter.lint(t), repeat),
}

let alex
try {
  alex = await import('alex')
} catch {
  console.error('alex is not installed (npm ci installs it as a dev dependency); skipping the comparison')
}
if (alex) {
  const texts = sample(english, quick ? 200 : 1000)
  results.englishAlex = measure(texts, (t) => alex.text(t), 1)
  results.englishLintSame = measure(texts, (t) => linter.lint(t), repeat)
}

// Linear growth: cost per character of one lint of a 1 KB, 100 KB and 1 MB input.
const pool = chinese.join('\n')
const scaling = []
for (const size of [1_000, 100_000, 1_000_000]) {
  let text = pool
  while (text.length < size) text += '\n' + pool
  text = text.slice(0, size)
  const runs = size <= 1_000 ? 500 : size <= 100_000 ? 10 : 3
  linter.lint(text)
  const start = performance.now()
  for (let i = 0; i < runs; i++) linter.lint(text)
  const ms = (performance.now() - start) / runs
  scaling.push({ size, ms, nsPerChar: (ms * 1e6) / size })
}
results.scaling = scaling

// Hostile 1 MB replies (issue 11: each once grew 30–160× per 10× of input): the worst time of any.
const all = createLinter({ preset: 'all' })
const timeOnce = (work) => {
  const start = performance.now()
  work()
  return performance.now() - start
}
const hostile = []
for (const pattern of quick ? hostileReplies.filter((_, i) => i % 4 === 0) : hostileReplies) {
  const text = pattern.text(1_000_000)
  hostile.push({ name: `lint ${pattern.name}`, ms: timeOnce(() => all.lint(text)) })
}
{
  const text = '你好'.repeat(500_000)
  hostile.push({ name: "fix '你好' on one line", ms: timeOnce(() => all.fix(text)) })
  const turns = conversationOf(1_000_000)
  hostile.push({ name: `lintConversation, ${turns.length} turns`, ms: timeOnce(() => all.lintConversation(turns)) })
}
{
  const text = cashRebate.text(1_000_000)
  hostile.push({ name: `lint ${cashRebate.name}`, ms: timeOnce(() => all.lint(text)) })
}
results.hostile = hostile

const row = (name, r) =>
  `${name.padEnd(34)}${String(r.replies).padStart(7)}${r.median.toFixed(1).padStart(10)}${r.p99.toFixed(1).padStart(10)}${Math.round(r.charsPerSecond).toLocaleString('en').padStart(16)}`
console.log(`corpus: ${corpus} (${chinese.length} Chinese, ${english.length} English replies)\n`)
console.log(`${'per reply'.padEnd(34)}${'replies'.padStart(7)}${'median µs'.padStart(10)}${'p99 µs'.padStart(10)}${'chars/s'.padStart(16)}`)
console.log(row('zh bare Aho–Corasick, 50 words', results.chineseBare))
console.log(row('zh parse + normalise', results.chineseParse))
console.log(row('zh lint (recommended)', results.chineseLint))
const meanOf = (r) => 1e6 / (r.charsPerSecond || 1)
console.log(
  `zh lint / bare scan: median ${(results.chineseLint.median / results.chineseBare.median).toFixed(1)}×, mean per character ${(meanOf(results.chineseLint) / meanOf(results.chineseBare)).toFixed(1)}×`,
)
console.log(row('en parse + normalise', results.englishParse))
console.log(row('en lint (recommended)', results.englishLint))
if (results.englishAlex) {
  console.log(row('en alex (same replies)', results.englishAlex))
  console.log(row('en replylint (same replies)', results.englishLintSame))
  console.log(`\nalex / replylint, median per English reply: ${(results.englishAlex.median / results.englishLintSame.median).toFixed(1)}×`)
}
console.log(`\n${'input size'.padEnd(14)}${'ms'.padStart(10)}${'ns/char'.padStart(10)}`)
for (const s of scaling) console.log(`${s.size.toLocaleString('en').padEnd(14)}${s.ms.toFixed(2).padStart(10)}${s.nsPerChar.toFixed(1).padStart(10)}`)
console.log(`1 MB / 1 KB cost per character: ${(scaling[2].nsPerChar / scaling[0].nsPerChar).toFixed(2)}×`)
console.log(`\n${'hostile 1 MB input (preset all)'.padEnd(44)}${'ms'.padStart(10)}`)
for (const h of hostile) console.log(`${h.name.padEnd(44)}${h.ms.toFixed(0).padStart(10)}`)
const worst = hostile.reduce((a, b) => (b.ms > a.ms ? b : a))
console.log(`worst hostile 1 MB time: ${worst.ms.toFixed(0)} ms (${worst.name})`)
// The language server: didChange → publishDiagnostics on a 200-line library, and its memory (bench/lsp.mjs).
const languageServer = await import('./lsp.mjs')
results.languageServer = await languageServer.benchLanguageServer({ quick })
console.log(`\n${languageServer.report(results.languageServer)}`)
// The checker in headless Chromium (bench/browser.mjs); --no-browser skips it.
if (!args.includes('--no-browser')) {
  const { benchBrowser, printBrowser } = await import('./browser.mjs')
  results.browser = await benchBrowser(lib)
  printBrowser(results.browser)
}
// The cold path (issue 14): process start → first lint, createLinter, per-call `rules`, 1 MB heap, bundle.
{
  const cold = await import('./cold.mjs')
  results.cold = { cold: cold.coldStart(lib, { quick }), heap: cold.heapOf1MB(lib, corpus), bundle: await cold.bundleSizes() }
  console.log(`\n${cold.report(results.cold)}`)
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 2))
