/**
 * One open document, linted the way the command line lints the file: the
 * same extractors, the same reply → file map, the same masking and the same
 * `--fix` machinery, so that an editor shows what `replylint` prints, at the
 * same places, and its quick fixes keep JSON escaped and CSV quoted.
 *
 * The work is cut into steps (one reply each) so that the server can yield
 * between them and drop a run as soon as the document changes again.
 */
import { type ExtractOptions, type Format, extract } from '../cli/extract/index.js'
import type { Extraction, Unit } from '../cli/extract/types.js'
import { type Edit, applyEdits, replyEdits, segmentEdits } from '../cli/fix.js'
import type { FixedText, Task, TaskResult, TaskRunner } from '../cli/lint.js'
import { Masker } from '../cli/mask.js'
import type { Segment } from '../cli/source-map.js'
import { maskIdentifiers } from '../language/identifiers.js'
import { LineIndex } from '../parse.js'
import type { Diagnostic, Turn } from '../types.js'

const byteOrderMark = '\ufeff'

/** A problem found in the document, with what code actions and hovers need. */
export interface Finding {
  /** As the linter reported it, in the reply's coordinates (unmasked: never shown as is). */
  readonly diagnostic: Diagnostic
  /** The reply (or turn) it is in, as an index of {@link Analyser.segments}. */
  readonly segment: number
  /** `[from, to)` in the document's text. */
  readonly from: number
  readonly to: number
  /** Masks what the finding repeats of its reply. */
  readonly masker: Masker
}

/** A part of the document that could not be read (invalid JSON, an unclosed CSV quote, a binary file). */
export interface Unreadable {
  readonly message: string
  /** `[from, to)` in the document's text. */
  readonly from: number
  readonly to: number
}

/** How to read and lint a document. */
export interface Job {
  /** The document's text, as the client sent it (a byte order mark included, if it kept one). */
  readonly text: string
  /** Its library format. */
  readonly format: Format
  /** Fields, paragraphs and conversations, from its configuration. */
  readonly extractOptions: ExtractOptions
  /** Runs the tasks with the document's linter (spec 0). */
  readonly runner: TaskRunner
  /** Identifies the linter, so that results are only reused with the same one. */
  readonly linterKey: string
  /** The previous run over the document, whose results this run reuses. */
  readonly previous?: Analyser | undefined
}

/** The task that lints a unit. */
function taskOf(unit: Unit): Task {
  if (unit.kind === 'reply') return { spec: 0, kind: 'reply', text: unit.segment.text, history: unit.history }
  return {
    spec: 0,
    kind: 'conversation',
    turns: unit.turns.map((turn): Turn => ({ role: turn.role, text: turn.segment.text, ...(turn.time !== undefined && { time: turn.time }) })),
  }
}

/** The texts of a unit that a fix may change, in order. */
function unitSegments(unit: Unit): Segment[] {
  return unit.kind === 'reply' ? [unit.segment] : unit.turns.map((turn) => turn.segment)
}

/** A file without a byte order mark, and how far the mark shifts offsets. */
function stripMark(text: string): { source: string; shift: number } {
  return text.startsWith(byteOrderMark) ? { source: text.slice(1), shift: 1 } : { source: text, shift: 0 }
}

/** Where a file stops being text: the first NUL, which no reply library holds. */
function binaryAt(text: string): number {
  return text.indexOf('\u0000')
}

/** Lints a document one unit at a time. */
export class Analyser {
  /** The replies and turns of the document, in order. */
  readonly segments: Segment[] = []
  /** The problems found so far, in the order of the replies. */
  readonly findings: Finding[] = []
  /** The parts that could not be read. */
  readonly unreadable: Unreadable[] = []
  /** Results by task, for the next run over the same document to reuse. */
  readonly results = new Map<string, TaskResult>()
  private readonly source: string
  private readonly shift: number
  private readonly extraction: Extraction
  private lineIndex: LineIndex | undefined
  private next = 0
  /** The previous run's results while this one runs, when it used the same linter. */
  private reusable: ReadonlyMap<string, TaskResult> | undefined
  /** The job, without the previous run (which must not be kept alive by this one). */
  private readonly job: Job

  constructor(job: Job) {
    this.reusable = job.previous?.job.linterKey === job.linterKey ? job.previous.results : undefined
    this.job = { ...job, previous: undefined }
    const { source, shift } = stripMark(job.text)
    this.source = source
    this.shift = shift
    const nul = binaryAt(source)
    if (nul >= 0) {
      this.extraction = { units: [], problems: [] }
      this.unreadable.push({ message: 'Not linted: a binary file (it holds NUL characters)', from: nul + shift, to: nul + shift + 1 })
      return
    }
    this.extraction = extract(source, job.format, job.extractOptions)
    for (const problem of this.extraction.problems) {
      this.unreadable.push({ message: maskIdentifiers(problem.message), from: problem.start + shift, to: problem.end + shift })
    }
  }

  /** Whether every unit has been linted. */
  get done(): boolean {
    return this.next >= this.extraction.units.length
  }

  /** Lint units until `deadline` (a `performance.now()` time) has passed; at least one. */
  step(deadline: number): void {
    do {
      const unit = this.extraction.units[this.next++]
      if (!unit) break
      this.lintUnit(unit)
    } while (performance.now() < deadline)
    if (this.done) this.reusable = undefined
  }

  /** The document's text, as the client sent it. */
  get text(): string {
    return this.job.text
  }

  /** Line starts of the document, for positions. */
  /** The 1-based line of an offset into the source (the text without its byte order mark). */
  private sourceLine(offset: number): number {
    return this.lines.point(offset + this.shift).line
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.job.text))
  }

  private lintUnit(unit: Unit): void {
    const task = taskOf(unit)
    const key = JSON.stringify(task)
    let result = this.results.get(key) ?? this.reusable?.get(key)
    if (!result) result = this.job.runner.run(task, 'lint')
    this.results.set(key, result)
    const first = this.segments.length
    const segments = unitSegments(unit)
    for (const segment of segments) this.segments.push(segment)
    if ('diagnostics' in result) this.place(result.diagnostics, first)
    else if ('turns' in result) for (const { turn, diagnostics } of result.turns) this.place(diagnostics, first + turn)
  }

  /** Put a reply's diagnostics into the document, as the command line places them in its file. */
  private place(diagnostics: readonly Diagnostic[], index: number): void {
    if (diagnostics.length === 0) return
    const segment = this.segments[index]!
    const masker = new Masker(segment.text)
    const directives = this.extraction.directives ?? []
    // A disable comment turns rules off on its next line and for a reply that starts there, as in the command line.
    const off = (line: number, ruleId: string) => directives.some((d) => d.line === line && (d.rules === undefined || d.rules.has(ruleId)))
    const startLine = directives.length ? this.sourceLine(segment.range[0]) : 0
    for (const diagnostic of diagnostics) {
      const { start, end } = diagnostic
      const from = segment.coarse ? segment.range[0] : segment.map.start(start.offset)
      const to = segment.coarse ? segment.range[1] : end.offset > start.offset ? segment.map.end(end.offset) : from
      if (directives.length && diagnostic.ruleId !== 'parse-error' && (off(startLine, diagnostic.ruleId) || off(this.sourceLine(from), diagnostic.ruleId))) continue
      this.findings.push({ diagnostic, segment: index, from: from + this.shift, to: to + this.shift, masker })
    }
  }

  /**
   * The edits that turn replies into new texts, in the file's notation; replies whose notation
   * cannot hold their new text are left as they are. `undefined` when the edited file would not
   * read back as edited (the command line's `--fix` refuses such a file too).
   */
  edits(replacements: ReadonlyMap<number, string | FixedText>): Edit[] | undefined {
    const edits: Edit[] = []
    const expected = this.segments.map((segment) => segment.text)
    for (const [index, replacement] of replacements) {
      const segment = this.segments[index]!
      // A fix brings its own edits; a suggestion is a new text, whose edits are its differences.
      const fixed = typeof replacement === 'string' ? { text: replacement, edits: replyEdits(segment.text, { text: replacement, applied: [] }) } : replacement
      const text = fixed.text
      const change = segmentEdits(segment, fixed.edits, () => text)
      if (!change) continue
      for (const edit of change) edits.push(edit)
      expected[index] = text
    }
    if (edits.length === 0) return edits
    const after = extract(applyEdits(this.source, edits), this.job.format, this.job.extractOptions)
    const actual = after.units.flatMap(unitSegments).map((segment) => segment.text)
    const same = after.problems.length === this.extraction.problems.length && actual.length === expected.length && actual.every((text, i) => text === expected[i])
    return same ? edits.map((edit) => ({ from: edit.from + this.shift, to: edit.to + this.shift, text: edit.text })) : undefined
  }

  /**
   * The edit that turns `ruleId` off for the reply of a segment: a disable
   * comment on its own line before the line the reply starts on, indented
   * like it (the command line's per-reply suppression). `undefined` for
   * formats without comments (JSON, JSON Lines, CSV), where the command
   * line's suppressions file is the way.
   */
  ignoreEdit(segment: number, ruleId: string): Edit | undefined {
    const { format } = this.job
    if (format !== 'md' && format !== 'yaml' && format !== 'txt') return undefined
    const at = this.segments[segment]!.range[0]
    const lineStart = this.source.lastIndexOf('\n', at - 1) + 1
    const indent = /^[ \t]*/.exec(this.source.slice(lineStart, at))![0]
    const comment = format === 'md' ? `<!-- replylint-disable-next-line ${ruleId} -->` : `# replylint-disable-next-line ${ruleId}`
    const newline = this.source.includes('\r\n') ? '\r\n' : '\n'
    return { from: lineStart + this.shift, to: lineStart + this.shift, text: indent + comment + newline }
  }

  /** The text every unit has once its certain fixes are applied (`fix` mode of the command line), by segment. */
  fixedTexts(): Map<number, FixedText> {
    const fixed = new Map<number, FixedText>()
    let index = 0
    for (const unit of this.extraction.units) {
      const result = this.job.runner.run(taskOf(unit), 'fix')
      const texts = 'fixed' in result ? result.fixed : []
      unitSegments(unit).forEach((segment, turn) => {
        const text = texts[turn]
        if (text !== undefined && text.text !== segment.text) fixed.set(index + turn, text)
      })
      index += unitSegments(unit).length
    }
    return fixed
  }
}

/** Lint a whole document at once (code actions on a document whose last run is stale, tests). */
export function analyseNow(job: Job): Analyser {
  const analyser = new Analyser(job)
  while (!analyser.done) analyser.step(Number.POSITIVE_INFINITY)
  return analyser
}
