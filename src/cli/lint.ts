/**
 * Lint tasks: the unit of work the main thread and the worker threads share.
 * Everything in a task is plain data, so a task can cross to a worker; each
 * thread builds its linters from the same specs.
 */
import { compileCustomRules } from '../custom-rules.js'
import { ReplylintError } from '../errors.js'
import { createLinter } from '../linter.js'
import type { Diagnostic, FixResult, LintOptions, Linter, Turn, TurnResult } from '../types.js'
import { ConfigError, type FileSettings } from './config.js'
import { type Edit, replyEdits } from './fix.js'

/** What a linter is built from: a configuration file's settings merged with the command line. */
export interface LinterSpec extends Pick<FileSettings, 'preset' | 'rules' | 'locale' | 'lang' | 'platform'> {
  /** The configuration's `customRules`, compiled in each thread. */
  readonly customRules?: unknown
  /** The configuration file, to name in errors. */
  readonly configFile?: string | undefined
}

/** One reply, or one conversation, to lint or fix with the linter of `spec`. */
export type Task =
  | { readonly spec: number; readonly kind: 'reply'; readonly text: string; readonly history?: readonly Turn[] | undefined }
  | { readonly spec: number; readonly kind: 'conversation'; readonly turns: readonly Turn[] }

/** Whether tasks are linted or fixed. */
export type Mode = 'lint' | 'fix'

/** What a task gives: diagnostics of a reply, of each agent turn, or the fixed texts. */
export type TaskResult =
  | { readonly diagnostics: Diagnostic[] }
  | { readonly turns: TurnResult[] }
  | { readonly fixed: ReadonlyArray<FixedText | undefined> }

/** A reply fixed: its new text and the edits (in the old text's offsets) that make it. */
export interface FixedText {
  readonly text: string
  readonly edits: readonly Edit[]
}

function fixed(text: string, result: FixResult): FixedText {
  return { text: result.text, edits: replyEdits(text, result) }
}

/**
 * Build the linter of a spec.
 *
 * @throws {ConfigError} For unknown rules or invalid options, naming the configuration file.
 */
export function buildLinter(spec: LinterSpec): Linter {
  try {
    return createLinter({
      preset: spec.preset,
      rules: spec.rules as LintOptions['rules'],
      locale: spec.locale,
      lang: spec.lang,
      plugins: spec.customRules === undefined ? [] : compileCustomRules(spec.customRules),
    })
  } catch (error) {
    if (error instanceof ReplylintError) throw new ConfigError(spec.configFile ? `${spec.configFile}: ${error.message}` : error.message)
    throw error
  }
}

/** Runs tasks with linters built once per spec. */
export class TaskRunner {
  private readonly linters: Array<Linter | undefined> = []
  /** Options of replies without history, one object per spec: a linter checks each new options object it is given. */
  private readonly options: Array<LintOptions | undefined> = []

  constructor(private readonly specs: readonly LinterSpec[]) {}

  /** The linter of a spec, built on first use. */
  prepare(index: number): Linter {
    return (this.linters[index] ??= buildLinter(this.specs[index]!))
  }

  /** Lint or fix one task. */
  run(task: Task, mode: Mode): TaskResult {
    const linter = this.prepare(task.spec)
    const platform = this.specs[task.spec]!.platform
    const base = platform === undefined ? {} : { platform }
    if (task.kind === 'conversation') {
      if (mode === 'lint') return { turns: linter.lintConversation(task.turns, { context: base }) }
      return {
        fixed: task.turns.map((turn, index) =>
          turn.role === 'agent' ? fixed(turn.text, linter.fix(turn.text, { context: { ...base, history: task.turns.slice(0, index) } })) : undefined,
        ),
      }
    }
    const options: LintOptions = task.history ? { context: { ...base, history: [...task.history] } } : (this.options[task.spec] ??= { context: base })
    return mode === 'lint' ? { diagnostics: linter.lint(task.text, options).diagnostics } : { fixed: [fixed(task.text, linter.fix(task.text, options))] }
  }
}
