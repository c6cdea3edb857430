/**
 * The linter: compile a configuration once, then lint, fix and lint
 * conversations cheaply enough for every keystroke of a chat box.
 */
import { rules as builtIn } from '../rules/index.js'
import { type EnabledRule, inPreset, resolveRules, validateOptions } from './config.js'
import { ReplylintError } from './errors.js'
import { lexiconsOf } from './construction.js'
import { LexiconSet } from './matcher.js'
import { Run } from './run.js'
import type {
  Diagnostic,
  Fix,
  FixResult,
  LintContext,
  LintOptions,
  LintResult,
  Linter,
  LinterConfig,
  PresetName,
  Rule,
  Severity,
  TurnResult,
  Turn,
} from './types.js'
import { lintTurns } from './conversation.js'

/** A configuration compiled into what a run needs. */
interface Compiled {
  readonly rules: readonly EnabledRule[]
  readonly lexicons: LexiconSet
}

/** The built-in presets, from the rules' metadata. */
export const presets: Readonly<Record<PresetName, { readonly rules: Readonly<Record<string, Exclude<Severity, 'off'>>> }>> =
  Object.freeze({
    recommended: presetOf('recommended'),
    strict: presetOf('strict'),
    all: presetOf('all'),
  })

function presetOf(name: PresetName) {
  const rules: Record<string, Exclude<Severity, 'off'>> = {}
  for (const rule of builtIn) if (inPreset(rule, name)) rules[rule.meta.id] = rule.meta.severity
  return Object.freeze({ rules: Object.freeze(rules) })
}

/** How many derived configurations (per-call `preset`/`rules`) a linter keeps compiled. */
const derivedCacheSize = 32

/**
 * Compile a configuration into a linter.
 *
 * @param config Preset, rule settings, extra rules, message locale and language.
 * @throws {ReplylintError} For an unknown rule or invalid options, naming the rule and option path.
 */
export function createLinter(config: LinterConfig = {}): Linter {
  const valid = validateOptions(config, 'linter configuration')
  if ('context' in valid) throw new ReplylintError('Invalid linter configuration: `context` belongs to each call, not to the configuration', { path: 'context' })
  const available = new Map<string, Rule>()
  for (const rule of [...builtIn, ...(valid.plugins ?? [])]) {
    if (available.has(rule.meta.id)) throw new ReplylintError(`Rule \`${rule.meta.id}\` is defined twice`, { ruleId: rule.meta.id })
    available.set(rule.meta.id, rule)
  }
  const compile = (preset: PresetName, extra?: Record<string, unknown>): Compiled => {
    const rules = resolveRules(available, preset, [valid.rules, extra])
    return { rules, lexicons: new LexiconSet(rules.flatMap((enabled) => lexiconsOf(enabled.rule))) }
  }
  const base = compile(valid.preset ?? 'recommended')
  const derived = new Map<string, Compiled>()
  const validated = new WeakMap<object, LintOptions>()

  const compiledFor = (options: LintOptions): Compiled => {
    if (!options.preset && !options.rules) return base
    const key = JSON.stringify([options.preset ?? valid.preset ?? 'recommended', options.rules ?? null])
    let compiled = derived.get(key)
    if (!compiled) {
      compiled = compile(options.preset ?? valid.preset ?? 'recommended', options.rules)
      if (derived.size >= derivedCacheSize) derived.delete(derived.keys().next().value!)
      derived.set(key, compiled)
    }
    return compiled
  }

  const optionsOf = (options: unknown): LintOptions => {
    if (options === undefined) return {}
    if (typeof options === 'object' && options !== null) {
      const cached = validated.get(options)
      if (cached) return cached
    }
    const checked = validateOptions(options, 'lint options')
    if (checked.plugins) throw new ReplylintError('Invalid lint options: `plugins` belong to `createLinter`', { path: 'plugins' })
    validated.set(options as object, checked)
    return checked
  }

  const run = (text: unknown, options: LintOptions, name: string): Diagnostic[] => {
    if (typeof text !== 'string') {
      throw new TypeError(`${name}: expected \`text\` to be a string, got ${text === null ? 'null' : typeof text}`)
    }
    const compiled = compiledFor(options)
    const lang = options.lang ?? valid.lang
    const state = new Run(text, compiled.lexicons, options.locale ?? valid.locale, lang && lang !== 'auto' ? lang : undefined, options.context)
    for (const enabled of compiled.rules) state.check(enabled)
    return sortDiagnostics(state.diagnostics)
  }

  const linter: Linter = {
    lint(text: string, options?: LintOptions): LintResult {
      return { diagnostics: run(text, optionsOf(options), 'lint') }
    },
    fix(text: string, options?: LintOptions): FixResult {
      const checked = optionsOf(options)
      let current = text
      let diagnostics = run(current, checked, 'fix')
      const applied: Diagnostic[] = []
      // Fixes that overlapped one already applied get their turn on the next pass.
      for (let pass = 0; pass < 10; pass++) {
        const result = applyFixes(current, diagnostics)
        if (result.applied.length === 0) break
        applied.push(...result.applied)
        current = result.text
        diagnostics = run(current, checked, 'fix')
      }
      return { text: current, applied, diagnostics }
    },
    lintConversation(turns: readonly Turn[], options?: LintOptions): TurnResult[] {
      const checked = optionsOf(options)
      return lintTurns(turns, checked.context, (text: string, context: LintContext) =>
        run(text, { ...checked, context }, 'lintConversation'),
      )
    },
  }
  return Object.freeze(linter)
}

/**
 * Apply the fixes of `diagnostics` that do not overlap one another.
 *
 * @returns The new text and the diagnostics whose fixes were applied.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: Diagnostic[] } {
  const fixable = diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined)
  fixable.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1])
  const applied: Diagnostic[] = []
  let out = ''
  let position = 0
  let lastInsert = -1
  for (const diagnostic of fixable) {
    const [start, end] = diagnostic.fix.range
    if (start < position || (start === end && start === lastInsert)) continue
    if (start === end) lastInsert = start
    out += text.slice(position, start) + diagnostic.fix.text
    position = end
    applied.push(diagnostic)
  }
  return { text: out + text.slice(position), applied }
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.start.offset - b.start.offset ||
      a.end.offset - b.end.offset ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
}

let defaultLinter: Linter | undefined

function shared(): Linter {
  defaultLinter ??= createLinter()
  return defaultLinter
}

/**
 * Lint one reply with the recommended preset (plus `options.rules`).
 *
 * Synchronous and pure: same input, same output.
 *
 * @param text The reply.
 * @param options Language, preset, rule settings, message locale, conversation context.
 */
export function lint(text: string, options?: LintOptions): LintResult {
  return shared().lint(text, options)
}

/**
 * Apply every certain fix to a reply; applying it twice changes nothing.
 *
 * @param text The reply.
 * @param options As for `lint`.
 */
export function fix(text: string, options?: LintOptions): FixResult {
  return shared().fix(text, options)
}

/**
 * Lint every agent turn of a conversation, each with the turns before it as
 * history.
 *
 * @param turns The conversation, oldest first.
 * @param options As for `lint`; `context.customer` and `context.platform` apply to every turn.
 */
export function lintConversation(turns: readonly Turn[], options?: LintOptions): TurnResult[] {
  return shared().lintConversation(turns, options)
}
