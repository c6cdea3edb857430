/**
 * The way back from an extracted reply to the file it came from.
 *
 * A reply is rarely a plain slice of its file: JSON strings have escapes
 * (`\n`, `\"`, `\u4f60`), CSV cells double their quotes, YAML folds lines and
 * Markdown list items lose their markers. Extractors therefore build the
 * reply and its map together, piece by piece, so that every diagnostic and
 * every fix can be put back exactly where the agent's words are in the file.
 */

/** How text is written inside its container, for turning a fix back into file text. */
export type Encoding =
  /** As is (`.txt`, `.md`, standard input). */
  | 'raw'
  /** Inside a JSON (or YAML double-quoted) string. */
  | 'json'
  /** A quoted CSV cell. */
  | 'csv-quoted'
  /** An unquoted CSV cell. */
  | 'csv-plain'
  /** A YAML plain scalar. */
  | 'yaml-plain'
  /** A YAML single-quoted scalar. */
  | 'yaml-single'
  /** A YAML block scalar (`|` or `>`). */
  | 'yaml-block'

/**
 * Reply offsets → file offsets. Pieces are consecutive in the reply; a piece
 * whose reply and file lengths are equal is a verbatim copy, any other piece
 * is one escape (or folded line break) that stands for its reply units as a
 * whole.
 */
export class SourceMap {
  private readonly textStarts: number[] = []
  private readonly fileStarts: number[] = []
  private readonly textLengths: number[] = []
  private readonly fileLengths: number[] = []
  private length = 0

  /** Append a piece: `textLength` units of the reply written as `fileLength` units at `fileStart`. */
  add(textLength: number, fileStart: number, fileLength: number): void {
    const last = this.textStarts.length - 1
    // Consecutive verbatim copies merge, so a plain reply is a single piece.
    if (
      last >= 0 &&
      textLength === fileLength &&
      this.textLengths[last] === this.fileLengths[last] &&
      this.fileStarts[last]! + this.fileLengths[last]! === fileStart
    ) {
      this.textLengths[last]! += textLength
      this.fileLengths[last]! += fileLength
    } else {
      this.textStarts.push(this.length)
      this.fileStarts.push(fileStart)
      this.textLengths.push(textLength)
      this.fileLengths.push(fileLength)
    }
    this.length += textLength
  }

  /** The file offset where the reply unit at `offset` starts (the end of the reply for `offset === length`). */
  start(offset: number): number {
    if (offset >= this.length) return this.end(this.length)
    const i = this.piece(offset)
    const within = offset - this.textStarts[i]!
    return this.textLengths[i] === this.fileLengths[i] ? this.fileStarts[i]! + within : this.fileStarts[i]!
  }

  /** The file offset where the reply unit before `offset` ends (an exclusive end). */
  end(offset: number): number {
    if (offset <= 0) return this.textStarts.length ? this.fileStarts[0]! : 0
    const i = this.piece(offset - 1)
    const within = offset - this.textStarts[i]!
    return this.textLengths[i] === this.fileLengths[i] ? this.fileStarts[i]! + within : this.fileStarts[i]! + this.fileLengths[i]!
  }

  private piece(offset: number): number {
    let low = 0
    let high = this.textStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if (this.textStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
}

/** Builds a reply and its map together. */
export class SegmentBuilder {
  /** The reply so far. */
  text = ''
  /** Its map. */
  readonly map = new SourceMap()

  /** Append `text`, copied verbatim from the file at `fileStart`. */
  copy(fileStart: number, text: string): void {
    if (text.length === 0) return
    this.text += text
    this.map.add(text.length, fileStart, text.length)
  }

  /** Append `text`, written in the file as `fileLength` units at `fileStart` (an escape, a folded line break). */
  escape(fileStart: number, fileLength: number, text: string): void {
    if (text.length === 0) return
    this.text += text
    this.map.add(text.length, fileStart, fileLength)
  }
}

/** A reply extracted from a file, with what it takes to put positions and fixes back. */
export interface Segment {
  /** The reply. */
  readonly text: string
  /** Reply offsets → file offsets. */
  readonly map: SourceMap
  /** How its text is written in the file. */
  readonly encoding: Encoding
  /** `[start, end)` of the whole value in the file, quotes and block headers included. */
  readonly range: readonly [number, number]
  /** Whether the map only knows the whole value (an unusual YAML scalar): a fix then rewrites the whole value. */
  readonly coarse?: boolean
}

/** A segment copied verbatim from `text` at `fileStart` (lines, paragraphs, standard input). */
export function rawSegment(fileStart: number, text: string): Segment {
  const map = new SourceMap()
  map.add(text.length, fileStart, text.length)
  return { text, map, encoding: 'raw', range: [fileStart, fileStart + text.length] }
}

const plainIndicator = /^[-?:,[\]{}#&*!|>'"%@`\s]/

/**
 * Write `text` inside a value of the given encoding, or `undefined` when it
 * cannot be written in place (the whole value must then be rewritten).
 */
export function encodeInline(text: string, encoding: Encoding): string | undefined {
  switch (encoding) {
    case 'raw':
      return text
    case 'json':
      return JSON.stringify(text).slice(1, -1)
    case 'csv-quoted':
      return text.replaceAll('"', '""')
    case 'csv-plain':
      return /[",\r\n]/.test(text) ? undefined : text
    case 'yaml-single':
      return /[\r\n]/.test(text) ? undefined : text.replaceAll("'", "''")
    case 'yaml-plain':
      return /[\r\n]|: |:$| #|^#/.test(text) ? undefined : text
    case 'yaml-block':
      return /[\r\n]/.test(text) ? undefined : text
  }
}

/** Write a whole value anew, for edits that cannot be made in place; `undefined` when there is no safe way. */
export function encodeWhole(value: string, encoding: Encoding): string | undefined {
  switch (encoding) {
    case 'csv-plain':
    case 'csv-quoted':
      return `"${value.replaceAll('"', '""')}"`
    case 'yaml-plain':
    case 'yaml-single':
      // A JSON string is a YAML double-quoted scalar: it holds any text on one line.
      return JSON.stringify(value)
    case 'yaml-block':
    case 'raw':
    case 'json':
      return undefined
  }
}

/** Whether a YAML plain scalar could start with `text` (no indicator, no leading space). */
export function plainStartOk(text: string): boolean {
  return !plainIndicator.test(text)
}
