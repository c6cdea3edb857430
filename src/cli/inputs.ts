/**
 * What the command's arguments name: library files (by path, folder or
 * glob) or replies to lint as they are.
 */
import fs from 'node:fs'
import path from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { extensions, formatOf } from './extract/index.js'

/** Folders never searched. */
const skipped = ['**/node_modules/**', '**/.git/**']

/** Files that folders and globs never stand for: configuration, not replies. */
const notLibraries = new Set(['package.json', 'package-lock.json', 'replylint.config.json', 'tsconfig.json'])

/** Whether a file is a library: a known extension, and not a configuration file such as `package.json`. */
export const isLibrary = (file: string): boolean => formatOf(file) !== undefined && !notLibraries.has(path.basename(file))

/** Chinese punctuation and white space: a reply's, never a file pattern's. */
const replyOnly = /[\s，。！？；：、“”‘’（）【】～…]/

/** What the positional arguments are. */
export interface Positionals {
  /** Absolute paths of library files, in the order named, each once. */
  readonly files: string[]
  /** Replies given as text. */
  readonly replies: string[]
  /** Arguments that look like files but name none (linted as replies). */
  readonly unmatched: string[]
}

/**
 * Sort the arguments: an existing file is a library; an existing folder
 * stands for the library files in it; a glob (glob characters, no white
 * space or Chinese punctuation) that matches library files stands for them;
 * anything else is a reply. Folders and globs skip `node_modules`, `.git`,
 * dot files and configuration files such as `package.json`.
 */
export function classify(args: readonly string[], cwd: string): Positionals {
  const files = new Set<string>()
  const replies: string[] = []
  const unmatched: string[] = []
  const pattern = `**/*{${extensions.join(',')}}`
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg)
    const stat = arg.length < 4096 && !arg.includes('\n') ? fs.statSync(absolute, { throwIfNoEntry: false }) : undefined
    if (stat?.isFile()) {
      files.add(absolute)
      continue
    }
    if (stat?.isDirectory()) {
      for (const file of globSync(pattern, { cwd: absolute, absolute: true, ignore: skipped }).filter(isLibrary).sort()) files.add(path.normalize(file))
      continue
    }
    if (isDynamicPattern(arg) && !replyOnly.test(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, ignore: skipped }).filter(isLibrary)
      if (matches.length) {
        for (const file of matches.sort()) files.add(path.normalize(file))
        continue
      }
    }
    if (!replyOnly.test(arg) && (isDynamicPattern(arg) || formatOf(arg) !== undefined)) unmatched.push(arg)
    replies.push(arg)
  }
  return { files: [...files], replies, unmatched }
}
