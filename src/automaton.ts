/**
 * An Aho–Corasick automaton over UTF-16 units: every key of a set found in
 * one pass over a text, in time linear in the text plus the hits.
 *
 * Laid out in typed arrays, not one `Map` per node: the phrase automaton of
 * all the rules has some 37,000 nodes, and building and holding that many
 * maps was most of the cost of a cold start. Keys are collected first and
 * the trie is built on the first scan from them in sorted order, each key
 * sharing its prefix with the one before it: no lookups while building, and
 * every node's edges come out grouped and sorted by unit, searched by
 * halves where a node has many (a large root gets a direct table).
 */
export class Automaton<T> {
  /** Values by key, in the order they were added. */
  private keys = new Map<string, T[]>()
  private values: T[] = []
  /** First value index of each node's output, and the index past its last (empty when none). */
  private outStart = new Int32Array(0)
  private outEnd = new Int32Array(0)
  /** Edges of node `n`: `[firstEdge[n], firstEdge[n + 1])`, sorted by unit. */
  private firstEdge = new Int32Array(1)
  private edgeUnit = new Uint16Array(0)
  private edgeChild = new Int32Array(0)
  /** Direct transitions of a root with many children, 0 for none. */
  private rootDense: Int32Array | undefined
  private fail = new Int32Array(1)
  /** Nearest node on the fail chain that has output, or 0. */
  private outputLink = new Int32Array(1)
  private linked = false

  /** Add `key` (non-empty) with its value; keys added after a scan are linked on the next one. */
  add(key: string, value: T): void {
    const values = this.keys.get(key)
    if (values) values.push(value)
    else this.keys.set(key, [value])
    this.linked = false
  }

  /**
   * Call `hit(value, end)` for every key found in `text`, `end` being the
   * index just past its last unit. Keys ending at the same unit come longest
   * first, values of one key in the order they were added.
   */
  scan(text: string, hit: (value: T, end: number) => void): void {
    const units = new Uint16Array(text.length)
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
    this.scanUnits(units, text.length, hit)
  }

  /** As `scan`, over the first `length` units of a buffer (no string made of it). */
  scanUnits(units: Uint16Array, length: number, hit: (value: T, end: number) => void): void {
    if (!this.linked) this.link()
    const { outStart, outEnd, outputLink, values } = this
    let node = 0
    for (let i = 0; i < length; i++) {
      node = this.step(node, units[i]!)
      for (let at = outStart[node]! < outEnd[node]! ? node : outputLink[node]!; at !== 0; at = outputLink[at]!) {
        for (let v = outStart[at]!; v < outEnd[at]!; v++) hit(values[v]!, i + 1)
      }
    }
  }

  /**
   * As `scan`, but once per node with output instead of once per value:
   * `hit(node, end)`, the node's values being `value(i)` for `i` from
   * `outputStart(node)` to `outputEnd(node)`. Keys that
   * many lexicons share (a negator, a pronoun) are reported once each, so a
   * caller can keep its hits compactly.
   */
  scanNodes(text: string, hit: (node: number, end: number) => void): void {
    if (!this.linked) this.link()
    const { outStart, outEnd, outputLink } = this
    let node = 0
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i))
      for (let at = outStart[node]! < outEnd[node]! ? node : outputLink[node]!; at !== 0; at = outputLink[at]!) hit(at, i + 1)
    }
  }

  /** How many nodes the automaton has (linking it first): node numbers run from 0 below this. */
  get nodeCount(): number {
    if (!this.linked) this.link()
    return this.fail.length
  }

  /** The first value index of `node`'s output (see `value`). */
  outputStart(node: number): number {
    return this.outStart[node]!
  }

  /** The value index past the last of `node`'s output. */
  outputEnd(node: number): number {
    return this.outEnd[node]!
  }

  /** The value at `index` (see `outputStart`). */
  value(index: number): T {
    return this.values[index]!
  }

  /** The state after reading `unit` in `node`. */
  private step(node: number, unit: number): number {
    for (;;) {
      const next = this.child(node, unit)
      if (next >= 0) return next
      if (node === 0) return 0
      node = this.fail[node]!
    }
  }

  /** The child of `node` by `unit`, or -1. */
  private child(node: number, unit: number): number {
    if (node === 0 && this.rootDense) return this.rootDense[unit] || -1
    const units = this.edgeUnit
    const end = this.firstEdge[node + 1]!
    let low = this.firstEdge[node]!
    if (end - low > 8) {
      let high = end
      while (low < high) {
        const middle = (low + high) >>> 1
        if (units[middle]! < unit) low = middle + 1
        else high = middle
      }
      return low < end && units[low] === unit ? this.edgeChild[low]! : -1
    }
    for (; low < end; low++) if (units[low] === unit) return this.edgeChild[low]!
    return -1
  }

  private link(): void {
    const sorted = [...this.keys.keys()].sort()
    let units = 0
    for (const key of sorted) units += key.length
    // The trie, nodes numbered in depth-first order: each key adds the nodes past its common prefix with the key before it.
    const parent = new Int32Array(units + 1)
    const unitOf = new Uint16Array(units + 1)
    const outStart = new Int32Array(units + 1)
    const outEnd = new Int32Array(units + 1)
    const values: T[] = []
    const path = [0]
    let size = 1
    let previous = ''
    for (const key of sorted) {
      let common = 0
      while (common < previous.length && common < key.length && previous.charCodeAt(common) === key.charCodeAt(common)) common++
      let node = path[common]!
      for (let depth = common; depth < key.length; depth++) {
        parent[size] = node
        unitOf[size] = key.charCodeAt(depth)
        node = size++
        path[depth + 1] = node
      }
      outStart[node] = values.length
      for (const value of this.keys.get(key)!) values.push(value)
      outEnd[node] = values.length
      previous = key
    }
    // Edges grouped by parent; keys came sorted, so each group is sorted by unit.
    const first = new Int32Array(size + 1)
    for (let node = 1; node < size; node++) first[parent[node]! + 1]!++
    for (let node = 0; node < size; node++) first[node + 1]! += first[node]!
    const fill = first.slice(0, size)
    const edgeUnit = new Uint16Array(size)
    const edgeChild = new Int32Array(size)
    for (let node = 1; node < size; node++) {
      const at = fill[parent[node]!]!++
      edgeUnit[at] = unitOf[node]!
      edgeChild[at] = node
    }
    this.firstEdge = first
    this.edgeUnit = edgeUnit
    this.edgeChild = edgeChild
    this.outStart = outStart
    this.outEnd = outEnd
    this.values = values
    this.rootDense = undefined
    // A direct table costs 256 KB: only for a root that most units of a text start from.
    if (first[1]! > 64) {
      const table = new Int32Array(0x10000)
      for (let k = 0; k < first[1]!; k++) table[edgeUnit[k]!] = edgeChild[k]!
      this.rootDense = table
    }
    const fail = new Int32Array(size)
    const outputLink = new Int32Array(size)
    this.fail = fail
    // Breadth first, so that a node's fail target is final before its children need it.
    const queue = new Int32Array(size)
    let tail = 0
    for (let k = 0; k < first[1]!; k++) queue[tail++] = edgeChild[k]!
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!
      for (let k = first[node]!; k < first[node + 1]!; k++) {
        const child = edgeChild[k]!
        const unit = edgeUnit[k]!
        let fallback = fail[node]!
        let target = this.child(fallback, unit)
        while (target < 0 && fallback !== 0) {
          fallback = fail[fallback]!
          target = this.child(fallback, unit)
        }
        const failNode = target >= 0 && target !== child ? target : 0
        fail[child] = failNode
        outputLink[child] = outStart[failNode]! < outEnd[failNode]! ? failNode : outputLink[failNode]!
        queue[tail++] = child
      }
    }
    this.outputLink = outputLink
    this.linked = true
  }
}
