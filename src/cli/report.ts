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

/**
 * Writes a report as it goes, so that a library's report never has to fit
 * in memory at once: each input is begun, its diagnostics added in one or
 * more parts (in order), and closed.
 */
export interface Reporter {
  /** Start an input: a file path, `<stdin>` or `<argument N>`, and the reply text of a single reply. */
  begin(file: string, text?: string): void
  /** More diagnostics of the input begun. */
  add(diagnostics: readonly Diagnostic[]): void
  /** Finish the input begun. */
  close(): void
  /** Finish the report. */
  end(): void
}

/** Report one input whole. */
export function reportInput(reporter: Reporter, result: InputResult): void {
  reporter.begin(result.file, result.text)
  reporter.add(result.diagnostics)
  reporter.close()
}

/** ESLint-like output grouped by input, with rule ids and suggestions. */
export function stylish(write: Sink, s: Style): Reporter {
  let errors = 0
  let warnings = 0
  let infos = 0
  let header = ''
  // An input's rows wait for its widest place; they are kept as short strings, not diagnostics.
  let places: string[] = []
  let rows: string[][] = []
  let width = 0
  return {
    begin(file, text) {
      header = s.bold(file) + (text !== undefined ? s.dim(`  ${oneLine(text)}`) : '')
      places = []
      rows = []
      width = 0
    },
    add(diagnostics) {
      for (const d of diagnostics) {
        const place = `${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column}`
        // A loop: spreading the places into Math.max throws once a file has more of them than a call has room for arguments.
        if (place.length > width) width = place.length
        const level = d.severity === 'error' ? s.red('error') : d.severity === 'warning' ? s.yellow('warning') : s.blue('info')
        if (d.severity === 'error') errors++
        else if (d.severity === 'warning') warnings++
        else infos++
        places.push(place)
        rows.push([`${level}${' '.repeat(7 - d.severity.length)}  ${d.message}  ${s.dim(d.ruleId)}`, ...d.expected.map((suggestion) => `${s.green('→')} ${suggestion}`)])
      }
    },
    close() {
      if (places.length === 0) return
      let lines = [header]
      places.forEach((place, i) => {
        const [first, ...suggestions] = rows[i]!
        lines.push(`  ${s.dim(place.padEnd(width))}  ${first}`)
        for (const suggestion of suggestions) lines.push(`  ${' '.repeat(width)}  ${suggestion}`)
        if (lines.length >= 1000) {
          write(lines.join('\n') + '\n')
          lines = []
        }
      })
      lines.push('')
      write(lines.join('\n') + '\n')
      places = []
      rows = []
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

/** One JSON array of `{file, diagnostics}`, as the public contract says, written a diagnostic at a time. */
export function json(write: Sink): Reporter {
  let firstFile = true
  let firstDiagnostic = true
  return {
    begin(file) {
      write(`${firstFile ? '[' : ','}{"file":${JSON.stringify(file)},"diagnostics":[`)
      firstFile = false
      firstDiagnostic = true
    },
    add(diagnostics) {
      // The same text as one JSON.stringify of the whole array, without the one huge string.
      for (const d of diagnostics) {
        write((firstDiagnostic ? '' : ',') + JSON.stringify(d))
        firstDiagnostic = false
      }
    },
    close() {
      write(']}')
    },
    end() {
      write(firstFile ? '[]\n' : ']\n')
    },
  }
}
