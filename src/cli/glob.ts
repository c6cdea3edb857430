/**
 * Matching paths against the patterns of configurations (`overrides[].files`,
 * `ignores`) and `.replylintignore` files, with gitignore's meaning: a
 * pattern without a slash matches a name at any depth, one with a slash is
 * relative to the file it is written in, a trailing slash matches only
 * folders, `!` takes a path back, and a folder that matches takes everything
 * inside it.
 *
 * (tinyglobby expands the command line's globs; it offers no matcher for a
 * single path, hence this one.)
 */
import fs from 'node:fs'
import path from 'node:path'

function globSource(glob: string): string {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') {
      if (glob[i + 1] === '*' && (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/')) {
        out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
        i += glob[i + 2] === '/' ? 2 : 1
      } else {
        while (glob[i + 1] === '*') i++
        out += '[^/]*'
      }
    } else if (c === '?') {
      out += '[^/]'
    } else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const close = glob.indexOf(']', i + 2)
      const body = glob.slice(i + 1, close).replaceAll('\\', '\\\\')
      out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`
      i = close
    } else if (c === '{' && glob.indexOf('}', i) > 0) {
      const close = glob.indexOf('}', i)
      out += `(?:${glob.slice(i + 1, close).split(',').map(globSource).join('|')})`
      i = close
    } else {
      out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  return out
}

/** A compiled pattern. */
interface Pattern {
  readonly regexp: RegExp
  readonly negated: boolean
  readonly folderOnly: boolean
}

function compile(pattern: string): Pattern {
  let body = pattern.trim()
  const negated = body.startsWith('!')
  if (negated) body = body.slice(1)
  const folderOnly = body.endsWith('/')
  if (folderOnly) body = body.slice(0, -1)
  const anchored = body.includes('/')
  if (body.startsWith('/')) body = body.slice(1)
  if (body.startsWith('./')) body = body.slice(2)
  return { regexp: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${globSource(body)}$`), negated, folderOnly }
}

/** Patterns relative to one folder. */
export class PatternList {
  private readonly patterns: readonly Pattern[]

  /**
   * @param base The folder the patterns are relative to.
   * @param patterns The patterns, in order (blank lines and `#` comments skipped).
   */
  constructor(
    readonly base: string,
    patterns: readonly string[],
  ) {
    this.patterns = patterns.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#')).map(compile)
  }

  /** Whether `file` (absolute) matches: the last pattern that applies decides. */
  matches(file: string): boolean {
    const relative = path.relative(this.base, file).split(path.sep).join('/')
    if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return false
    const parts = relative.split('/')
    let matched = false
    for (const pattern of this.patterns) {
      if (matched === !pattern.negated) continue
      for (let depth = 1; depth <= parts.length; depth++) {
        const isFolder = depth < parts.length
        if (pattern.folderOnly && !isFolder) continue
        if (pattern.regexp.test(parts.slice(0, depth).join('/'))) {
          matched = !pattern.negated
          break
        }
      }
    }
    return matched
  }
}

/** `.replylintignore` files, read once per folder. */
export class IgnoreFiles {
  private readonly byFolder = new Map<string, PatternList | null>()

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
      list = fs.existsSync(file) ? new PatternList(folder, fs.readFileSync(file, 'utf8').split(/\r?\n/)) : null
      this.byFolder.set(folder, list)
    }
    return list
  }
}
