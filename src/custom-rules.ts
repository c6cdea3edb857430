/**
 * Declarative custom rules: a shop's own policy written as data, without
 * code ("never give out the address of our transfer warehouse", "we do issue
 * invoices, never say we don't", "apologise when refusing").
 *
 * They compile into ordinary rules whose phrases are lexicons, so they are
 * found in the one shared pass over the normalised reply: traditional,
 * full-width and spaced-out spellings match, and words the customer is
 * quoted saying do not.
 *
 *   customRules:
 *     transfer-warehouse: { type: ban, phrases: [中转仓], severity: error }
 *     apologise-refusal: { type: require, when: [不能, 没办法], phrases: [抱歉, 不好意思] }
 *     no-private-transfer:
 *       type: construction
 *       constructions:
 *         - { pattern: '转账|转 ~4 @second ~6 @money', unless: { before: '不会|不能' } }
 */
import * as z from 'zod/mini'
import { check, fail } from './config.js'
import { defineRule, repository } from './define-rule.js'
import { leftmostLongest } from './matcher.js'
import { normalisePhrase } from './normalise.js'
import { compilePattern } from './construction.js'
import type { Construction, Lexicon, LexiconEntry, Localised, Locale, Rule, RuleContext } from './types.js'

const phrase = z
  .string()
  .check(z.refine((value) => normalisePhrase(value).length > 0, { message: 'expected a phrase with a letter, digit or Chinese character' }))

const text = z.string().check(z.minLength(1))

const message = z.union([
  text,
  z
    .strictObject({ 'zh-CN': z.optional(text), 'zh-TW': z.optional(text), en: z.optional(text) })
    .check(z.refine((value) => Object.keys(value).length > 0, { message: 'expected a text in at least one of zh-CN, zh-TW, en' })),
])

const common = {
  /** @default 'warn' */
  severity: z._default(z.enum(['info', 'warn', 'error']), 'warn'),
  /** The message; `{actual}`, `{expected}` (and `{required}` for `require`) are filled in. */
  message: z.optional(message),
  /** Why: the policy it enforces. */
  note: z.optional(message),
  /** Where the policy is written down. */
  url: z.optional(z.url({ protocol: /^https?$/ })),
}

const banned = z.union([
  phrase,
  z.strictObject({
    match: z.union([phrase, z.array(phrase).check(z.minLength(1))]),
    expected: z.optional(z.union([text, z.array(text)])),
  }),
])

/** A pattern, checked by compiling it (a mistyped class or an empty literal is an error here). */
const pattern = z.string().check(
  z.superRefine((value, context) => {
    try {
      compilePattern(value)
    } catch (error) {
      context.issues.push({ code: 'custom', input: value, message: (error as Error).message })
    }
  }),
)
const patterns = z.union([pattern, z.array(pattern).check(z.minLength(1))])

/** One construction of a shop's rule: the schema of the built-in rules' `constructions`. */
const constructionSchema = z.strictObject({
  /** A short name, shown nowhere but useful in reviews. */
  id: z.optional(z.string()),
  /** What it means. */
  meaning: z.optional(z.string()),
  /** A reply it catches. */
  example: z.optional(z.string()),
  /** The sequence (see the construction grammar in the README). */
  pattern,
  /** @default 'clause' */
  scope: z.optional(z.enum(['clause', 'sentence', 'reply'])),
  /** Only in a question (`true`) or only outside one (`false`). */
  question: z.optional(z.boolean()),
  /** Flag the matched words (`match`) or the whole clause or sentence (`scope`). @default 'match' */
  flag: z.optional(z.enum(['match', 'scope'])),
  /** Where it does not apply. */
  unless: z.optional(
    z.strictObject({
      before: z.optional(patterns),
      after: z.optional(patterns),
      preceding: z.optional(patterns),
      clause: z.optional(patterns),
      sentence: z.optional(patterns),
      reply: z.optional(patterns),
      customer: z.optional(patterns),
    }),
  ),
  /** Only when the customer's latest turns hold one of these. */
  customerSaid: z.optional(patterns),
  /** Suggestions: templates with `{Name}` for what `Name=` captured. */
  expected: z.optional(z.union([text, z.array(text)])),
  /**
   * Whether the first suggestion is applied by `--fix`.
   *
   * @default false
   */
  fix: z.optional(z.boolean()),
})

/** The schema of one custom rule in a configuration. */
const customRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    /** Flag every phrase of `phrases`. */
    type: z.literal('ban'),
    /** Phrases, or `{match, expected}` with replacements, best first. */
    phrases: z.array(banned).check(z.minLength(1)),
    /**
     * Whether a phrase with exactly one replacement is fixed by `--fix`.
     *
     * @default false
     */
    fix: z._default(z.boolean(), false),
    ...common,
  }),
  z.strictObject({
    /** Flag a reply (or sentence) that says one of `when` without one of `phrases`. */
    type: z.literal('require'),
    /** Phrases that call for one of `phrases`. */
    when: z.array(phrase).check(z.minLength(1)),
    /** Phrases of which one must be there. */
    phrases: z.array(phrase).check(z.minLength(1)),
    /**
     * Where the required phrase must be: anywhere in the reply, or in the same sentence.
     *
     * @default 'reply'
     */
    scope: z._default(z.enum(['reply', 'sentence']), 'reply'),
    ...common,
  }),
  z.strictObject({
    /**
     * Flag what a construction describes (the built-in rules' own schema,
     * like Vale's `sequence`): word classes, literals, gaps, anchors.
     */
    type: z.literal('construction'),
    /** The constructions, each a way of saying what the rule catches. */
    constructions: z.array(constructionSchema).check(z.minLength(1)),
    ...common,
  }),
])

/** One custom rule as written in a configuration. */
export type CustomRuleDefinition = z.input<typeof customRuleSchema>

/** Custom rules by name, as written in a configuration's `customRules`. */
export const customRulesSchema = z.record(
  z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { message: 'expected a kebab-case name such as `transfer-warehouse`' })),
  customRuleSchema,
)

/** The prefix of custom rule ids, which keeps them apart from built-in rules. */
const customRulePrefix = 'custom-'

const defaults = {
  ban: {
    'zh-CN': '不要说“{actual}”',
    'zh-TW': '不要說「{actual}」',
    en: 'Unexpected `{actual}`',
  },
  banWithExpected: {
    'zh-CN': '不要说“{actual}”，改说“{expected}”',
    'zh-TW': '不要說「{actual}」，改說「{expected}」',
    en: 'Unexpected `{actual}`, use `{expected}` instead',
  },
  require: {
    'zh-CN': '说“{actual}”时还要说“{required}”',
    'zh-TW': '說「{actual}」時還要說「{required}」',
    en: 'Say `{required}` along with `{actual}`',
  },
  note: {
    'zh-CN': '本店自定义的规则。',
    'zh-TW': '本店自訂的規則。',
    en: 'A rule of this shop’s own.',
  },
} as const satisfies Record<string, Localised>

/** A text in every locale, falling back to the nearest one written. */
function localise(written: z.output<typeof message> | undefined, fallback: Localised): Localised {
  if (written === undefined) return fallback
  if (typeof written === 'string') return { 'zh-CN': written, 'zh-TW': written, en: written }
  const pick = (...order: Locale[]) => order.map((locale) => written[locale]).find((value) => value !== undefined)!
  return {
    'zh-CN': pick('zh-CN', 'zh-TW', 'en'),
    'zh-TW': pick('zh-TW', 'zh-CN', 'en'),
    en: pick('en', 'zh-CN', 'zh-TW'),
  }
}

interface BanEntry extends LexiconEntry {
  readonly expected: readonly string[]
}

function compile(name: string, definition: z.output<typeof customRuleSchema>): Rule {
  const id = `${customRulePrefix}${name}`
  const meta = {
    id,
    severity: definition.severity,
    preset: 'recommended' as const,
    url: definition.url ?? `${repository}#custom-rules`,
    note: localise(definition.note, defaults.note),
  }
  if (definition.type === 'ban') {
    const lexicon: Lexicon<BanEntry> = definition.phrases.map((entry) =>
      typeof entry === 'string'
        ? { match: entry, expected: [] }
        : { match: entry.match, expected: typeof entry.expected === 'string' ? [entry.expected] : (entry.expected ?? []) },
    )
    const withExpected = lexicon.some((entry) => entry.expected.length > 0)
    const fixable = definition.fix
    return defineRule({
      meta: {
        ...meta,
        description: `Disallow the phrases of the shop's \`${name}\` rule.`,
        fixable,
        messages: {
          ban: localise(definition.message, withExpected ? defaults.banWithExpected : defaults.ban),
          ...(definition.message === undefined && withExpected && { banned: defaults.ban }),
        },
      },
      lexicons: [lexicon],
      check(_tree, context) {
        for (const match of leftmostLongest(context.find(lexicon))) {
          const { expected } = match.entry
          context.report({
            // Without a message of its own, a phrase that has no replacement must not say "use ``".
            messageId: definition.message === undefined && withExpected && expected.length === 0 ? 'banned' : 'ban',
            start: match.start,
            end: match.end,
            expected,
            fix: fixable && expected.length === 1 ? { range: [match.start, match.end], text: expected[0]! } : undefined,
          })
        }
      },
    })
  }
  if (definition.type === 'construction') {
    const constructions: Construction[] = definition.constructions.map((written, index) => {
      const { expected, ...rest } = written
      return {
        ...rest,
        id: written.id ?? `construction-${index + 1}`,
        meaning: written.meaning ?? '',
        example: written.example ?? '',
        ...(expected !== undefined && { expected: typeof expected === 'string' ? [expected] : expected }),
      }
    })
    const withExpected = constructions.some((construction) => (construction.expected ?? []).length > 0)
    return defineRule({
      meta: {
        ...meta,
        description: `Disallow the constructions of the shop's \`${name}\` rule.`,
        fixable: constructions.some((construction) => construction.fix),
        messages: { ban: localise(definition.message, withExpected ? defaults.banWithExpected : defaults.ban) },
      },
      constructions,
    })
  }
  const triggers: Lexicon = definition.when.map((match) => ({ match }))
  const required: Lexicon = definition.phrases.map((match) => ({ match }))
  const scope = definition.scope
  return defineRule({
    meta: {
      ...meta,
      description: `Require the phrases of the shop's \`${name}\` rule.`,
      messages: { require: localise(definition.message, defaults.require) },
    },
    lexicons: [triggers, required],
    check(_tree, context: RuleContext) {
      const found = leftmostLongest(context.find(triggers))
      if (found.length === 0) return
      const present = context.find(required, { quoted: true })
      const data = { required: definition.phrases[0]! }
      if (scope === 'reply') {
        if (present.length === 0) context.report({ start: found[0]!.start, end: found[0]!.end, data })
        return
      }
      for (const sentence of context.sentences) {
        const within = (match: { start: number; end: number }) => match.start >= sentence.start && match.end <= sentence.end
        const trigger = found.find(within)
        if (trigger && !present.some(within)) context.report({ start: trigger.start, end: trigger.end, data })
      }
    },
  })
}

/**
 * Compile the custom rules of a configuration into rules for
 * `createLinter({ plugins })`. Each rule's id is `custom-<name>`, so that it
 * can be set like any rule (`rules: { 'custom-transfer-warehouse': 'off' }`)
 * and never clashes with a built-in rule.
 *
 * @param definitions Custom rules by name (see `customRuleSchema`).
 * @throws {ReplylintError} Naming the rule and the option path, for an invalid definition.
 */
export function compileCustomRules(definitions: unknown): Rule[] {
  const parsed = check(customRulesSchema, definitions)
  if (!parsed.success) fail(parsed.error, 'Invalid custom rules', { prefix: ['customRules'] })
  return Object.entries(parsed.data).map(([name, definition]) => compile(name, definition))
}
