import type { $ZodType } from 'zod/v4/core'
import type { Locale, Rule } from './types.js'

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
  if (!isObject(rule)) return `${name}: expected an object with \`meta\` and \`check\``
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
  if (typeof rule.check !== 'function') return `${name}: \`check\` must be a function`
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
  return Object.freeze(rule)
}
