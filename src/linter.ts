/**
 * The linter: compile a configuration once, then lint, fix and lint
 * conversations cheaply enough for every keystroke of a chat box.
 */
import { rules as builtIn } from '../rules/index.js'
import { type EnabledRule, inPreset, resolveRules, validateOptions } from './config.js'
import { ruleIdOf, ruleProblem } from './define-rule.js'
import { EditTrail } from './edits.js'
import { ReplylintError } from './errors.js'
import { lexiconsOf } from './construction.js'
import { LruCache } from './lru.js'
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
const derivedCacheSize = 64

/**
 * Compile a configuration into a linter.
 *
 * @param config Preset, rule settings, extra rules, message locale and language.
 * @throws {ReplylintError} For an unknown rule, invalid options or an invalid plugin, naming the rule and option path.
 */
export function createLinter(config: LinterConfig = {}): Linter {
  const valid = validateOptions(config, 'linter configuration')
  if ('context' in valid) throw new ReplylintError('Invalid linter configuration: `context` belongs to each call, not to the configuration', { path: 'context' })
  const available = new Map<string, Rule>()
  for (const rule of builtIn) available.set(rule.meta.id, rule)
  ;(valid.plugins ?? []).forEach((rule, index) => {
    const problem = ruleProblem(rule) ?? (available.has(rule.meta.id) ? `Rule \`${rule.meta.id}\`: ${builtIn.some((b) => b.meta.id === rule.meta.id) ? 'a built-in rule has this id' : 'it is defined twice'}` : undefined)
    if (problem) throw new ReplylintError(`Invalid plugin ${index}: ${problem}`, { ruleId: ruleIdOf(rule), path: `plugins[${index}]` })
    available.set(rule.meta.id, rule)
  })
  // Lexicon automata depend only on which rules run, not on their severities
  // or options: compiled once per set of rules (the costly part of a configuration).
  const automata = new LruCache<string, LexiconSet>(derivedCacheSize)
  let base: Compiled | undefined
  const compile = (preset: PresetName, extra?: Record<string, unknown>): Compiled => {
    const rules = resolveRules(available, preset, [valid.rules, extra])
    // Rules of the base configuration turned off or set to another severity need no set of their
    // own: the base's lexicons hold theirs (the others are found and never asked for).
    if (base && rules.every((enabled) => base!.rules.some((b) => b.rule === enabled.rule))) return { rules, lexicons: base.lexicons }
    const key = rules.map((enabled) => enabled.rule.meta.id).join('\n')
    let lexicons = automata.get(key)
    if (!lexicons) {
      // With any built-in rule on, every built-in watched word is folded, whichever of them run:
      // a fold changes what every rule reads, and a rule must read the same text in any configuration.
      lexicons = new LexiconSet(
        rules.flatMap((enabled) => lexiconsOf(enabled.rule)),
        rules.some((enabled) => builtIn.includes(enabled.rule)),
      )
      automata.set(key, lexicons)
    }
    return { rules, lexicons }
  }
  base = compile(valid.preset ?? 'recommended')
  const derived = new LruCache<string, Compiled>(derivedCacheSize)

  const compiledFor = (options: LintOptions): Compiled => {
    if (!options.preset && !options.rules) return base
    // A structural key: equal settings share a compilation however they are passed.
    const key = JSON.stringify([options.preset ?? valid.preset ?? 'recommended', options.rules ?? null])
    let compiled = derived.get(key)
    if (!compiled) {
      compiled = compile(options.preset ?? valid.preset ?? 'recommended', options.rules)
      derived.set(key, compiled)
    }
    return compiled
  }

  // Options are validated on every call, never cached by identity: a caller
  // that changes `context.history` or `rules` in place must see the change.
  const optionsOf = (options: unknown): LintOptions => {
    if (options === undefined) return {}
    const checked = validateOptions(options, 'lint options')
    if (checked.plugins) throw new ReplylintError('Invalid lint options: `plugins` belong to `createLinter`', { path: 'plugins' })
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
      const trail = new EditTrail(text.length)
      // Fixes that overlapped one already applied get their turn on the next pass.
      for (let pass = 0; pass < 10; pass++) {
        const result = applyFixes(current, diagnostics)
        if (result.applied.length === 0) break
        // One at a time: spreading a hundred thousand arguments overflows the stack.
        for (const diagnostic of result.applied) applied.push(diagnostic)
        trail.apply(result.applied.map((diagnostic) => diagnostic.fix!))
        current = result.text
        diagnostics = run(current, checked, 'fix')
      }
      return { text: current, applied, diagnostics, edits: trail.edits() }
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
 * Apply the fixes of `diagnostics` that do not overlap one another. A fix
 * that is not a valid edit of `text` (no `text` string, a range outside it)
 * is left out.
 *
 * @returns The new text and the diagnostics whose fixes were applied.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: Diagnostic[] } {
  const fixable = diagnostics.filter((d): d is Diagnostic & { fix: Fix } => isEdit(d.fix, text.length))
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

function isEdit(fix: Fix | undefined, length: number): boolean {
  if (typeof fix !== 'object' || fix === null || typeof fix.text !== 'string' || !Array.isArray(fix.range)) return false
  const [from, to] = fix.range
  return Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= length
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
