/**
 * Matching paths against patterns: `.replylintignore` files, a
 * configuration's `ignores` and `--ignore-pattern` with git's own rules (the
 * `ignore` package: a file under an excluded folder cannot be taken back,
 * `\#` and `\!` escapes, trailing spaces), and `overrides[].files` as globs
 * (picomatch: nested braces, extglobs).
 */
import fs from 'node:fs'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import picomatch from 'picomatch'
import { reason } from './read.js'

/** `file` relative to `base` with `/`, or `undefined` when it is not inside `base`. */
function relativeTo(base: string, file: string): string | undefined {
  const relative = path.relative(base, file).split(path.sep).join('/')
  return relative === '' || relative.startsWith('../') || path.isAbsolute(relative) ? undefined : relative
}

/** Ignore patterns relative to one folder, with gitignore's meaning. */
export class PatternList {
  private readonly matcher: Ignore

  /**
   * @param base The folder the patterns are relative to.
   * @param patterns The patterns, in order (blank lines and `#` comments skipped).
   */
  constructor(
    readonly base: string,
    patterns: readonly string[],
  ) {
    this.matcher = ignore({ allowRelativePaths: true }).add(patterns.map((pattern) => pattern.replace(/^\.\//, '')))
  }

  /** Whether `file` (absolute) is ignored. */
  matches(file: string): boolean {
    const relative = relativeTo(this.base, file)
    return relative !== undefined && this.matcher.ignores(relative)
  }
}

/** Glob patterns of files relative to one folder (`overrides[].files`): a pattern without `/` matches a name at any depth, and a folder that matches takes what is inside it. */
export class FilePatterns {
  private readonly matchers: ReadonlyArray<(path: string) => boolean>

  /**
   * @param base The folder the patterns are relative to.
   * @param patterns picomatch globs.
   */
  constructor(
    readonly base: string,
    patterns: readonly string[],
  ) {
    this.matchers = patterns.map((pattern) => {
      const body = pattern.replace(/^\.?\//, '').replace(/\/$/, '')
      return picomatch(body.includes('/') ? body : `**/${body}`, { dot: true })
    })
  }

  /** Whether `file` (absolute), or a folder it is in, matches one of the patterns. */
  matches(file: string): boolean {
    const relative = relativeTo(this.base, file)
    if (relative === undefined) return false
    const parts = relative.split('/')
    for (let depth = parts.length; depth >= 1; depth--) {
      const prefix = parts.slice(0, depth).join('/')
      if (this.matchers.some((matches) => matches(prefix))) return true
    }
    return false
  }
}

/** `.replylintignore` files, read once per folder. */
export class IgnoreFiles {
  private readonly byFolder = new Map<string, PatternList | null>()

  /**
   * @param fail Where an ignore file that cannot be read is reported (it then ignores nothing).
   */
  constructor(private readonly fail: (message: string) => void = () => {}) {}

  /** Whether a `.replylintignore` in the file's folder or any folder above it ignores `file`. */
  ignores(file: string): boolean {
    for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
      if (this.read(folder)?.matches(file)) return true
      if (path.dirname(folder) === folder) return false
    }
  }

  private read(folder: string): PatternList | null {
    let list = this.byFolder.get(folder)
    if (list === undefined) {
      const file = path.join(folder, '.replylintignore')
      list = null
      try {
        list = new PatternList(folder, fs.readFileSync(file, 'utf8').split(/\r?\n/))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') this.fail(`${file}: cannot read it (${reason(error)})`)
      }
      this.byFolder.set(folder, list)
    }
    return list
  }
}
