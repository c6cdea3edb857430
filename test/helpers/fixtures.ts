/**
 * Loading and checking rule fixtures (`fixtures/<id>.yaml`), with the
 * discipline of ESLint's RuleTester: valid and invalid cases both present,
 * every invalid case with its exact errors, a fix with its output, no
 * duplicates.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import * as z from 'zod'

export const root = path.join(import.meta.dirname, '..', '..')

const context = z.record(z.string(), z.unknown())
const options = z.record(z.string(), z.unknown())

const validCase = z.union([
  z.string(),
  z.strictObject({ text: z.string(), options: options.optional(), context: context.optional(), why: z.string().optional() }),
])

const error = z.strictObject({
  ruleId: z.string().optional(),
  messageId: z.string().optional(),
  actual: z.string(),
  expected: z.array(z.string()),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
  message: z.string().optional(),
  /** The diagnostic's severity, where a rule reports some findings lower than its own. */
  severity: z.enum(['info', 'warning', 'error']).optional(),
})

const invalidCase = z.strictObject({
  text: z.string(),
  options: options.optional(),
  context: context.optional(),
  why: z.string().optional(),
  errors: z.array(error).min(1),
  output: z.string().optional(),
})

export const fixtureSchema = z.strictObject({
  valid: z.array(validCase).min(1),
  invalid: z.array(invalidCase).min(1),
})

export type Fixture = z.output<typeof fixtureSchema>
export type InvalidCase = z.output<typeof invalidCase>

/** The fixture file of a rule, if any. */
export function fixturePath(id: string): string | undefined {
  for (const ext of ['yaml', 'yml', 'json']) {
    const file = path.join(root, 'fixtures', `${id}.${ext}`)
    if (fs.existsSync(file)) return file
  }
  return undefined
}

/** Load and validate a rule's fixtures; duplicates are an error. */
export function loadFixture(id: string): Fixture {
  const file = fixturePath(id)
  if (!file) throw new Error(`No fixtures for \`${id}\` (fixtures/${id}.yaml)`)
  const raw = fs.readFileSync(file, 'utf8')
  const data: unknown = file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw)
  const parsed = fixtureSchema.safeParse(data)
  if (!parsed.success) throw new Error(`${path.relative(root, file)}: ${z.prettifyError(parsed.error)}`)
  const seen = new Set<string>()
  for (const item of [...parsed.data.valid, ...parsed.data.invalid]) {
    const key = JSON.stringify(typeof item === 'string' ? [item] : [item.text, item.options ?? null, item.context ?? null])
    if (seen.has(key)) throw new Error(`${path.relative(root, file)}: duplicate case ${key}`)
    seen.add(key)
  }
  return parsed.data
}
