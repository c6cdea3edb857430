// The checker in headless Chromium: lint time per keystroke on a 200-character draft, and
// what pasting 100,000 characters does to the page. Called by bench/index.mjs; alone:
//
//   node bench/browser.mjs [--lib dist/index.js] [--json FILE]
//
// Needs the built package (npm run bench builds it) and Debian's chromium.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { launchChromium } from '../scripts/chromium.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))

/** A 200-character reply with the usual problems, written for this benchmark. */
export const draft = (
  '亲，您好！这款连衣裙是纯棉面料的，M码适合身高160到165厘米、体重100到115斤的亲。这个价格没办法再优惠了哦，' +
  '你自己去看详情页吧，上面都写着呢。发货时间是48小时内，快递默认中通，需要顺丰的话可以补差价。' +
  '我们保证这个尺码您穿着绝对合适，不合适的话七天无理由退换。亲，五星好评返现5元，记得截图发给客服。' +
  '你们要是还有其他问题随时联系我们，祝您购物愉快！谢谢亲的支持～发货后会第一时间通知您哦～。'
).slice(0, 200)

/** 100,000 characters of distinct paragraphs (a pasted document), made from the draft's sentences. */
export function pasted(size = 100_000) {
  const sentences = draft.split(/(?<=[。！～])/)
  const lines = []
  for (let n = 0, length = 0; length < size; n++) {
    const line = `第${n + 1}条：${sentences[n % sentences.length]}${sentences[(n * 7 + 3) % sentences.length]}订单${100000 + n}。`
    lines.push(line)
    length += line.length + 1
  }
  return lines.join('\n').slice(0, size)
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return { n: sorted.length, median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) }
}

/** Run the browser benchmark against a build of the package (`lib` is its index.js). */
export async function benchBrowser(lib = path.join(here, '..', 'dist', 'index.js')) {
  const dir = path.dirname(path.resolve(lib))
  const bundle = await build({
    stdin: {
      contents: `import { lint } from './index.js'; import { attach } from './dom.js'; window.replylint = { lint, attach }`,
      resolveDir: dir,
    },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  })
  const chromium = await launchChromium()
  const { page, context } = chromium
  // A file:// page is a secure context: the clipboard works, so the paste is a real one.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-bench-')), 'index.html')
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    fs.writeFileSync(file, `<!doctype html><meta charset="utf-8"><textarea id="reply" style="width:600px;height:300px;font:16px/1.5 sans-serif"></textarea><div id="list"></div>`)
    const open = async (withChecker) => {
      await page.goto(pathToFileURL(file).href)
      await page.addScriptTag({ content: bundle.outputFiles[0].text })
      await page.evaluate((withChecker) => {
        const box = document.querySelector('#reply')
        Object.assign(window, { lints: [], handlers: [] })
        addEventListener('input', () => (window.started = performance.now()), true)
        // Time each of the checker's own later tasks (underlines of a long paste, lint slices).
        const later = window.setTimeout
        window.ownTasks = []
        window.setTimeout = (callback, ms) =>
          later(() => {
            const start = performance.now()
            callback()
            window.ownTasks.push(performance.now() - start)
          }, ms)
        if (withChecker) window.checker = window.replylint.attach(box, { list: document.querySelector('#list'), onLint: (_d, ms) => window.lints.push(ms) })
        box.addEventListener('input', () => window.handlers.push(performance.now() - window.started))
      }, withChecker)
      await page.click('#reply')
    }
    await open(true)

    // Lint time of every prefix of the draft, precisely: the mean of 50 lints each (the page's
    // clock only ticks every 0.1 ms), after a warm-up.
    const perKeystroke = await page.evaluate((draft) => {
      const { lint } = window.replylint
      for (let i = 0; i < 5; i++) for (let n = 1; n <= draft.length; n++) lint(draft.slice(0, n))
      const times = []
      for (let n = 1; n <= draft.length; n++) {
        const text = draft.slice(0, n)
        const start = performance.now()
        for (let i = 0; i < 50; i++) lint(text)
        times.push((performance.now() - start) / 50)
      }
      return times
    }, draft)

    // Then real keystrokes: the draft typed five times, a character at a time.
    for (let round = 0; round < 5; round++) {
      await page.evaluate(() => {
        document.querySelector('#reply').value = ''
        window.checker.lint()
      })
      for (const char of draft) await page.keyboard.insertText(char)
    }
    const typed = await page.evaluate(() => ({ lints: window.lints.slice(), handlers: window.handlers.slice() }))

    // A real paste (Ctrl+V) of 100,000 characters, into a bare textarea and into one with the
    // checker: the longest task from the paste until the last paragraph is linted.
    const text = pasted()
    const paste = async (withChecker) => {
      await open(withChecker)
      await page.evaluate((text) => {
        Object.assign(window, { longTasks: [], handlers: [], lastChange: 0, ownTasks: [] })
        new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' })
        new MutationObserver(() => (window.lastChange = performance.now())).observe(document.querySelector('#list'), { childList: true })
        return navigator.clipboard.writeText(text)
      }, text)
      await page.waitForTimeout(300)
      const start = await page.evaluate(() => performance.now())
      await page.keyboard.press('Control+V')
      await page.waitForTimeout(3000)
      return page.evaluate(
        ([start, size]) => ({
          size: document.querySelector('#reply').value.length === size ? size : -1,
          handler: window.handlers[0],
          longTasks: window.longTasks.map(Math.round),
          ownTasks: window.ownTasks.length,
          longestOwnTask: Math.max(0, ...window.ownTasks),
          lintedAfter: window.lastChange ? window.lastChange - start : 0,
          diagnostics: window.checker?.lint().length ?? 0,
        }),
        [start, text.length],
      )
    }
    // Three of each, on a machine that may be busy: the figures are the medians.
    const runs = { bare: [], checked: [] }
    for (let i = 0; i < 3; i++) {
      runs.bare.push(await paste(false))
      runs.checked.push(await paste(true))
    }
    const median = (list, pick) => summary(list.map(pick)).median
    const paste3 = {
      size: runs.checked[0].size,
      diagnostics: runs.checked[0].diagnostics,
      // The paste's own task (the browser's, and the checker's input handler in it) …
      pasteTask: median(runs.checked, (r) => r.longTasks[0] ?? 0),
      barePasteTask: median(runs.bare, (r) => r.longTasks[0] ?? 0),
      handler: median(runs.checked, (r) => r.handler),
      // … and the checker's own tasks after it: the underlines, the slices.
      laterTask: median(runs.checked, (r) => r.longestOwnTask),
      laterTasks: median(runs.checked, (r) => r.ownTasks),
      lintedAfter: median(runs.checked, (r) => r.lintedAfter),
      runs,
    }
    return { load: os.loadavg(), perKeystroke: summary(perKeystroke), typedLint: summary(typed.lints), typedHandler: summary(typed.handlers), paste: paste3 }
  } finally {
    await chromium.close()
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  }
}

/** Print the figures. */
export function printBrowser(results) {
  const ms = (value) => `${value.toFixed(3)} ms`
  const row = (name, s) => `${name.padEnd(44)}${ms(s.median).padStart(11)}${ms(s.p99).padStart(11)}${ms(s.max).padStart(11)}`
  console.log(`\nload average while measuring: ${results.load.map((n) => n.toFixed(1)).join(', ')} on ${os.availableParallelism()} cores`)
  console.log(`in Chromium (${results.perKeystroke.n} prefixes of a 200-character draft)${'median'.padStart(9)}${'p99'.padStart(11)}${'max'.padStart(11)}`)
  console.log(row('lint per keystroke (mean of 50 runs)', results.perKeystroke))
  console.log(row(`lint on input, typed (${results.typedLint.n} keystrokes)`, results.typedLint))
  console.log(row('input handler: lint + underlines + list', results.typedHandler))
  const p = results.paste
  console.log(`paste (Ctrl+V) of ${p.size.toLocaleString('en')} characters (${p.diagnostics.toLocaleString('en')} problems):`)
  console.log(`  the paste's task: ${ms(p.pasteTask)} with the checker, ${ms(p.barePasteTask)} in a bare textarea (medians of 3)`)
  console.log(`  then the checker's own tasks (underlines, lint slices): ${p.laterTasks}, the longest ${ms(p.laterTask)}`)
  console.log(`  the checker's input handler in the paste's task: ${ms(p.handler)}; every paragraph linted ${ms(p.lintedAfter)} after the paste`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
  const results = await benchBrowser(option('--lib'))
  printBrowser(results)
  if (option('--json')) fs.writeFileSync(option('--json'), JSON.stringify(results, null, 2))
}
