/**
 * SARIF 2.1.0 output, in the subset GitHub code scanning reads: one run,
 * rule descriptors with help links, results with file-relative URIs and
 * regions whose columns count UTF-16 code units, as replylint's do.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { repository } from '../define-rule.js'
import type { DiagnosticSeverity } from '../types.js'
import type { Reporter, Sink } from './report.js'

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

/** A JSON value as `JSON.stringify(value, null, 2)` writes it, indented to `depth` levels. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`)
}

/**
 * A SARIF log of every result, written a result at a time; the rules used
 * follow the results, once they are known.
 *
 * @param rules What is known of each rule id that may appear.
 * @param tool The command's version and working folder (the base of the URIs).
 */
export function sarif(write: Sink, rules: ReadonlyMap<string, RuleInfo>, tool: { version: string; cwd: string }): Reporter {
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
  let first = true
  write('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [')
  let location: Record<string, unknown> = {}
  return {
    begin(file) {
      location = artifactLocation(file, tool.cwd)
    },
    add(diagnostics) {
      for (const d of diagnostics) {
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
        write(`${first ? '' : ','}\n        ${indented(result, 4)}`)
        first = false
      }
    },
    close() {},
    end() {
      const rest = {
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
      }
      // The run's other properties, after its results: `{…}` without its braces.
      const body = indented(rest, 2).slice(1, -1).trimEnd()
      write(`${first ? ']' : '\n      ]'},${body}\n    }\n  ]\n}\n`)
    },
  }
}
