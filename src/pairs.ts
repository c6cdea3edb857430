/**
 * Character tables stored compactly (`simplified-table.ts`,
 * `language/traditional-table.ts`): pairs sorted by their first code point,
 * each written as the distance from the previous pair's first code point (one
 * ASCII character, `!` for 1 … `}` for 93) or `~` and the code point itself,
 * then the second code point. Gzip packs the small distances far better than
 * the characters, which took half of each table.
 */

/** The pairs of `encoded` (see `scripts/generate.mjs`), two code points a pair. */
export function decodePairs(encoded: string): string {
  let out = ''
  let previous = 0
  for (let i = 0; i < encoded.length; ) {
    let from = previous + encoded.charCodeAt(i) - 0x20
    if (encoded.charCodeAt(i) === 0x7e) {
      from = encoded.codePointAt(i + 1)!
      i += from > 0xffff ? 3 : 2
    } else i++
    const to = encoded.codePointAt(i)!
    i += to > 0xffff ? 2 : 1
    out += String.fromCodePoint(from, to)
    previous = from
  }
  return out
}
