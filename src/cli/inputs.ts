/**
 * What the command's arguments name: library files, by path, folder or
 * glob. Replies are given with `--text` (or on standard input); a path
 * that names nothing is an error, so that a typo never passes CI.
 */
import fs from 'node:fs'
import path from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { formatOf } from './extract/index.js'
import { reason } from './read.js'

/** Folders never searched. */
const skippedFolders = new Set(['node_modules', '.git'])

/** Files that folders and globs never stand for: configuration, not replies. */
const notLibraries = new Set(['package.json', 'package-lock.json', 'replylint.config.json', 'tsconfig.json', 'replylint-suppressions.json'])

/** Whether a file is a library: a known extension, and not a configuration file such as `package.json`. */
export const isLibrary = (file: string): boolean => formatOf(file) !== undefined && !notLibraries.has(path.basename(file))

/**
 * White space and Chinese punctuation: a reply's, never a path's. An
 * argument with one of them that names no file is still read as a reply,
 * as before `--text` existed.
 */
const replyOnly = /[\s，。！？；：、“”‘’（）【】～…]/

/** What the positional arguments are. */
export interface Positionals {
  /** Absolute paths of library files, in the order named, each once. */
  readonly files: string[]
  /** Arguments that name no file but read as replies (white space, Chinese punctuation): linted as replies, with a warning. */
  readonly replies: string[]
  /** One line for each argument that names nothing or cannot be read. */
  readonly errors: string[]
}

/**
 * The library files in a folder and the folders below it, sorted, skipping
 * dot files, `node_modules`, `.git` and configuration files.
 *
 * @param errors Where a folder that cannot be read is reported.
 */
function walk(root: string, cwd: string, errors: string[]): string[] {
  const out: string[] = []
  const pending = [root]
  while (pending.length) {
    const folder = pending.pop()!
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true })
    } catch (error) {
      errors.push(`${path.relative(cwd, folder) || folder}: cannot read the folder (${reason(error)})`)
      continue
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue
      const full = path.join(folder, entry.name)
      // A link counts as what it points to; a broken one as nothing.
      let target: fs.Stats | fs.Dirent | undefined = entry
      try {
        if (entry.isSymbolicLink()) target = fs.statSync(full, { throwIfNoEntry: false })
      } catch (error) {
        errors.push(`${path.relative(cwd, full)}: cannot read it (${reason(error)})`)
        continue
      }
      if (target?.isDirectory()) pending.push(full)
      else if (target?.isFile() && isLibrary(full)) out.push(full)
    }
  }
  return out.sort()
}

/**
 * Sort the arguments: an existing file is a library; an existing folder
 * stands for the library files in it; a glob stands for the library files
 * it matches. An argument that names nothing is an error, unless it reads
 * as a reply (white space or Chinese punctuation).
 */
export function classify(args: readonly string[], cwd: string): Positionals {
  const files = new Set<string>()
  const replies: string[] = []
  const errors: string[] = []
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg)
    let stat: fs.Stats | undefined
    try {
      stat = arg.length < 4096 && !arg.includes('\n') && !arg.includes('\0') ? fs.statSync(absolute, { throwIfNoEntry: false }) : undefined
    } catch (error) {
      errors.push(`${arg}: cannot read it (${reason(error)})`)
      continue
    }
    if (stat?.isFile()) {
      files.add(absolute)
      continue
    }
    if (stat?.isDirectory()) {
      const before = errors.length
      const found = walk(absolute, cwd, errors)
      if (found.length === 0 && errors.length === before) errors.push(`${arg}: no library files in this folder`)
      for (const file of found) files.add(file)
      continue
    }
    if (isDynamicPattern(arg) && !replyOnly.test(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] }).filter(isLibrary)
      if (matches.length === 0) errors.push(`${arg}: no library file matches this pattern`)
      for (const file of matches.sort()) files.add(path.normalize(file))
      continue
    }
    if (replyOnly.test(arg)) replies.push(arg)
    else errors.push(`${arg}: no such file or folder (pass replies with --text)`)
  }
  return { files: [...files], replies, errors }
}
