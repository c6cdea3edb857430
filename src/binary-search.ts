/**
 * Binary searches over sorted lists, shared so that no module keeps its own
 * copy: every lookup of a span, a clause or an offset is logarithmic.
 */

/**
 * The index of the first item not below the value sought, in a list sorted
 * ascending (`length` when every item is below).
 *
 * @param below Whether the item at an index is below the value sought.
 */
export function lowerBound(length: number, below: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (below(middle)) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether any of `starts` (sorted ascending) lies in `[from, to)`. */
export function anyStartIn(starts: readonly number[], from: number, to: number): boolean {
  const first = lowerBound(starts.length, (i) => starts[i]! < from)
  return first < starts.length && starts[first]! < to
}

/**
 * Whether one of the spans `[starts[k], ends[k])` lies wholly in `[from, to)`: spans apart and in
 * order, so the first that starts in it ends first.
 */
export function anySpanIn(starts: readonly number[], ends: readonly number[], from: number, to: number): boolean {
  const first = lowerBound(starts.length, (i) => starts[i]! < from)
  return first < starts.length && ends[first]! <= to
}

/** The index of the range holding the normalised index `at` in sorted, disjoint `ranges`, or -1. */
export function rangeIndex(ranges: ReadonlyArray<{ readonly normalStart: number; readonly normalEnd: number }>, at: number): number {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const range = ranges[middle]!
    if (at < range.normalStart) high = middle - 1
    else if (at >= range.normalEnd) low = middle + 1
    else return middle
  }
  return -1
}
