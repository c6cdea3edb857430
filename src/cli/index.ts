#!/usr/bin/env node
/**
 * `replylint`: lint replies given as arguments or on standard input.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { createLinter } from '../linter.js'
import { ReplylintError } from '../errors.js'
import type { LintOptions, Locale, PresetName, RuleSetting } from '../types.js'
import { type InputResult, json, style, stylish } from './report.js'
import packageJson from '../../package.json' with { type: 'json' }

const help = `Usage: replylint [options] [reply ...]

Check customer-service replies before they are sent.
Replies come as arguments, or as one reply on standard input.

Options:
  -p, --preset <name>     recommended | strict | all (default: recommended)
  -r, --rule <id=level>   set a rule to off | info | warn | error (repeatable)
  -f, --format <name>     stylish | json (default: stylish)
  -l, --locale <locale>   language of the messages: zh-CN | zh-TW | en
      --platform <name>   the shop's own marketplace (default: taobao)
      --fix               print each reply with its certain fixes applied
      --color, --no-color force colours on or off
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 when nothing at error level was found, 1 when something was,
2 on a usage or configuration error.
`

/** A usage error: exit code 2 with a message. */
class UsageError extends Error {}

const levels = new Set(['off', 'info', 'warn', 'error'])

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      preset: { type: 'string', short: 'p' },
      rule: { type: 'string', short: 'r', multiple: true },
      format: { type: 'string', short: 'f', default: 'stylish' },
      locale: { type: 'string', short: 'l' },
      platform: { type: 'string' },
      fix: { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
  if (values.help) {
    process.stdout.write(help)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`Unknown format \`${values.format}\`: use stylish or json`)

  const rules: Record<string, RuleSetting> = {}
  for (const setting of values.rule ?? []) {
    const [id, level] = setting.split('=')
    if (!id || !level || !levels.has(level)) throw new UsageError(`Invalid --rule \`${setting}\`: use id=off|info|warn|error`)
    rules[id] = level as RuleSetting
  }
  const linter = createLinter({
    preset: values.preset as PresetName | undefined,
    rules,
    locale: values.locale as Locale | undefined,
  })
  const options: LintOptions = values.platform ? { context: { platform: values.platform } } : {}

  const inputs: Array<{ file: string; text: string }> = positionals.map((text, index) => ({ file: `<argument ${index + 1}>`, text }))
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('No reply given: pass replies as arguments or on standard input (see --help)')
    inputs.push({ file: '<stdin>', text: fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '') })
  }

  if (values.fix) {
    for (const input of inputs) process.stdout.write(`${linter.fix(input.text, options).text}\n`)
    return 0
  }

  const results: InputResult[] = inputs.map((input) => ({ ...input, diagnostics: linter.lint(input.text, options).diagnostics }))
  const color = values['no-color'] ? false : values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR)
  process.stdout.write(values.format === 'json' ? json(results) : stylish(results, style(color)))
  return results.some((result) => result.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof ReplylintError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    process.stderr.write(`replylint: ${error instanceof Error ? error.message : String(error)}\n`)
    if (!known && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
    process.exitCode = 2
  },
)
