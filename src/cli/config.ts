/**
 * Configuration files: found upward from each library file, or named with
 * `--config`; validated with zod, so that a mistake is reported with the
 * file, the key and what was expected.
 *
 * Configurations cascade like `.editorconfig`: the ones above a file apply
 * first and nearer ones on top, up to one that says `root: true`, so that a
 * folder can turn off one of the shop's custom rules without repeating them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import * as z from 'zod'
import { customRulesSchema } from '../custom-rules.js'
import { formatPath } from '../errors.js'
import type { Locale, PresetName } from '../types.js'
import { FilePatterns, PatternList } from './glob.js'

/** The file names a configuration may have, in the order they are looked for in a folder. */
export const configNames = ['replylint.config.json', '.replylintrc', '.replylintrc.json', '.replylintrc.yaml', '.replylintrc.yml', 'package.json'] as const

const name = z.string().min(1)
const names = z.union([name, z.array(name).min(1)])

const settings = {
  /** The preset the rules start from. */
  preset: z.enum(['recommended', 'strict', 'all']).optional(),
  /** Rule settings on top of the preset (checked when the linter is built). */
  rules: z.record(z.string(), z.unknown()).optional(),
  /** Language of the messages. */
  locale: z.enum(['zh-CN', 'zh-TW', 'en']).optional(),
  /** Language of the replies. */
  lang: z.enum(['auto', 'zh', 'en']).optional(),
  /** The shop's own marketplace. */
  platform: name.optional(),
  /** JSON/YAML field or CSV column (or several, first found wins) that holds the replies. */
  field: names.optional(),
  /** `.txt`: a reply per paragraph rather than per line. */
  paragraphs: z.boolean().optional(),
  /** Conversations in JSON/YAML: `true` requires them, `false` never looks for them. */
  conversation: z.boolean().optional(),
}

const overrideSchema = z.strictObject({
  /** Patterns of the files it applies to, relative to the configuration. */
  files: names,
  ...settings,
})

/** The schema of a configuration file. */
const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Stop looking for configurations in the folders above. */
  root: z.boolean().optional(),
  ...settings,
  /** Patterns of files not to lint, relative to the configuration. */
  ignores: z.array(name).optional(),
  /** Settings for some files only, applied in order after the top-level ones. */
  overrides: z.array(overrideSchema).optional(),
  /** The shop's own rules, by name (ids `custom-<name>`). */
  customRules: z.optional(customRulesSchema),
})

/** A configuration file's contents, validated. */
export type ConfigData = z.output<typeof configSchema>

/** Settings for one file once the configuration, its overrides and the command line are merged. */
export interface FileSettings {
  readonly preset?: PresetName | undefined
  readonly rules?: Readonly<Record<string, unknown>> | undefined
  readonly locale?: Locale | undefined
  readonly lang?: 'auto' | 'zh' | 'en' | undefined
  readonly platform?: string | undefined
  readonly fields?: readonly string[] | undefined
  readonly paragraphs?: boolean | undefined
  readonly conversation?: boolean | undefined
}

/** A configuration error: exit status 2. */
export class ConfigError extends Error {}

/** A configuration file, loaded. */
export interface Config {
  /** Its path. */
  readonly file: string
  readonly data: ConfigData
  readonly ignores: PatternList | undefined
  readonly overrides: ReadonlyArray<{ readonly files: FilePatterns; readonly settings: ConfigData }>
}

function describe(file: string): string {
  return path.relative(process.cwd(), file) || file
}

/** Read and validate a configuration file (`package.json`: its `replylint` field, if it has one). */
export function loadConfig(file: string): Config | undefined {
  const where = describe(file)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`${where}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  let raw: unknown
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new ConfigError(`${where}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`)
  }
  if (path.basename(file) === 'package.json') {
    if (typeof raw !== 'object' || raw === null || !('replylint' in raw)) return undefined
    raw = (raw as { replylint: unknown }).replylint
  }
  const parsed = configSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const key = formatPath(issue.path)
    throw new ConfigError(`${where}: ${key ? `\`${key}\`: ` : ''}${issue.message}`)
  }
  const base = path.dirname(file)
  const data = parsed.data
  return {
    file,
    data,
    ignores: data.ignores ? new PatternList(base, data.ignores) : undefined,
    overrides: (data.overrides ?? []).map(({ files, ...settings }) => ({
      files: new FilePatterns(base, typeof files === 'string' ? [files] : files),
      settings,
    })),
  }
}

/** Finds the configurations that apply in each folder, reading each file once. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, readonly Config[]>()

  /** The configurations for files in `folder`, outermost first. */
  find(folder: string): readonly Config[] {
    const cached = this.byFolder.get(folder)
    if (cached) return cached
    let own: Config | undefined
    for (const candidate of configNames) {
      const file = path.join(folder, candidate)
      if (fs.existsSync(file)) {
        own = loadConfig(file)
        if (own) break
      }
    }
    const parent = path.dirname(folder)
    const above = own?.data.root || parent === folder ? [] : this.find(parent)
    const chain = own ? [...above, own] : above
    this.byFolder.set(folder, chain)
    return chain
  }
}

/** The custom rules of a chain of configurations, nearer ones replacing those of the same name. */
export function customRulesOf(chain: readonly Config[]): Record<string, unknown> | undefined {
  const merged: Record<string, unknown> = {}
  for (const config of chain) Object.assign(merged, config.data.customRules)
  return Object.keys(merged).length ? merged : undefined
}

/** The settings of a chain of configurations and of their overrides that match `file`, merged in order. */
export function settingsFor(chain: readonly Config[], file: string | undefined): FileSettings {
  const layers: ConfigData[] = []
  for (const config of chain) {
    layers.push(config.data)
    if (file) for (const override of config.overrides) if (override.files.matches(file)) layers.push(override.settings)
  }
  let merged: FileSettings = {}
  for (const layer of layers) {
    merged = {
      preset: layer.preset ?? merged.preset,
      rules: layer.rules ? { ...merged.rules, ...layer.rules } : merged.rules,
      locale: layer.locale ?? merged.locale,
      lang: layer.lang ?? merged.lang,
      platform: layer.platform ?? merged.platform,
      fields: layer.field === undefined ? merged.fields : typeof layer.field === 'string' ? [layer.field] : layer.field,
      paragraphs: layer.paragraphs ?? merged.paragraphs,
      conversation: layer.conversation ?? merged.conversation,
    }
  }
  return merged
}
