/**
 * What extractors find in a file: replies, conversations and the places
 * where the file could not be read.
 */
import type { Turn } from '../../types.js'
import type { Segment } from '../source-map.js'
import type { Directive } from '../suppress.js'

/** One agent or customer turn of a conversation found in a file. */
export interface SourceTurn {
  readonly role: Turn['role']
  /** Its text and where it is. */
  readonly segment: Segment
  readonly time?: string | number | undefined
}

/** A reply, or a conversation whose agent turns are linted with the turns before them. */
export type Unit =
  | {
      readonly kind: 'reply'
      readonly segment: Segment
      /** The conversation before the reply (`{text, history}` records). */
      readonly history?: readonly Turn[]
    }
  | { readonly kind: 'conversation'; readonly turns: readonly SourceTurn[] }

/** A part of a file that could not be read. */
export interface Problem {
  /** One sentence. */
  readonly message: string
  /** `[start, end)` in the file. */
  readonly start: number
  readonly end: number
}

/** Everything found in one file. */
export interface Extraction {
  readonly units: Unit[]
  readonly problems: Problem[]
  /** Disable comments, in formats that have comments. */
  readonly directives?: Directive[]
}
