// `npm run bench` (cold path, issue 14): what a chat tool or a CLI worker pays before the first
// result, the memory of a 1 MB lint, and the browser bundle of `lint`.
//
//   node bench/cold.mjs [--lib FILE] [--corpus DIR] [--quick]
//
// Every figure comes from fresh processes (a warm process hides the cold path), run interleaved
// with bare `node -e ''` so that the load of a shared machine hits both alike.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { stripDocsPlugin } from '../scripts/strip-docs.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.join(here, '..')
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

/** Run `source` as an ES module in a fresh Node; its last line of output, parsed as JSON. */
function child(source, flags = []) {
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', source], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`bench child failed: ${run.stderr}`)
  return run
}

function wall(args) {
  const start = performance.now()
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`bench child failed: ${run.stderr}`)
  return performance.now() - start
}

/**
 * Process start → first lint result, against bare Node; then, in fresh processes,
 * `createLinter` cold (the first) and warm (another one), and a per-call `rules` option
 * never seen before (each rule of the preset turned off in turn, timed one by one).
 */
export function coldStart(lib, { quick = false } = {}) {
  const href = pathToFileURL(path.resolve(lib)).href
  const runs = quick ? 5 : 11
  const bare = []
  const first = []
  for (let i = 0; i < runs; i++) {
    bare.push(wall(['-e', '']))
    first.push(wall(['--input-type=module', '-e', `import { lint } from ${JSON.stringify(href)}; lint('你自己去看详情页')`]))
  }
  const probe = `
    const t0 = performance.now()
    const m = await import(${JSON.stringify(href)})
    const t1 = performance.now()
    const linter = m.createLinter()
    const t2 = performance.now()
    linter.lint('你自己去看详情页，亲')
    const t3 = performance.now()
    const warm = []
    for (let i = 0; i < 5; i++) { const s = performance.now(); m.createLinter(); warm.push(performance.now() - s) }
    const plain = []
    for (let i = 0; i < 20; i++) { const s = performance.now(); linter.lint('亲，你自己去看详情页'); plain.push(performance.now() - s) }
    const perCall = []
    for (const id of Object.keys(m.presets.recommended.rules)) {
      const s = performance.now()
      linter.lint('亲，你自己去看详情页', { rules: { [id]: 'off' } })
      perCall.push(performance.now() - s)
    }
    const med = (v) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)]
    console.log(JSON.stringify({ importMs: t1 - t0, createCold: t2 - t1, firstLint: t3 - t2, createWarm: med(warm), lintWarm: med(plain), rulesFirst: med(perCall), rulesWorst: Math.max(...perCall) }))`
  const probes = []
  for (let i = 0; i < (quick ? 3 : 5); i++) probes.push(JSON.parse(child(probe).stdout.trim().split('\n').pop()))
  const pick = (key) => median(probes.map((p) => p[key]))
  return {
    bareNode: median(bare),
    startToFirstLint: median(first),
    importMs: pick('importMs'),
    createCold: pick('createCold'),
    firstLint: pick('firstLint'),
    createWarm: pick('createWarm'),
    lintWarm: pick('lintWarm'),
    rulesFirst: pick('rulesFirst'),
    rulesWorst: pick('rulesWorst'),
  }
}

/**
 * Heap of one lint of 1 MB, the median of `runs` fresh processes by peak: where the collector
 * happens to run moves one process's peak by 10–15 MB (measured: 50, 57 and 66 MB at one commit).
 */
export function heapOf1MB(lib, corpus, { runs = 5 } = {}) {
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(heapOnce(lib, corpus))
  samples.sort((a, b) => a.peakHeapMB - b.peakHeapMB)
  return { ...samples[Math.floor((runs - 1) / 2)], runs, peakRangeMB: [samples[0].peakHeapMB, samples[runs - 1].peakHeapMB] }
}

/**
 * Heap of one lint of 1 MB in one process: sampled at every garbage collection (a 1 MB young
 * generation makes them frequent, so the peak is seen to within about a megabyte), and what stays
 * held after it.
 */
function heapOnce(lib, corpus) {
  const href = pathToFileURL(path.resolve(lib)).href
  // The corpus's Chinese replies joined, as the scaling figures of bench/index.mjs; without it, one reply full of problems.
  const source = `
    import fs from 'node:fs'
    import path from 'node:path'
    const { createLinter } = await import(${JSON.stringify(href)})
    const linter = createLinter()
    const corpus = ${JSON.stringify(corpus ?? '')}
    let unit = '亲，您好！你自己去看详情页，这款今天下单明天发货。Hi, please check your order. 加我微信 abc123 返现5元哦\\n'
    if (corpus && fs.existsSync(corpus)) {
      const replies = []
      for (const name of fs.readdirSync(corpus).filter((n) => n.endsWith('.jsonl') && !n.includes('-en'))) {
        for (const line of fs.readFileSync(path.join(corpus, name), 'utf8').split('\\n')) if (line.trim()) replies.push(JSON.parse(line).text)
      }
      unit = replies.filter((t) => typeof t === 'string' && t.length > 0).join('\\n')
    }
    const text = unit.repeat(Math.ceil(1e6 / unit.length)).slice(0, 1e6)
    linter.lint(unit)
    globalThis.gc(); globalThis.gc()
    const before = process.memoryUsage().heapUsed
    const buffersBefore = process.memoryUsage().arrayBuffers
    console.log('MARK-START')
    linter.lint(text)
    const end = process.memoryUsage().heapUsed
    console.log('MARK-END')
    globalThis.gc(); globalThis.gc()
    const after = process.memoryUsage().heapUsed
    // Typed arrays keep their contents outside the heap: what stays of them counts as held too.
    const heldBuffers = process.memoryUsage().arrayBuffers - buffersBefore
    console.log(JSON.stringify({ before, end, after, heldBuffers, chars: text.length, corpus: unit.length > 1000 }))`
  const run = child(source, ['--expose-gc', '--trace-gc', '--max-semi-space-size=1'])
  const lines = run.stdout.split('\n')
  const result = JSON.parse(lines.filter((line) => line.startsWith('{')).pop())
  let peak = result.end
  let inside = false
  for (const line of lines) {
    if (line === 'MARK-START') inside = true
    else if (line === 'MARK-END') inside = false
    else if (inside) {
      // `[pid:0x…] 12 ms: Scavenge 40.1 (42.0) -> 39.5 (43.0) MB, …`: the heap used before it.
      const match = /: (?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \([\d.]+\) ->/.exec(line)
      if (match) peak = Math.max(peak, Number(match[1]) * 1024 * 1024)
    }
  }
  const mb = (bytes) => bytes / 1024 / 1024
  return { corpus: result.corpus, peakHeapMB: mb(peak), baseHeapMB: mb(result.before), bytesPerChar: (peak - result.before) / result.chars, heldAfterMB: mb(result.after - result.before + result.heldBuffers) }
}

/** The browser bundle of `lint` (esbuild, minified, gzip -9), alone and with the drop-in checker. */
export async function bundleSizes() {
  const { build } = await import('esbuild')
  const gz = async (contents) => {
    // As the package ships: without the constructions' documentation (scripts/strip-docs.mjs).
    const result = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, charset: 'utf8', logLevel: 'silent', plugins: [stripDocsPlugin()] })
    return gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength / 1024
  }
  const lint = await gz(`export { lint } from './src/index.ts'`)
  const both = await gz(`export { lint } from './src/index.ts'\nexport { attach } from './src/dom/index.ts'`)
  return { lintKB: lint, checkerKB: both - lint }
}

/** The cold-path figures as printed by `npm run bench`. */
export function report({ cold, heap, bundle }) {
  const f = (n, d = 1) => n.toFixed(d)
  return [
    `cold path (fresh processes, medians)`,
    `process start → first lint ${f(cold.startToFirstLint, 0)} ms, bare node ${f(cold.bareNode, 0)} ms: ${f(cold.startToFirstLint / cold.bareNode, 2)}× (target ≤ 2×)`,
    `  import ${f(cold.importMs)} ms, createLinter cold ${f(cold.createCold)} ms (target ≤ 15), first lint ${f(cold.firstLint)} ms`,
    `createLinter warm ${f(cold.createWarm, 2)} ms; lint warm ${f(cold.lintWarm, 3)} ms`,
    `per-call \`rules\` never seen before: median ${f(cold.rulesFirst, 2)} ms, worst ${f(cold.rulesWorst, 2)} ms (target ≤ 1)`,
    `1 MB lint (${heap.corpus ? 'corpus replies' : 'synthetic reply'}): peak heap ${f(heap.peakHeapMB)} MB (target ≤ 60; median of ${heap.runs}, ${f(heap.peakRangeMB[0])}–${f(heap.peakRangeMB[1])}), ${f(heap.bytesPerChar)} bytes/char over the ${f(heap.baseHeapMB)} MB before (target ≤ ~40), held after ${f(heap.heldAfterMB, 2)} MB (heap and typed arrays)`,
    `browser bundle of \`lint\`: ${f(bundle.lintKB)} KB gzip -9 (targets ≤ 90 / ≤ 80), checker adds ${f(bundle.checkerKB, 2)} KB (≤ 6)`,
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const index = args.indexOf('--lib')
  const lib = index >= 0 ? args[index + 1] : path.join(root, 'dist', 'index.js')
  const quick = args.includes('--quick')
  const corpusAt = args.indexOf('--corpus')
  const corpus = corpusAt >= 0 ? args[corpusAt + 1] : path.join(root, '..', 'shared', 'corpus')
  console.log(report({ cold: coldStart(lib, { quick }), heap: heapOf1MB(lib, corpus), bundle: await bundleSizes() }))
}
