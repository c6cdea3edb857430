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

/** ESLint-like output grouped by input, with rule ids and suggestions. */
export function stylish(results: readonly InputResult[], s: Style): string {
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const result of results) {
    if (result.diagnostics.length === 0) continue
    lines.push(s.bold(result.file) + (result.text !== undefined ? s.dim(`  ${oneLine(result.text)}`) : ''))
    const rows = result.diagnostics.map((d) => {
      const place = `${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column}`
      const level = d.severity === 'error' ? s.red('error') : d.severity === 'warning' ? s.yellow('warning') : s.blue('info')
      if (d.severity === 'error') errors++
      else if (d.severity === 'warning') warnings++
      else infos++
      return { place, level, width: d.severity.length, d }
    })
    const placeWidth = Math.max(...rows.map((row) => row.place.length))
    for (const { place, level, width, d } of rows) {
      lines.push(`  ${s.dim(place.padEnd(placeWidth))}  ${level}${' '.repeat(7 - width)}  ${d.message}  ${s.dim(d.ruleId)}`)
      for (const suggestion of d.expected) lines.push(`  ${' '.repeat(placeWidth)}  ${s.green('→')} ${suggestion}`)
    }
    lines.push('')
  }
  const total = errors + warnings + infos
  if (total === 0) return ''
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`
  lines.push(errors ? s.red(s.bold(summary)) : s.yellow(s.bold(summary)))
  return lines.join('\n') + '\n'
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? flat.slice(0, 59) + '…' : flat
}

/** One JSON array of `{file, diagnostics}`, as the public contract says. */
export function json(results: readonly InputResult[]): string {
  return JSON.stringify(results.map(({ file, diagnostics }) => ({ file, diagnostics }))) + '\n'
}
