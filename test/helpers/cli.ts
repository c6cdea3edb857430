/**
 * Runs the real `replylint` command, bundled once per test process into a
 * private folder under .tmp/ (so parallel runs never race on dist/).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { root } from './fixtures.js'

let bin: string | undefined

/** Path of the built command. */
export function cliPath(): string {
  if (bin) return bin
  // Inside the package (ignored by git) so that the bundle's bare imports resolve from node_modules.
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true })
  const dir = fs.mkdtempSync(path.join(root, '.tmp', 'cli-'))
  bin = path.join(dir, 'cli.mjs')
  buildSync({
    entryPoints: [path.join(root, 'src', 'cli', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bin,
    packages: 'external',
    logLevel: 'error',
  })
  return bin
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the command with `args`, optional standard input, in `cwd` (default: the package). */
export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [cliPath(), ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
