/**
 * The text of a reply box and the screen rectangles of its characters, for a
 * `<textarea>` (through a mirror that lays the text out the same way) and
 * for a contenteditable element (through its own text nodes).
 */

/** A reply box, seen as plain text with offsets. */
export interface Surface {
  /** The text, `\n` between lines. */
  text(): string
  /** Client rectangles of `[start, end)`, one per line box. */
  rects(start: number, end: number): DOMRect[]
  /** The selection as offsets, or undefined when it is not in the box. */
  selection(): [number, number] | undefined
  /** Select `[start, end)` (focusing the box). */
  select(start: number, end: number): void
  /** Read the text again (cheap: it lays nothing out). */
  read(): void
  /**
   * Keep the layout copy in step with the box: text, size and scroll, and its style when
   * `restyle`. Returns how much of the text it holds: a long paste is laid out a chunk a call.
   */
  sync(restyle?: boolean): number
  /** Remove what it added. */
  destroy(): void
}

/** Computed styles a mirror copies so its text wraps exactly like the textarea's. */
const copied = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textIndent', 'textTransform', 'textAlign',
  'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'direction', 'wordBreak', 'overflowWrap',
  'whiteSpace', 'textRendering',
] as const

/** How many characters of new lines the mirror lays out per call of `sync`. */
const chunk = 20_000

/** A textarea, measured through a hidden mirror placed over its padding box (inside `layer`). */
export function textareaSurface(box: HTMLTextAreaElement, layer: HTMLElement): Surface {
  const mirror = layer.appendChild(document.createElement('div'))
  mirror.setAttribute('aria-hidden', 'true')
  // A block per line: a keystroke re-lays out its own line only, a rectangle is found without
  // walking a whole document, and a long paste is laid out a chunk at a time.
  let lines: string[] = []
  let starts: number[] = []
  const range = document.createRange()
  const block = (line: string) => {
    const div = document.createElement('div')
    const text = line.endsWith('\n') ? line.slice(0, -1) : line
    div.append(text || document.createElement('br'))
    return div
  }
  /** The DOM point of a text offset. */
  const point = (offset: number): [Node, number] => {
    let low = 0
    for (let high = starts.length - 1; low < high; ) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    const line = mirror.children[low]?.firstChild
    return line instanceof Text ? [line, Math.min(line.length, offset - starts[low]!)] : [mirror.children[low] ?? mirror, 0]
  }
  return {
    text: () => box.value,
    read() {},
    rects(start, end) {
      range.setStart(...point(start))
      range.setEnd(...point(end))
      return [...range.getClientRects()]
    },
    selection: () => [box.selectionStart, box.selectionEnd],
    select(start, end) {
      box.focus()
      box.setSelectionRange(start, end)
    },
    sync(restyle) {
      // Writing a style, even the same value, can make Chromium lay out the whole mirror again.
      const set = (name: 'width' | 'translate', value: string) => mirror.style[name] !== value && (mirror.style[name] = value)
      if (restyle) {
        const style = getComputedStyle(box)
        for (const name of copied) mirror.style[name] = style[name]
        Object.assign(mirror.style, { position: 'absolute', left: '0', top: '0', margin: '0', border: '0', visibility: 'hidden', boxSizing: 'border-box' })
      }
      set('width', `${box.clientWidth}px`)
      set('translate', `${-box.scrollLeft}px ${-box.scrollTop}px`)
      const next = box.value.split(/(?<=\n)/)
      if (next.length === 1 && !next[0]) next.pop()
      // Replace only the lines between the unchanged head and tail, a chunk at a time.
      let head = 0
      while (head < next.length && head < lines.length && next[head] === lines[head]) head++
      let tail = 0
      while (tail < next.length - head && tail < lines.length - head && next[next.length - 1 - tail] === lines[lines.length - 1 - tail]) tail++
      let end = head
      for (let size = 0; end < next.length - tail && (end === head || size + next[end]!.length <= chunk); end++) size += next[end]!.length
      const done = end === next.length - tail
      const old = [...mirror.children].slice(head, done ? lines.length - tail : undefined)
      if (old.length || end > head) {
        const before = done ? (mirror.children[lines.length - tail] ?? null) : null
        for (const node of old) node.remove()
        const fragment = new DocumentFragment()
        fragment.append(...next.slice(head, end).map(block))
        mirror.insertBefore(fragment, before)
        lines = done ? next : next.slice(0, end)
        starts = []
        let at = 0
        for (const line of lines) {
          starts.push(at)
          at += line.length
        }
      }
      return done ? box.value.length : (starts.at(-1) ?? 0) + (lines.at(-1)?.length ?? 0)
    },
    destroy: () => mirror.remove(),
  }
}

/** Elements that start a new line in a contenteditable's text. */
const blocks = /^(DIV|P|LI|H[1-6]|BLOCKQUOTE|PRE|TR)$/

/** A contenteditable element, measured through its own text nodes. */
export function editableSurface(box: HTMLElement): Surface {
  // Each text node (or `<br>`) of the box at its offset in the text.
  let nodes: [Node, number][] = []
  let value = ''
  const read = () => {
    nodes = []
    value = ''
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        nodes.push([n, value.length])
        value += (n as Text).data
      } else if (n.nodeName === 'BR' || (blocks.test(n.nodeName) && value && !value.endsWith('\n'))) {
        if (n.nodeName === 'BR') nodes.push([n, value.length])
        value += '\n'
      }
    }
  }
  /** The DOM point at a text offset. */
  const point = (offset: number): [Node, number] => {
    for (const [n, at] of nodes) {
      const length = n.nodeType === 3 ? (n as Text).length : 1
      if (offset <= at + length && n.nodeType === 3) return [n, Math.max(0, offset - at)]
      if (offset <= at) return [n.parentNode!, [...n.parentNode!.childNodes].indexOf(n as ChildNode)]
    }
    return [box, box.childNodes.length]
  }
  /** The text offset of a DOM point. */
  const offsetOf = (node: Node, offset: number): number => {
    if (node.nodeType === 3) return (nodes.find(([n]) => n === node)?.[1] ?? 0) + offset
    const after = node.childNodes[offset]
    for (const [n, at] of nodes) {
      if (after ? after === n || after.contains(n) || after.compareDocumentPosition(n) & 4 : !node.contains(n) && node.compareDocumentPosition(n) & 4) return at
    }
    return value.length
  }
  const range = document.createRange()
  return {
    text: () => value,
    rects(start, end) {
      range.setStart(...point(start))
      range.setEnd(...point(end))
      return [...range.getClientRects()]
    },
    selection() {
      const s = getSelection()
      if (!s?.rangeCount || !box.contains(s.anchorNode)) return undefined
      const r = s.getRangeAt(0)
      return [offsetOf(r.startContainer, r.startOffset), offsetOf(r.endContainer, r.endOffset)]
    },
    select(start, end) {
      box.focus()
      const r = document.createRange()
      r.setStart(...point(start))
      r.setEnd(...point(end))
      getSelection()?.removeAllRanges()
      getSelection()?.addRange(r)
    },
    read,
    sync() {
      read()
      return value.length
    },
    destroy() {},
  }
}
