/**
 * The command's options and help.
 */
import { parseArgs } from 'node:util'
import type { Locale, PresetName, RuleSetting } from '../types.js'
import { suppressionsFileName } from './suppress.js'

/** The help text: what `replylint --help` prints. */
export const help = `Usage: replylint [options] [file, folder or glob ...]

Check customer-service replies before they are sent: canned-reply libraries
in CI, or single replies.

Arguments are library files, folders (the library files in them) and globs.
Replies are given with --text, or on standard input:

  replylint --text "亲，这个价格没办法再优惠了哦。"
  replylint replies/ "faq/**/*.yaml" quick-replies.csv

A path, folder or glob that names no library file is an error (exit 2), and
the other arguments are still linted. (An argument with white space or
Chinese punctuation that names no file is still linted as a reply, as before
--text, with a warning.) Without arguments, standard input is one reply (or
a library in the format of --stdin-filename's extension).

Files are read as UTF-8, UTF-16 with a byte order mark, or GB18030; --fix
writes them back in their encoding.

Library formats (by extension):
  .txt            a reply per line (per paragraph with --paragraphs)
  .md             each paragraph, in lists and quotes too (CommonMark, GFM);
                  code, headings, HTML, tables and front matter skipped
  .json, .jsonl   string values, or only those under a field (default:
                  reply, text, 话术 or 内容 when the file has one of them)
  .yaml, .yml     as JSON
  .csv            a header row; the column named by --field (default: the
                  first of reply, text, 话术, 内容)
  (a file named with another extension is read as .txt)
Conversations in JSON, JSON Lines and YAML are recognised by their shape:
an array of {role: "customer"|"agent", text, time?} turns, {turns: [...]},
or {text, history: [...]} (one reply after those turns). Each agent turn is
linted with the turns before it.

Options:
  -c, --config <file>        use this configuration instead of looking for one
  -p, --preset <name>        recommended | strict | all (default: recommended)
  -r, --rule <id=level>      set a rule to off | info | warn | error (repeatable)
  -l, --locale <locale>      language of the messages: zh-CN | zh-TW | en
      --platform <name>      the shop's own marketplace (default: taobao)
      --field <name>         field or column that holds the replies (repeatable)
      --paragraphs           .txt: a reply per paragraph, not per line
      --conversation         JSON/YAML values must be conversations
  -t, --text <reply>         a reply to lint (repeatable)
      --stdin                lint standard input too
      --stdin-filename <f>   read standard input as this file (format, configuration)
      --ignore-pattern <p>   skip files matching this pattern (repeatable)
      --no-ignore            lint ignored files too
  -f, --format <name>        stylish | json | sarif (default: stylish)
  -o, --output-file <file>   write the report to a file
  -q, --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --fix                  rewrite files with the certain fixes (replies given
                             as arguments or on standard input: print them fixed)
      --fix-dry-run          print the fixes as a diff, change nothing
      --suppress-all         record today's errors in the suppressions file
      --suppress-rule <id>   the same for one rule's errors (repeatable)
      --prune-suppressions   lower the suppressions to the errors left
      --suppressions-location <file>
                             the suppressions file (replylint-suppressions.json)
      --workers <n|auto>     threads to lint with, this one included (default:
                             auto, one per core for large runs)
      --color, --no-color    force colours on or off
  -h, --help                 show this help
  -v, --version              show the version

Configuration: replylint.config.json, .replylintrc(.json|.yaml|.yml) or a
"replylint" field in package.json, in each file's folder and the folders
above it; nearer ones apply on top, and "root": true stops the search.
Files listed in .replylintignore files (gitignore syntax) are skipped.

Suppressing: "<!-- replylint-disable-next-line rule -->" in Markdown and
"# replylint-disable-next-line rule" in YAML and .txt turn a rule off for
the next line; the suppressions file holds counts of errors per file and rule.

Phone numbers, order ids and tracking numbers are masked in every report.

Exit status: 0 when nothing at error level was found, 1 when something was
(or there were more warnings than --max-warnings), 2 on a usage or
configuration error, a path that names nothing, or a file that cannot be
read or written.
`

/** A usage error: exit status 2 with a message. */
export class UsageError extends Error {}

/** The command line, checked. */
export interface Arguments {
  readonly help: boolean
  readonly version: boolean
  readonly positionals: string[]
  /** Replies given with `--text`. */
  readonly texts: string[]
  /** `--stdin`: lint standard input too. */
  readonly stdin: boolean
  /** `--suppress-all`: add every error found to the suppressions file. */
  readonly suppressAll: boolean
  /** `--suppress-rule`: add the errors of these rules to the suppressions file. */
  readonly suppressRules: string[]
  /** `--prune-suppressions`: lower the suppressions file's counts to the errors left. */
  readonly pruneSuppressions: boolean
  /** The suppressions file (default `replylint-suppressions.json`). */
  readonly suppressionsLocation: string
  readonly config?: string | undefined
  readonly preset?: PresetName | undefined
  readonly rules: Record<string, RuleSetting>
  readonly locale?: Locale | undefined
  readonly platform?: string | undefined
  readonly fields?: string[] | undefined
  readonly paragraphs?: true | undefined
  readonly conversation?: true | undefined
  readonly stdinFilename?: string | undefined
  readonly ignorePatterns: string[]
  readonly ignore: boolean
  readonly format: 'stylish' | 'json' | 'sarif'
  readonly outputFile?: string | undefined
  readonly quiet: boolean
  readonly maxWarnings?: number | undefined
  readonly fix: boolean
  readonly fixDryRun: boolean
  readonly workers: number | 'auto'
  readonly color?: boolean | undefined
}

const levels = new Set(['off', 'info', 'warn', 'error'])

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`Unknown ${option} \`${value}\`: use ${allowed.join(' or ').replace(/ or (?=.* or )/g, ', ')}`)
  return value as T
}

/** Parse and check the command line. */
export function parseArguments(argv: string[]): Arguments {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      text: { type: 'string', short: 't', multiple: true },
      stdin: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      preset: { type: 'string', short: 'p' },
      rule: { type: 'string', short: 'r', multiple: true },
      locale: { type: 'string', short: 'l' },
      platform: { type: 'string' },
      field: { type: 'string', multiple: true },
      paragraphs: { type: 'boolean' },
      conversation: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      'ignore-pattern': { type: 'string', multiple: true },
      'no-ignore': { type: 'boolean' },
      format: { type: 'string', short: 'f', default: 'stylish' },
      'output-file': { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
      'max-warnings': { type: 'string' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      workers: { type: 'string', default: 'auto' },
      'suppress-all': { type: 'boolean' },
      'suppress-rule': { type: 'string', multiple: true },
      'prune-suppressions': { type: 'boolean' },
      'suppressions-location': { type: 'string', default: suppressionsFileName },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
  const rules: Record<string, RuleSetting> = {}
  for (const setting of values.rule ?? []) {
    const [id, level] = setting.split('=')
    if (!id || !level || !levels.has(level)) throw new UsageError(`Invalid --rule \`${setting}\`: use id=off|info|warn|error`)
    rules[id] = level as RuleSetting
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`Invalid --max-warnings \`${values['max-warnings']}\`: use a whole number, 0 or more`)
  }
  const workers = values.workers === 'auto' ? 'auto' : Number(values.workers)
  if (workers !== 'auto' && (!Number.isInteger(workers) || workers < 1)) throw new UsageError(`Invalid --workers \`${values.workers}\`: use a whole number, 1 or more, or auto`)
  if (values.fix && values['fix-dry-run']) throw new UsageError('Use --fix or --fix-dry-run, not both')
  return {
    help: values.help === true,
    version: values.version === true,
    positionals,
    texts: values.text ?? [],
    stdin: values.stdin === true,
    suppressAll: values['suppress-all'] === true,
    suppressRules: values['suppress-rule'] ?? [],
    pruneSuppressions: values['prune-suppressions'] === true,
    suppressionsLocation: values['suppressions-location'],
    config: values.config,
    preset: oneOf(values.preset, ['recommended', 'strict', 'all'] as const, 'preset'),
    rules,
    locale: oneOf(values.locale, ['zh-CN', 'zh-TW', 'en'] as const, 'locale'),
    platform: values.platform,
    fields: values.field,
    paragraphs: values.paragraphs || undefined,
    conversation: values.conversation || undefined,
    stdinFilename: values['stdin-filename'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    ignore: !values['no-ignore'],
    format: oneOf(values.format, ['stylish', 'json', 'sarif'] as const, 'format')!,
    outputFile: values['output-file'],
    quiet: values.quiet === true,
    maxWarnings,
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    workers,
    color: values['no-color'] ? false : values.color,
  }
}
