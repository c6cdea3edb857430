#!/usr/bin/env node
/**
 * `replylint`: lint canned-reply libraries (and single replies) from the
 * command line, with positions in the original files.
 *
 * The same script is the worker of large runs: started as a worker thread,
 * it lints the tasks it is given instead of reading the command line.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isMainThread } from 'node:worker_threads'
import { rules as builtIn } from '../../rules/index.js'
import packageJson from '../../package.json' with { type: 'json' }
import { compileCustomRules } from '../custom-rules.js'
import { ReplylintError } from '../errors.js'
import { maskIdentifiers } from '../language/identifiers.js'
import { LineIndex } from '../parse.js'
import type { Diagnostic, Turn } from '../types.js'
import { UsageError, help, parseArguments } from './args.js'
import { type Config, ConfigError, ConfigFinder, type FileSettings, customRulesOf, loadConfig, settingsFor } from './config.js'
import { type Format, extract, formatOf } from './extract/index.js'
import type { Extraction, Problem, Unit } from './extract/types.js'
import { type Edit, applyEdits, diagnosticEdit, segmentEdits, unifiedDiff } from './fix.js'
import { IgnoreFiles, PatternList } from './glob.js'
import { classify } from './inputs.js'
import { type LinterSpec, type Mode, type Task, type TaskResult, TaskRunner } from './lint.js'
import { Masker } from './mask.js'
import { Progress } from './progress.js'
import { FileError, type FileEncoding, type Piece, decode, pieces, readFile, reason, writeFile } from './read.js'
import { type Reporter, type Sink, json, style, stylish } from './report.js'
import { type RuleInfo, sarif } from './sarif.js'
import { type Segment, rawSegment } from './source-map.js'
import { type Directive, Suppressions, applyDirectives } from './suppress.js'
import { runTasks, serveWorker, workerCount } from './workers.js'

/** What an argument or option names, before it is read. */
type Source =
  | { readonly kind: 'file'; readonly file: string; readonly name: string }
  | { readonly kind: 'text'; readonly text: string; readonly name: string }
  | { readonly kind: 'stdin'; readonly file: string | undefined; readonly name: '<stdin>' }

/** One input: a library file, standard input, or a reply given as an argument. */
interface Input {
  /** As reported: a path relative to the working folder, `<stdin>` or `<argument N>`. */
  readonly name: string
  /** The file on disk, for configuration, ignores, suppressions and `--fix`. */
  readonly file?: string | undefined
  /** Its text, without a byte order mark. */
  source: string
  /** How it is saved, to write it back the same way. */
  readonly encoding: FileEncoding
  /** `reply`: the whole text is one reply. */
  readonly format: Format | 'reply'
  readonly spec: number
  readonly settings: FileSettings
}

/** An input read: its replies and their results. */
interface Prepared {
  readonly input: Input
  readonly extraction: Extraction
  readonly results: readonly TaskResult[]
}

const utf8: FileEncoding = { name: 'utf8', bom: false }

/** The replies and conversations of an input. */
function extractInput(input: Pick<Input, 'source' | 'format' | 'settings'>): Extraction {
  if (input.format === 'reply') return { units: [{ kind: 'reply', segment: rawSegment(0, input.source) }], problems: [] }
  const { settings } = input
  return extract(input.source, input.format, { fields: settings.fields, paragraphs: settings.paragraphs, conversation: settings.conversation })
}

/** The task that lints a unit with the linter of `spec`. */
function taskOf(unit: Unit, spec: number): Task {
  if (unit.kind === 'reply') return { spec, kind: 'reply', text: unit.segment.text, history: unit.history }
  return {
    spec,
    kind: 'conversation',
    turns: unit.turns.map((turn): Turn => ({ role: turn.role, text: turn.segment.text, ...(turn.time !== undefined && { time: turn.time }) })),
  }
}

/** The texts of a unit that a fix may change, in order. */
function segments(unit: Unit): Segment[] {
  return unit.kind === 'reply' ? [unit.segment] : unit.turns.map((turn) => turn.segment)
}

/** Put a diagnostic of a reply into its file: positions, and a fix in the file's notation; masked. */
function place(diagnostic: Diagnostic, segment: Segment, lines: LineIndex, masker: Masker): Diagnostic {
  const masked = masker.diagnostic(diagnostic)
  const { start, end } = diagnostic
  const from = segment.coarse ? segment.range[0] : segment.map.start(start.offset)
  const to = segment.coarse ? segment.range[1] : end.offset > start.offset ? segment.map.end(end.offset) : from
  const placed: Diagnostic = { ...masked, start: lines.point(from), end: lines.point(to) }
  delete placed.fix
  const edit = diagnosticEdit(segment, diagnostic)
  if (edit) placed.fix = { range: [edit.from, edit.to], text: masker.text(edit.text) }
  return placed
}

/** A part of a file that could not be read, as an error-level diagnostic. */
function problemDiagnostic(problem: Problem, source: string, lines: LineIndex): Diagnostic {
  const written = source.slice(problem.start, problem.end)
  return {
    ruleId: 'parse-error',
    severity: 'error',
    message: problem.message,
    start: lines.point(problem.start),
    end: lines.point(problem.end),
    actual: new Masker(written).text(written),
    expected: [],
  }
}

const byPlace = (a: Diagnostic, b: Diagnostic) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)

/**
 * Diagnostics of some of an input's units, and of its problems, in the
 * file and in order, without those its disable comments turn off.
 *
 * @param units The units, from `first`, with their results.
 */
function diagnosticsOf(
  input: Input,
  lines: LineIndex,
  problems: readonly Problem[],
  units: readonly Unit[],
  results: readonly TaskResult[],
  directives: Extraction['directives'],
): Diagnostic[] {
  const out: Diagnostic[] = []
  const startLines: number[] = []
  for (const problem of problems) {
    out.push(problemDiagnostic(problem, input.source, lines))
    startLines.push(0)
  }
  units.forEach((unit, index) => {
    const result = results[index]!
    const placeAll = (diagnostics: readonly Diagnostic[], segment: Segment) => {
      if (diagnostics.length === 0) return
      const masker = new Masker(segment.text)
      const startLine = lines.point(segment.range[0]).line
      for (const diagnostic of diagnostics) {
        out.push(place(diagnostic, segment, lines, masker))
        startLines.push(startLine)
      }
    }
    if ('diagnostics' in result && unit.kind === 'reply') placeAll(result.diagnostics, unit.segment)
    else if ('turns' in result && unit.kind === 'conversation') for (const { turn, diagnostics } of result.turns) placeAll(diagnostics, unit.turns[turn]!.segment)
  })
  return applyDirectives(out, startLines, directives ?? []).sort(byPlace)
}

/** Where a unit starts in its file. */
function unitStart(unit: Unit): number {
  return unit.kind === 'reply' ? unit.segment.range[0] : (unit.turns[0]?.segment.range[0] ?? 0)
}

/**
 * Replies linted and reported at a time. Units come in the order of the
 * file and never overlap, so a share's diagnostics all come before the
 * next share's: the report can be written as it goes, and memory holds one
 * share's results, not a whole library's.
 */
const shareSize = 2000

/** Files from this size on (in bytes) are read a piece at a time when their format allows. */
const streamFrom = 8 * 1024 * 1024

/** A diagnostic of a piece of a file, placed in the whole file. */
function moved(d: Diagnostic, piece: Piece): Diagnostic {
  const point = (p: Diagnostic['start']) => ({ line: p.line + piece.line - 1, column: p.column, offset: p.offset + piece.offset })
  const out: Diagnostic = { ...d, start: point(d.start), end: point(d.end) }
  if (d.fix) out.fix = { range: [d.fix.range[0] + piece.offset, d.fix.range[1] + piece.offset], text: d.fix.text }
  return out
}

/** The edits that fix a prepared file, or `undefined` when the fixed file would not read back as fixed. */
function fileEdits({ input, extraction, results }: Prepared): Edit[] | undefined {
  const edits: Edit[] = []
  const expected: string[] = []
  extraction.units.forEach((unit, index) => {
    const result = results[index]!
    const fixed = 'fixed' in result ? result.fixed : []
    segments(unit).forEach((segment, turn) => {
      const one = fixed[turn]
      const change = one === undefined ? [] : segmentEdits(segment, one.edits, () => one.text)
      for (const edit of change ?? []) edits.push(edit)
      expected.push(change && one !== undefined ? one.text : segment.text)
    })
  })
  if (edits.length === 0) return edits
  const after = extractInput({ ...input, source: applyEdits(input.source, edits) })
  const actual = after.units.flatMap(segments).map((segment) => segment.text)
  const same = after.problems.length === extraction.problems.length && actual.length === expected.length && actual.every((text, i) => text === expected[i])
  return same ? edits : undefined
}

/** Rule descriptions for SARIF. */
function ruleInfo(specs: readonly LinterSpec[]): Map<string, RuleInfo> {
  const info = new Map<string, RuleInfo>([
    ['parse-error', { id: 'parse-error', description: 'A library file that cannot be read.', severity: 'error' }],
    ['internal-error', { id: 'internal-error', description: 'A rule that failed on a reply.', severity: 'error' }],
  ])
  const customs = specs.flatMap((spec) => (spec.customRules === undefined ? [] : compileCustomRules(spec.customRules)))
  for (const { meta } of [...builtIn, ...customs]) {
    info.set(meta.id, { id: meta.id, description: meta.description, url: meta.url, severity: meta.severity === 'error' ? 'error' : meta.severity === 'warn' ? 'warning' : 'info' })
  }
  return info
}

/** Collects writes into pieces of about 64 KB: one system call per piece, not per diagnostic. */
function buffered(write: (text: string) => void): { sink: Sink; flush: () => void } {
  let parts: string[] = []
  let size = 0
  const flush = () => {
    if (parts.length) write(parts.join(''))
    parts = []
    size = 0
  }
  return {
    sink: (text) => {
      parts.push(text)
      size += text.length
      if (size >= 65_536) flush()
    },
    flush,
  }
}

/** Where the report goes: the `-o` file, or standard output when there is none or it cannot be opened. */
function openReport(outputFile: string | undefined, cwd: string, fail: (message: string) => void): { write: (text: string) => void; close: () => void } {
  const stdout = { write: (text: string) => void process.stdout.write(text), close: () => {} }
  if (outputFile === undefined) return stdout
  let fd: number
  try {
    fd = fs.openSync(path.resolve(cwd, outputFile), 'w')
  } catch (error) {
    fail(`${outputFile}: cannot write the report (${reason(error)}); it follows on standard output`)
    return stdout
  }
  return { write: (text) => void fs.writeSync(fd, text), close: () => fs.closeSync(fd) }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArguments(argv)
  if (args.help) {
    process.stdout.write(help)
    return 0
  }
  if (args.version) {
    process.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  const cwd = process.cwd()
  // Problems with single files and arguments: one line each; the others are still linted, and the run exits 2.
  let failed = false
  const fail = (message: string) => {
    process.stderr.write(`replylint: ${maskIdentifiers(message)}\n`)
    failed = true
  }

  const explicit = args.config === undefined ? undefined : loadConfig(path.resolve(cwd, args.config))
  if (args.config !== undefined && !explicit) throw new ConfigError(`${args.config}: no \`replylint\` field`)
  const finder = new ConfigFinder()
  const configFor = (file: string | undefined): readonly Config[] => (explicit ? [explicit] : finder.find(file ? path.dirname(file) : cwd))
  const ignoreFiles = new IgnoreFiles(fail)
  const ignorePatterns = new PatternList(cwd, args.ignorePatterns)
  const ignored = (file: string) =>
    args.ignore && (ignorePatterns.matches(file) || ignoreFiles.ignores(file) || configFor(file).some((config) => config.ignores?.matches(file)))
  const suppressions =
    args.suppressAll || args.suppressRules.length || args.pruneSuppressions || fs.existsSync(path.resolve(cwd, args.suppressionsLocation))
      ? new Suppressions(
          path.resolve(cwd, args.suppressionsLocation),
          cwd,
          args.suppressAll ? 'all' : args.suppressRules.length ? new Set(args.suppressRules) : undefined,
        )
      : undefined

  // What to lint: files first, then replies, then standard input.
  const sources: Source[] = []
  const { files, replies, errors } = classify(args.positionals, cwd)
  for (const error of errors) fail(error)
  for (const file of files) if (!ignored(file)) sources.push({ kind: 'file', file, name: path.relative(cwd, file) || file })
  const texts = [...args.texts, ...replies]
  if (replies.length) process.stderr.write(`replylint: ${replies.length === 1 ? 'an argument that names no file is' : 'arguments that name no file are'} linted as ${replies.length === 1 ? 'a reply' : 'replies'}; pass replies with --text\n`)
  texts.forEach((text, index) => sources.push({ kind: 'text', text, name: `<argument ${index + 1}>` }))
  if (args.stdin || (args.positionals.length === 0 && args.texts.length === 0)) {
    if (process.stdin.isTTY && !args.stdin) throw new UsageError('No reply given: pass files, folders or globs, --text, or a reply on standard input (see --help)')
    sources.push({ kind: 'stdin', file: args.stdinFilename === undefined ? undefined : path.resolve(cwd, args.stdinFilename), name: '<stdin>' })
  }

  // Settings of each source; every linter is built here, so that a configuration error stops the run before any output.
  const specs: LinterSpec[] = []
  const specIndex = new Map<string, number>()
  const settingsOf = (file: string | undefined): { spec: number; settings: FileSettings } => {
    const chain = configFor(file)
    const fromConfig = settingsFor(chain, file)
    const settings: FileSettings = {
      preset: args.preset ?? fromConfig.preset,
      rules: { ...fromConfig.rules, ...args.rules },
      locale: args.locale ?? fromConfig.locale,
      lang: fromConfig.lang,
      platform: args.platform ?? fromConfig.platform,
      fields: args.fields ?? fromConfig.fields,
      paragraphs: args.paragraphs ?? fromConfig.paragraphs,
      conversation: args.conversation ?? fromConfig.conversation,
    }
    const spec: LinterSpec = {
      preset: settings.preset,
      rules: settings.rules,
      locale: settings.locale,
      lang: settings.lang,
      platform: settings.platform,
      customRules: customRulesOf(chain),
      configFile: chain.length ? path.relative(cwd, chain.at(-1)!.file) : undefined,
    }
    const key = JSON.stringify(spec)
    let index = specIndex.get(key)
    if (index === undefined) {
      index = specs.push(spec) - 1
      specIndex.set(key, index)
    }
    return { spec: index, settings }
  }
  const planned = sources.map((source) => ({ source, ...settingsOf(source.kind === 'text' ? undefined : source.file) }))
  const runner = new TaskRunner(specs)
  specs.forEach((_, index) => runner.prepare(index))

  /** Read a source; `undefined` (and a line on standard error) when it cannot be read. */
  const read = ({ source, spec, settings }: (typeof planned)[number]): Input | undefined => {
    try {
      if (source.kind === 'text') return { name: source.name, source: source.text, encoding: utf8, format: 'reply', spec, settings }
      if (source.kind === 'file') {
        const { text, encoding } = readFile(source.file, source.name)
        return { name: source.name, file: source.file, source: text, encoding, format: formatOf(source.file) ?? 'txt', spec, settings }
      }
      let bytes: Uint8Array
      try {
        bytes = fs.readFileSync(0)
      } catch (error) {
        throw new FileError('<stdin>', `cannot read it (${reason(error)})`)
      }
      const { text, encoding } = decode(bytes, '<stdin>')
      const format = source.file ? (formatOf(source.file) ?? 'txt') : 'reply'
      return { name: '<stdin>', file: source.file, source: format === 'reply' ? text.replace(/\r?\n$/, '') : text, encoding, format, spec, settings }
    } catch (error) {
      if (!(error instanceof FileError)) throw error
      fail(error.message)
      return undefined
    }
  }

  const script = new URL(import.meta.url)
  /** The replies of an input; a file nested too deep for its parser is one line and `undefined`. */
  const extractOrFail = (input: Input): Extraction | undefined => {
    try {
      return extractInput(input)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      fail(`${input.name}: cannot read it (${error.message})`)
      return undefined
    }
  }
  /** Lint or fix an input's replies. */
  const run = async (input: Input, mode: Mode): Promise<Prepared | undefined> => {
    const extraction = extractOrFail(input)
    if (!extraction) return undefined
    const tasks = extraction.units.map((unit) => taskOf(unit, input.spec))
    const progress = new Progress(process.stderr, tasks.length)
    const results = await runTasks(tasks, specs, mode, { workers: workerCount(tasks, args.workers), script, progress, runner })
    progress.finish()
    return { input, extraction, results }
  }

  let errorCount = 0
  let warningCount = 0
  /**
   * Lint an input (or a piece of one) and report its diagnostics (unless
   * `report` is false: then only count its errors), a share of replies at a
   * time. A piece's positions are moved to where it is in its file.
   */
  const lintShares = async (input: Input, report: boolean, piece?: Piece, carried: readonly Directive[] = []): Promise<Directive[]> => {
    const extraction = extractOrFail(input)
    if (!extraction) return []
    const { units } = extraction
    const directives = [...carried, ...(extraction.directives ?? [])]
    const problems = extraction.problems.slice().sort((a, b) => a.start - b.start)
    const tasks = units.map((unit) => taskOf(unit, input.spec))
    const workers = workerCount(tasks, args.workers)
    const suppressed = suppressions && input.file && input.name !== '<stdin>' ? { file: input.file, suppressions } : undefined
    // Bulk suppressions count a file's errors before reporting any; threads pay off on a whole file's replies.
    const share = suppressed || workers > 1 ? Math.max(1, tasks.length) : shareSize
    const lines = new LineIndex(input.source)
    const progress = new Progress(process.stderr, tasks.length)
    let nextProblem = 0
    for (let from = 0; from < tasks.length || from === 0; from += share) {
      const to = Math.min(tasks.length, from + share)
      const results = await runTasks(tasks.slice(from, to), specs, 'lint', {
        workers,
        script,
        progress: { update: (done: number) => progress.update(from + done) },
        runner,
      })
      // The problems before the next share's first reply belong with this share.
      const boundary = to < units.length ? unitStart(units[to]!) : Infinity
      const first = nextProblem
      while (nextProblem < problems.length && problems[nextProblem]!.start < boundary) nextProblem++
      let diagnostics = diagnosticsOf(input, lines, problems.slice(first, nextProblem), units.slice(from, to), results, directives)
      if (piece) diagnostics = diagnostics.map((d) => moved(d, piece))
      if (suppressed) diagnostics = suppressed.suppressions.apply(suppressed.file, diagnostics)
      for (const d of diagnostics) {
        if (d.severity === 'error') errorCount++
        else if (d.severity === 'warning') warningCount++
      }
      if (report) reporter.add(args.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics)
    }
    progress.finish()
    // A disable comment on a piece's last line is about the next piece's first line.
    const lineCount = lines.starts.length - (input.source.endsWith('\n') ? 1 : 0)
    return directives.filter((directive) => directive.line > lineCount).map((directive) => ({ ...directive, line: directive.line - lineCount }))
  }

  /** Lint and report a whole input. */
  const lintAndReport = async (input: Input, report: boolean): Promise<void> => {
    if (report) reporter.begin(input.name, input.format === 'reply' ? new Masker(input.source).text(input.source) : undefined)
    await lintShares(input, report)
    if (report) reporter.close()
  }

  /**
   * A large JSON Lines or `.txt` file (a reply per line), read a piece of
   * whole lines at a time, so that memory holds a piece, not the library;
   * `false` when it is no such file.
   */
  const lintPieces = async ({ source, spec, settings }: (typeof planned)[number]): Promise<boolean> => {
    if (source.kind !== 'file' || args.fix || args.fixDryRun || suppressions) return false
    const format = formatOf(source.file) ?? 'txt'
    if (format !== 'jsonl' && !(format === 'txt' && !settings.paragraphs)) return false
    let size: number
    try {
      size = fs.statSync(source.file).size
    } catch {
      return false
    }
    if (size < streamFrom) return false
    let parts: Iterable<Piece> | undefined
    try {
      parts = pieces(source.file, source.name)
      if (!parts) return false
      reporter.begin(source.name)
      let carried: Directive[] = []
      for (const piece of parts) carried = await lintShares({ name: source.name, file: source.file, source: piece.text, encoding: utf8, format, spec, settings }, true, piece, carried)
      reporter.close()
    } catch (error) {
      if (!(error instanceof FileError)) throw error
      fail(error.message)
      if (parts) reporter.close()
    }
    return true
  }

  const report = openReport(args.outputFile, cwd, fail)
  const { sink, flush } = buffered(report.write)
  const color = args.outputFile ? false : (args.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR))
  const reporter: Reporter =
    args.format === 'json' ? json(sink) : args.format === 'sarif' ? sarif(sink, ruleInfo(specs), { version: packageJson.version, cwd }) : stylish(sink, style(color))

  for (const plan of planned) {
    if (await lintPieces(plan)) continue
    const input = read(plan)
    if (!input) continue
    let printed = false
    if (args.fix || args.fixDryRun) {
      const fixing = await run(input, 'fix')
      if (!fixing) continue
      if (input.format === 'reply') {
        const [result] = fixing.results
        const one = result && 'fixed' in result ? result.fixed[0] : undefined
        const fixed = one?.text ?? input.source
        process.stdout.write(args.fixDryRun ? unifiedDiff(input.name, input.source, fixed) : `${fixed}\n`)
        input.source = fixed
        printed = true
      } else {
        const edits = fileEdits(fixing)
        if (!edits) process.stderr.write(`replylint: ${input.name}: fixes not applied: the file would not read back as fixed\n`)
        const fixed = applyEdits(input.source, edits ?? [])
        let failedWrite = false
        // Standard input, even read as a library with --stdin-filename, is printed fixed, like a reply.
        if (input.name === '<stdin>' && !args.fixDryRun) {
          process.stdout.write(fixed)
          printed = true
        } else if (args.fixDryRun) process.stdout.write(unifiedDiff(input.name, input.source, fixed))
        else if (edits?.length && input.file) {
          try {
            writeFile(input.file, input.name, fixed, input.encoding)
          } catch (error) {
            if (!(error instanceof FileError)) throw error
            fail(error.message)
            failedWrite = true
          }
        }
        // What is reported is what the file says now.
        if (!failedWrite) input.source = fixed
      }
    }
    // What was printed fixed is not reported: its errors still count.
    await lintAndReport(input, !printed && !args.fixDryRun)
  }
  if (!args.fixDryRun) reporter.end()
  flush()
  report.close()

  if (suppressions) {
    if (args.pruneSuppressions) suppressions.prune()
    if (args.suppressAll || args.suppressRules.length || args.pruneSuppressions) {
      try {
        suppressions.save()
      } catch (error) {
        fail((error as Error).message)
      }
    } else if (suppressions.unused()) {
      process.stderr.write(`replylint: ${path.relative(cwd, suppressions.file)}: some suppressed errors are gone; run with --prune-suppressions to update it\n`)
    }
  }
  const tooManyWarnings = args.maxWarnings !== undefined && warningCount > args.maxWarnings
  if (tooManyWarnings) process.stderr.write(`replylint: too many warnings (${warningCount}; the maximum is ${args.maxWarnings})\n`)
  if (failed) return 2
  return errorCount > 0 || tooManyWarnings ? 1 : 0
}

if (isMainThread) {
  // A reader that stops early (`replylint … | head`) is no error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      const known =
        error instanceof UsageError ||
        error instanceof ConfigError ||
        error instanceof ReplylintError ||
        (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      process.stderr.write(`replylint: ${error instanceof Error ? error.message : String(error)}\n`)
      if (!known && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
      process.exitCode = 2
    },
  )
} else {
  serveWorker()
}
