/**
 * CSV (RFC 4180) with cell positions: a header row, then one reply per row
 * in the reply column. Quoted cells may hold commas, line breaks and doubled
 * quotes; each character of a cell maps back to where it is written.
 */
import { SegmentBuilder, type Segment } from '../source-map.js'
import { defaultFields, describeFields } from './tree.js'
import type { Extraction } from './types.js'

/** One cell and where it is. */
interface Cell {
  readonly segment: Segment
}

/**
 * Split CSV into rows of cells.
 *
 * @returns The rows, and the offset of an unterminated quoted cell, if any.
 */
function parseCsv(source: string): { rows: Cell[][]; unterminated?: number } {
  const rows: Cell[][] = []
  let row: Cell[] = []
  let position = 0
  const length = source.length
  for (;;) {
    const start = position
    const out = new SegmentBuilder()
    let quoted = false
    if (source.charCodeAt(position) === 0x22) {
      quoted = true
      position++
      let run = position
      for (;;) {
        const quote = source.indexOf('"', position)
        if (quote < 0) return { rows, unterminated: start }
        if (source.charCodeAt(quote + 1) === 0x22) {
          out.copy(run, source.slice(run, quote))
          out.escape(quote, 2, '"')
          position = run = quote + 2
          continue
        }
        out.copy(run, source.slice(run, quote))
        position = quote + 1
        break
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const rest = position
      while (position < length && !isBreak(source.charCodeAt(position)) && source.charCodeAt(position) !== 0x2c) position++
      out.copy(rest, source.slice(rest, position))
    } else {
      while (position < length && !isBreak(source.charCodeAt(position)) && source.charCodeAt(position) !== 0x2c) position++
      out.copy(start, source.slice(start, position))
    }
    row.push({ segment: { text: out.text, map: out.map, encoding: quoted ? 'csv-quoted' : 'csv-plain', range: [start, position] } })
    const c = source.charCodeAt(position)
    if (c === 0x2c) {
      position++
      continue
    }
    rows.push(row)
    row = []
    if (position >= length) break
    position += c === 0x0d && source.charCodeAt(position + 1) === 0x0a ? 2 : 1
    if (position >= length) break
  }
  return { rows }
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d
}

/** The replies of a `.csv` file: the first column whose header is one of `fields`. */
export function extractCsv(source: string, fields: readonly string[] | undefined): Extraction {
  const extraction: Extraction = { units: [], problems: [] }
  const { rows, unterminated } = parseCsv(source)
  if (unterminated !== undefined) {
    extraction.problems.push({ message: 'Invalid CSV: a quoted cell is never closed', start: unterminated, end: unterminated + 1 })
  }
  const header = rows[0]
  if (!header) return extraction
  const names = header.map((cell) => cell.segment.text.trim().toLowerCase())
  const wanted = fields ?? defaultFields
  let column = -1
  for (const name of wanted) {
    column = names.indexOf(name.trim().toLowerCase())
    if (column >= 0) break
  }
  if (column < 0) {
    const [first] = header
    extraction.problems.push({
      message: `No column named ${describeFields(wanted).replace(/^fields? /, '')} in the header (${header.map((cell) => cell.segment.text).join(', ')})`,
      start: first!.segment.range[0],
      end: header.at(-1)!.segment.range[1],
    })
    return extraction
  }
  for (const row of rows.slice(1)) {
    const cell = row[column]
    if (cell && cell.segment.text.trim() !== '') extraction.units.push({ kind: 'reply', segment: cell.segment })
  }
  return extraction
}
