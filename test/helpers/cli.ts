/**
 * Runs the real `replylint` command, bundled once per test process into a
 * private folder under .tmp/ (so parallel runs never race on dist/).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { bundle } from './bundle.js'
import { root } from './fixtures.js'

/** Path of the built command. */
export function cliPath(): string {
  return bundle(path.join('src', 'cli', 'index.ts'), 'cli')
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
