/**
 * Fixture libraries for the command-line tests (test/cli/): temporary
 * copies to fix in place, the arguments that keep the built-in rules other
 * than `prefer-we` out of the way, and the JSON report read back.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, vi } from 'vitest'
import { rules } from '../../rules/index.js'
import type { Diagnostic } from '../../src/types.js'
import { type CliResult, runCli } from './cli.js'
import { root } from './fixtures.js'

/** The fixture libraries. */
export const libraries = path.join(root, 'test', 'cli')

/**
 * `--rule id=off` for every built-in rule but `prefer-we` (which is final),
 * so that rules still being written cannot change what these tests see.
 */
export const onlyStable: readonly string[] = rules.filter((rule) => rule.meta.id !== 'prefer-we').flatMap((rule) => ['--rule', `${rule.meta.id}=off`])

// Each test runs the real command, several times over, on a machine other test runs share.
vi.setConfig({ testTimeout: 60_000 })

const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true })
})

/** A temporary folder, removed after the test file; with a copy of a fixture library if named. */
export function scratch(library?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-cli-'))
  temporary.push(dir)
  if (library) fs.cpSync(path.join(libraries, library), dir, { recursive: true })
  return dir
}

/** One entry of the JSON report. */
export interface FileReport {
  file: string
  diagnostics: Diagnostic[]
}

/** Run the command with `--format json` and the stable rules; the report and the raw result. */
export function lintJson(args: string[], options: { cwd?: string; input?: string } = {}): { code: number | null; report: FileReport[]; result: CliResult } {
  const result = runCli([...args, '--format', 'json', ...onlyStable], options)
  let report: FileReport[] = []
  try {
    report = JSON.parse(result.stdout) as FileReport[]
  } catch {
    throw new Error(`Not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`)
  }
  return { code: result.code, report, result }
}

/** `line:column-line:column ruleId actual` of each diagnostic of `file`: what a reader checks. */
export function places(report: readonly FileReport[], file: string): string[] {
  const entry = report.find((one) => one.file === file)
  if (!entry) throw new Error(`No entry for ${file} in ${report.map((one) => one.file).join(', ')}`)
  return entry.diagnostics.map((d) => `${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column} ${d.ruleId} ${d.actual}`)
}
