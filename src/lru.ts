/**
 * A small least-recently-used cache: a `Map` keeps insertion order, so the
 * first key is the one used longest ago.
 */
export class LruCache<Key, Value> {
  private readonly entries = new Map<Key, Value>()
  private readonly size: number

  /** @param size How many entries it keeps. */
  constructor(size: number) {
    this.size = size
  }

  /** The value of `key`, now the most recently used. */
  get(key: Key): Value | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  /** Keep `value` under `key`, dropping the least recently used entry when full. */
  set(key: Key, value: Value): void {
    this.entries.delete(key)
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, value)
  }
}
