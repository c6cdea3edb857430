/**
 * The edits of several rounds of fixes, as one list against the original
 * text: what `fix` hands a command line or a language server, so that they
 * never diff the text again.
 */
import type { Fix } from './types.js'

/** A piece of the current text: a span of the original, or inserted text. */
type Piece = { readonly from: number; readonly to: number } | { readonly text: string }

const lengthOf = (piece: Piece) => ('text' in piece ? piece.text.length : piece.to - piece.from)

/** The current text as pieces of the original and insertions; each round costs time linear in pieces and edits. */
export class EditTrail {
  private pieces: Piece[]
  private readonly length: number

  /** @param length The length of the original text. */
  constructor(length: number) {
    this.length = length
    this.pieces = length > 0 ? [{ from: 0, to: length }] : []
  }

  /** Record a round of edits against the current text: sorted by range, not overlapping. */
  apply(edits: readonly Fix[]): void {
    const out: Piece[] = []
    let index = 0 // current piece
    let used = 0 // units of it already passed
    let position = 0 // offset in the current text
    /** Pass the current text up to `to`, keeping what is passed or not. */
    const pass = (to: number, keep: boolean) => {
      while (position < to && index < this.pieces.length) {
        const piece = this.pieces[index]!
        const rest = lengthOf(piece) - used
        const step = Math.min(rest, to - position)
        if (keep) out.push(slice(piece, used, used + step))
        used += step
        position += step
        if (used === lengthOf(piece)) {
          index++
          used = 0
        }
      }
    }
    for (const { range, text } of edits) {
      pass(range[0], true)
      pass(range[1], false)
      if (text) out.push({ text })
    }
    pass(Infinity, true)
    this.pieces = out
  }

  /** The edits that turn the original text into the current one, sorted, not overlapping. */
  edits(): Fix[] {
    const edits: Fix[] = []
    let reached = 0
    let inserted = ''
    for (const piece of this.pieces) {
      if ('text' in piece) {
        inserted += piece.text
        continue
      }
      if (piece.from !== reached || inserted) edits.push({ range: [reached, piece.from], text: inserted })
      reached = piece.to
      inserted = ''
    }
    if (reached !== this.length || inserted) edits.push({ range: [reached, this.length], text: inserted })
    return edits
  }
}

function slice(piece: Piece, from: number, to: number): Piece {
  return 'text' in piece ? { text: piece.text.slice(from, to) } : { from: piece.from + from, to: piece.from + to }
}
