/**
 * The playground, built as `npm run build:playground` builds it and opened
 * from file:// in headless Chromium, through its DOM contract: `#reply`,
 * problems with `data-rule-id`, suggestion buttons with `data-action="apply"`.
 * It also takes the README's screenshot.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildPlayground } from '../../playground/build.mjs'
import { rules } from '../../rules/index.js'
import { root } from '../helpers/fixtures.js'
import { launch, screenshotOnFailure, type Session } from './browser.js'

let session: Session
let page: Page
let url: string

beforeAll(async () => {
  url = pathToFileURL(await buildPlayground()).href
  session = await launch()
  page = session.page
})
afterAll(() => session?.close())

const reply = () => page.locator('#reply')
const problems = () => page.locator('#problems [data-rule-id]').evaluateAll((found) => found.map((p) => p.getAttribute('data-rule-id')))

describe('playground', () => {
  beforeEach(async () => {
    screenshotOnFailure(page, `playground-${expect.getState().currentTestName?.replace(/\W+/g, '-')}`)
    await page.goto(url)
  })

  it('shows a no-command problem in the frame of the keystroke, and applies its suggestion', async () => {
    // Seen from an input listener that runs after the checker's: the problem is there in
    // the same task as the keystroke, before the browser could paint a frame.
    await page.evaluate(() => {
      const seen: string[][] = []
      Object.assign(window, { seen })
      document.querySelector('#reply')!.addEventListener('input', () => {
        seen.push([...document.querySelectorAll('#problems [data-rule-id]')].map((p) => p.getAttribute('data-rule-id')!))
      })
    })
    await reply().click()
    for (const char of '你自己去看详情页') await page.keyboard.type(char)
    const seen = await page.evaluate(() => (window as unknown as { seen: string[][] }).seen)
    expect(seen).toHaveLength(8)
    expect(seen.at(-1)).toEqual(['prefer-we', 'no-command'])
    expect(await page.locator('.rl-mark').count()).toBe(2)
    await page.click('#problems [data-rule-id="no-command"] [data-action="apply"]')
    expect(await reply().inputValue()).toBe('您可以看一下详情页哦')
    expect(await problems()).toEqual([])
    expect(await page.locator('#timing').textContent()).toMatch(/^lint: \d+\.\d\d ms \(median \d+\.\d\d, p99 \d+\.\d\d ms over 9 keystrokes\)$/)
  })

  it('passes the preset, platform, locale and conversation to the linter', async () => {
    await reply().click()
    await page.keyboard.insertText('亲，这个在拼多多上更便宜哦')
    expect(await problems()).toEqual(['no-competitor-platform'])
    await page.selectOption('#platform', 'pinduoduo')
    expect(await problems()).toEqual([])
    await page.selectOption('#locale', 'en')
    await page.selectOption('#platform', 'taobao')
    expect(await page.locator('#problems .rl-msg').textContent()).toMatch(/^[\x20-\x7e“”‘’]*[A-Za-z][^]*$/)
    await page.selectOption('#locale', '')
    await reply().fill('亲，这款是最好的')
    await page.selectOption('#preset', 'strict')
    expect(await problems()).toContain('no-ad-absolutes')
    await page.selectOption('#preset', 'recommended')
    expect(await problems()).not.toContain('no-ad-absolutes')
    // A conversation: the customer's goodbye asks for thanks.
    await page.check('#conversation')
    await page.fill('#history', '顾客：在吗\n客服：亲，您好，在的\n顾客：我再考虑一下')
    await reply().fill('好的，有需要再联系。')
    expect(await problems()).toEqual(['thank-at-close'])
    await page.uncheck('#conversation')
    expect(await problems()).toEqual([])
  })

  it('loads the handbook examples, guards sending and adds sent replies to the conversation', async () => {
    const examples = page.locator('#examples button')
    expect(await examples.count()).toBeGreaterThan(40)
    await examples.filter({ hasText: '有的亲' }).click()
    expect(await page.isChecked('#conversation')).toBe(true)
    expect(await page.inputValue('#history')).toBe('顾客：有返现吗？')
    expect(await problems()).toEqual(['no-cash-rebate'])
    // An error holds the reply; "send anyway" sends it into the conversation.
    await page.click('#send')
    await page.click('.rl-pop [data-action="send"]')
    await expect.poll(() => page.inputValue('#history')).toBe('顾客：有返现吗？\n客服：有的亲\n')
    expect(await reply().inputValue()).toBe('')
    await examples.filter({ hasText: '48小时内发货' }).click()
    expect(await page.inputValue('#wait')).toBe('300')
    expect(await problems()).toContain('apologise-for-wait')
  })

  it('lists every rule with a link to its page', async () => {
    const links = await page.locator('#rules a').evaluateAll((found) => found.map((a) => [a.textContent, a.getAttribute('href')]))
    expect(links).toEqual(rules.map((rule) => [rule.meta.id, rule.meta.url]))
  })

  it('takes the README screenshot', async () => {
    await page.setViewportSize({ width: 900, height: 640 })
    await reply().click()
    await page.keyboard.insertText('亲，这个价格没办法再优惠了哦，你自己去看详情页吧。')
    const mark = await page.locator('.rl-mark.rl-warning').last().boundingBox()
    await page.mouse.move(mark!.x + mark!.width - 4, mark!.y + mark!.height / 2)
    await expect.poll(() => page.locator('.rl-pop').isVisible()).toBe(true)
    // The lint time changes from run to run: without it the picture only changes with the page.
    await page.locator('#timing').evaluate((timing) => (timing.style.visibility = 'hidden'))
    await page.screenshot({ path: path.join(root, 'playground', 'screenshot.png') })
  })
})
