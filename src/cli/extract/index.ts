/**
 * Which extractor reads a file, by its extension.
 */
import { extractCsv } from './csv.js'
import { extractJson, extractJsonLines } from './json.js'
import { extractMarkdown, extractText } from './text.js'
import type { Extraction } from './types.js'
import { describeFields } from './tree.js'
import { extractYaml } from './yaml.js'

/** A library format. */
export type Format = 'txt' | 'md' | 'json' | 'jsonl' | 'yaml' | 'csv'

const byExtension: Readonly<Record<string, Format>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
}

/** The extensions of library files, for expanding directories. */
export const extensions: readonly string[] = Object.keys(byExtension)

/** The format of a file name, or `undefined` for an extension replylint does not read. */
export function formatOf(file: string): Format | undefined {
  const dot = file.lastIndexOf('.')
  return dot < 0 ? undefined : byExtension[file.slice(dot).toLowerCase()]
}

/** How to read a library. */
export interface ExtractOptions {
  /** Fields (JSON, YAML) or columns (CSV) that hold replies; the defaults when unset. */
  readonly fields?: readonly string[] | undefined
  /** `.txt`: a reply per paragraph instead of per line. */
  readonly paragraphs?: boolean | undefined
  /** Conversations: `true` to require them, `false` to never detect them. */
  readonly conversation?: boolean | undefined
}

/**
 * Find the replies of a file.
 *
 * @param source The file's text (without a byte order mark).
 * @param format Its format.
 */
export function extract(source: string, format: Format, options: ExtractOptions): Extraction {
  let extraction: Extraction
  switch (format) {
    case 'txt':
      return extractText(source, options.paragraphs ?? false)
    case 'md':
      return extractMarkdown(source)
    case 'csv':
      return extractCsv(source, options.fields)
    case 'json':
      extraction = extractJson(source, options)
      break
    case 'jsonl':
      extraction = extractJsonLines(source, options)
      break
    case 'yaml':
      extraction = extractYaml(source, options)
      break
  }
  // A named field that is nowhere is a misconfiguration, not an empty library.
  if (options.fields && extraction.units.length === 0 && extraction.problems.length === 0 && source.trim() !== '') {
    extraction.problems.push({ message: `No reply found under ${describeFields(options.fields)}`, start: 0, end: 0 })
  }
  return extraction
}
