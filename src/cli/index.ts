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
import { LineIndex } from '../parse.js'
import type { Diagnostic, Turn } from '../types.js'
import { UsageError, help, parseArguments } from './args.js'
import { type Config, ConfigError, ConfigFinder, type FileSettings, customRulesOf, loadConfig, settingsFor } from './config.js'
import { type Format, extract, formatOf } from './extract/index.js'
import type { Extraction, Problem, Unit } from './extract/types.js'
import { type Edit, applyEdits, segmentEdits, unifiedDiff } from './fix.js'
import { IgnoreFiles, PatternList } from './glob.js'
import { classify } from './inputs.js'
import { type LinterSpec, type Mode, type Task, type TaskResult, TaskRunner } from './lint.js'
import { Masker } from './mask.js'
import { Progress } from './progress.js'
import { type InputResult, json, style, stylish } from './report.js'
import { type RuleInfo, sarif } from './sarif.js'
import { type Segment, rawSegment } from './source-map.js'
import { runTasks, serveWorker, workerCount } from './workers.js'

/** One input: a library file, standard input, or a reply given as an argument. */
interface Input {
  /** As reported: a path relative to the working folder, `<stdin>` or `<argument N>`. */
  readonly name: string
  /** The file on disk, for configuration, ignores and `--fix`. */
  readonly file?: string | undefined
  /** Its text, without a byte order mark. */
  source: string
  readonly bom: boolean
  /** `reply`: the whole text is one reply. */
  readonly format: Format | 'reply'
  readonly spec: number
  readonly settings: FileSettings
}

/** An input read: its replies and the tasks that lint them. */
interface Prepared {
  readonly input: Input
  readonly extraction: Extraction
  /** Index of the input's first task. */
  readonly firstTask: number
}

const byteOrderMark = '\ufeff'

/** The replies and conversations of an input. */
function extractInput(input: Input): Extraction {
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
  if (diagnostic.fix) {
    const [a, b] = diagnostic.fix.range
    const edits = segmentEdits(segment, segment.text.slice(0, a) + diagnostic.fix.text + segment.text.slice(b))
    if (edits?.length === 1) placed.fix = { range: [edits[0]!.from, edits[0]!.to], text: masker.text(edits[0]!.text) }
  }
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

/** An input's diagnostics, in its file and in order. */
function diagnosticsOf(prepared: Prepared, results: readonly TaskResult[]): Diagnostic[] {
  const { input, extraction, firstTask } = prepared
  const lines = new LineIndex(input.source)
  const out = extraction.problems.map((problem) => problemDiagnostic(problem, input.source, lines))
  extraction.units.forEach((unit, index) => {
    const result = results[firstTask + index]!
    const placeAll = (diagnostics: readonly Diagnostic[], segment: Segment) => {
      if (diagnostics.length === 0) return
      const masker = new Masker(segment.text)
      for (const diagnostic of diagnostics) out.push(place(diagnostic, segment, lines, masker))
    }
    if ('diagnostics' in result && unit.kind === 'reply') placeAll(result.diagnostics, unit.segment)
    else if ('turns' in result && unit.kind === 'conversation') for (const { turn, diagnostics } of result.turns) placeAll(diagnostics, unit.turns[turn]!.segment)
  })
  return out.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
}

/** The edits that fix a prepared file, or `undefined` when the fixed file would not read back as fixed. */
function fileEdits(prepared: Prepared, results: readonly TaskResult[]): Edit[] | undefined {
  const edits: Edit[] = []
  const expected: string[] = []
  prepared.extraction.units.forEach((unit, index) => {
    const result = results[prepared.firstTask + index]!
    const fixed = 'fixed' in result ? result.fixed : []
    segments(unit).forEach((segment, turn) => {
      const text = fixed[turn]
      const change = text === undefined ? [] : segmentEdits(segment, text)
      edits.push(...(change ?? []))
      expected.push(change && text !== undefined ? text : segment.text)
    })
  })
  if (edits.length === 0) return edits
  const after = extractInput({ ...prepared.input, source: applyEdits(prepared.input.source, edits) })
  const actual = after.units.flatMap(segments).map((segment) => segment.text)
  const same = after.problems.length === prepared.extraction.problems.length && actual.length === expected.length && actual.every((text, i) => text === expected[i])
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
  const explicit = args.config === undefined ? undefined : loadConfig(path.resolve(cwd, args.config))
  if (args.config !== undefined && !explicit) throw new ConfigError(`${args.config}: no \`replylint\` field`)
  const finder = new ConfigFinder()
  const configFor = (file: string | undefined): readonly Config[] => (explicit ? [explicit] : finder.find(file ? path.dirname(file) : cwd))
  const ignoreFiles = new IgnoreFiles()
  const ignorePatterns = new PatternList(cwd, args.ignorePatterns)
  const ignored = (file: string) =>
    args.ignore && (ignorePatterns.matches(file) || ignoreFiles.ignores(file) || configFor(file).some((config) => config.ignores?.matches(file)))

  const specs: LinterSpec[] = []
  const specIndex = new Map<string, number>()
  const input = (name: string, file: string | undefined, text: string, format: Input['format']): Input => {
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
    const bom = text.startsWith(byteOrderMark)
    return { name, file, source: bom ? text.slice(1) : text, bom, format, spec: index, settings }
  }

  const { files, replies, unmatched } = classify(args.positionals, cwd)
  for (const arg of unmatched) process.stderr.write(`replylint: no file matches \`${arg}\`; linting it as a reply\n`)
  const inputs: Input[] = []
  for (const file of files) {
    if (ignored(file)) continue
    inputs.push(input(path.relative(cwd, file) || file, file, fs.readFileSync(file, 'utf8'), formatOf(file) ?? 'txt'))
  }
  replies.forEach((text, index) => inputs.push(input(`<argument ${index + 1}>`, undefined, text, 'reply')))
  if (args.positionals.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('No reply given: pass files, globs or replies as arguments, or a reply on standard input (see --help)')
    const named = args.stdinFilename === undefined ? undefined : path.resolve(cwd, args.stdinFilename)
    let text = fs.readFileSync(0, 'utf8')
    if (!named) text = text.replace(/\r?\n$/, '')
    inputs.push(input('<stdin>', named, text, named ? (formatOf(named) ?? 'txt') : 'reply'))
  }
  // Every linter is built once here, so that a configuration error stops the run before any output.
  const runner = new TaskRunner(specs)
  specs.forEach((_, index) => runner.prepare(index))

  const script = new URL(import.meta.url)
  const run = async (mode: Mode): Promise<{ prepared: Prepared[]; results: TaskResult[] }> => {
    const tasks: Task[] = []
    const prepared = inputs.map((one): Prepared => {
      const extraction = extractInput(one)
      const firstTask = tasks.length
      for (const unit of extraction.units) tasks.push(taskOf(unit, one.spec))
      return { input: one, extraction, firstTask }
    })
    const progress = new Progress(process.stderr, tasks.length)
    const results = await runTasks(tasks, specs, mode, { workers: workerCount(tasks, args.workers), script, progress, runner })
    progress.finish()
    return { prepared, results }
  }

  if (args.fix || args.fixDryRun) {
    const { prepared, results } = await run('fix')
    for (const one of prepared) {
      const { input: fixing } = one
      if (fixing.format === 'reply') {
        const fixed = results[one.firstTask]!
        if ('fixed' in fixed) process.stdout.write(`${fixed.fixed[0]}\n`)
        continue
      }
      // Standard input, even read as a library with --stdin-filename, is printed fixed, like a reply.
      const toStdout = fixing.name === '<stdin>' && !args.fixDryRun
      const edits = fileEdits(one, results)
      if (!edits) process.stderr.write(`replylint: ${fixing.name}: fixes not applied: the file would not read back as fixed\n`)
      const fixed = applyEdits(fixing.source, edits ?? [])
      if (toStdout) process.stdout.write(fixed)
      else if (args.fixDryRun) process.stdout.write(unifiedDiff(fixing.name, fixing.source, edits ?? []))
      else if (edits?.length && fixing.file) fs.writeFileSync(fixing.file, (fixing.bom ? byteOrderMark : '') + fixed)
      fixing.source = fixed
    }
    const libraries = inputs.filter((one) => one.format !== 'reply' && one.name !== '<stdin>')
    if (libraries.length === 0) return 0
    inputs.splice(0, inputs.length, ...libraries)
  }

  const { prepared, results } = await run('lint')
  const all: InputResult[] = prepared.map((one) => ({
    file: one.input.name,
    ...(one.input.format === 'reply' && { text: new Masker(one.input.source).text(one.input.source) }),
    diagnostics: diagnosticsOf(one, results),
  }))
  const count = (severity: Diagnostic['severity']) => all.reduce((sum, result) => sum + result.diagnostics.filter((d) => d.severity === severity).length, 0)
  const errors = count('error')
  const warnings = count('warning')
  const shown = args.quiet ? all.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') })) : all
  if (!args.fixDryRun) {
    const color = args.outputFile ? false : (args.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR))
    const report =
      args.format === 'json' ? json(shown) : args.format === 'sarif' ? sarif(shown, ruleInfo(specs), { version: packageJson.version, cwd }) : stylish(shown, style(color))
    if (args.outputFile) fs.writeFileSync(path.resolve(cwd, args.outputFile), report)
    else process.stdout.write(report)
  }
  const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings
  if (tooManyWarnings) process.stderr.write(`replylint: too many warnings (${warnings}; the maximum is ${args.maxWarnings})\n`)
  return errors > 0 || tooManyWarnings ? 1 : 0
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
