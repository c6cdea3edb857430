/**
 * Constructions: what a rule catches, written as data.
 *
 * A construction is a sequence of elements — word classes shared by every
 * rule (`@second`, `@negator`), literal words, bounded gaps, anchors — that
 * must lie within one clause, sentence or reply, plus conditions (only in a
 * question, not after a softener, only when the customer asked) and
 * suggestion templates over what it captured. It is LanguageTool's token
 * sequence and Vale's `sequence` style, fitted to Chinese without word
 * segmentation: elements are found by the one shared Aho–Corasick pass over
 * the normalised reply, and a construction only walks the matches found.
 *
 * ## Pattern grammar (elements separated by spaces)
 *
 * | element        | meaning                                                        |
 * | -------------- | -------------------------------------------------------------- |
 * | `不是`         | a literal (normalised: write it simplified, lower case)        |
 * | `a\|b\|@cls`   | any of these literals and word classes                         |
 * | `@second`      | a word class (see `src/language/classes.ts`)                   |
 * | `X?`           | the element is optional                                        |
 * | `!X`           | not followed here by `X` (a lookahead that consumes nothing)   |
 * | `~8`           | up to 8 units of anything (within the scope); `~` to its end   |
 * | `~8!了\|又`     | a gap that holds none of these words                           |
 * | `^`            | the start of the scope, after openers (`亲，`, `@handle`, `Hi`) |
 * | `^^`           | the very start of the scope (openers included)                 |
 * | `^\|`           | as `^`, or the start of a chat bubble within the scope (first) |
 * | `$`            | the end of the scope, but for particles, marks and emoji       |
 * | `$\|`           | as `$`, or the end of a chat bubble within the scope           |
 * | `V=…`          | capture the element (or gap) as `{V}` for the suggestions      |
 * | `<` `>`        | where the flagged span starts / ends (default: the whole match)|
 *
 * Adjacent elements may be separated by spaces (English words); `_` inside a
 * literal stands for a space (`could_you`). Matching is greedy with bounded
 * backtracking (the first few candidates of each element), so a construction
 * costs at most a constant per occurrence of its first element: linear in the
 * reply.
 */
import { lowerBound, rangeIndex } from './binary-search.js'
import { isHan, isWhiteSpace } from './chars.js'
import { classLexicon } from './language/classes.js'
import { type LeadInEnds, leadInEnds, openerLexicon, skipLeadIns } from './language/openers.js'
import { isQuestion } from './language/questions.js'
import { normalisePhrase } from './normalise.js'
import type { Construction, ConstructionScope, Lexicon, LexiconEntry, Match, Rule } from './types.js'
import { sortedRanges } from './typed-arrays.js'

/** An element of a compiled pattern. */
type Element =
  | { readonly kind: 'word'; readonly lexicons: readonly Lexicon[]; readonly optional: boolean; readonly capture?: string; readonly key: string }
  | { readonly kind: 'not'; readonly lexicons: readonly Lexicon[]; readonly key: string }
  | { readonly kind: 'gap'; readonly max: number; readonly capture?: string; readonly except?: Except }
  | { readonly kind: 'start'; readonly raw: boolean; readonly bubble?: true }
  | { readonly kind: 'end'; readonly bubble?: true }
  | { readonly kind: 'from' }
  | { readonly kind: 'to' }

/** Words a gap may not hold (`~20!了`): LanguageTool's `skip` with an `exception`. */
interface Except {
  readonly key: string
  readonly lexicons: readonly Lexicon[]
}

/** A pattern compiled once. */
export interface CompiledPattern {
  readonly source: string
  readonly elements: readonly Element[]
  readonly lexicons: readonly Lexicon[]
  /** The first required word, if any. */
  readonly lead: Extract<Element, { kind: 'word' }> | undefined
  /** Whether it ends with its chat bubble (`$|`). */
  readonly bubble: boolean
}

/** Where an `unless` pattern is looked for. */
type UnlessPlace = 'before' | 'after' | 'preceding' | 'clause' | 'sentence' | 'reply' | 'customer'

/** A construction compiled once. */
export interface CompiledConstruction {
  readonly construction: Construction
  readonly pattern: CompiledPattern
  readonly unless: ReadonlyArray<readonly [UnlessPlace, CompiledPattern]>
  readonly customer: readonly CompiledPattern[]
  readonly lexicons: readonly Lexicon[]
}

/** The widest gap a pattern may write (`~` alone means the rest of the scope, up to this). */
const maxGap = 400
/** How many candidates of one element are tried before giving up (bounded backtracking). */
const tries = 4

/**
 * Literal groups, compiled once each and shared by every rule (the automaton
 * dedups by identity). The literals of one element form one lexicon, so that
 * finding an element of forty words is one look-up, not forty.
 */
const literalLexicons = new Map<string, Lexicon>()

function literals(words: readonly string[]): Lexicon {
  const key = words.join('|')
  let lexicon = literalLexicons.get(key)
  if (!lexicon) {
    lexicon = Object.freeze([Object.freeze({ match: words.map((word) => word.replaceAll('_', ' ')) })])
    literalLexicons.set(key, lexicon)
  }
  return lexicon
}

function alternatives(spec: string, source: string): Lexicon[] {
  const lexicons: Lexicon[] = []
  const words = new Set<string>()
  for (const alternative of spec.split('|')) {
    if (alternative.length === 0) throw new SyntaxError(`Empty alternative in construction pattern \`${source}\``)
    if (alternative.startsWith('@')) {
      const lexicon = classLexicon(alternative.slice(1))
      if (!lexicon) throw new SyntaxError(`Unknown word class \`${alternative}\` in construction pattern \`${source}\``)
      lexicons.push(lexicon)
      continue
    }
    if (normalisePhrase(alternative.replaceAll('_', ' ')).length === 0) {
      throw new SyntaxError(`Literal \`${alternative}\` is empty once normalised in \`${source}\``)
    }
    words.add(alternative)
  }
  if (words.size > 0) lexicons.push(literals([...words]))
  return lexicons
}

const compiledPatterns = new Map<string, CompiledPattern>()

/**
 * Compile a pattern (see the grammar above).
 *
 * @throws {SyntaxError} Naming the pattern, for an unknown class, an empty
 *   literal, or a pattern that does not start with a word or `^`.
 */
export function compilePattern(source: string): CompiledPattern {
  const known = compiledPatterns.get(source)
  if (known) return known
  const elements: Element[] = []
  const lexicons = new Set<Lexicon>()
  for (const token of source.trim().split(/\s+/)) {
    if (token === '^' || token === '^^') elements.push({ kind: 'start', raw: token === '^^' })
    else if (token === '^|') {
      if (elements.length > 0) throw new SyntaxError(`\`^|\` must open the pattern in \`${source}\``)
      elements.push({ kind: 'start', raw: false, bubble: true })
    }
    else if (token === '$') elements.push({ kind: 'end' })
    else if (token === '$|') elements.push({ kind: 'end', bubble: true })
    else if (token === '<') elements.push({ kind: 'from' })
    else if (token === '>') elements.push({ kind: 'to' })
    else {
      const captured = /^([A-Z][A-Za-z0-9]*)=(.+)$/.exec(token)
      const capture = captured?.[1]
      const body = captured ? captured[2]! : token
      const gap = /^~(\d*)(?:!(.+))?$/.exec(body)
      if (gap) {
        const max = gap[1] ? Number(gap[1]) : maxGap
        if (max > maxGap) throw new SyntaxError(`Gap \`${body}\` is wider than ${maxGap} in \`${source}\``)
        let except: Except | undefined
        if (gap[2]) {
          const list = alternatives(gap[2], source)
          for (const lexicon of list) lexicons.add(lexicon)
          except = { key: gap[2], lexicons: list }
        }
        const element: { kind: 'gap'; max: number; capture?: string; except?: Except } = { kind: 'gap', max }
        if (capture) element.capture = capture
        if (except) element.except = except
        elements.push(element)
      } else if (body.startsWith('!')) {
        const list = alternatives(body.slice(1), source)
        for (const lexicon of list) lexicons.add(lexicon)
        elements.push({ kind: 'not', lexicons: list, key: body.slice(1) })
      } else {
        const optional = body.length > 1 && body.endsWith('?')
        const spec = optional ? body.slice(0, -1) : body
        const list = alternatives(spec, source)
        for (const lexicon of list) lexicons.add(lexicon)
        elements.push(capture ? { kind: 'word', lexicons: list, optional, capture, key: spec } : { kind: 'word', lexicons: list, optional, key: spec })
      }
    }
  }
  const first = elements.find((element) => element.kind !== 'from')
  if (!first || !(first.kind === 'start' || (first.kind === 'word' && !first.optional))) {
    throw new SyntaxError(`Construction pattern \`${source}\` must start with a required word or \`^\``)
  }
  const lead = elements.find((element): element is Extract<Element, { kind: 'word' }> => element.kind === 'word' && !element.optional)
  const last = elements.at(-1)
  const compiled = { source, elements, lexicons: [...lexicons], lead, bubble: last?.kind === 'end' && last.bubble === true }
  compiledPatterns.set(source, compiled)
  return compiled
}

const compiledConstructions = new WeakMap<Rule, readonly CompiledConstruction[]>()

function listOf(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value
}

/** Compile a construction. */
export function compileConstruction(construction: Construction): CompiledConstruction {
  const pattern = compilePattern(construction.pattern)
  const unless: Array<readonly [UnlessPlace, CompiledPattern]> = []
  for (const place of ['before', 'after', 'preceding', 'clause', 'sentence', 'reply', 'customer'] as const) {
    for (const source of listOf(construction.unless?.[place])) unless.push([place, compilePattern(source)])
  }
  const customer = listOf(construction.customerSaid).map(compilePattern)
  const lexicons = new Set<Lexicon>(pattern.lexicons)
  for (const [, other] of unless) for (const lexicon of other.lexicons) lexicons.add(lexicon)
  for (const other of customer) for (const lexicon of other.lexicons) lexicons.add(lexicon)
  if (pattern.elements.some((element) => element.kind === 'start')) lexicons.add(openerLexicon)
  return { construction, pattern, unless, customer, lexicons: [...lexicons] }
}

/** A rule's constructions, compiled once per rule. */
export function constructionsOf(rule: Rule): readonly CompiledConstruction[] {
  let compiled = compiledConstructions.get(rule)
  if (!compiled) {
    compiled = (rule.constructions ?? []).map(compileConstruction)
    compiledConstructions.set(rule, compiled)
  }
  return compiled
}

/** Each rule's lexicons with its constructions', listed once: a configuration never seen before lists them all again. */
const ruleLexicons = new WeakMap<Rule, { readonly own: readonly Lexicon[]; readonly size: number; readonly all: readonly Lexicon[] }>()

/** Every lexicon a rule needs in the shared pass: its own and its constructions'. */
export function lexiconsOf(rule: Rule): readonly Lexicon[] {
  const own = rule.lexicons ?? []
  const constructions = constructionsOf(rule)
  if (constructions.length === 0) return own
  let listed = ruleLexicons.get(rule)
  // A rule's own list is read afresh if it was replaced or grown since.
  if (listed?.own !== own || listed.size !== own.length) {
    listed = { own, size: own.length, all: [...own, ...constructions.flatMap((construction) => construction.lexicons)] }
    ruleLexicons.set(rule, listed)
  }
  return listed.all
}

/**
 * For each construction, the lexicon indices of each required word of its
 * pattern (as numbered by `indexOf`), flattened as `size, indices…` per
 * word: a construction can match only where every word has a lexicon that
 * found something, so a run skips the others with a few array reads. An
 * index of -1 (a lexicon not compiled in) counts as found.
 */
export function requirementsOf(constructions: readonly CompiledConstruction[], indexOf: (lexicon: Lexicon) => number): readonly Int32Array[] {
  return constructions.map(({ pattern }) => {
    const flat: number[] = []
    for (const element of pattern.elements) {
      if (element.kind !== 'word' || element.optional) continue
      flat.push(element.lexicons.length)
      for (const lexicon of element.lexicons) flat.push(indexOf(lexicon))
    }
    return new Int32Array(flat)
  })
}

/** Whether every required word of `required` has a lexicon with phrases in `found` (non-zero at a lexicon's index: `Hits.found`; see `requirementsOf`). */
export function mayMatch(required: Int32Array, found: Int32Array): boolean {
  for (let at = 0; at < required.length; ) {
    const end = at + 1 + required[at]!
    let present = false
    for (at++; at < end && !present; at++) present = required[at]! < 0 || found[required[at]!]! > 0
    if (!present) return false
    at = end
  }
  return true
}

/** One span of the reply, in normalised offsets. */
export interface Span {
  readonly normalStart: number
  readonly normalEnd: number
}

/** What a construction found: the match, the flagged part and the captures, in normalised offsets. */
export interface ConstructionMatch {
  readonly construction: Construction
  /** The whole match. */
  readonly match: Span
  /** The flagged span (`<` … `>`, or the whole match). */
  readonly flagged: Span
  /** Captured elements and gaps by name. */
  readonly captures: Readonly<Record<string, Span>>
}

/** What matching needs from a run. */
export interface ConstructionHost {
  /**
   * The normalised text; with `starts` and `ends` (original offsets of each unit, see
   * `Normalised`) and the original `text`, chat bubbles can be told apart (`$|`, `^|`).
   */
  readonly normal: { readonly text: string; readonly starts?: Int32Array; readonly ends?: Int32Array }
  /**
   * The original text, for the white space the normal view drops between Han characters.
   *
   * @default undefined (no chat bubbles: `$|` and `^|` read as `$` and `^`)
   */
  readonly text?: string
  readonly clauses: readonly Span[]
  readonly sentences: readonly Span[]
  find<Entry extends LexiconEntry>(lexicon: Lexicon<Entry>): Match<Entry>[]
  /**
   * Whether the shared pass found any phrase of `lexicon` (quoted or not): a
   * cheap first test, before `find` builds the matches.
   *
   * @default undefined (matching calls `find`)
   */
  occurs?(lexicon: Lexicon): boolean
  /**
   * The ranges of what `find` would return, `visit(normalStart, normalEnd)`
   * in any order, without making match objects (a megabyte holds hundreds of
   * thousands).
   *
   * @default undefined (matching calls `find`)
   */
  spans?(lexicon: Lexicon, visit: (normalStart: number, normalEnd: number) => void): void
  /** The customer's turns since the agent last spoke, normalised (empty without a conversation). */
  readonly customerLatest: string
  /** Whether the customer's latest turns hold a pattern's words in order. */
  customerMatches(pattern: CompiledPattern): boolean
}

/** Sorted occurrences of one element, with a window lookup. */
class Occurrences {
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
  ) {}

  /** Ranges given in any order, sorted by start, longest first. */
  static of(each: (visit: (normalStart: number, normalEnd: number) => void) => void): Occurrences {
    const { starts, ends } = sortedRanges(each)
    return new Occurrences(starts, ends)
  }

  /** Index of the first occurrence starting at or after `from`. */
  firstFrom(from: number): number {
    return lowerBound(this.starts.length, (index) => this.starts[index]! < from)
  }
}

const noOccurrences = new Occurrences(new Int32Array(0), new Int32Array(0))

/**
 * Particles, marks and emoji that may stand between a pattern's `$` and the end of its scope.
 * Closing brackets are not among them: they close what the flagged words opened (`[链接x]`).
 */
const trailing = /^[\s~～!！?？.。…,，、;；:："”'’吧呢啊呀哦噢哈啦嘛哟咯滴么吗哇耶😀-🙏🌀-🗿🚀-🛿🤀-🧿☀-➿]*$/u

/**
 * Per-run state of construction matching: occurrences of each element and
 * scope lookups, built at most once per run.
 */
export class ConstructionMatcher {
  private readonly host: ConstructionHost
  private readonly occurrences = new Map<string, Occurrences>()
  private leadIns: LeadInEnds | undefined
  private readonly questionCache = new Map<Span, boolean>()
  /**
   * Whether an `unless` pattern occurs in a clause, a sentence, the reply or a clause cut at a chat
   * bubble, by pattern and `rangeKey`: asked once per range, not once per match in it, so a sentence
   * of thousands of matches stays linear (ranges cut at a bubble are made afresh for each match).
   */
  private readonly unlessCache = new Map<CompiledPattern, Map<number, boolean>>()
  /** Each scope's bubble breaks (see `bubbleBreaks`). */
  private readonly breaksCache = new Map<Span, Int32Array>()
  /** The whole reply as one scope, without its surrounding white space; built once, not per `unless`. */
  private reply: readonly Span[] | undefined
  /** The host's sentences and clauses, joined where a folded disguise spans their break. */
  private sentences: readonly Span[] | undefined
  private clauses: readonly Span[] | undefined

  constructor(host: ConstructionHost) {
    this.host = host
  }

  private occurrencesOf(key: string, lexicons: readonly Lexicon[]): Occurrences {
    let found = this.occurrences.get(key)
    if (!found) {
      const { host } = this
      found = Occurrences.of((visit) => {
        for (const lexicon of lexicons) {
          if (host.spans) host.spans(lexicon, visit)
          else for (const match of host.find(lexicon)) visit(match.normalStart, match.normalEnd)
        }
      })
      // Most elements do not occur in a reply: they share one empty list.
      if (found.starts.length === 0) found = noOccurrences
      this.occurrences.set(key, found)
    }
    return found
  }

  /** Whether no clause of `sentence` starts after `clause`. */
  private lastClauseOf(clause: Span, sentence: Span): boolean {
    const clauses = this.scopes('clause')
    const next = clauses[rangeIndex(clauses, clause.normalStart) + 1]
    return next === undefined || next.normalStart >= sentence.normalEnd
  }

  private asks(span: Span): boolean {
    let value = this.questionCache.get(span)
    if (value === undefined) {
      value = isQuestion({ normal: this.host.normal.text.slice(span.normalStart, span.normalEnd) })
      this.questionCache.set(span, value)
    }
    return value
  }

  /**
   * Where the words of a scope start, after openers; -1 for an item of an
   * enumeration (after `、`), which continues its clause rather than start one.
   */
  private afterLeadIns(scope: Span): number {
    const text = this.host.normal.text
    let before = scope.normalStart - 1
    while (before >= 0 && text.charCodeAt(before) === 0x20) before--
    if (before >= 0 && text.charCodeAt(before) === 0x3001) return -1
    this.leadIns ??= leadInEnds(this.host.find(openerLexicon))
    let at = skipLeadIns(text, scope.normalStart, scope.normalEnd, this.leadIns)
    // A Weibo handle in Chinese (`@中国联通客服 滚`) runs to the white space after it, which the normal view drops.
    while (at > scope.normalStart && text.charCodeAt(at - 1) === 0x40 && isHan(text.codePointAt(at)!)) {
      let end = at + 1
      while (end < scope.normalEnd && end <= at + maxHandle && !this.bubbleBreakAt(end)) end++
      if (end >= scope.normalEnd || end > at + maxHandle) break
      at = skipLeadIns(text, end, scope.normalEnd, this.leadIns)
    }
    return at
  }

  private scopes(scope: ConstructionScope): readonly Span[] {
    if (scope === 'reply') {
      if (!this.reply) {
        const text = this.host.normal.text
        let start = 0
        let end = text.length
        while (start < end && /\s/.test(text[start]!)) start++
        while (end > start && /\s/.test(text[end - 1]!)) end--
        this.reply = [{ normalStart: start, normalEnd: end }]
      }
      return this.reply
    }
    if (scope === 'sentence') return (this.sentences ??= joinSplitWords(this.host.normal.text, this.host.sentences))
    return (this.clauses ??= joinSplitWords(this.host.normal.text, this.host.clauses))
  }


  /** Whether `pattern` occurs anywhere in the text, as one scope. */
  test(pattern: CompiledPattern): boolean {
    if (!this.possible(pattern)) return false
    return !this.inScope(pattern, this.scopes('reply')[0]!).next().done
  }

  /** Every match of `compiled` in the reply, at most one per starting point, in order. */
  matches(compiled: CompiledConstruction): ConstructionMatch[] {
    const { construction } = compiled
    if (compiled.customer.length > 0) {
      const said = this.host.customerLatest
      if (!said || !compiled.customer.some((pattern) => this.host.customerMatches(pattern))) return []
    }
    if (!this.possible(compiled.pattern)) return []
    const scopeKind = construction.scope ?? 'clause'
    const found: ConstructionMatch[] = []
    // Every required word starts inside the scope it matches in: a scope without the pattern's first
    // one cannot match, and is skipped before the question test and the lead-ins.
    const lead = compiled.pattern.lead
    const leads = lead ? this.occurrencesOf(lead.key, lead.lexicons) : undefined
    for (const scope of this.scopes(scopeKind)) {
      if (leads) {
        const next = leads.firstFrom(scope.normalStart)
        if (next === leads.starts.length) break
        if (leads.starts[next]! >= scope.normalEnd) continue
      }
      if (construction.question !== undefined) {
        const sentence = scopeKind === 'clause' ? this.sentenceOf(scope) : scope
        // `'clause'`: the question must be the clause's own, or its sentence's question close it.
        const own = construction.question === 'clause' && scopeKind === 'clause'
        const asks = this.asks(scope) || (sentence !== undefined && this.asks(sentence) && (!own || this.lastClauseOf(scope, sentence)))
        if (asks !== (construction.question !== false)) continue
      }
      for (const hit of this.inScope(compiled.pattern, scope)) {
        if (this.excluded(compiled, hit, scope)) continue
        // A match that ended with its chat bubble flags its bubbles, not the others of the scope.
        const whole = compiled.pattern.bubble ? { normalStart: this.bubbleStart(scope, hit.match.normalStart), normalEnd: this.bubbleEnd(scope, hit.match.normalEnd) } : scope
        const flagged = construction.flag === 'scope' ? this.wholeOf(whole, hit.flagged) : hit.flagged
        found.push({ construction, match: hit.match, flagged, captures: hit.captures })
        break
      }
    }
    return found
  }

  /** The scope from its first word after openers to its end without trailing spaces (never less than `flagged`). */
  private wholeOf(scope: Span, flagged: Span): Span {
    const text = this.host.normal.text
    const first = this.afterLeadIns(scope)
    let end = scope.normalEnd
    while (end > flagged.normalEnd && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x0a)) end--
    return { normalStart: first >= 0 && first < flagged.normalStart ? first : flagged.normalStart, normalEnd: Math.max(end, flagged.normalEnd) }
  }

  /**
   * From the start of the sentence to `at`; a chat message that runs on with spaces instead of
   * marks (`麻烦您重新下一个订单 不要支付款项`) is one sentence for this.
   */
  private preceding(at: number): Span | undefined {
    const sentences = this.scopes('sentence')
    let index = rangeIndex(sentences, at)
    if (index < 0 || !sentences[index]) return undefined
    const text = this.host.normal.text
    for (let guard = 0; guard < 2 && index > 0; guard++) {
      const previous = sentences[index - 1]!
      let end = previous.normalEnd
      while (end > previous.normalStart && text.charCodeAt(end - 1) === 0x20) end--
      if (end === previous.normalStart || /[。！？!?.…~\n]/.test(text.charAt(end - 1))) break
      const between = text.slice(previous.normalEnd, sentences[index]!.normalStart)
      if (between.trim() !== '') break
      index--
    }
    return { normalStart: sentences[index]!.normalStart, normalEnd: at }
  }

  /** Whether the gap still open in `state` holds one of the words it excepts before `at`. */
  private breaksExcept(state: GapState, at: number): boolean {
    if (!state.except) return false
    const occurrences = this.occurrencesOf(state.except.key, state.except.lexicons)
    const i = occurrences.firstFrom(state.exceptFrom!)
    return i < occurrences.starts.length && occurrences.starts[i]! < at
  }

  /** Whether every required word of a pattern occurs somewhere: most constructions stop here. */
  private possible(pattern: CompiledPattern): boolean {
    const { occurs } = this.host
    for (const element of pattern.elements) {
      if (element.kind !== 'word' || element.optional) continue
      // Most words of most constructions are absent from a reply: say so without building their matches.
      if (occurs && !element.lexicons.some((lexicon) => occurs.call(this.host, lexicon))) return false
      if (this.occurrencesOf(element.key, element.lexicons).starts.length === 0) return false
    }
    return true
  }

  private sentenceOf(clause: Span): Span | undefined {
    return this.containing(this.scopes('sentence'), clause.normalStart)
  }

  private excluded(compiled: CompiledConstruction, hit: Omit<ConstructionMatch, 'construction'>, scope: Span): boolean {
    // A match that ends with its chat bubble (`$|`) has that bubble for its clause: what the next bubble says is said apart.
    const end = compiled.pattern.bubble ? this.bubbleEnd(scope, hit.match.normalEnd) : scope.normalEnd
    // So too one that starts with its bubble (`^|`): what the bubbles before it say is said apart.
    const opening = compiled.pattern.elements[0]
    const begin = opening?.kind === 'start' && opening.bubble ? this.bubbleStart(scope, hit.match.normalStart) : scope.normalStart
    for (const [place, pattern] of compiled.unless) {
      if (place === 'customer') {
        if (this.host.customerLatest && this.host.customerMatches(pattern)) return true
        continue
      }
      let range: Span | undefined
      if (place === 'before') range = reach(pattern, { normalStart: begin, normalEnd: hit.match.normalStart })
      else if (place === 'after') range = { normalStart: hit.match.normalEnd, normalEnd: end }
      else if (place === 'preceding') range = reach(pattern, this.preceding(hit.match.normalStart))
      else {
        if (place === 'clause') {
          range = this.containing(this.scopes('clause'), hit.match.normalStart)
          if (range && (end < range.normalEnd || begin > range.normalStart)) range = { normalStart: Math.max(begin, range.normalStart), normalEnd: Math.min(end, range.normalEnd) }
        } else if (place === 'sentence') range = this.containing(this.scopes('sentence'), hit.match.normalStart)
        else range = this.scopes('reply')[0]
        if (range && this.occursInScope(pattern, range)) return true
        continue
      }
      if (range && !this.inScope(pattern, range).next().done) return true
    }
    return false
  }

  /** Whether `pattern` occurs in `scope`, one of the clauses, sentences or the reply (asked once each). */
  private occursInScope(pattern: CompiledPattern, scope: Span): boolean {
    let byScope = this.unlessCache.get(pattern)
    if (!byScope) this.unlessCache.set(pattern, (byScope = new Map()))
    const key = rangeKey(scope)
    let occurs = byScope.get(key)
    if (occurs === undefined) byScope.set(key, (occurs = !this.inScope(pattern, scope).next().done))
    return occurs
  }

  /**
   * Where the chat bubble holding the match up to `position` ends within `scope`: chat lines
   * split one message into bubbles with a space (`退货单号填上 不填没法退`), which the parser
   * cuts into sentences and the normal view joins up again.
   */
  private bubbleEnd(scope: Span, position: number): number {
    const breaks = this.bubbleBreaks(scope)
    const next = lowerBound(breaks.length, (i) => breaks[i]! < position)
    return next < breaks.length ? breaks[next]! : scope.normalEnd
  }

  /** Where the chat bubble holding `at` starts within `scope`. */
  private bubbleStart(scope: Span, at: number): number {
    const breaks = this.bubbleBreaks(scope)
    const next = lowerBound(breaks.length, (i) => breaks[i]! <= at)
    return next > 0 ? breaks[next - 1]! : scope.normalStart
  }

  /**
   * The bubble breaks inside `scope`, ascending, found once per scope: a reply of thousands of
   * candidates asks for them thousands of times (`不是说了吗` repeated had made matching quadratic).
   * The parser also ends a sentence after a particle in a long run (`…了呢真的…`): only white
   * space ends a bubble.
   */
  private bubbleBreaks(scope: Span): Int32Array {
    let breaks = this.breaksCache.get(scope)
    if (breaks) return breaks
    const found: number[] = []
    const sentences = this.host.sentences
    for (let i = Math.max(0, rangeIndex(sentences, scope.normalStart)); i < sentences.length; i++) {
      const start = sentences[i]!.normalStart
      if (start >= scope.normalEnd) break
      if (start > scope.normalStart && this.bubbleBreakAt(start)) found.push(start)
    }
    breaks = Int32Array.from(found)
    this.breaksCache.set(scope, breaks)
    return breaks
  }

  /** Whether white space in the original stands between the normalised units before and at `at` (a bubble break). */
  private bubbleBreakAt(at: number): boolean {
    const { normal, text } = this.host
    if (text === undefined || !normal.starts || !normal.ends || at <= 0 || at >= normal.text.length) return false
    // The parser's own test for the white space it cuts chat bubbles at.
    for (let i = normal.ends[at - 1]!; i < normal.starts[at]!; i++) if (isWhiteSpace(text.charCodeAt(i))) return true
    return false
  }

  /** Where the scope's chat bubbles start, after their openers (`颜色是显示器色差 您那屏幕的问题哈`): the scope's own start first. */
  private bubbleStarts(scope: Span): number[] {
    const starts = [this.afterLeadIns(scope)]
    for (const start of this.bubbleBreaks(scope)) starts.push(this.afterLeadIns({ normalStart: start, normalEnd: scope.normalEnd }))
    return starts
  }

  private containing(spans: readonly Span[], at: number): Span | undefined {
    return spans[rangeIndex(spans, at)]
  }

  /** Matches of a pattern lying within `scope`, one per starting candidate. */
  private *inScope(pattern: CompiledPattern, scope: Span): Generator<Omit<ConstructionMatch, 'construction'>> {
    const { elements } = pattern
    const firstIndex = elements.findIndex((element) => element.kind !== 'from')
    const first = elements[firstIndex]!
    const marksFrom = firstIndex > 0
    if (first.kind === 'start') {
      for (const at of first.bubble ? this.bubbleStarts(scope) : [first.raw ? scope.normalStart : this.afterLeadIns(scope)]) {
        if (at < 0) continue
        const state = { from: marksFrom ? at : -1, to: -1, captures: {} }
        const result = this.step(elements, firstIndex + 1, at, 0, scope, state, at)
        if (result) yield result
        if (pattern.bubble) yield* this.whole(pattern, firstIndex + 1, at, scope, state, at, result)
      }
      return
    }
    if (first.kind !== 'word') return
    const occurrences = this.occurrencesOf(first.key, first.lexicons)
    for (let i = occurrences.firstFrom(scope.normalStart); i < occurrences.starts.length; i++) {
      const start = occurrences.starts[i]!
      const end = occurrences.ends[i]!
      if (start >= scope.normalEnd) break
      // A word may run past its scope's end where the normaliser joined it across a break (`返 利`).
      const captures: Record<string, Span> = {}
      if (first.capture) captures[first.capture] = { normalStart: start, normalEnd: end }
      const state = { from: marksFrom ? start : -1, to: -1, captures }
      const result = this.step(elements, firstIndex + 1, end, 0, scope, state, start)
      if (result) yield result
      if (pattern.bubble) yield* this.whole(pattern, firstIndex + 1, end, scope, state, start, result)
    }
  }

  /**
   * For a pattern ending with its chat bubble (`$|`), the match from the same start to the scope's
   * end, should the bubble alone be excluded (`亲亲 申请售后 说明原因`).
   */
  private *whole(
    pattern: CompiledPattern,
    index: number,
    position: number,
    scope: Span,
    state: GapState,
    matchStart: number,
    bubbled: Omit<ConstructionMatch, 'construction'> | undefined,
  ): Generator<Omit<ConstructionMatch, 'construction'>> {
    // A scope with no bubble break after the start ends where its bubble does: the same match again.
    const breaks = this.bubbleBreaks(scope)
    if (breaks.length === 0 || breaks[breaks.length - 1]! <= matchStart) return
    const whole = this.step(pattern.elements, index, position, 0, scope, { ...state, whole: true }, matchStart)
    if (whole && whole.match.normalEnd !== bubbled?.match.normalEnd) yield whole
  }

  private step(
    elements: readonly Element[],
    index: number,
    position: number,
    allow: number,
    scope: Span,
    state: GapState,
    matchStart: number,
  ): Omit<ConstructionMatch, 'construction'> | undefined {
    const text = this.host.normal.text
    if (index === elements.length) {
      if (state.gapName !== undefined) return undefined
      const match = { normalStart: matchStart, normalEnd: position }
      const flagged = { normalStart: state.from >= 0 ? state.from : matchStart, normalEnd: state.to >= 0 ? state.to : position }
      return flagged.normalEnd > flagged.normalStart ? { match, flagged, captures: state.captures } : undefined
    }
    const element = elements[index]!
    switch (element.kind) {
      case 'gap': {
        const next = { ...state }
        if (element.capture) {
          next.gapName = element.capture
          next.gapFrom = position
        }
        if (element.except) {
          next.except = element.except
          next.exceptFrom = position
        }
        return this.step(elements, index + 1, position, allow + element.max, scope, next, matchStart)
      }
      // After a gap, a mark stands where the gap ends: at the next word.
      case 'from': {
        // The flagged span starts at the next word, not at the space before it (`fit < like_a_glove`).
        let at = position
        while (at < scope.normalEnd && text.charCodeAt(at) === 0x20) at++
        return this.step(elements, index + 1, position, allow, scope, { ...state, from: allow > 0 ? -2 : at }, matchStart)
      }
      case 'to':
        return this.step(elements, index + 1, position, allow, scope, { ...state, to: allow > 0 ? -2 : position }, matchStart)
      case 'start':
        return position === (element.raw ? scope.normalStart : this.afterLeadIns(scope)) ? this.step(elements, index + 1, position, allow, scope, state, matchStart) : undefined
      case 'end': {
        // What stands before the scope's closing particles and marks must fit in the gap allowed.
        const last = closingStart(text, position, element.bubble && !state.whole ? this.bubbleEnd(scope, position) : scope.normalEnd)
        if (last - position > allow || this.breaksExcept(state, last)) return undefined
        return this.step(elements, index + 1, last, 0, scope, closeGap(state, last), matchStart)
      }
      case 'not': {
        let at = position
        while (at < scope.normalEnd && text.charCodeAt(at) === 0x20) at++
        const occurrences = this.occurrencesOf(element.key, element.lexicons)
        const i = occurrences.firstFrom(at)
        if (i < occurrences.starts.length && occurrences.starts[i] === at) return undefined
        return this.step(elements, index + 1, position, allow, scope, state, matchStart)
      }
      case 'word': {
        let slack = position
        while (slack < scope.normalEnd && text.charCodeAt(slack) === 0x20) slack++
        const limit = Math.min(scope.normalEnd, slack + allow)
        const occurrences = this.occurrencesOf(element.key, element.lexicons)
        let tried = 0
        for (let i = occurrences.firstFrom(position); i < occurrences.starts.length && tried < tries; i++) {
          const start = occurrences.starts[i]!
          const end = occurrences.ends[i]!
          if (start > limit || start >= scope.normalEnd) break
          if (this.breaksExcept(state, start)) break
          tried++
          const next = closeGap(state, start)
          if (element.capture) next.captures = { ...next.captures, [element.capture]: { normalStart: start, normalEnd: end } }
          const result = this.step(elements, index + 1, end, 0, scope, next, matchStart)
          if (result) return result
        }
        return element.optional ? this.step(elements, index + 1, position, allow, scope, state, matchStart) : undefined
      }
    }
  }
}

/**
 * How far back a softener or a governing subject is read before a match (`before`,
 * `preceding`), in normalised units: far beyond any sentence a person writes, and a bound, so
 * that a sentence of thousands of matches (a paste, a flood) is not read again from its start
 * for each.
 */
const maxReach = 256

/** One number for a range of a text shorter than 2^26 units (a 64 MB reply): exact below 2^53. */
function rangeKey(range: Span): number {
  return range.normalStart * 0x4000000 + range.normalEnd
}

/** The longest Weibo handle read as an opener, in normalised units (their names run to about twenty). */
const maxHandle = 24

/**
 * The part of `range` within `maxReach` of its end. A pattern anchored at the start (`^`) keeps
 * the whole range: it is tried at one place only.
 */
function reach(pattern: CompiledPattern, range: Span | undefined): Span | undefined {
  if (!range || range.normalEnd - range.normalStart <= maxReach) return range
  if (pattern.elements.some((element) => element.kind === 'start')) return range
  return { normalStart: range.normalEnd - maxReach, normalEnd: range.normalEnd }
}

/**
 * Spans joined where one ends and the next starts inside a word: the parser
 * broke the original at a space or a symbol that the normaliser removed while
 * folding a disguise (`驗 證碼，請回覆給客服` is one clause once `验证码` is
 * folded). A break the normalised text still shows (a space, a mark) stays.
 * rulesB (no-credential-request), issue 9 item 2.
 */
export function joinSplitWords(text: string, spans: readonly Span[]): readonly Span[] {
  // Joined in place in one copy, cut to size at the end: no growth of a list as long as the reply's clauses.
  let joined: Span[] | undefined
  let size = 0
  for (let i = 1; i < spans.length; i++) {
    const next = spans[i]!
    const previous = joined ? joined[size - 1]! : spans[i - 1]!
    const split = previous.normalEnd === next.normalStart && isWordUnitAt(text, next.normalStart - 1) && isWordUnitAt(text, next.normalStart)
    if (!split) {
      if (joined) joined[size++] = next
      continue
    }
    if (!joined) {
      joined = spans.slice()
      size = i
    }
    joined[size - 1] = { normalStart: previous.normalStart, normalEnd: next.normalEnd }
  }
  if (!joined) return spans
  joined.length = size
  return joined
}

function isWordUnitAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index)
  return index >= 0 && index < text.length && (/[\p{L}\p{N}]/u.test(text[index]!) || (c >= 0xd800 && c <= 0xdfff))
}

/** Where the particles, marks and emoji that close `[from, end)` start (never before `from`). */
function closingStart(text: string, from: number, end: number): number {
  let at = end
  while (at > from) {
    const low = text.charCodeAt(at - 1)
    const width = low >= 0xdc00 && low <= 0xdfff && at - 2 >= from ? 2 : 1
    if (!trailing.test(text.slice(at - width, at))) break
    at -= width
  }
  return at
}

/** The state once a gap ends at `at`: its capture and any mark waiting for it are set. */
/** Where a match stands while its elements are walked: the flagged marks, captures and an open gap. */
interface GapState {
  /** End at the scope's end, not at a chat bubble's (`$|`). */
  whole?: boolean
  from: number
  to: number
  captures: Record<string, Span>
  gapName?: string
  gapFrom?: number
  except?: Except
  exceptFrom?: number
}

function closeGap(state: GapState, at: number): GapState {
  const from = state.from === -2 ? at : state.from
  const to = state.to === -2 ? at : state.to
  const whole = state.whole
  if (state.gapName === undefined) return { whole, from, to, captures: state.captures }
  return { whole, from, to, captures: { ...state.captures, [state.gapName]: { normalStart: state.gapFrom!, normalEnd: at } } }
}
