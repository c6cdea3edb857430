/**
 * Bundles a command (the CLI, the language server) once per test process
 * into a private folder under .tmp/, so that parallel runs never race on
 * dist/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { root } from './fixtures.js'

const built = new Map<string, string>()

/** The path of `entry` (relative to the package) bundled as `name`.mjs. */
export function bundle(entry: string, name: string): string {
  let file = built.get(entry)
  if (file) return file
  // Inside the package (ignored by git) so that the bundle's bare imports resolve from node_modules.
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true })
  file = path.join(fs.mkdtempSync(path.join(root, '.tmp', `${name}-`)), `${name}.mjs`)
  buildSync({ entryPoints: [path.join(root, entry)], bundle: true, platform: 'node', format: 'esm', outfile: file, packages: 'external', logLevel: 'error' })
  built.set(entry, file)
  return file
}
