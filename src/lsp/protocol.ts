/**
 * An analysis in LSP terms: diagnostics (0-based lines, UTF-16 characters,
 * as the command line's 1-based lines and columns are) and hovers.
 */
import { type Diagnostic, DiagnosticSeverity, type Hover, MarkupKind, type Position, type Range } from 'vscode-languageserver/node.js'
import type { DiagnosticSeverity as Severity } from '../types.js'
import type { Analyser, Finding } from './analysis.js'

const severities: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

/** The range of document offsets `[from, to)`. */
export function rangeOf(analyser: Analyser, from: number, to: number): Range {
  const start = analyser.lines.point(from)
  const end = analyser.lines.point(to)
  return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } }
}

/** A finding as an LSP diagnostic, masked. */
export function toDiagnostic(analyser: Analyser, finding: Finding): Diagnostic {
  const { diagnostic, masker } = finding
  return {
    range: rangeOf(analyser, finding.from, finding.to),
    severity: severities[diagnostic.severity],
    code: diagnostic.ruleId,
    ...(diagnostic.url && { codeDescription: { href: diagnostic.url } }),
    source: 'replylint',
    message: masker.text(diagnostic.message),
  }
}

/** One problem of replylint's own (configuration, a failure), at the top of the document. */
export function documentDiagnostic(code: 'config-error' | 'internal-error', message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code, source: 'replylint', message }
}

/** Every diagnostic of an analysis, in the command line's order (position, then rule id). */
export function diagnosticsOf(analyser: Analyser): Diagnostic[] {
  const out: Array<{ from: number; to: number; diagnostic: Diagnostic }> = []
  for (const { message, from, to } of analyser.unreadable) {
    out.push({ from, to, diagnostic: { range: rangeOf(analyser, from, to), severity: DiagnosticSeverity.Error, code: 'parse-error', source: 'replylint', message } })
  }
  for (const finding of analyser.findings) out.push({ from: finding.from, to: finding.to, diagnostic: toDiagnostic(analyser, finding) })
  out.sort((a, b) => a.from - b.from || a.to - b.to || String(a.diagnostic.code).localeCompare(String(b.diagnostic.code)))
  return out.map((entry) => entry.diagnostic)
}

/** The notes of the rules an analysis found problems of, by rule id (one copy each, for hovers). */
export function notesOf(analyser: Analyser): Record<string, string> {
  const notes: Record<string, string> = {}
  for (const { diagnostic } of analyser.findings) if (diagnostic.note) notes[diagnostic.ruleId] ??= diagnostic.note
  return notes
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character)

/** The hover at a position: the rule, message and note (the handbook's words) of each problem there. */
export function hoverAt(diagnostics: readonly Diagnostic[], notes: Readonly<Record<string, string>>, position: Position): Hover | null {
  const here = diagnostics.filter((d) => typeof d.code === 'string' && notes[d.code] && before(d.range.start, position) && before(position, d.range.end))
  if (here.length === 0) return null
  const parts = here.map((d) => {
    const id = d.codeDescription ? `[${d.code}](${d.codeDescription.href})` : `\`${d.code}\``
    return `**replylint** ${id}: ${d.message}\n\n${notes[d.code as string]}`
  })
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: here[0]!.range }
}
