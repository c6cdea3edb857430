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
  /** Keep the layout copy in step with the box: text, size and scroll, and its style when `restyle`. */
  sync(restyle?: boolean): void
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

/** A textarea, measured through a hidden mirror placed over its padding box (inside `layer`). */
export function textareaSurface(box: HTMLTextAreaElement, layer: HTMLElement): Surface {
  const mirror = layer.appendChild(document.createElement('div'))
  mirror.setAttribute('aria-hidden', 'true')
  // A text node per line, so a pasted document's rectangles are found without walking all
  // of it, and a keystroke changes only its own line.
  let lines: string[] = []
  let starts: number[] = []
  const range = document.createRange()
  /** The text node and offset in it of a text offset. */
  const point = (offset: number): [Node, number] => {
    let low = 0
    for (let high = starts.length - 1; low < high; ) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return [mirror.childNodes[low] ?? mirror, offset - (starts[low] ?? 0)]
  }
  return {
    text: () => box.value,
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
      // Replace only the lines between the unchanged head and tail.
      let head = 0
      while (head < next.length && head < lines.length && next[head] === lines[head]) head++
      let tail = 0
      while (tail < next.length - head && tail < lines.length - head && next[next.length - 1 - tail] === lines[lines.length - 1 - tail]) tail++
      const old = [...mirror.childNodes].slice(head, lines.length - tail)
      const added = next.slice(head, next.length - tail)
      if (old.length || added.length) {
        const before = mirror.childNodes[lines.length - tail] ?? null
        for (const node of old) node.remove()
        const fragment = new DocumentFragment()
        fragment.append(...added)
        mirror.insertBefore(fragment, before)
        lines = next
        starts = []
        let at = 0
        for (const line of lines) {
          starts.push(at)
          at += line.length
        }
      }
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
    sync: read,
    destroy() {},
  }
}
