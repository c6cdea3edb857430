/**
 * Which settings a document is linted with: the configuration files the
 * command line would find for it (nearest file, overrides, `ignores`,
 * `.replylintignore`), and the editor's own settings.
 */
import path from 'node:path'
import * as z from 'zod'
import { type Config, ConfigError, ConfigFinder, type FileSettings, customRulesOf, settingsFor } from '../cli/config.js'
import { type ExtractOptions, type Format, formatOf } from '../cli/extract/index.js'
import { IgnoreFiles } from '../cli/glob.js'
import { isLibrary } from '../cli/inputs.js'
import { type LinterSpec, TaskRunner } from '../cli/lint.js'

const clientSchema = {
  /** Language of the messages; wins over the configuration's (it is the reader's language). */
  locale: z.enum(['zh-CN', 'zh-TW', 'en']),
  /** The preset, when no configuration file sets one. */
  preset: z.enum(['recommended', 'strict', 'all']),
  /** The shop's marketplace, when no configuration file sets one. */
  platform: z.string().min(1),
}

/** Settings from the editor (`initializationOptions`, `workspace/configuration` section `replylint`). */
export type ClientSettings = { -readonly [K in keyof typeof clientSchema]?: z.output<(typeof clientSchema)[K]> }

/**
 * Read the editor's settings, given flat (`{locale}`) or under `replylint`
 * (`{replylint: {locale}}`, as editors that send one table for both
 * initialization and configuration do): each valid one is kept, each invalid
 * one is named in `problems` and ignored (a typo in one setting does not stop
 * the others). Unknown keys are ignored, as editors send their own.
 */
export function parseClientSettings(raw: unknown): { settings: ClientSettings; problems: string[] } {
  const settings: ClientSettings = {}
  const problems: string[] = []
  if (raw === null || raw === undefined) return { settings, problems }
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems: ['replylint settings must be an object'] }
  const nested = (raw as { replylint?: unknown }).replylint
  if (typeof nested === 'object' && nested !== null && !Array.isArray(nested)) raw = nested
  for (const key of Object.keys(clientSchema) as Array<keyof typeof clientSchema>) {
    const value = (raw as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    const parsed = clientSchema[key].safeParse(value)
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data
    else problems.push(`replylint.${key}: ${parsed.error.issues[0]!.message}`)
  }
  return { settings, problems }
}

/** The editor's language ids of library formats, for unsaved documents. */
const byLanguage: Readonly<Record<string, Format>> = {
  plaintext: 'txt',
  markdown: 'md',
  json: 'json',
  jsonc: 'json',
  jsonl: 'jsonl',
  yaml: 'yaml',
  csv: 'csv',
}

/** How a document is linted, or why it is not. */
export type Plan =
  | { readonly kind: 'skip' }
  | { readonly kind: 'config-error'; readonly message: string }
  | {
      readonly kind: 'lint'
      readonly format: Format
      readonly extractOptions: ExtractOptions
      /** What the linter is built from (for worker threads, which build their own). */
      readonly spec: LinterSpec
      readonly runner: TaskRunner
      /** Identifies the linter (its spec). */
      readonly linterKey: string
    }

/** Configuration files and editor settings, read once and forgotten when they change. */
export class Workspace {
  private finder = new ConfigFinder()
  private ignoreFiles = new IgnoreFiles()
  private readonly runners = new Map<string, TaskRunner>()
  private client: ClientSettings = {}

  /** @param cwd Where configuration is looked for when a document has no file (the first workspace folder). */
  constructor(private cwd: string) {}

  /** Set the folder of documents without a file. */
  setRoot(folder: string): void {
    this.cwd = folder
  }

  /** Set the editor's settings. */
  setClientSettings(settings: ClientSettings): void {
    this.client = settings
    this.runners.clear()
  }

  /** Forget every configuration read (one changed on disk). */
  reset(): void {
    this.finder = new ConfigFinder()
    this.ignoreFiles = new IgnoreFiles()
    this.runners.clear()
  }

  /**
   * How to lint a document.
   *
   * @param file Its path, when it is a file.
   * @param languageId The editor's language, for documents the extension does not name.
   */
  plan(file: string | undefined, languageId: string): Plan {
    // A file is read by its extension, as the command line reads a folder; an unsaved one by its language.
    const format = file ? (isLibrary(file) ? formatOf(file) : undefined) : byLanguage[languageId]
    if (!format) return { kind: 'skip' }
    try {
      const chain: readonly Config[] = this.finder.find(file ? path.dirname(file) : this.cwd)
      if (file && (this.ignoreFiles.ignores(file) || chain.some((config) => config.ignores?.matches(file)))) return { kind: 'skip' }
      const settings: FileSettings = settingsFor(chain, file)
      const spec: LinterSpec = {
        preset: settings.preset ?? this.client.preset,
        rules: settings.rules,
        locale: this.client.locale ?? settings.locale,
        lang: settings.lang,
        platform: settings.platform ?? this.client.platform,
        customRules: customRulesOf(chain),
        configFile: chain.length ? path.relative(this.cwd, chain.at(-1)!.file) : undefined,
      }
      const linterKey = JSON.stringify(spec)
      let runner = this.runners.get(linterKey)
      if (!runner) {
        runner = new TaskRunner([spec])
        // Built now, so that an unknown rule or a bad custom rule is a configuration error here.
        runner.prepare(0)
        this.runners.set(linterKey, runner)
      }
      const extractOptions = { fields: settings.fields, paragraphs: settings.paragraphs, conversation: settings.conversation }
      return { kind: 'lint', format, extractOptions, spec, runner, linterKey }
    } catch (error) {
      if (error instanceof ConfigError) return { kind: 'config-error', message: error.message }
      throw error
    }
  }
}
