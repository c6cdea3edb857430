/**
 * An Aho–Corasick automaton over UTF-16 units: every key of a set found in
 * one pass over a text, in time linear in the text plus the hits.
 *
 * Laid out in typed arrays, not one `Map` per node: the phrase automaton of
 * all the rules has some 30,000 nodes, and building and holding that many
 * maps was most of the cost of a cold start. While keys are added, edges
 * live in one open-addressing hash table; the first scan freezes them into
 * per-node runs of (unit, child) pairs, sorted by unit where a run is long,
 * and a root with many children gets a direct table by unit.
 */
export class Automaton<T> {
  private size = 1
  /** Parent and incoming unit of each node (node 0 is the root). */
  private parent = new Int32Array(64)
  private unit = new Uint16Array(64)
  /** First and last value index of each node's output list, -1 when none. */
  private outHead = new Int32Array(64).fill(-1)
  private outTail = new Int32Array(64).fill(-1)
  private readonly values: T[] = []
  /** Next value of the same node, in insertion order. */
  private valueNext = new Int32Array(64)
  /** Edge hash while building: node, unit → child (`hashNode` -1 when free). */
  private hashNode = new Int32Array(128).fill(-1)
  private hashUnit = new Uint16Array(128)
  private hashChild = new Int32Array(128)
  // Frozen layout, built by `link`.
  private firstEdge = new Int32Array(0)
  private edgeUnit = new Uint16Array(0)
  private edgeChild = new Int32Array(0)
  /** Direct transitions of a root with many children, 0 for none. */
  private rootDense: Int32Array | undefined
  private fail = new Int32Array(0)
  /** Nearest node on the fail chain that has output, or 0. */
  private outputLink = new Int32Array(0)
  private linked = false

  /** Add `key` (non-empty) with its value; call before the first scan. */
  add(key: string, value: T): void {
    if (this.linked) this.thaw()
    let node = 0
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i)
      let next = this.lookup(node, unit)
      if (next < 0) {
        next = this.newNode(node, unit)
        this.insert(node, unit, next)
      }
      node = next
    }
    const index = this.values.length
    this.values.push(value)
    if (index >= this.valueNext.length) this.valueNext = grown(this.valueNext, index * 2)
    this.valueNext[index] = -1
    if (this.outTail[node]! >= 0) this.valueNext[this.outTail[node]!] = index
    else this.outHead[node] = index
    this.outTail[node] = index
  }

  /**
   * Call `hit(value, end)` for every key found in `text`, `end` being the
   * index just past its last unit. Keys ending at the same unit come longest
   * first, values of one key in the order they were added.
   */
  scan(text: string, hit: (value: T, end: number) => void): void {
    if (!this.linked) this.link()
    const { outHead, outputLink, valueNext, values } = this
    let node = 0
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i))
      for (let at = outHead[node]! >= 0 ? node : outputLink[node]!; at !== 0; at = outputLink[at]!) {
        for (let v = outHead[at]!; v >= 0; v = valueNext[v]!) hit(values[v]!, i + 1)
      }
    }
  }

  /** The state after reading `unit` in `node`. */
  private step(node: number, unit: number): number {
    for (;;) {
      if (node === 0) return this.rootDense ? this.rootDense[unit]! : Math.max(0, this.child(0, unit))
      const next = this.child(node, unit)
      if (next >= 0) return next
      node = this.fail[node]!
    }
  }

  /** The child of `node` by `unit` in the frozen layout, or -1. */
  private child(node: number, unit: number): number {
    if (node === 0 && this.rootDense) return this.rootDense[unit] || -1
    const units = this.edgeUnit
    let low = this.firstEdge[node]!
    let high = this.firstEdge[node + 1]!
    if (high - low > sortedRun) {
      while (low < high) {
        const middle = (low + high) >>> 1
        if (units[middle]! < unit) low = middle + 1
        else high = middle
      }
      return low < this.firstEdge[node + 1]! && units[low] === unit ? this.edgeChild[low]! : -1
    }
    for (; low < high; low++) if (units[low] === unit) return this.edgeChild[low]!
    return -1
  }

  private slot(node: number, unit: number): number {
    const mask = this.hashNode.length - 1
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> 0
    h = (h ^ (h >>> 15)) & mask
    while (this.hashNode[h] !== -1 && (this.hashNode[h] !== node || this.hashUnit[h] !== unit)) h = (h + 1) & mask
    return h
  }

  private lookup(node: number, unit: number): number {
    const h = this.slot(node, unit)
    return this.hashNode[h] === -1 ? -1 : this.hashChild[h]!
  }

  private insert(node: number, unit: number, child: number): void {
    // Keep the table at most half full, so probes stay short.
    if ((this.size - 1) * 2 >= this.hashNode.length) this.rehash(this.hashNode.length * 2)
    const h = this.slot(node, unit)
    this.hashNode[h] = node
    this.hashUnit[h] = unit
    this.hashChild[h] = child
  }

  private rehash(capacity: number): void {
    const { hashNode, hashUnit, hashChild } = this
    this.hashNode = new Int32Array(capacity).fill(-1)
    this.hashUnit = new Uint16Array(capacity)
    this.hashChild = new Int32Array(capacity)
    for (let h = 0; h < hashNode.length; h++) {
      if (hashNode[h] === -1) continue
      const to = this.slot(hashNode[h]!, hashUnit[h]!)
      this.hashNode[to] = hashNode[h]!
      this.hashUnit[to] = hashUnit[h]!
      this.hashChild[to] = hashChild[h]!
    }
  }

  private newNode(parent: number, unit: number): number {
    const node = this.size++
    if (node >= this.parent.length) {
      const capacity = this.parent.length * 2
      this.parent = grown(this.parent, capacity)
      this.unit = grown(this.unit, capacity)
      this.outHead = grown(this.outHead, capacity, -1)
      this.outTail = grown(this.outTail, capacity, -1)
    }
    this.parent[node] = parent
    this.unit[node] = unit
    return node
  }

  /** Keys added after a scan: back to the building state (the hash still holds every edge). */
  private thaw(): void {
    this.linked = false
    this.rootDense = undefined
  }

  private link(): void {
    const size = this.size
    // Edges grouped by parent.
    const first = new Int32Array(size + 1)
    for (let node = 1; node < size; node++) first[this.parent[node]! + 1]!++
    for (let node = 0; node < size; node++) first[node + 1]! += first[node]!
    const fill = first.slice(0, size)
    const edgeUnit = new Uint16Array(size)
    const edgeChild = new Int32Array(size)
    for (let node = 1; node < size; node++) {
      const at = fill[this.parent[node]!]!++
      edgeUnit[at] = this.unit[node]!
      edgeChild[at] = node
    }
    // A direct table costs 256 KB: only for a root that most units of a text start from.
    if (first[1]! - first[0]! > 64) {
      const table = new Int32Array(0x10000)
      for (let k = first[0]!; k < first[1]!; k++) table[edgeUnit[k]!] = edgeChild[k]!
      this.rootDense = table
    }
    for (let node = this.rootDense ? 1 : 0; node < size; node++) {
      if (first[node + 1]! - first[node]! > sortedRun) sortRun(edgeUnit, edgeChild, first[node]!, first[node + 1]!)
    }
    this.firstEdge = first
    this.edgeUnit = edgeUnit
    this.edgeChild = edgeChild
    this.fail = new Int32Array(size)
    this.outputLink = new Int32Array(size)
    // Breadth first, so that a node's fail target is final before its children need it.
    const queue = new Int32Array(size)
    let tail = 0
    for (let k = first[0]!; k < first[1]!; k++) queue[tail++] = edgeChild[k]!
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!
      for (let k = first[node]!; k < first[node + 1]!; k++) {
        const child = edgeChild[k]!
        const unit = edgeUnit[k]!
        // The hash answers in one probe where the frozen runs take a search.
        let fallback = this.fail[node]!
        let target = this.lookup(fallback, unit)
        while (target < 0 && fallback !== 0) {
          fallback = this.fail[fallback]!
          target = this.lookup(fallback, unit)
        }
        const failNode = target >= 0 && target !== child ? target : 0
        this.fail[child] = failNode
        this.outputLink[child] = this.outHead[failNode]! >= 0 ? failNode : this.outputLink[failNode]!
        queue[tail++] = child
      }
    }
    this.linked = true
  }
}

/** Runs of edges longer than this are sorted by unit and searched by halves. */
const sortedRun = 8

/** Sort the edges `[from, to)` by unit. */
function sortRun(units: Uint16Array, children: Int32Array, from: number, to: number): void {
  // Packed as unit · 2³² + child, a typed array sorts natively (no comparator calls).
  const packed = new Float64Array(to - from)
  for (let k = from; k < to; k++) packed[k - from] = units[k]! * 0x100000000 + children[k]!
  packed.sort()
  for (let k = from; k < to; k++) {
    units[k] = Math.floor(packed[k - from]! / 0x100000000)
    children[k] = packed[k - from]! % 0x100000000
  }
}

/** A copy of `array` with room for `capacity` elements, the new ones set to `fill`. */
function grown<A extends Int32Array | Uint16Array>(array: A, capacity: number, fill = 0): A {
  const next = new (array.constructor as new (length: number) => A)(capacity)
  next.set(array)
  if (fill !== 0) next.fill(fill, array.length)
  return next
}
