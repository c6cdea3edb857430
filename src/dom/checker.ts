/**
 * The drop-in checker: underlines a reply box's problems as the agent types,
 * explains them on hover or when the caret is in one, applies a suggestion
 * by click or keyboard, and guards sending.
 */
import { lint as sharedLint } from '../linter.js'
import type { Diagnostic, DiagnosticSeverity } from '../types.js'
import { SlicedLint } from './slices.js'
import { css } from './style.js'
import { editableSurface, textareaSurface } from './surface.js'
import type { AttachOptions, Checker, Labels } from './types.js'

const english: Labels = {
  send: 'Send anyway',
  back: 'Fix first',
  guard: 'Check before sending ({n})',
  remove: 'Delete',
  replace: 'Replace with',
  count: 'Problems: {n}',
  keys: 'Tab: suggestions',
}
const chinese: Labels = {
  send: '仍然发送',
  back: '先修改',
  guard: '发送前请检查（{n}）',
  remove: '删除',
  replace: '替换为',
  count: '问题：{n}',
  keys: 'Tab 键查看建议',
}
const rank: Record<DiagnosticSeverity, number> = { info: 0, warning: 1, error: 2 }
/** How long a lint on input may take before the rest of a long draft waits for later slices, in ms. */
const slice = 8
let count = 0

/** Create an element with a class and, optionally, its text. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** Move an absolutely positioned element so its border box starts at client point (x, y). */
function place(node: HTMLElement, x: number, y: number): void {
  const at = node.getBoundingClientRect()
  node.style.left = `${(parseFloat(node.style.left) || 0) + x - at.left}px`
  node.style.top = `${(parseFloat(node.style.top) || 0) + y - at.top}px`
}

/**
 * Check a reply box as the agent types: a `<textarea>` or a contenteditable
 * element. Adds an underline overlay and a popover right after the box.
 *
 * @param box The reply box.
 * @param options Linter, lint options (or a function giving them), problem list, guard, labels.
 * @returns `detach`, `lint` and the pre-send guard `beforeSend`.
 */
export function attach(box: HTMLElement, options: AttachOptions = {}): Checker {
  const root = box.getRootNode() as Document | ShadowRoot
  const head = root instanceof Document ? root.head : root
  if (!head.querySelector('style[data-replylint]')) {
    const style = head.appendChild(make('style', '', css))
    style.dataset.replylint = ''
  }

  const id = `replylint-${++count}`
  const layer = make('div', 'rl-layer')
  const paint = layer.appendChild(make('div', ''))
  const pop = make('div', 'rl-pop')
  const desc = make('div', 'rl-desc')
  pop.id = `${id}-pop`
  desc.id = `${id}-desc`
  pop.setAttribute('role', 'dialog')
  pop.hidden = true
  box.after(layer, pop, desc)
  const described = box.getAttribute('aria-describedby')
  box.setAttribute('aria-describedby', `${described ?? ''} ${desc.id}`.trim())
  const surface = box instanceof HTMLTextAreaElement ? textareaSurface(box, layer) : editableSurface(box)
  // The same object every time when it does not change: the linter validates each new one.
  const fixed = options.lintOptions ?? {}
  const lintOptions = () => (typeof fixed === 'function' ? fixed() : fixed)
  const sliced = new SlicedLint((text, o) => (options.lint ?? sharedLint)(text, o).diagnostics, options.whole)
  const labels = (): Labels => {
    const locale = lintOptions().locale ?? document.documentElement.lang
    return { ...(locale.startsWith('zh') ? chinese : english), ...options.labels }
  }
  const signal = new AbortController()
  const on = (target: EventTarget, type: string, listener: (event: never) => void) =>
    target.addEventListener(type, listener as EventListener, { signal: signal.signal })

  let diagnostics: Diagnostic[] = []
  /** Where the current composition started, or -1 outside one. */
  let composing = -1
  /** What the popover shows. */
  let mode: '' | 'hover' | 'caret' | 'guard' = ''
  let shown: number[] = []
  let selection: [number, number] = [0, 0]
  let settle: (send: boolean) => void = () => {}
  let timer: ReturnType<typeof setTimeout> | undefined
  let closing: ReturnType<typeof setTimeout> | undefined
  let drawing: ReturnType<typeof setTimeout> | undefined
  let listed = ''
  /** The draft's length when it was last linted. */
  let linted = 0
  /** Underline boxes, relative to the layer, with their diagnostic's index. */
  let hits: [number, number, number, number, number][] = []

  /** Lint now (for up to `budget` ms of a long draft, the text read again unless just read); returns the time the lint took. */
  const lintNow = (budget: number, read = true) => {
    // Not `sync`: the underlines' layout copy is updated when they are drawn, which for a long
    // paste is a task of its own.
    if (read) surface.read()
    selection = surface.selection() ?? selection
    const text = surface.text()
    linted = text.length
    const started = performance.now()
    diagnostics = sliced.run(text, lintOptions(), selection[1], budget)
    return performance.now() - started
  }
  const more = () => {
    clearTimeout(timer)
    // The rest of a long draft, in slices; its problems show when it is all linted.
    if (sliced.busy)
      timer = setTimeout(() => {
        sliced.more(slice)
        if (sliced.busy) return more()
        diagnostics = sliced.current()
        render()
      })
  }

  const card = (d: Diagnostic, i: number, l: Labels) => {
    const node = make('div', `rl-card rl-${d.severity}`)
    node.dataset.ruleId = d.ruleId
    node.append(make('p', 'rl-msg', d.message))
    if (d.note) node.append(make('p', 'rl-note', d.note))
    const button = (text: string, choice: number, label: string) => {
      const b = node.appendChild(make('button', '', text))
      Object.assign(b.dataset, { action: 'apply', i: String(i), choice: String(choice) })
      b.type = 'button'
      b.setAttribute('aria-label', label)
    }
    d.expected.forEach((text, choice) => button(text, choice, `${l.replace} ${text}`))
    const fix = d.fix
    if (fix && !(fix.range[0] === d.start.offset && fix.range[1] === d.end.offset && d.expected.includes(fix.text)))
      button(fix.text || l.remove, -1, fix.text ? `${l.replace} ${fix.text}` : l.remove)
    const rule = node.appendChild(make(d.url ? 'a' : 'span', 'rl-rule', d.ruleId))
    if (rule instanceof HTMLAnchorElement) Object.assign(rule, { href: d.url, target: '_blank', rel: 'noopener' })
    return node
  }

  const render = () => {
    const ready = surface.sync()
    // A long paste is laid out over several tasks: draw what is ready, the rest next time.
    clearTimeout(drawing)
    if (ready < surface.text().length) drawing = setTimeout(render)
    const at = box.getBoundingClientRect()
    Object.assign(layer.style, { width: `${box.clientWidth}px`, height: `${box.clientHeight}px` })
    place(layer, at.left + box.clientLeft, at.top + box.clientTop)
    const base = layer.getBoundingClientRect()
    const rects = (d: Diagnostic) => surface.rects(d.start.offset, d.end.offset).filter((r) => r.width > 0)
    // Only the underlines in view: a pasted document can have thousands.
    let drawable = diagnostics.findIndex((d) => d.end.offset > ready)
    if (drawable < 0) drawable = diagnostics.length
    let low = 0
    for (let high = drawable; low < high; ) {
      const middle = (low + high) >> 1
      if ((rects(diagnostics[middle]!).at(-1)?.bottom ?? -Infinity) < base.top) low = middle + 1
      else high = middle
    }
    const marks: HTMLElement[] = []
    hits = []
    for (let i = low; i < drawable; i++) {
      const d = diagnostics[i]!
      if (composing >= 0 && d.end.offset > composing) break
      const boxes = rects(d)
      if (boxes[0] && boxes[0].top > base.bottom) break
      for (const r of boxes) {
        const mark = make('div', `rl-mark rl-${d.severity}${shown.includes(i) ? ' rl-on' : ''}`)
        mark.dataset.i = String(i)
        const x = r.left - base.left
        const y = r.top - base.top
        Object.assign(mark.style, { left: `${x}px`, top: `${y}px`, width: `${r.width}px`, height: `${r.height}px` })
        marks.push(mark)
        hits.push([x, y, r.width, r.height, i])
      }
    }
    paint.replaceChildren(...marks)
    const l = labels()
    const listedNow = diagnostics.slice(0, 100)
    const key = listedNow.map((d) => [d.ruleId, d.start.offset, d.end.offset, d.message, ...d.expected]).join('\n')
    if (options.list && key !== listed) options.list.replaceChildren(...listedNow.map((d, i) => card(d, i, l)))
    listed = key
    if (mode !== 'caret') desc.textContent = l.count.replace('{n}', String(diagnostics.length))
    if (mode === 'hover' || mode === 'caret') show(shown, mode)
  }

  const close = () => {
    clearTimeout(closing)
    if (mode === 'guard') settle(false)
    mode = ''
    shown = []
    pop.hidden = true
    box.removeAttribute('aria-controls')
    for (const mark of paint.children) mark.classList.remove('rl-on')
  }

  /** Show diagnostics `which` (overlapping ones) in the popover, under the first one's underline. */
  const show = (which: number[], how: 'hover' | 'caret') => {
    const d = diagnostics[which[0]!]
    const r = d && surface.rects(d.start.offset, d.end.offset)[0]
    if (!r) return close()
    clearTimeout(closing)
    const l = labels()
    if (String(which) !== String(shown) || pop.hidden) pop.replaceChildren(...which.map((i) => card(diagnostics[i]!, i, l)))
    for (const mark of paint.children) mark.classList.toggle('rl-on', which.includes(Number((mark as HTMLElement).dataset.i)))
    mode = how
    shown = which
    pop.hidden = false
    box.setAttribute('aria-controls', pop.id)
    if (how === 'caret') desc.textContent = `${which.map((i) => diagnostics[i]!.message).join(' ')} ${l.keys}`
    place(pop, Math.max(0, Math.min(r.left, innerWidth - pop.offsetWidth)), r.bottom + 4)
  }

  const indices = (found: Diagnostic[]) => found.map((d) => diagnostics.indexOf(d))

  /** Show the problems the caret is in, if any. */
  const caret = () => {
    if (composing >= 0 || mode === 'guard') return
    const s = surface.selection()
    if (!s) return
    selection = s
    const which = indices(diagnostics.filter((d) => d.start.offset <= s[0] && s[1] <= d.end.offset))
    if (which.length) show(which, 'caret')
    else if (mode === 'caret') close()
  }

  const apply = (i: number, choice: number) => {
    const d = diagnostics[i]
    const fix = choice < 0 ? d?.fix : d && { range: [d.start.offset, d.end.offset], text: d.expected[choice] ?? '' }
    if (!fix || composing >= 0) return
    const [start, end] = fix.range as [number, number]
    const text = fix.text
    const [from, to] = surface.selection() ?? selection
    close()
    surface.select(start, end)
    if (!document.execCommand(text ? 'insertText' : 'delete', false, text) && box instanceof HTMLTextAreaElement) {
      box.setRangeText(text, start, end)
      box.dispatchEvent(new Event('input', { bubbles: true }))
    }
    // The caret stays where the agent was, moved by the edit.
    const move = (p: number) => (p <= start ? p : p >= end ? p + text.length - end + start : start + text.length)
    surface.read()
    surface.select(move(from), move(to))
    selection = [move(from), move(to)]
  }

  const onInput = (event: InputEvent) => {
    if (mode) close()
    if (event.isComposing || composing >= 0) return render()
    surface.read()
    const length = surface.text().length
    clearTimeout(timer)
    const lintAndShow = (read: boolean) => {
      const ms = lintNow(slice, read)
      options.onLint?.(diagnostics, ms)
      if (!sliced.busy) return render()
      // A long paste: its underlines (laying out a copy of all of it) in a task of their own.
      timer = setTimeout(() => {
        render()
        more()
      })
    }
    // A paste, drop or cut of a long stretch: the browser's own task for it is already long
    // (laying out 100,000 characters takes Chromium about 100 ms), so even the first slice waits
    // for a task of its own. A keystroke, in a draft of any length, is linted at once.
    if (length > sliced.whole && Math.abs(length - linted) > sliced.whole) timer = setTimeout(() => lintAndShow(true))
    else lintAndShow(false)
  }

  const onClick = (event: MouseEvent) => {
    const b = (event.target as Element).closest<HTMLElement>('[data-action]')
    if (!b) return
    const action = b.dataset.action
    if (action === 'apply') apply(Number(b.dataset.i), Number(b.dataset.choice))
    else {
      const send = action === 'send'
      const first = diagnostics.find((d) => rank[d.severity] >= rank[options.guard ?? 'error'])
      settle(send)
      close()
      if (!send && first) surface.select(first.start.offset, first.start.offset)
    }
  }

  const later = () => {
    clearTimeout(closing)
    closing = setTimeout(close, 300)
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !mode) return
    event.preventDefault()
    const guard = mode === 'guard'
    close()
    if (guard || pop.contains(document.activeElement)) surface.select(...selection)
  }

  on(box, 'input', onInput)
  on(box, 'compositionstart', () => {
    composing = surface.selection()?.[0] ?? 0
    if (mode !== 'guard') close()
  })
  on(box, 'compositionend', () => {
    composing = -1
    onInput(new InputEvent('input'))
  })
  on(box, 'scroll', render)
  on(box, 'keydown', onKey)
  on(box, 'keyup', (event: KeyboardEvent) => /^(Arrow|Home|End|Page)/.test(event.key) && caret())
  on(box, 'mouseup', caret)
  on(box, 'focus', () => {
    surface.sync(true)
    render()
    caret()
  })
  on(box, 'mousemove', (event: MouseEvent) => {
    const b = layer.getBoundingClientRect()
    const x = event.clientX - b.left
    const y = event.clientY - b.top
    const which = [...new Set(hits.filter(([left, top, width, height]) => x >= left && x <= left + width && y >= top && y <= top + height).map((hit) => hit[4]))]
    if (which.length && mode !== 'guard') show(which, 'hover')
    else if (mode === 'hover') later()
  })
  on(box, 'blur', (event: FocusEvent) => {
    if (mode === 'caret' && !pop.contains(event.relatedTarget as Node)) close()
  })
  for (const target of [pop, options.list].filter(Boolean) as HTMLElement[]) {
    on(target, 'click', onClick)
    // Keep the focus, and the caret, in the reply box when a button is clicked.
    on(target, 'mousedown', (event: MouseEvent) => (event.target as Element).closest('button') && event.preventDefault())
  }
  on(pop, 'keydown', onKey)
  on(pop, 'mouseenter', () => clearTimeout(closing))
  on(pop, 'mouseleave', () => mode === 'hover' && later())
  on(pop, 'focusout', (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null
    if (mode === 'caret' && to !== box && !pop.contains(to)) close()
  })
  on(window, 'resize', render)
  const resized = new ResizeObserver(() => {
    surface.sync(true)
    render()
  })
  resized.observe(box)
  surface.sync(true)
  lintNow(slice)
  more()
  render()

  return {
    detach() {
      close()
      signal.abort()
      resized.disconnect()
      clearTimeout(timer)
      clearTimeout(drawing)
      surface.destroy()
      layer.remove()
      pop.remove()
      desc.remove()
      options.list?.replaceChildren()
      if (described === null) box.removeAttribute('aria-describedby')
      else box.setAttribute('aria-describedby', described)
    },
    lint() {
      lintNow(Infinity)
      render()
      return diagnostics
    },
    beforeSend() {
      const found = this.lint().filter((d) => rank[d.severity] >= rank[options.guard ?? 'error'])
      if (!found.length) return Promise.resolve(true)
      if (options.onBeforeSend) return Promise.resolve(options.onBeforeSend(found))
      close()
      const l = labels()
      const buttons = [l.back, l.send].map((text, n) => {
        const b = make('button', '', text)
        b.type = 'button'
        b.dataset.action = n ? 'send' : 'back'
        return b
      })
      pop.replaceChildren(make('p', 'rl-msg', l.guard.replace('{n}', String(found.length))), ...indices(found).map((i) => card(diagnostics[i]!, i, l)), ...buttons)
      mode = 'guard'
      pop.hidden = false
      const at = box.getBoundingClientRect()
      place(pop, at.left, at.bottom + 4)
      buttons[0]!.focus()
      return new Promise<boolean>((resolve) => {
        settle = (send) => {
          settle = () => {}
          resolve(send)
        }
      })
    },
  }
}
