import type { $ZodType } from 'zod/v4/core'
import { constructionsOf } from './construction.js'
import type { Locale, Rule } from './types.js'

const locales: readonly Locale[] = ['zh-CN', 'zh-TW', 'en']

/** Where the built-in rules' documentation lives. */
export const repository = 'https://github.com/replylint/replylint'

/** The absolute documentation URL of a built-in rule. */
export function ruleUrl(id: string): string {
  return `${repository}/blob/main/rules/${id}.md`
}
const ruleId = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/**
 * Define a rule: metadata and a function over the tree.
 *
 * It checks the metadata once, when the rule is defined, so that a rule with a
 * missing translation or a relative docs URL fails at load time, not in a
 * user's chat box.
 *
 * @example
 *   export default defineRule({
 *     meta: { id: 'no-shouting', description: 'Disallow …', severity: 'warn', preset: 'strict', url, messages, note },
 *     check(tree, context) { … context.report({ start, end }) },
 *   })
 */
export function defineRule<Schema extends $ZodType = $ZodType>(rule: Rule<Schema>): Rule<Schema> {
  const { meta } = rule
  if (!ruleId.test(meta.id)) throw new TypeError(`Rule id \`${meta.id}\` must be kebab-case`)
  if (!/^https?:\/\//.test(meta.url)) throw new TypeError(`Rule \`${meta.id}\`: \`url\` must be absolute`)
  const messageIds = Object.keys(meta.messages)
  if (messageIds.length === 0) throw new TypeError(`Rule \`${meta.id}\` has no messages`)
  for (const [id, message] of [...Object.entries(meta.messages), ['note', meta.note] as const]) {
    for (const locale of locales) {
      if (typeof message[locale] !== 'string' || message[locale].length === 0) {
        throw new TypeError(`Rule \`${meta.id}\`: \`${id}\` has no ${locale} text`)
      }
    }
  }
  const ids = new Set<string>()
  for (const construction of rule.constructions ?? []) {
    if (ids.has(construction.id)) throw new TypeError(`Rule \`${meta.id}\`: construction \`${construction.id}\` is defined twice`)
    ids.add(construction.id)
    if (construction.messageId !== undefined && !(construction.messageId in meta.messages)) {
      throw new TypeError(`Rule \`${meta.id}\`: construction \`${construction.id}\` names no message \`${construction.messageId}\``)
    }
  }
  if (!rule.check && ids.size === 0) throw new TypeError(`Rule \`${meta.id}\` has neither \`check\` nor \`constructions\``)
  const frozen = Object.freeze(rule)
  // Compiling now makes a mistyped pattern fail when the rule is defined, not in a chat box.
  constructionsOf(frozen)
  return frozen
}
