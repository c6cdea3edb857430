/**
 * Suppressing diagnostics that a person has looked at and accepted.
 *
 * Where a library format has comments, a comment before a reply turns rules
 * off for it, as ESLint's do:
 *
 * - Markdown: `<!-- replylint-disable-next-line prefer-we, no-command -->`
 * - YAML and `.txt`: `# replylint-disable-next-line prefer-we`
 *
 * Without rule ids every rule is off; ` -- why` may follow the ids. The
 * comment applies to the diagnostics on the next line and to every
 * diagnostic of a reply that starts on the next line (a multi-line
 * paragraph, a YAML block scalar after its key).
 *
 * For formats without comments (JSON, JSON Lines, CSV), and for adopting
 * replylint on a library with many old errors, a suppressions file records
 * how many errors of each rule each file may keep, as ESLint 9's bulk
 * suppressions do: `--suppress-all` (or `--suppress-rule id`) writes it,
 * later runs report a file's errors of a rule only once they outnumber its
 * count, and `--prune-suppressions` lowers counts to what is left.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as z from 'zod'
import type { Diagnostic } from '../types.js'
import { ConfigError } from './config.js'
import { reason } from './read.js'

/** A disable comment: which rules (all when `undefined`) it turns off on `line` (1-based). */
export interface Directive {
  /** The line it turns rules off on (the line after the comment), 1-based. */
  readonly line: number
  /** The rule ids; `undefined` for every rule. */
  readonly rules: ReadonlySet<string> | undefined
}

const commentBody = /^replylint-disable-next-line(?:\s+([^]*?))?\s*$/

/** The rules of a directive's text (`replylint-disable-next-line a, b -- why`), or `null` when it is no directive. */
export function parseDirective(text: string): ReadonlySet<string> | undefined | null {
  const match = commentBody.exec(text.trim())
  if (!match) return null
  const ids = (match[1] ?? '').split(/\s--\s|^--\s|\s--$/)[0]!.split(/[\s,]+/).filter(Boolean)
  return ids.length ? new Set(ids) : undefined
}

/** A `# …` comment line's directive (YAML, `.txt`). */
export const hashComment = /^[ \t]*#[ \t]*(replylint-disable-next-line\b.*)$/

/**
 * Drop the diagnostics a directive turns off.
 *
 * @param startLines For each diagnostic, the line its reply starts on.
 */
export function applyDirectives(diagnostics: Diagnostic[], startLines: readonly number[], directives: readonly Directive[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics
  const byLine = new Map<number, Array<ReadonlySet<string> | undefined>>()
  for (const directive of directives) byLine.set(directive.line, [...(byLine.get(directive.line) ?? []), directive.rules])
  const off = (line: number, ruleId: string) => byLine.get(line)?.some((rules) => rules === undefined || rules.has(ruleId)) ?? false
  return diagnostics.filter((d, i) => d.ruleId === 'parse-error' || !(off(d.start.line, d.ruleId) || off(startLines[i]!, d.ruleId)))
}

/** The default name of the suppressions file, in the working folder. */
export const suppressionsFileName = 'replylint-suppressions.json'

const suppressionsSchema = z.record(z.string(), z.record(z.string(), z.strictObject({ count: z.number().int().positive() })))

/** Suppressed error counts: file (relative, with `/`) → rule id → count. */
type Counts = Record<string, Record<string, { count: number }>>

/** The suppressions file: read once, applied to each file, written back when asked. */
export class Suppressions {
  private readonly counts: Counts
  /** Errors of the files linted in this run, by file and rule. */
  private readonly seen = new Map<string, Map<string, number>>()

  /**
   * @param file The suppressions file (absolute).
   * @param cwd The folder file names in it are relative to.
   * @param suppressing `all` (`--suppress-all`) or the rules of `--suppress-rule`: errors to add to the file as they are found.
   * @throws {ConfigError} When the file exists but is not a valid suppressions file.
   */
  constructor(
    readonly file: string,
    private readonly cwd: string,
    private readonly suppressing?: 'all' | ReadonlySet<string>,
  ) {
    let text: string | undefined
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError(`${path.relative(cwd, file)}: cannot read it (${reason(error)})`)
    }
    if (text === undefined) {
      this.counts = {}
      return
    }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (error) {
      throw new ConfigError(`${path.relative(cwd, file)}: invalid JSON: ${(error as Error).message}`)
    }
    const parsed = suppressionsSchema.safeParse(raw)
    if (!parsed.success) throw new ConfigError(`${path.relative(cwd, file)}: not a suppressions file: ${parsed.error.issues[0]!.message}`)
    this.counts = parsed.data
  }

  private key(file: string): string {
    return path.relative(this.cwd, file).split(path.sep).join('/')
  }

  /**
   * A file's diagnostics without its suppressed errors: the errors of a rule
   * are all dropped while there are no more of them than the file's count,
   * and all reported once there are more.
   */
  apply(file: string, diagnostics: Diagnostic[]): Diagnostic[] {
    const key = this.key(file)
    const errors = new Map<string, number>()
    for (const d of diagnostics) if (d.severity === 'error' && d.ruleId !== 'parse-error') errors.set(d.ruleId, (errors.get(d.ruleId) ?? 0) + 1)
    this.seen.set(key, errors)
    if (this.suppressing) {
      for (const [rule, count] of errors) {
        if (this.suppressing !== 'all' && !this.suppressing.has(rule)) continue
        const entry = (this.counts[key] ??= {})
        entry[rule] = { count: Math.max(count, entry[rule]?.count ?? 0) }
      }
    }
    const allowed = this.counts[key]
    if (!allowed) return diagnostics
    return diagnostics.filter((d) => !(d.severity === 'error' && (errors.get(d.ruleId) ?? 0) <= (allowed[d.ruleId]?.count ?? 0)))
  }

  /** Lower the counts of the files linted in this run to the errors they still have. */
  prune(): void {
    for (const [key, errors] of this.seen) {
      const entry = this.counts[key]
      if (!entry) continue
      for (const rule of Object.keys(entry)) {
        const count = Math.min(entry[rule]!.count, errors.get(rule) ?? 0)
        if (count > 0) entry[rule] = { count }
        else delete entry[rule]
      }
      if (Object.keys(entry).length === 0) delete this.counts[key]
    }
  }

  /** Counts of files linted in this run that are higher than their errors: what `--prune-suppressions` would lower. */
  unused(): number {
    let unused = 0
    for (const [key, errors] of this.seen) for (const [rule, { count }] of Object.entries(this.counts[key] ?? {})) if ((errors.get(rule) ?? 0) < count) unused++
    return unused
  }

  /**
   * Write the file, sorted by file and rule.
   *
   * @throws {ConfigError} When it cannot be written.
   */
  save(): void {
    const sorted: Counts = {}
    for (const key of Object.keys(this.counts).sort()) {
      sorted[key] = {}
      for (const rule of Object.keys(this.counts[key]!).sort()) sorted[key][rule] = this.counts[key]![rule]!
    }
    try {
      fs.writeFileSync(this.file, JSON.stringify(sorted, null, 2) + '\n')
    } catch (error) {
      throw new ConfigError(`${path.relative(this.cwd, this.file)}: cannot write it (${reason(error)})`)
    }
  }
}
