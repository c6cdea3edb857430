/** Typed arrays that grow: tables of a megabyte's tokens or hits kept outside the garbage-collected heap. */

/** The typed arrays the engine grows. */
type Growable = Int32Array | Float64Array

/** A copy of `array` twice as long (at least 16), for appending past its end. */
export function doubled<T extends Growable>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(Math.max(16, array.length * 2))
  larger.set(array)
  return larger
}

/** Longer than any range sorted here (a lexicon phrase): start and length share one sort key. */
const lengthSpan = 1 << 20

/**
 * Ranges given in any order (`each` calls `add` for every one), as parallel
 * arrays sorted by start, the longest first where several start together.
 * One numeric sort on a key of start and length: no object per range.
 */
export function sortedRanges(each: (add: (start: number, end: number) => void) => void): { starts: Int32Array; ends: Int32Array } {
  // The keys go to a buffer kept between calls (a typed array per call cost more than the sort), unless one is under way.
  let keys = sortKeys ?? new Float64Array(64)
  sortKeys = undefined
  let size = 0
  each((start, end) => {
    if (size === keys.length) keys = doubled(keys)
    keys[size++] = start * lengthSpan + (lengthSpan - 1 - (end - start))
  })
  const sorted = keys.subarray(0, size).sort()
  const starts = new Int32Array(size)
  const ends = new Int32Array(size)
  for (let i = 0; i < size; i++) {
    const start = Math.floor(sorted[i]! / lengthSpan)
    starts[i] = start
    ends[i] = start + lengthSpan - 1 - (sorted[i]! - start * lengthSpan)
  }
  sortKeys = keys.length <= maxKept ? keys : undefined
  return { starts, ends }
}

/** The sort buffer of `sortedRanges` while no call holds it, and the largest kept. */
let sortKeys: Float64Array | undefined = new Float64Array(64)
const maxKept = 1 << 14
