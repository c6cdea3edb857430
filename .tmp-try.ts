import { launch } from '/work/wt-dom/test/browser/browser.js'
const s = await launch()
const { page } = s
await page.setContent('<textarea id=r style="font:20px/1.5 sans-serif;width:300px;height:100px;padding:10px">亲，</textarea>')
await page.evaluate(() => { const r = document.getElementById('r')!; (window as any).log = []; for (const t of ['compositionstart','compositionupdate','compositionend','input','beforeinput']) r.addEventListener(t, (e: any) => (window as any).log.push(t + ':' + (e.isComposing ?? '') + ':' + (e.data ?? '') + ':' + (r as HTMLTextAreaElement).value)) })
await page.focus('#r')
await page.evaluate(() => { const r = document.getElementById('r') as HTMLTextAreaElement; r.setSelectionRange(2,2) })
const cdp = await page.context().newCDPSession(page)
await cdp.send('Input.imeSetComposition', { text: 'ni', selectionStart: 2, selectionEnd: 2 })
await cdp.send('Input.imeSetComposition', { text: '你', selectionStart: 1, selectionEnd: 1 })
console.log(await page.evaluate(() => (document.getElementById('r') as HTMLTextAreaElement).selectionStart))
await cdp.send('Input.insertText', { text: '你' })
console.log(await page.evaluate(() => (window as any).log))
await s.close()
