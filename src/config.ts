/**
 * Configuration: presets, rule settings and their validation.
 *
 * Schemas use zod/mini (the tree-shakeable zod: a sixth of the size in a
 * browser bundle). Messages come from zod's English locale, passed to each
 * parse rather than configured globally, so importing replylint changes no
 * global state.
 */
import * as z from 'zod/mini'
import type { $ZodType, output, util } from 'zod/v4/core'
// The English locale alone: the index of 'zod/v4/locales' loads all 50 in Node.
import en from 'zod/v4/locales/en.js'
import { ReplylintError, formatPath } from './errors.js'
import type { DiagnosticSeverity, LintContext, LinterConfig, PresetName, Rule, RuleSetting, Severity, Turn } from './types.js'

const { localeError } = en()

/**
 * Parse `value` with any zod schema (zod/mini or classic), with readable
 * English messages.
 */
export function check<Schema extends $ZodType>(schema: Schema, value: unknown): util.SafeParseResult<output<Schema>> {
  return z.safeParse(schema, value, { error: localeError })
}

const severity = z.enum(['off', 'info', 'warn', 'error'])
const setting = z.union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])])

const time = z.union([
  z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), { message: 'expected an ISO 8601 date' })),
  z.number().check(z.refine(Number.isFinite, { message: 'expected a finite number' })),
])

/** The schema of a conversation turn. */
export const turnSchema = z.strictObject({
  role: z.enum(['customer', 'agent']),
  text: z.string(),
  time: z.optional(time),
})

/** The schema of `LintContext`. */
const contextSchema = z.strictObject({
  history: z.optional(z.array(turnSchema)),
  customer: z.optional(
    z.strictObject({
      orderIds: z.optional(z.array(z.string())),
      phones: z.optional(z.array(z.string())),
      names: z.optional(z.array(z.string())),
      addresses: z.optional(z.array(z.string())),
    }),
  ),
  platform: z.optional(z.string()),
  time: z.optional(time),
  waitedSeconds: z.optional(z.number().check(z.minimum(0), z.refine(Number.isFinite, { message: 'expected a finite number' }))),
})

const presetName = z.enum(['recommended', 'strict', 'all'])

/** The schema of `LintOptions` (and, with `plugins`, of `LinterConfig`). */
export const optionsSchema = z.strictObject({
  lang: z.optional(z.enum(['auto', 'zh', 'en'])),
  preset: z.optional(presetName),
  rules: z.optional(z.record(z.string(), z.unknown())),
  locale: z.optional(z.enum(['zh-CN', 'zh-TW', 'en'])),
  context: z.optional(contextSchema),
  plugins: z.optional(z.array(z.custom<Rule>((value) => typeof value === 'object' && value !== null && 'meta' in value && ('check' in value || 'constructions' in value)))),
})

/** A plain object (or array, with `array`) without symbol keys: the only objects the fast path reads. */
function isPlain(value: unknown, array = false): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) !== array) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return (prototype === null || prototype === (array ? Array.prototype : Object.prototype)) && Object.getOwnPropertySymbols(value).length === 0
}

type Test = (value: unknown) => boolean

/** A plain object whose keys all have a test, passed by their values (`undefined` passes: every field is optional). */
const fields = (tests: Readonly<Record<string, Test>>): Test => (value) =>
  isPlain(value) && Object.keys(value).every((key) => Object.hasOwn(tests, key) && (value[key] === undefined || tests[key]!(value[key])))
// `for…of`, not `every`: a hole is an undefined item to the schema.
const list = (test: Test): Test => (value) => {
  if (!isPlain(value, true)) return false
  for (const item of value as unknown as unknown[]) if (!test(item)) return false
  return true
}
const oneOf = (...values: unknown[]): Test => (value) => values.includes(value)
const text: Test = (value) => typeof value === 'string'
const isTime: Test = (value) => Number.isFinite(value) || (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
const texts = list(text)
const turnFields = fields({ role: oneOf('customer', 'agent'), text, time: isTime })
const turn: Test = (value) => turnFields(value) && (value as Turn).role !== undefined && (value as Turn).text !== undefined

/**
 * Whether options are certainly valid by the schema, checked by hand: plain
 * objects with known keys and values. False says only "ask the schema".
 */
export const plainlyValidOptions: Test = fields({
  lang: oneOf('auto', 'zh', 'en'),
  preset: oneOf('recommended', 'strict', 'all'),
  locale: oneOf('zh-CN', 'zh-TW', 'en'),
  rules: (value) => isPlain(value),
  context: fields({
    history: list(turn),
    customer: fields({ orderIds: texts, phones: texts, names: texts, addresses: texts }),
    platform: text,
    time: isTime,
    waitedSeconds: (value) => Number.isFinite(value) && (value as number) >= 0,
  }),
})

/** Throw a `ReplylintError` for the first issue of a failed zod parse. */
export function fail(error: z.core.$ZodError, what: string, details: { ruleId?: string; prefix?: readonly PropertyKey[] } = {}): never {
  const issue = error.issues[0]!
  const path = formatPath([...(details.prefix ?? []), ...issue.path])
  const at = path ? ` at \`${path}\`` : ''
  throw new ReplylintError(`${what}${at}: ${issue.message}`, { ruleId: details.ruleId, path })
}

/** Validate lint options or a linter configuration. */
export function validateOptions(value: unknown, what: string): LinterConfig & { context?: LintContext } {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`${what}: expected an object, got ${value === null ? 'null' : typeof value}`)
  }
  // A chat box passes options on every keystroke: the usual shapes are vouched for by hand, in a
  // fraction of the schema's time; anything else (plugins, mistakes) goes through zod and its messages.
  if (plainlyValidOptions(value)) return value as LinterConfig & { context?: LintContext }
  const parsed = check(optionsSchema, value)
  if (!parsed.success) fail(parsed.error, `Invalid ${what}`)
  return parsed.data as LinterConfig & { context?: LintContext }
}

/** Whether a rule belongs to a preset. */
export function inPreset(rule: Rule, preset: PresetName): boolean {
  if (preset === 'all') return true
  if (preset === 'strict') return rule.meta.preset !== 'all'
  return rule.meta.preset === 'recommended'
}

/** A rule turned on, with its validated options. */
export interface EnabledRule {
  readonly rule: Rule
  readonly severity: DiagnosticSeverity
  readonly options: unknown
}

const reported: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = { info: 'info', warn: 'warning', error: 'error' }

/**
 * Resolve which rules run, at which severity, with which options.
 *
 * @throws {ReplylintError} For an unknown rule, an invalid setting or invalid options.
 */
export function resolveRules(
  available: ReadonlyMap<string, Rule>,
  preset: PresetName,
  settings: ReadonlyArray<Record<string, unknown> | undefined>,
): EnabledRule[] {
  const chosen = new Map<string, { severity: Severity; options: unknown }>()
  for (const rule of available.values()) {
    if (inPreset(rule, preset)) chosen.set(rule.meta.id, { severity: rule.meta.severity, options: undefined })
  }
  for (const rules of settings) {
    if (!rules) continue
    for (const [id, value] of Object.entries(rules)) {
      if (!available.has(id)) {
        throw new ReplylintError(`Unknown rule \`${id}\`${suggest(id, available)}`, { ruleId: id, path: `rules.${id}` })
      }
      const parsed = check(setting, value)
      if (!parsed.success) {
        throw new ReplylintError(
          `Invalid setting for rule \`${id}\`: expected a severity ("off", "info", "warn", "error") or [severity, options]`,
          { ruleId: id, path: `rules.${id}` },
        )
      }
      const data = parsed.data as RuleSetting
      const [level, options] = typeof data === 'string' ? [data, undefined] : [data[0], data[1]]
      const previous = chosen.get(id)
      chosen.set(id, { severity: level, options: options ?? previous?.options })
    }
  }
  const enabled: EnabledRule[] = []
  for (const [id, { severity: level, options }] of chosen) {
    if (level === 'off') continue
    const rule = available.get(id)!
    enabled.push({ rule, severity: reported[level], options: ruleOptions(rule, options) })
  }
  return enabled
}

/** Validate a rule's options with its schema, filling in defaults. */
export function ruleOptions(rule: Rule, options: unknown): unknown {
  const schema = rule.meta.options
  if (!schema) {
    if (options !== undefined && Object.keys(options as object).length > 0) {
      throw new ReplylintError(`Rule \`${rule.meta.id}\` takes no options`, { ruleId: rule.meta.id, path: `rules.${rule.meta.id}[1]` })
    }
    return {}
  }
  const parsed = check(schema, options ?? {})
  if (!parsed.success) fail(parsed.error, `Invalid options for rule \`${rule.meta.id}\``, { ruleId: rule.meta.id })
  return parsed.data
}

function suggest(id: string, available: ReadonlyMap<string, Rule>): string {
  let best: string | undefined
  let bestDistance = Math.max(3, Math.floor(id.length / 3))
  for (const candidate of available.keys()) {
    const distance = editDistance(id, candidate)
    if (distance <= bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best ? `; did you mean \`${best}\`?` : ''
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
