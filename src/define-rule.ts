import type { $ZodType } from 'zod/v4/core'
import { compileConstruction, constructionsOf } from './construction.js'
import type { Construction, Locale, Rule } from './types.js'

const locales: readonly Locale[] = ['zh-CN', 'zh-TW', 'en']

/** Where the built-in rules' documentation lives. */
export const repository = 'https://github.com/replylint/replylint'

/** The absolute documentation URL of a built-in rule. */
export function ruleUrl(id: string): string {
  return `${repository}/blob/main/rules/${id}.md`
}
const ruleId = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
const severities: readonly unknown[] = ['info', 'warn', 'error']
const presetNames: readonly unknown[] = ['recommended', 'strict', 'all']

/** The id of something meant to be a rule, if it has one. */
export function ruleIdOf(rule: unknown): string | undefined {
  const id = isObject(rule) && isObject(rule.meta) ? rule.meta.id : undefined
  return typeof id === 'string' ? id : undefined
}

/**
 * What is wrong with something meant to be a rule, naming it: its metadata,
 * its lexicons and its `check`. `undefined` when it is a valid rule.
 */
export function ruleProblem(rule: unknown): string | undefined {
  const id = ruleIdOf(rule)
  const name = `Rule \`${id ?? '(no id)'}\``
  if (!isObject(rule)) return `${name}: expected an object with \`meta\` and \`check\` or \`constructions\``
  const { meta } = rule
  if (!isObject(meta)) return `${name}: \`meta\` must be an object`
  if (id === undefined || !ruleId.test(id)) return `${name}: \`id\` must be a kebab-case string`
  if (id === 'internal-error') return `${name}: the id \`internal-error\` is reserved for rules that fail`
  if (typeof meta.description !== 'string' || meta.description.length === 0) return `${name}: \`description\` must be a non-empty string`
  if (!severities.includes(meta.severity)) return `${name}: \`severity\` must be "info", "warn" or "error"`
  if (!presetNames.includes(meta.preset)) return `${name}: \`preset\` must be "recommended", "strict" or "all"`
  if (typeof meta.url !== 'string' || !/^https?:\/\//.test(meta.url)) return `${name}: \`url\` must be absolute`
  if (!isObject(meta.messages) || Object.keys(meta.messages).length === 0) return `${name} has no messages`
  for (const [key, message] of [...Object.entries(meta.messages), ['note', meta.note] as const]) {
    for (const locale of locales) {
      const text = isObject(message) ? message[locale] : undefined
      if (typeof text !== 'string' || text.length === 0) return `${name}: \`${key}\` has no ${locale} text`
    }
  }
  if (meta.fixable !== undefined && typeof meta.fixable !== 'boolean') return `${name}: \`fixable\` must be a boolean`
  // Every zod schema, classic or mini, carries its definition under `_zod`.
  if (meta.options !== undefined && !(isObject(meta.options) && '_zod' in meta.options)) return `${name}: \`options\` must be a zod schema`
  if (rule.lexicons !== undefined && !(Array.isArray(rule.lexicons) && rule.lexicons.every(Array.isArray))) return `${name}: \`lexicons\` must be an array of lexicons`
  if (rule.check !== undefined && typeof rule.check !== 'function') return `${name}: \`check\` must be a function`
  if (rule.constructions !== undefined && !Array.isArray(rule.constructions)) return `${name}: \`constructions\` must be an array`
  const constructions = (rule.constructions ?? []) as readonly unknown[]
  if (rule.check === undefined && constructions.length === 0) return `${name}: needs \`check\` or \`constructions\``
  const ids = new Set<string>()
  for (const construction of constructions) {
    if (!isObject(construction) || typeof construction.id !== 'string' || typeof construction.pattern !== 'string') {
      return `${name}: a construction needs an \`id\` and a \`pattern\``
    }
    if (ids.has(construction.id)) return `${name}: construction \`${construction.id}\` is defined twice`
    ids.add(construction.id)
    if (construction.messageId !== undefined && !Object.hasOwn(meta.messages as object, construction.messageId as string)) {
      return `${name}: construction \`${construction.id}\` names no message \`${String(construction.messageId)}\``
    }
  }
  try {
    // Compiled here once for all: `defineRule` and the linter find them compiled (at import, this was every construction twice).
    constructionsOf(rule as unknown as Rule)
  } catch {
    for (const construction of constructions as ReadonlyArray<Record<string, unknown>>) {
      try {
        compileConstruction(construction as unknown as Construction)
      } catch (error) {
        return `${name}: construction \`${String(construction.id)}\`: ${(error as Error).message}`
      }
    }
  }
  return undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * Define a rule: metadata and a function over the tree.
 *
 * It checks the rule once, when it is defined, so that a rule with a
 * missing translation, a relative docs URL or no `check` fails at load time,
 * not in a user's chat box.
 *
 * @throws {TypeError} Naming the rule and what is wrong with it.
 * @example
 *   export default defineRule({
 *     meta: { id: 'no-shouting', description: 'Disallow …', severity: 'warn', preset: 'strict', url, messages, note },
 *     check(tree, context) { … context.report({ start, end }) },
 *   })
 */
export function defineRule<Schema extends $ZodType = $ZodType>(rule: Rule<Schema>): Rule<Schema> {
  const problem = ruleProblem(rule)
  if (problem) throw new TypeError(problem)
  const frozen = Object.freeze(rule)
  // Compiled once now, so the first lint in a chat box does not pay for it.
  constructionsOf(frozen)
  return frozen
}
