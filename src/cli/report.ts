/**
 * Formatters for the command line: `stylish` for people, `json` for tools.
 */
import type { Diagnostic } from '../types.js'

/** The diagnostics of one input. */
export interface InputResult {
  /** A file path, `<stdin>`, or `<argument N>`. */
  file: string
  /** The reply text, when the input is a single reply (shown by `stylish`). */
  text?: string
  diagnostics: Diagnostic[]
}

interface Style {
  dim(s: string): string
  red(s: string): string
  yellow(s: string): string
  blue(s: string): string
  green(s: string): string
  bold(s: string): string
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`
const plain = (s: string) => s

/** Colours when writing to a terminal that wants them. */
export function style(color: boolean): Style {
  if (!color) return { dim: plain, red: plain, yellow: plain, blue: plain, green: plain, bold: plain }
  return { dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), blue: ansi(34, 39), green: ansi(32, 39), bold: ansi(1, 22) }
}

/** Where a report goes, piece by piece. */
export type Sink = (text: string) => void

/** Writes a report one input at a time, so that a library's report never has to fit in memory at once. */
export interface Reporter {
  /** Report one input. */
  file(result: InputResult): void
  /** Finish the report. */
  end(): void
}

/** The widest of `lengths`, without spreading them into arguments (a file can have 100,000 diagnostics). */
function widest(lengths: Iterable<number>): number {
  let max = 0
  for (const length of lengths) if (length > max) max = length
  return max
}

/** ESLint-like output grouped by input, with rule ids and suggestions. */
export function stylish(write: Sink, s: Style): Reporter {
  let errors = 0
  let warnings = 0
  let infos = 0
  return {
    file(result) {
      if (result.diagnostics.length === 0) return
      const places = result.diagnostics.map((d) => `${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column}`)
      const placeWidth = widest(places.map((place) => place.length))
      const lines = [s.bold(result.file) + (result.text !== undefined ? s.dim(`  ${oneLine(result.text)}`) : '')]
      result.diagnostics.forEach((d, i) => {
        const level = d.severity === 'error' ? s.red('error') : d.severity === 'warning' ? s.yellow('warning') : s.blue('info')
        if (d.severity === 'error') errors++
        else if (d.severity === 'warning') warnings++
        else infos++
        lines.push(`  ${s.dim(places[i]!.padEnd(placeWidth))}  ${level}${' '.repeat(7 - d.severity.length)}  ${d.message}  ${s.dim(d.ruleId)}`)
        for (const suggestion of d.expected) lines.push(`  ${' '.repeat(placeWidth)}  ${s.green('→')} ${suggestion}`)
        // Long files are written in parts, not held as one string.
        if (lines.length >= 1000) write(lines.splice(0, lines.length).join('\n') + '\n')
      })
      lines.push('')
      write(lines.join('\n') + '\n')
    },
    end() {
      const total = errors + warnings + infos
      if (total === 0) return
      const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`
      write((errors ? s.red(s.bold(summary)) : s.yellow(s.bold(summary))) + '\n')
    },
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? flat.slice(0, 59) + '…' : flat
}

/** One JSON array of `{file, diagnostics}`, as the public contract says, written an entry at a time. */
export function json(write: Sink): Reporter {
  let first = true
  return {
    file({ file, diagnostics }) {
      write(`${first ? '[' : ','}{"file":${JSON.stringify(file)},"diagnostics":[`)
      first = false
      // A diagnostic at a time: the same text as one JSON.stringify, without the one huge string.
      diagnostics.forEach((d, i) => write((i ? ',' : '') + JSON.stringify(d)))
      write(']}')
    },
    end() {
      write(first ? '[]\n' : ']\n')
    },
  }
}
