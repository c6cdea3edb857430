/**
 * SARIF 2.1.0 output, in the subset GitHub code scanning reads: one run,
 * rule descriptors with help links, results with file-relative URIs and
 * regions whose columns count UTF-16 code units, as replylint's do.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { repository } from '../define-rule.js'
import type { DiagnosticSeverity } from '../types.js'
import type { InputResult } from './report.js'

/** What SARIF says about a rule. */
export interface RuleInfo {
  readonly id: string
  /** One line. */
  readonly description: string
  readonly url?: string | undefined
  readonly severity: DiagnosticSeverity
}

const levels: Readonly<Record<DiagnosticSeverity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' }

/** Inputs that are not files (`<stdin>`, `<argument 1>`) have no URI. */
function artifactLocation(file: string, cwd: string): Record<string, unknown> {
  if (file.startsWith('<')) return { description: { text: file } }
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep)
  return { uri: relative.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
}

/**
 * One SARIF log of every result.
 *
 * @param rules What is known of each rule id that may appear.
 * @param tool The command's version and working folder (the base of the URIs).
 */
export function sarif(results: readonly InputResult[], rules: ReadonlyMap<string, RuleInfo>, tool: { version: string; cwd: string }): string {
  const used: RuleInfo[] = []
  const index = new Map<string, number>()
  const ruleIndex = (id: string): number => {
    let found = index.get(id)
    if (found === undefined) {
      found = used.length
      index.set(id, found)
      used.push(rules.get(id) ?? { id, description: id, severity: 'warning' })
    }
    return found
  }
  const sarifResults = results.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => {
      const location = artifactLocation(file, tool.cwd)
      const result: Record<string, unknown> = {
        ruleId: d.ruleId,
        ruleIndex: ruleIndex(d.ruleId),
        level: levels[d.severity],
        message: { text: d.expected.length ? `${d.message} (${d.expected.join(' / ')})` : d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: d.start.line,
                startColumn: d.start.column,
                endLine: d.end.line,
                endColumn: d.end.column,
                charOffset: d.start.offset,
                charLength: d.end.offset - d.start.offset,
              },
            },
          },
        ],
      }
      if (d.fix && 'uri' in location) {
        result.fixes = [
          {
            description: { text: d.message },
            artifactChanges: [
              {
                artifactLocation: location,
                replacements: [{ deletedRegion: { charOffset: d.fix.range[0], charLength: d.fix.range[1] - d.fix.range[0] }, insertedContent: { text: d.fix.text } }],
              },
            ],
          },
        ]
      }
      return result
    }),
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'replylint',
            version: tool.version,
            informationUri: repository,
            rules: used.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              ...(rule.url && { helpUri: rule.url }),
              defaultConfiguration: { level: levels[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(tool.cwd.endsWith(path.sep) ? tool.cwd : tool.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}
