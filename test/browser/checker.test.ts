/**
 * The drop-in checker in headless Chromium: typing, composition, underlines on
 * the flagged characters, suggestions by mouse and keyboard, the caret, the
 * pre-send guard.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/types.js'
import type { Checker } from '../../src/dom/types.js'
import { launch, screenshotOnFailure, script, type Session } from './browser.js'

/** What the test page keeps on `window`. */
interface TestWindow {
  replylint: { attach: typeof import('../../src/dom/index.js').attach }
  checker: Checker
  /** The diagnostics of every lint on input, and how many there were. */
  last: Diagnostic[]
  lints: number
}
declare const window: Window & TestWindow

const page$ = `<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<style>
  body { margin: 20px; font: 16px/1.5 "WenQuanYi Micro Hei", sans-serif; }
  #reply, #editable { box-sizing: border-box; width: 320px; height: 110px; padding: 8px 10px; border: 2px solid #888;
    font: 18px/1.6 "WenQuanYi Micro Hei", sans-serif; overflow: auto; white-space: pre-wrap; }
</style>
<textarea id="reply"></textarea>
<div id="list"></div>
<div id="editable" contenteditable="true"></div>
<button id="after">after</button>`

let session: Session
let page: Page
let bundle: string

beforeAll(async () => {
  bundle = await script(`import { attach } from './src/dom/index.ts'; (window as any).replylint = { attach }`)
  session = await launch()
  page = session.page
})
afterAll(() => session?.close())

/** Load the test page and attach a checker to `#reply` (or `#editable`). */
async function open(target = '#reply', options = '{}') {
  await page.setContent(page$)
  await page.addScriptTag({ content: bundle })
  await page.evaluate(
    ([target, options]) => {
      window.last = []
      window.lints = 0
      window.checker = window.replylint.attach(document.querySelector(target!) as HTMLElement, {
        list: document.querySelector('#list') as HTMLElement,
        onLint(diagnostics) {
          window.last = diagnostics
          window.lints++
        },
        ...(0, eval)(`(${options})`),
      })
    },
    [target, options],
  )
  await page.click(target)
}

/** The rule ids of the last lint. */
const rules = () => page.evaluate(() => window.last.map((d) => d.ruleId))

/**
 * The underlines of the last lint, by diagnostic: each line box of an underline
 * with the caret offsets Chromium finds at its left and right edges (what the
 * agent's text really has there).
 */
function underlinesInTextarea() {
  return page.evaluate(() => {
    const box = document.querySelector('#reply')!
    const out = new Map<number, { ruleId: string; start: number; end: number; boxes: [number, number][]; height: number }>()
    for (const mark of document.querySelectorAll<HTMLElement>('.rl-mark')) {
      const r = mark.getBoundingClientRect()
      const y = r.top + r.height / 2
      const at = (x: number) => {
        const p = document.caretPositionFromPoint(x, y)
        return p?.offsetNode === box ? p.offset : -1
      }
      const i = Number(mark.dataset.i)
      const d = window.last[i]!
      if (!out.has(i)) out.set(i, { ruleId: d.ruleId, start: d.start.offset, end: d.end.offset, boxes: [], height: r.height })
      out.get(i)!.boxes.push([at(r.left + 1), at(r.right - 1)])
    }
    return [...out.values()]
  })
}

/**
 * The caret at an underline's left edge is before its first character, at its
 * right edge after its last, and its line boxes follow one another: the
 * underline sits exactly on the flagged characters.
 */
function expectOnText(underline: Awaited<ReturnType<typeof underlinesInTextarea>>[number]) {
  const edges = underline.boxes.flat()
  expect([edges[0], edges.at(-1)]).toEqual([underline.start, underline.end])
  for (let k = 1; k < edges.length - 1; k += 2) expect(edges[k]).toBe(edges[k + 1])
  expect(underline.height).toBeGreaterThan(18)
}

describe('replylint/dom in Chromium', () => {
  beforeEach(() => screenshotOnFailure(page, `checker-${expect.getState().currentTestName?.replace(/\W+/g, '-')}`))

  it('lints every keystroke and underlines exactly the flagged characters of a textarea', async () => {
    await open()
    const text = '亲，这个价格没办法再优惠了哦，你自己去看详情页吧。'
    for (const char of text) await page.keyboard.type(char)
    expect(await page.evaluate(() => window.lints)).toBe([...text].length)
    expect(await rules()).toEqual(['apologise-when-refusing', 'prefer-we', 'no-command'])
    const underlines = await underlinesInTextarea()
    expect(underlines.map((u) => [u.ruleId, u.start, u.end])).toEqual([
      ['apologise-when-refusing', 6, 9],
      ['prefer-we', 15, 16],
      ['no-command', 15, 24],
    ])
    // 25 characters do not fit on one line of 320 px: no-command's underline wraps.
    expect(underlines.map((u) => u.boxes.length)).toEqual([1, 1, 2])
    underlines.forEach(expectOnText)
  })

  it('follows wrapping, resizing and scrolling', async () => {
    await open()
    await page.keyboard.insertText('亲，您好。\n'.repeat(6) + '这个价格没办法再优惠了哦，你自己去看详情页吧。')
    const check = async () => {
      const underlines = await underlinesInTextarea()
      expect(underlines.length).toBeGreaterThan(0)
      underlines.forEach(expectOnText)
      return underlines
    }
    // The last line wraps in 320 px: no-command's underline has two line boxes.
    const wrapped = await check()
    expect(wrapped.find((u) => u.ruleId === 'no-command')!.boxes.length).toBe(2)
    await page.evaluate(() => ((document.querySelector('#reply') as HTMLElement).style.width = '640px'))
    await page.waitForFunction(() => document.querySelectorAll('.rl-mark').length === 3)
    expect((await check()).find((u) => u.ruleId === 'no-command')!.boxes.length).toBe(1)
    // Scrolled to the top, the problems on the last line are out of view and not drawn.
    await page.evaluate(() => (document.querySelector('#reply')!.scrollTop = 0))
    await page.waitForFunction(() => document.querySelectorAll('.rl-mark').length === 0)
    await page.evaluate(() => (document.querySelector('#reply')!.scrollTop = 1000))
    await page.waitForFunction(() => document.querySelectorAll('.rl-mark').length === 3)
    await check()
  })

  it('underlines the text nodes of a contenteditable box', async () => {
    await open('#editable')
    for (const char of '您好。\n你自己去看详情页') {
      if (char === '\n') await page.keyboard.press('Enter')
      else await page.keyboard.type(char)
    }
    expect(await rules()).toEqual(['prefer-we', 'no-command'])
    const compared = await page.evaluate(() => {
      const box = document.querySelector('#editable')!
      const text = box.textContent!
      const node = [...box.querySelectorAll('*'), box].flatMap((n) => [...n.childNodes]).find((n) => n.nodeType === 3 && n.textContent!.startsWith('你'))!
      const range = document.createRange()
      range.setStart(node, 0)
      range.setEnd(node, '你自己去看详情页'.length)
      const expected = range.getBoundingClientRect()
      const mark = [...document.querySelectorAll<HTMLElement>('.rl-mark')].find((m) => window.last[Number(m.dataset.i)]!.ruleId === 'no-command')!
      const actual = mark.getBoundingClientRect()
      return { text, expected: [expected.left, expected.top, expected.width, expected.height], actual: [actual.left, actual.top, actual.width, actual.height] }
    })
    expect(compared.text).toBe('您好。你自己去看详情页')
    compared.actual.forEach((value, i) => expect(value).toBeCloseTo(compared.expected[i]!, 0))
  })

  it('neither lints nor moves the caret during a composition session', async () => {
    await open()
    await page.keyboard.insertText('亲，这个价格没办法再优惠了哦，')
    const before = await page.evaluate(() => window.lints)
    const cdp = await page.context().newCDPSession(page)
    for (const [text, caret] of [['ni', 2], ['ni zi', 5], ['你自己', 3]] as const) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: caret, selectionEnd: caret })
      const state = await page.evaluate(() => {
        const box = document.querySelector<HTMLTextAreaElement>('#reply')!
        return { lints: window.lints, caret: box.selectionStart, marks: document.querySelectorAll('.rl-mark').length }
      })
      // Only the underline before the composition stays; nothing is linted; the caret is the IME's.
      expect(state).toEqual({ lints: before, caret: 15 + caret, marks: 1 })
    }
    await cdp.send('Input.insertText', { text: '你自己去看详情页' })
    expect(await page.evaluate(() => window.lints)).toBe(before + 1)
    expect(await rules()).toEqual(['apologise-when-refusing', 'prefer-we', 'no-command'])
    expect((await underlinesInTextarea()).map((u) => u.ruleId)).toEqual(['apologise-when-refusing', 'prefer-we', 'no-command'])
  })

  it('applies a suggestion by click and keeps the caret where the agent was', async () => {
    await open()
    await page.keyboard.insertText('你自己去看详情页，有问题再说。')
    // The caret after `有问题`: 3 characters past the end of the no-command span (0–8).
    await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('#reply')!.setSelectionRange(12, 12))
    await page.click('#list [data-rule-id="no-command"] [data-action="apply"]')
    const state = await page.evaluate(() => {
      const box = document.querySelector<HTMLTextAreaElement>('#reply')!
      return { value: box.value, caret: [box.selectionStart, box.selectionEnd], focused: document.activeElement === box }
    })
    expect(state).toEqual({ value: '您可以看一下详情页哦，有问题再说。', caret: [14, 14], focused: true })
    expect(await rules()).toEqual([])
    // Undo brings the draft back: the edit went through the editing history.
    await page.keyboard.press('Control+z')
    expect(await page.inputValue('#reply')).toBe('你自己去看详情页，有问题再说。')
  })

  it('shows the problem at the caret, describes it, and applies from the keyboard', async () => {
    await open()
    await page.keyboard.insertText('好的，你等着吧。')
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    const pop = page.locator('.rl-pop')
    await expect.poll(() => pop.isVisible()).toBe(true)
    const described = await page.evaluate(() => {
      const box = document.querySelector('#reply')!
      return box.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent)
    })
    expect(described.join(' ')).toContain('你等着吧')
    expect(await pop.locator('[data-rule-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-rule-id')))).toEqual(['prefer-we', 'no-command'])
    // Escape closes it; moving the caret in the problem shows it again.
    await page.keyboard.press('Escape')
    expect(await pop.isVisible()).toBe(false)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowLeft')
    expect(await pop.isVisible()).toBe(true)
    // Tab moves into the popover; Enter on a suggestion applies it; the focus comes back.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('.rl-pop') && document.activeElement.textContent)).toBe('您')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('请您耐心等待一下哦')
    await page.keyboard.press('Enter')
    expect(await page.inputValue('#reply')).toBe('好的，请您耐心等待一下哦。')
    expect(await page.evaluate(() => [document.activeElement?.id, document.querySelector<HTMLTextAreaElement>('#reply')!.selectionStart])).toEqual(['reply', 3])
  })

  it('shows the problems on hover', async () => {
    await open()
    await page.keyboard.insertText('亲，五星好评返现5元哦')
    const mark = await page.locator('.rl-mark').first().boundingBox()
    await page.mouse.move(mark!.x + 2, mark!.y + mark!.height / 2)
    await expect.poll(() => page.locator('.rl-pop [data-rule-id="no-cash-rebate"]').isVisible()).toBe(true)
    expect(await page.locator('.rl-pop .rl-note').first().textContent()).toMatch(/\S/)
  })

  it('guards sending: errors hold the reply until the agent fixes it or sends anyway', async () => {
    await open()
    await page.keyboard.insertText('亲，这个价格没办法再优惠了哦。')
    const guard = () => page.evaluate(() => window.checker.beforeSend().then((send) => ((window as unknown as { sent: boolean }).sent = send)))
    const sent = () => page.evaluate(() => (window as unknown as { sent?: boolean }).sent)
    void guard()
    await expect.poll(() => page.locator('.rl-pop [data-action="send"]').isVisible()).toBe(true)
    expect(await page.locator('.rl-pop [data-rule-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-rule-id')))).toEqual(['apologise-when-refusing'])
    // "Fix first": not sent, the caret goes to the problem.
    await page.keyboard.press('Enter')
    await expect.poll(sent).toBe(false)
    expect(await page.evaluate(() => [document.activeElement?.id, document.querySelector<HTMLTextAreaElement>('#reply')!.selectionStart])).toEqual(['reply', 6])
    // "Send anyway".
    void guard()
    await page.click('.rl-pop [data-action="send"]')
    await expect.poll(sent).toBe(true)
    // A fix from the guard; then nothing holds the reply.
    void guard()
    await page.click('.rl-pop [data-action="apply"]')
    await expect.poll(sent).toBe(false)
    expect(await page.inputValue('#reply')).toBe('亲，非常抱歉，这个价格没办法再优惠了哦。')
    expect(await page.evaluate(() => window.checker.beforeSend())).toBe(true)
    // Warnings do not hold a reply unless `guard` says so; `onBeforeSend` replaces the built-in guard.
    await page.evaluate(() => (document.querySelector<HTMLTextAreaElement>('#reply')!.value = ''))
    await page.keyboard.insertText('你等着吧')
    expect(await page.evaluate(() => window.checker.beforeSend())).toBe(true)
    await open('#reply', "{ guard: 'warning', onBeforeSend: (found) => ((window.found = found.map((d) => d.ruleId)), false) }")
    await page.keyboard.insertText('你等着吧')
    expect(await page.evaluate(() => window.checker.beforeSend())).toBe(false)
    expect(await page.evaluate(() => (window as unknown as { found: string[] }).found)).toEqual(['prefer-we', 'no-command'])
  })

  it('checks a pasted document a line at a time, the lines in view first', async () => {
    await open()
    const lines = Array.from({ length: 600 }, (_, n) => `第${n + 1}条：亲，这个价格没办法再优惠了哦，你自己去看详情页吧。`)
    const text = lines.join('\n')
    await page.evaluate((text) => {
      const box = document.querySelector<HTMLTextAreaElement>('#reply')!
      box.value = text
      box.select()
      document.execCommand('copy')
      box.value = ''
      box.dispatchEvent(new Event('input'))
      box.focus()
      // How many lints the checker's input handler (listening before this one) ran for the paste.
      box.addEventListener('input', () => ((window as unknown as { inPaste: number }).inPaste = window.lints), { once: true })
    }, text)
    const before = await page.evaluate(() => window.lints)
    await page.keyboard.press('Control+V')
    expect(await page.inputValue('#reply')).toBe(text)
    // Nothing in the paste's own task (the browser's layout of it is long already) …
    expect(await page.evaluate(() => (window as unknown as { inPaste: number }).inPaste)).toBe(before)
    // … then, in a task right after it: the lines near the caret (the end), not all 600.
    await page.waitForFunction((before) => window.lints > before, before)
    const first = await page.evaluate(() => window.last.map((d) => d.start.line))
    expect(first.length).toBeGreaterThan(0)
    expect(first.length).toBeLessThan(600 * 3)
    expect(Math.min(...first)).toBeGreaterThan(1)
    // Then every line, in slices: three problems a line, each in place.
    await page.waitForFunction(() => document.querySelectorAll('#list [data-rule-id]').length === 100)
    const all = await page.evaluate(() => (window.last = window.checker.lint()))
    expect(all).toHaveLength(1800)
    for (const d of all) expect(text.slice(d.start.offset, d.end.offset)).toBe(d.actual)
    expect(all.slice(0, 3).map((d) => [d.ruleId, d.start.line, d.start.column])).toEqual([
      ['apologise-when-refusing', 1, 11],
      ['prefer-we', 1, 20],
      ['no-command', 1, 20],
    ])
    // The underlines in view (the end of the document) sit on their characters.
    const underlines = await underlinesInTextarea()
    expect(underlines.length).toBeGreaterThan(0)
    underlines.forEach(expectOnText)
  })

  it('detaches without a trace', async () => {
    await open()
    await page.keyboard.insertText('你自己去看详情页')
    const state = await page.evaluate(() => {
      window.checker.detach()
      const box = document.querySelector('#reply')!
      box.dispatchEvent(new Event('input'))
      return { extra: document.querySelectorAll('.rl-layer, .rl-pop, .rl-desc').length, describedby: box.getAttribute('aria-describedby') }
    })
    expect(state).toEqual({ extra: 0, describedby: null })
  })
})
