/**
 * An Aho–Corasick automaton over UTF-16 units: every key of a set found in
 * one pass over a text, in time linear in the text plus the hits.
 */
export class Automaton<T> {
  private readonly goto: Array<Map<number, number>> = [new Map()]
  private fail: Int32Array = new Int32Array(1)
  /** Values of the keys ending at a node. */
  private readonly output: Array<T[] | undefined> = [undefined]
  /** Nearest node on the fail chain that has output, or 0. */
  private outputLink: Int32Array = new Int32Array(1)
  private linked = false

  /** Add `key` (non-empty) with its value; call before the first scan. */
  add(key: string, value: T): void {
    let node = 0
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i)
      let next = this.goto[node]!.get(unit)
      if (next === undefined) {
        next = this.goto.length
        this.goto.push(new Map())
        this.output.push(undefined)
        this.goto[node]!.set(unit, next)
      }
      node = next
    }
    const out = this.output[node]
    if (out) out.push(value)
    else this.output[node] = [value]
    this.linked = false
  }

  private link(): void {
    const size = this.goto.length
    this.fail = new Int32Array(size)
    this.outputLink = new Int32Array(size)
    const queue: number[] = []
    for (const child of this.goto[0]!.values()) queue.push(child)
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!
      for (const [unit, child] of this.goto[node]!) {
        let fallback = this.fail[node]!
        while (fallback !== 0 && !this.goto[fallback]!.has(unit)) fallback = this.fail[fallback]!
        const target = this.goto[fallback]!.get(unit)
        this.fail[child] = target !== undefined && target !== child ? target : 0
        const failNode = this.fail[child]!
        this.outputLink[child] = this.output[failNode] ? failNode : this.outputLink[failNode]!
        queue.push(child)
      }
    }
    this.linked = true
  }

  /**
   * Call `hit(value, end)` for every key found in `text`, `end` being the
   * index just past its last unit.
   */
  scan(text: string, hit: (value: T, end: number) => void): void {
    if (!this.linked) this.link()
    let node = 0
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      let next = this.goto[node]!.get(unit)
      while (next === undefined && node !== 0) {
        node = this.fail[node]!
        next = this.goto[node]!.get(unit)
      }
      node = next ?? 0
      for (let at = this.output[node] ? node : this.outputLink[node]!; at !== 0; at = this.outputLink[at]!) {
        for (const value of this.output[at]!) hit(value, i + 1)
      }
    }
  }
}
