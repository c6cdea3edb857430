/**
 * replylint as unified plugins, for existing retext pipelines:
 *
 *     unified().use(replylintParse).use(retextReplylint, {preset: 'strict'})
 *
 * Messages are `VFileMessage`s with `ruleId`, `source: 'replylint'`, `place`,
 * `actual`, `expected`, `url` and `note`, so reporters such as
 * `vfile-reporter` print them.
 */
import type { Root } from 'nlcst'
import { createLinter } from './linter.js'
import type { RetextReplylintOptions } from './types.js'


/** The part of a vfile the plugin uses (structural, so the core need not import vfile). */
interface FileLike {
  value: unknown
  toString(): string
  message(
    reason: string,
    options: { place: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }; ruleId: string; source: string },
  ): {
    actual?: string
    expected?: string[]
    url?: string
    note?: string
    fatal?: boolean | null | undefined
  }
}

/**
 * Lint the file's text with replylint's rules and add a message per diagnostic.
 *
 * It reads the text of the file rather than the tree, so that it works after
 * any parser (replylint's own, `retext-english`, `retext-latin`).
 */
export function retextReplylint(options: RetextReplylintOptions = {}) {
  const { context, ...config } = options
  const linter = createLinter(config)
  return (_tree: Root, file: FileLike): undefined => {
    const { diagnostics } = linter.lint(String(file), context ? { context } : undefined)
    for (const diagnostic of diagnostics) {
      const message = file.message(diagnostic.message, {
        place: { start: diagnostic.start, end: diagnostic.end },
        ruleId: diagnostic.ruleId,
        source: 'replylint',
      })
      message.actual = diagnostic.actual
      message.expected = diagnostic.expected
      if (diagnostic.url) message.url = diagnostic.url
      if (diagnostic.note) message.note = diagnostic.note
      message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
    }
    return undefined
  }
}
