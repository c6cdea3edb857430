/**
 * One lint run: the parsed reply, its normalised view and everything rules
 * share, computed lazily and at most once.
 */
import type { Root, Sentence } from 'nlcst'
import { lowerBound } from './binary-search.js'
import type { EnabledRule } from './config.js'
import {
  type CompiledConstruction,
  type CompiledPattern,
  type ConstructionMatch,
  ConstructionMatcher,
  compilePattern,
  constructionsOf,
  mayMatch,
  requirementsOf,
} from './construction.js'
import { classWords, finalParticleCharacters } from './language/classes.js'
import { closesClause, holdsWords } from './language/clause-edges.js'
import { customerSinceLastReply, lastCustomerTurnOf } from './language/conversation.js'
import { toTraditional, writesTraditional } from './language/script.js'
import { describeError, message, swallowPromise } from './messages.js'
import { type Hits, LexiconSet, type RawMatch } from './matcher.js'
import { isTraditional, normalise, normalisedIndex } from './normalise.js'
import { LineIndex, parseLazily, sentenceRanges } from './parse.js'
import { doubled } from './typed-arrays.js'
import type {
  ClauseInfo,
  CustomerInfo,
  Diagnostic,
  DiagnosticSeverity,
  FindOptions,
  Fix,
  Lexicon,
  LexiconEntry,
  LintContext,
  Locale,
  Match,
  Normalised,
  Report,
  Rule,
  RuleContext,
  SentenceInfo,
  Turn,
} from './types.js'

/** Marks that end a sentence: a flagged sentence that ends in one is replaced by one that does. */
const closingMarks: ReadonlySet<string> = new Set(['?', '？', '!', '！', '.', '。'])

/** Quotation marks and their closing partners. */
const quotePairs = new Map<number, number>([
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
  [0x22, 0x22], // " "
  [0xff02, 0xff02], // ＂ ＂
])

/** Clause marks in the normalised text: `，,；;：:、`. */
const clauseMarks = new Set([0x2c, 0x3b, 0x3a, 0x3001])

/**
 * Whether the clause mark at `index` of the normalised text ends a clause:
 * not inside a number (`1,000`, `10:30`), a link (`https://`) or an HTML
 * entity (`&gt;`).
 */
function isClauseBreak(text: string, index: number): boolean {
  const c = text.charCodeAt(index)
  if (!clauseMarks.has(c)) return false
  const before = text.charCodeAt(index - 1)
  const after = text.charCodeAt(index + 1)
  if (before >= 0x30 && before <= 0x39 && after >= 0x30 && after <= 0x39) return false
  if (c === 0x3a && after === 0x2f) return false
  if (c === 0x3b) {
    // Look back no further than an entity is long: a search back to the start
    // of the text at every semicolon made `不能；` × 300k take a minute.
    let entity = index - 1
    while (entity >= 0 && index - entity <= 8 && text.charCodeAt(entity) !== 0x26) entity--
    if (entity >= 0 && index - entity <= 8 && /^&#?[a-z0-9]+$/.test(text.slice(entity, index))) return false
  }
  return true
}

/** Automata for lexicons that a rule did not declare, compiled once each. */
const standalone = new WeakMap<Lexicon, LexiconSet>()

function standaloneRaw(lexicon: Lexicon, text: string): RawMatch[] {
  let set = standalone.get(lexicon)
  if (!set) {
    set = new LexiconSet([lexicon])
    standalone.set(lexicon, set)
  }
  return set.scanSparse(text)[0] ?? []
}

/** Matches of a lexicon in a normalised text that is not the reply (the customer's words). */
function standaloneScan<Entry extends LexiconEntry>(lexicon: Lexicon<Entry>, text: string): Match<Entry>[] {
  return standaloneRaw(lexicon, text).map(({ pattern, start, end }) => ({
    entry: pattern.entry as Entry,
    phrase: pattern.phrase,
    start,
    end,
    normalStart: start,
    normalEnd: end,
  }))
}

const emptyCustomer: Readonly<CustomerInfo> = Object.freeze({})
const noTurns: readonly Turn[] = Object.freeze([])

/** A rule's constructions and what each requires (`requirementsOf`) in one compiled lexicon set. */
interface ConstructionPlan {
  readonly constructions: readonly CompiledConstruction[]
  readonly required: readonly Int32Array[]
}

/** Per compiled lexicon set, each rule's plan, made on the rule's first run. */
const plans = new WeakMap<LexiconSet, Map<Rule, ConstructionPlan>>()

/** The shared state of one lint. */
export class Run {
  readonly text: string
  /** The tree, parsed when a rule first reads it (see `parseLazily`). */
  readonly tree: Root
  readonly normal: Normalised
  readonly locale: Locale
  readonly lang: 'zh' | 'en'
  readonly history: readonly Turn[]
  readonly conversation: boolean
  readonly customer: Readonly<CustomerInfo>
  readonly platform: string
  readonly waitedSeconds: number | undefined
  readonly diagnostics: Diagnostic[] = []
  private readonly lexicons: LexiconSet
  private found: Hits | undefined
  private sentenceList: SentenceInfo[] | undefined
  private clauseList: ClauseInfo[] | undefined
  private sentenceNodes: Sentence[] | undefined
  private quotes: Array<[number, number]> | undefined
  private lineIndex: LineIndex | undefined
  private matcher: ConstructionMatcher | undefined
  private customerText: string | undefined
  private customerMatcher: ConstructionMatcher | undefined
  private traditionalReply: boolean | undefined
  private formalReply: boolean | undefined
  private plans: Map<Rule, ConstructionPlan> | undefined
  private lastMessage: { readonly template: string; readonly actual: string; readonly expected: string; readonly text: string } | undefined

  /** Line starts, built when the first diagnostic needs a line and column. */
  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text)
    return this.lineIndex
  }

  constructor(text: string, lexicons: LexiconSet, locale: Locale | undefined, lang: 'zh' | 'en' | undefined, context: LintContext | undefined) {
    this.text = text
    this.tree = parseLazily(text)
    this.normal = normalise(text, lexicons.watch)
    this.lexicons = lexicons
    this.lang = lang ?? detectLang(text)
    this.locale = locale ?? detectLocale(text) ?? conversationLocale(context)
    this.history = context?.history ?? noTurns
    this.conversation = context?.history !== undefined
    this.customer = context?.customer ?? emptyCustomer
    this.platform = context?.platform ?? 'taobao'
    this.waitedSeconds = context ? waited(context) : undefined
  }

  /** The sentences, found without building the tree (`sentenceRanges`). */
  get sentences(): SentenceInfo[] {
    if (this.sentenceList) return this.sentenceList
    const { starts, ends } = sentenceRanges(this.text)
    const count = starts.length
    const normalStarts = new Int32Array(count)
    const normalEnds = new Int32Array(count)
    for (let i = 0; i < count; i++) {
      normalStarts[i] = normalisedIndex(this.normal, starts[i]!)
      normalEnds[i] = normalisedIndex(this.normal, ends[i]!)
    }
    const table: SpanTable = { run: this, starts, ends, normalStarts, normalEnds, sentenceOf: undefined }
    const list: SentenceInfo[] = new Array(count)
    for (let i = 0; i < count; i++) list[i] = new SentenceView(table, i)
    this.sentenceList = list
    return list
  }

  /** The tree's node of sentence `index`. */
  sentenceNode(index: number): Sentence {
    if (!this.sentenceNodes) {
      const nodes: Sentence[] = []
      for (const paragraph of this.tree.children) {
        if (paragraph.type !== 'ParagraphNode') continue
        for (const child of paragraph.children) if (child.type === 'SentenceNode') nodes.push(child)
      }
      this.sentenceNodes = nodes
    }
    return this.sentenceNodes[index]!
  }

  /** The clauses: sentences cut at commas, semicolons, colons and `、`. */
  get clauses(): ClauseInfo[] {
    if (this.clauseList) return this.clauseList
    let starts: Int32Array = new Int32Array(16)
    let ends: Int32Array = new Int32Array(16)
    let normalStarts: Int32Array = new Int32Array(16)
    let normalEnds: Int32Array = new Int32Array(16)
    let sentenceOf: Int32Array = new Int32Array(16)
    let count = 0
    const text = this.normal.text
    const sentences = this.sentences
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s]!
      const sentenceEnd = sentence.normalEnd
      let from = sentence.normalStart
      for (let i = from; i <= sentenceEnd; i++) {
        if (i < sentenceEnd && !isClauseBreak(text, i)) continue
        let start = from
        let end = i
        while (start < end && text.charCodeAt(start) === 0x20) start++
        while (end > start && text.charCodeAt(end - 1) === 0x20) end--
        if (end > start) {
          if (count === starts.length) {
            starts = doubled(starts)
            ends = doubled(ends)
            normalStarts = doubled(normalStarts)
            normalEnds = doubled(normalEnds)
            sentenceOf = doubled(sentenceOf)
          }
          starts[count] = this.normal.starts[start]!
          ends[count] = this.normal.ends[end - 1]!
          normalStarts[count] = start
          normalEnds[count] = end
          sentenceOf[count++] = s
        }
        from = i + 1
      }
    }
    const table: SpanTable = {
      run: this,
      starts: starts.slice(0, count),
      ends: ends.slice(0, count),
      normalStarts: normalStarts.slice(0, count),
      normalEnds: normalEnds.slice(0, count),
      sentenceOf: sentenceOf.slice(0, count),
    }
    const list: ClauseInfo[] = new Array(count)
    for (let i = 0; i < count; i++) list[i] = new ClauseView(table, i)
    this.clauseList = list
    return list
  }

  /** The sentence that contains `offset`. */
  sentenceAt(offset: number): SentenceInfo | undefined {
    return containing(this.sentences, offset)
  }

  /** The clause that contains `offset`. */
  clauseAt(offset: number): ClauseInfo | undefined {
    return containing(this.clauses, offset)
  }

  /** Matches of `lexicon`, leaving out those inside quotation marks unless asked. */
  find<Entry extends LexiconEntry>(lexicon: Lexicon<Entry>, options?: FindOptions): Match<Entry>[] {
    const index = this.lexicons.indexOf(lexicon)
    // Most lexicons a rule asks for are absent from a reply: no closure for them.
    if (index >= 0 && !this.scanned.has(index)) return []
    const matches: Match<Entry>[] = []
    const visit = (pattern: { readonly entry: LexiconEntry; readonly phrase: string }, start: number, end: number) => {
      const from = this.normal.starts[start]!
      const to = this.normal.ends[end - 1]!
      if (!options?.quoted && this.isQuoted(from, to)) return
      matches.push({ entry: pattern.entry as Entry, phrase: pattern.phrase, start: from, end: to, normalStart: start, normalEnd: end })
    }
    if (index >= 0) this.scanned.each(index, visit)
    else for (const { pattern, start, end } of standaloneRaw(lexicon, this.normal.text)) visit(pattern, start, end)
    return matches
  }

  /** The ranges of what `find(lexicon)` returns, without match objects (for constructions). */
  spans(lexicon: Lexicon, visit: (normalStart: number, normalEnd: number) => void): void {
    const index = this.lexicons.indexOf(lexicon)
    if (index >= 0 && !this.scanned.has(index)) return
    const { starts, ends } = this.normal
    const each = (_pattern: unknown, start: number, end: number) => {
      if (!this.isQuoted(starts[start]!, ends[end - 1]!)) visit(start, end)
    }
    if (index >= 0) this.scanned.each(index, each)
    else for (const { pattern, start, end } of standaloneRaw(lexicon, this.normal.text)) each(pattern, start, end)
  }

  /** The shared pass's hits, by lexicon index. */
  private get scanned(): Hits {
    this.found ??= this.lexicons.hits(this.normal.text)
    return this.found
  }

  /** Whether `[start, end)` lies inside quotation marks. */
  isQuoted(start: number, end: number): boolean {
    this.quotes ??= quotedRanges(this.text)
    const range = containing(this.quotes, start, quoteStart, quoteEnd)
    return range !== undefined && end <= range[1]
  }

  /**
   * Run one rule. A rule that throws (anything, even a value that cannot be
   * printed) or returns a promise becomes an `internal-error` diagnostic; the
   * other rules' diagnostics, and the reports it made before, are kept.
   */
  check(enabled: EnabledRule): void {
    const context = new BoundContext(this, enabled)
    try {
      const result: unknown = enabled.rule.check?.(this.tree, context)
      if (swallowPromise(result)) this.internalError(enabled, '`check` returned a promise; rules must be synchronous')
      const plan = this.planOf(enabled.rule)
      if (plan.constructions.length > 0) this.reportConstructions(enabled, plan)
    } catch (error) {
      this.internalError(enabled, describeError(error))
    } finally {
      // Reports that arrive later (from an async rule) have no lint to join.
      context.close()
    }
  }

  /** The construction matcher of this run, built on first use. */
  private get constructionMatcher(): ConstructionMatcher {
    this.matcher ??= new ConstructionMatcher(this)
    return this.matcher
  }

  /** The customer's turns since the agent last spoke, normalised. */
  get customerLatest(): string {
    // Most lints have no conversation: nothing to fold, join or normalise.
    this.customerText ??= this.history.length === 0 ? '' : normalise(customerSinceLastReply(this.history).map((turn) => turn.text).join('\n')).text
    return this.customerText
  }

  /** Whether the customer's latest turns hold `pattern`. */
  customerMatches(pattern: CompiledPattern): boolean {
    const said = this.customerLatest
    if (!said) return false
    // One matcher for all the patterns asked of the customer's words: each word class is scanned once.
    if (!this.customerMatcher) {
      const whole = { normalStart: 0, normalEnd: said.length }
      this.customerMatcher = new ConstructionMatcher({
        normal: { text: said },
        clauses: [whole],
        sentences: [whole],
        customerLatest: '',
        customerMatches: () => false,
        find: (lexicon) => standaloneScan(lexicon, said),
      })
    }
    return this.customerMatcher.test(pattern)
  }


  /**
   * Report what a rule's constructions find, leaving out spans the rule has
   * already reported, and spans an earlier construction took.
   */
  private reportConstructions(enabled: EnabledRule, { constructions, required }: ConstructionPlan): void {
    const ruleId = enabled.rule.meta.id
    const found = this.scanned.found
    let taken: Array<[number, number]> | undefined
    for (let c = 0; c < constructions.length; c++) {
      // Most constructions lack a required word in a given reply: skipped before any matching.
      if (!mayMatch(required[c]!, found)) continue
      const matches = this.constructionMatcher.matches(constructions[c]!)
      if (matches.length === 0) continue
      if (!taken) {
        taken = []
        for (const diagnostic of this.diagnostics) if (diagnostic.ruleId === ruleId) taken.push([diagnostic.start.offset, diagnostic.end.offset])
      }
      // One construction's matches lie in different scopes: only earlier spans can overlap them.
      const earlier = new SpanSet(taken)
      for (const found of matches) {
        const start = this.normal.starts[found.flagged.normalStart]!
        const end = this.normal.ends[found.flagged.normalEnd - 1]!
        const matchStart = this.normal.starts[found.match.normalStart]!
        const matchEnd = this.normal.ends[found.match.normalEnd - 1]!
        if (earlier.overlaps(matchStart, matchEnd)) continue
        if (this.isQuoted(start, end)) continue
        taken.push([start, end])
        const expected = this.wholeOrPart(this.suggestions(found), start, found.flagged.normalEnd)
        const { construction } = found
        this.report(enabled, {
          ...(construction.messageId ? { messageId: construction.messageId } : {}),
          start,
          end,
          expected,
          ...(construction.fix && expected[0] !== undefined ? { fix: { range: [start, end] as [number, number], text: expected[0] } } : {}),
          ...(construction.lower ? { lower: true } : {}),
        })
      }
    }
  }

  /**
   * A suggestion of more than one clause (`可能是我们没有说明清楚，我们马上帮您处理`) goes on
   * past the flagged words: put before the rest of a clause (`…导致的`, `…哦三到四份`) it leaves
   * the sentence broken, so it is offered only where the flagged span ends its clause.
   */
  private wholeOrPart(expected: string[], start: number, normalEnd: number): string[] {
    if (!expected.some((text) => clauseBreak.test(text))) return expected
    const clause = this.clauseAt(start)
    // Particles of tone may follow (`其他平台更便宜哦`).
    const ends = clause !== undefined && closesClause(this.normal.text, normalEnd, clause.normalEnd, finalParticleCharacters)
    // A sentence with a subject of its own (`可能是我们没有说明清楚，…`) must open the clause too:
    // after other words (`图片边上` + `可能是我们…`) it breaks it. A predicate (`应该比较合适，…`) goes on from them.
    const opens = clause !== undefined && !holdsWords(this.text, clause.start, start)
    return expected.filter((text) => !clauseBreak.test(text) || (ends && (opens || !ownSubject.test(firstClause(text)))))
  }

  /** A rule's constructions and their requirements in this run's lexicon set. */
  private planOf(rule: Rule): ConstructionPlan {
    if (!this.plans) {
      this.plans = plans.get(this.lexicons)
      if (!this.plans) plans.set(this.lexicons, (this.plans = new Map()))
    }
    let plan = this.plans.get(rule)
    if (!plan) {
      const constructions = constructionsOf(rule)
      plan = { constructions, required: requirementsOf(constructions, (lexicon) => this.lexicons.indexOf(lexicon)) }
      this.plans.set(rule, plan)
    }
    return plan
  }

  /** Whether suggestions for `[start, end)` are written in traditional characters (the span, the reply, the conversation). */
  private writesTraditional(start: number, end: number): boolean {
    this.traditionalReply ??= writesTraditional([this.text], this.history)
    return writesTraditional([this.text.slice(start, end)]) || this.traditionalReply
  }

  /** Whether the reply writes in a formal register: a helpdesk's words, and no particle of tone. */
  private get formal(): boolean {
    this.formalReply ??= formalWords.test(this.normal.text) && !toneParticles.test(this.normal.text)
    return this.formalReply
  }

  /** A construction's suggestions, with its captures filled in (the report converts the script). */
  private suggestions(found: ConstructionMatch): string[] {
    const templates = found.construction.expected ?? []
    if (templates.length === 0) return []
    // A whole sentence replaced keeps its place in the text: it closes with a full stop where the
    // original closed (a question or an exclamation becomes a statement), and an English one
    // that follows other words in its sentence (`Hi, what kind of …?`) starts in lower case.
    const scope = found.construction.flag === 'scope'
    const flaggedStart = this.normal.starts[found.flagged.normalStart]!
    const flaggedEnd = this.normal.ends[found.flagged.normalEnd - 1]!
    const closes = scope && closingMarks.has(this.text.charAt(flaggedEnd - 1))
    const midSentence = scope && this.followsWords(flaggedStart)
    // A fixed line of the shop's own (no captures, its own subject: `我们理解您着急…`) stands in for
    // a few words (`这还用问吗？`, `是你的问题`), not for a clause whose content it would wipe out
    // (`怎么越更新问题越多？`); a hedge without a subject (`应该比较合适…`) keeps the claim's place.
    const flaggedText = this.normal.text.slice(found.flagged.normalStart, found.flagged.normalEnd)
    const long = flaggedText.length > (/[\u3400-\u9fff]/.test(flaggedText) ? maxStockSpan : maxStockSpanLatin)
    return templates.filter((template) => !long || template.includes('{') || !ownSubject.test(template)).map((template) => {
      // Captures that touch in the normalised text touch in the original too: what the
      // normaliser dropped between them (`点击+号`) stays.
      let lastEnd = -1
      let lastOriginalEnd = 0
      let filled = template.replace(/\{([A-Z][A-Za-z0-9]*)\}|[^{]+|\{/g, (part, name: string | undefined) => {
        if (name === undefined) {
          lastEnd = -1
          return part
        }
        const span = found.captures[name]
        if (!span || span.normalEnd <= span.normalStart) return ''
        const touching = span.normalStart === lastEnd
        const start = touching ? lastOriginalEnd : this.normal.starts[span.normalStart]!
        lastEnd = span.normalEnd
        lastOriginalEnd = this.normal.ends[span.normalEnd - 1]!
        // A gap's capture starts at the space after the word before it: templates write their own spaces.
        const value = this.text.slice(start, lastOriginalEnd)
        return touching ? value.trimEnd() : value.trim()
      })
      if (midSentence && /^[A-Z][a-z]/.test(filled)) filled = filled.charAt(0).toLowerCase() + filled.slice(1)
      // A formal reply (a helpdesk's `我方`, `烦请`, no particle of tone anywhere) keeps its register:
      // the chat's `哦` closing a softened request would clash with it.
      if (this.formal) filled = filled.replace(/哦(?=[。.！!]?$)/, '')
      filled = tidied(filled)
      if (!closes || /[.。!！?？…]$/.test(filled)) return filled
      return filled + (/[A-Za-z0-9)'"]$/.test(filled) ? '.' : '。')
    })
  }

  /**
   * Whether English words of the same sentence stand before `offset` (`Hi, …`), not only
   * spaces, commas, `@handles` or Chinese (`亲，…`).
   */
  private followsWords(offset: number): boolean {
    let at = offset - 1
    for (;;) {
      while (at >= 0 && (this.text.charCodeAt(at) === 0x20 || this.text.charAt(at) === ',' || this.text.charAt(at) === '，')) at--
      if (at < 0) return false
      let word = at
      while (word > 0 && this.text.charCodeAt(word - 1) > 0x20) word--
      if (this.text.charAt(word) !== '@') break
      at = word - 1
    }
    const before = this.text.charAt(at)
    return /[A-Za-z0-9]/.test(before)
  }

  /**
   * Turn a rule's report into a diagnostic.
   *
   * A report the engine cannot trust is never dropped silently and never
   * clamped into a plausible-looking span: it becomes an `internal-error`
   * diagnostic naming the rule and what was wrong, and the rule goes on. The
   * one repair made is widening a span edge that falls between the halves of
   * a surrogate pair to the whole character, so `actual` never holds a lone
   * surrogate. A fix that would edit quoted words is left off (the
   * diagnostic stays): an apology or a rewrite inside a quotation never
   * counts, so such a fix would be applied again on every run.
   */
  report(enabled: EnabledRule, report: Report): void {
    const problem = this.accept(enabled, report)
    if (problem) this.internalError(enabled, problem)
  }

  /** Add the diagnostic of a report, or say what is wrong with it. */
  private accept(enabled: EnabledRule, report: Report): string | undefined {
    const { rule, severity } = enabled
    if (typeof report !== 'object' || report === null) return 'report must be an object'
    let { start, end } = report
    const length = this.text.length
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
      return `report has an invalid range [${describeError(start)}, ${describeError(end)})`
    }
    if (splitsPair(this.text, start)) start--
    if (splitsPair(this.text, end)) end++
    const asked = report.messageId ?? Object.keys(rule.meta.messages)[0]!
    if (typeof asked !== 'string' || !Object.hasOwn(rule.meta.messages, asked)) return `report has no message \`${describeError(asked)}\``
    let expected = report.expected === undefined ? [] : report.expected
    if (!Array.isArray(expected) || !expected.every((item) => typeof item === 'string')) return 'report’s `expected` must be an array of strings'
    // The reply's own particle after the span (`…拍下吧`, `…下单 的呢`) closes a rewrite: the
    // rewrite's would stand before it (`麻烦您拍下哦吧`).
    if (expected.length > 0 && particleFollows(this.text, end)) expected = expected.map(withoutFinalParticle)
    // After `那就`/`就`, the customer is already the one spoken of: `那就可以取消`, not `那就您可以取消`.
    if (expected.length > 0 && this.text.charAt(start - 1) === '就') expected = expected.map((text) => (text.startsWith('您可以') ? text.slice(1) : text))
    // A message never offers an empty suggestion (`用“”代替`): without one, the rule's message that names none.
    const messageId = expected.length === 0 ? withoutSuggestion(rule.meta.messages, asked) : asked
    if (report.display !== undefined && typeof report.display !== 'string') return 'report’s `display` must be a string'
    const data = report.data ?? {}
    if (typeof data !== 'object' || data === null || !Object.values(data).every((value) => typeof value === 'string')) {
      return 'report’s `data` must map names to strings'
    }
    let fix: Fix | undefined
    if (report.fix !== undefined) {
      const problem = this.fixProblem(report.fix)
      if (problem) return problem
    }
    // Suggestions keep the reply's script: written once in simplified, converted here for every rule.
    const traditional = this.writesTraditional(start, end)
    const script = (text: string) => (traditional ? toTraditional(text) : text)
    if (report.fix !== undefined && !this.touchesQuote(report.fix.range[0], report.fix.range[1])) {
      fix = { range: [report.fix.range[0], report.fix.range[1]], text: script(report.fix.text) }
    }
    const actual = this.text.slice(start, end)
    const diagnostic: Diagnostic = {
      ruleId: rule.meta.id,
      messageId,
      severity: report.lower ? lowered[severity] : severity,
      // Data are the rule's own words (`让您久等了`, a count), shown in the reply's script like its suggestions.
      message: this.message(rule.meta.messages[messageId]![this.locale], traditional && report.data ? mapValues(report.data, script) : report.data, report.display ?? actual, script(expected[0] ?? '')),
      start: this.lines.point(start),
      end: this.lines.point(end),
      actual,
      expected: expected.map(script),
      note: rule.meta.note[this.locale],
      url: rule.meta.url,
    }
    if (fix) diagnostic.fix = fix
    this.diagnostics.push(diagnostic)
    return undefined
  }

  /**
   * A diagnostic's message. A run of identical reports (a word flagged at every
   * one of its thousands of places) shares one string: without data, the
   * message depends only on the template and the two values.
   */
  private message(template: string, data: Readonly<Record<string, string>> | undefined, actual: string, expected: string): string {
    if (data !== undefined) return message(template, { ...data, actual, expected })
    const last = this.lastMessage
    if (last && last.template === template && last.actual === actual && last.expected === expected) return last.text
    const text = message(template, { actual, expected })
    this.lastMessage = { template, actual, expected, text }
    return text
  }

  /** What is wrong with a fix, if anything. */
  private fixProblem(fix: Fix): string | undefined {
    if (typeof fix !== 'object' || fix === null) return 'fix must be an object'
    const range: unknown = fix.range
    if (!Array.isArray(range) || range.length !== 2) return 'fix has no `range`'
    const [from, to] = range as [unknown, unknown]
    if (!Number.isInteger(from) || !Number.isInteger(to) || (from as number) < 0 || (to as number) > this.text.length || (from as number) > (to as number)) {
      return `fix has an invalid range [${describeError(from)}, ${describeError(to)})`
    }
    if (splitsPair(this.text, from as number) || splitsPair(this.text, to as number)) return `fix range [${from}, ${to}) splits a character`
    if (typeof fix.text !== 'string') return 'fix has no `text` string'
    return undefined
  }

  /**
   * Whether an edit of `[from, to)` changes quoted words: an insertion
   * between the quotation marks, or a replacement that covers a mark or
   * anything between them.
   */
  touchesQuote(from: number, to: number): boolean {
    this.quotes ??= quotedRanges(this.text)
    const quotes = this.quotes
    // The first quotation that ends (closing mark included) after `from`.
    let low = 0
    let high = quotes.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (quotes[middle]![1] + 1 <= from) low = middle + 1
      else high = middle
    }
    const quote = quotes[low]
    if (!quote) return false
    if (from === to) return quote[0] <= from && from <= quote[1]
    return quote[0] - 1 < to
  }

  private internalError(enabled: EnabledRule, reason: string): void {
    this.diagnostics.push({
      ruleId: 'internal-error',
      severity: 'error',
      message: message(internalError[this.locale], { rule: enabled.rule.meta.id, error: reason }, maxReason),
      start: this.lines.point(0),
      end: this.lines.point(this.text.length),
      actual: this.text,
      expected: [],
    })
  }
}

/** How much of a thrown error's text an `internal-error` message quotes. */
const maxReason = 200

const internalError = {
  'zh-CN': '规则 {rule} 运行出错：{error}',
  'zh-TW': '規則 {rule} 執行出錯：{error}',
  en: 'Rule {rule} failed on this reply: {error}',
} as const

/** One level down, never above `warning` (see `Report.lower`). */
const lowered: Record<DiagnosticSeverity, DiagnosticSeverity> = { error: 'warning', warning: 'info', info: 'info' }

/**
 * The offsets of a run's sentences or clauses, by index, in typed arrays: a
 * megabyte holds some fifty thousand sentences and ninety thousand clauses,
 * and four numbers held in each object would cost twice as much again.
 */
interface SpanTable {
  readonly run: Run
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly normalStarts: Int32Array
  readonly normalEnds: Int32Array
  /** For clauses, the index of each one's sentence. */
  readonly sentenceOf: Int32Array | undefined
}

/**
 * A sentence or clause of a run: its table and index. The normalised text is
 * sliced when read (not kept: slices kept for every clause held megabytes to
 * the end of a lint), and a sentence's node found when asked for (the tree is
 * parsed only then).
 */
class SpanView {
  readonly #table: SpanTable
  readonly #index: number

  constructor(table: SpanTable, index: number) {
    this.#table = table
    this.#index = index
  }

  get start(): number {
    return this.#table.starts[this.#index]!
  }
  get end(): number {
    return this.#table.ends[this.#index]!
  }
  get normalStart(): number {
    return this.#table.normalStarts[this.#index]!
  }
  get normalEnd(): number {
    return this.#table.normalEnds[this.#index]!
  }
  get normal(): string {
    return this.#table.run.normal.text.slice(this.normalStart, this.normalEnd)
  }

  protected get run(): Run {
    return this.#table.run
  }
  protected get index(): number {
    return this.#index
  }
  protected get sentenceIndex(): number {
    return this.#table.sentenceOf![this.#index]!
  }
}

class SentenceView extends SpanView implements SentenceInfo {
  get node(): Sentence {
    return this.run.sentenceNode(this.index)
  }
}

class ClauseView extends SpanView implements ClauseInfo {
  get sentence(): SentenceInfo {
    return this.run.sentences[this.sentenceIndex]!
  }
}

/** The `context` a rule sees: the run, its options and its `report`. */
class BoundContext implements RuleContext<unknown> {
  private readonly run: Run
  private readonly enabled: EnabledRule
  private open = true
  readonly options: unknown

  constructor(run: Run, enabled: EnabledRule) {
    this.run = run
    this.enabled = enabled
    this.options = enabled.options
  }

  get text() {
    return this.run.text
  }
  get normal() {
    return this.run.normal
  }
  get sentences() {
    return this.run.sentences
  }
  get clauses() {
    return this.run.clauses
  }
  sentenceAt(offset: number) {
    return this.run.sentenceAt(offset)
  }
  clauseAt(offset: number) {
    return this.run.clauseAt(offset)
  }
  get lang() {
    return this.run.lang
  }
  get history() {
    return this.run.history
  }
  get conversation() {
    return this.run.conversation
  }
  get customer() {
    return this.run.customer
  }
  get platform() {
    return this.run.platform
  }
  get waitedSeconds() {
    return this.run.waitedSeconds
  }
  find<Entry extends LexiconEntry>(lexicon: Lexicon<Entry>, options?: FindOptions): Match<Entry>[] {
    return this.run.find(lexicon, options)
  }
  isQuoted(start: number, end: number): boolean {
    return this.run.isQuoted(start, end)
  }
  customerSays(pattern: string): boolean {
    return this.run.customerMatches(compilePattern(pattern))
  }
  report(report: Report): void {
    if (this.open) this.run.report(this.enabled, report)
  }
  /** End the rule's turn: later reports are ignored. */
  close(): void {
    this.open = false
  }
}

/** Ranges, sorted once, asked whether any overlaps a range in logarithmic time. */
class SpanSet {
  private readonly starts: number[]
  /** The furthest end among the ranges up to each index. */
  private readonly reach: number[]

  constructor(ranges: ReadonlyArray<readonly [number, number]>) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0])
    this.starts = sorted.map((range) => range[0])
    this.reach = []
    let furthest = -1
    for (const [, end] of sorted) this.reach.push((furthest = Math.max(furthest, end)))
  }

  /** Whether a range overlaps `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    const after = lowerBound(this.starts.length, (index) => this.starts[index]! < end)
    return after > 0 && this.reach[after - 1]! > start
  }
}

// Accessors made once: a closure per call was a quarter of what a megabyte's lint allocated.
const startOf = (item: { readonly start: number }) => item.start
const endOf = (item: { readonly end: number }) => item.end
const quoteStart = (quote: readonly [number, number]) => quote[0]
const quoteEnd = (quote: readonly [number, number]) => quote[1]

/**
 * The item of a sorted, non-overlapping list whose range contains `offset`
 * (binary search).
 */
function containing<T>(
  items: readonly T[],
  offset: number,
  start: (item: T) => number = startOf as (item: T) => number,
  end: (item: T) => number = endOf as (item: T) => number,
): T | undefined {
  let low = 0
  let high = items.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const item = items[middle]!
    if (offset < start(item)) high = middle - 1
    else if (offset >= end(item)) low = middle + 1
    else return item
  }
  return undefined
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))
}

/** Ranges of text inside quotation marks (exclusive of the marks); linear. */
function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let closer = -1
  let openedAt = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (closer >= 0) {
      if (c === closer) {
        ranges.push([openedAt + 1, i])
        closer = -1
      }
      continue
    }
    const partner = quotePairs.get(c)
    // An apostrophe inside a word (don’t) does not open a quotation.
    if (partner !== undefined && !(c === 0x2018 && i > 0 && /\w/.test(text[i - 1]!))) {
      closer = partner
      openedAt = i
    } else if (c === 0x27) {
      // A straight single quote is also an apostrophe (`he'd`, `dogs'`): it quotes only where it
      // opens before a word and a closing one follows the quoted words on the same line
      // (`ended with him saying 'fuck you' (he …`).
      const end = straightQuoteEnd(text, i)
      if (end > 0) {
        ranges.push([i + 1, end])
        i = end
      }
    }
  }
  return ranges
}

/** The longest quotation a straight single quote may open, in UTF-16 units. */
const maxStraightQuote = 120

/**
 * Where the quotation opened by the straight single quote at `at` closes, or -1: it must open
 * after a space, a bracket or the start, before a letter, and close on the same line after a
 * letter or a mark of the quoted words, before a space, a mark or the end.
 */
function straightQuoteEnd(text: string, at: number): number {
  const before = at > 0 ? text.charAt(at - 1) : ' '
  if (!/[\s(\[{:,]/.test(before) || !/[A-Za-z]/.test(text.charAt(at + 1))) return -1
  const limit = Math.min(text.length, at + 1 + maxStraightQuote)
  for (let j = at + 2; j < limit; j++) {
    const c = text.charAt(j)
    if (c === '\n') return -1
    if (c !== "'") continue
    const next = j + 1 < text.length ? text.charAt(j + 1) : ' '
    if (/[\s.,!?;:)\]}]/.test(next) && /[^\s]/.test(text.charAt(j - 1))) return j
  }
  return -1
}

function countHan(text: string): number {
  let han = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++
  }
  return han
}

/** Mostly Chinese or mostly English, counting a Latin word as one unit. */
function detectLang(text: string): 'zh' | 'en' {
  const han = countHan(text)
  if (han === 0) return 'en'
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20
    const letter = c >= 0x61 && c <= 0x7a
    if (letter && !inWord) words++
    inWord = letter
  }
  return han >= words ? 'zh' : 'en'
}

/**
 * Messages follow the reply: traditional characters → zh-TW, other Chinese → zh-CN, Latin
 * letters → en; `undefined` for a reply of neither (`13800138000`, `👍`).
 */
function detectLocale(text: string): Locale | undefined {
  let han = false
  let latin = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x3400 || c > 0x9fff) {
      const lower = c | 0x20
      if (lower >= 0x61 && lower <= 0x7a) latin = true
      continue
    }
    if (isTraditional(c)) return 'zh-TW'
    han = true
  }
  return han ? 'zh-CN' : latin ? 'en' : undefined
}

/** Marketplaces whose desks write Chinese: the messages' language for a reply without words. */
const chinesePlatforms = new Set(['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin', 'kuaishou', 'xiaohongshu', 'weibo', 'vip', 'suning', 'dewu', 'xianyu', '1688'])

/**
 * The messages' language for a reply without words (a bare number, an emoji): the conversation's
 * latest turn that has words, else the platform's (a bare order number on JD reads Chinese).
 */
function conversationLocale(context: LintContext | undefined): Locale {
  const history = context?.history ?? noTurns
  for (let i = history.length - 1; i >= 0; i--) {
    const locale = detectLocale(history[i]!.text)
    if (locale) return locale
  }
  return chinesePlatforms.has(context?.platform ?? 'taobao') ? 'zh-CN' : 'en'
}

function toMilliseconds(time: string | number): number {
  return typeof time === 'number' ? time : Date.parse(time)
}

function waited(context: LintContext): number | undefined {
  if (context.waitedSeconds !== undefined) return context.waitedSeconds
  if (context.time === undefined || !context.history) return undefined
  const turn = lastCustomerTurnOf(context.history)
  if (turn?.time === undefined) return undefined
  return Math.max(0, (toMilliseconds(context.time) - toMilliseconds(turn.time)) / 1000)
}

const clauseBreak = /[，,；;]/
/** Words of a helpdesk's formal register (`以便我方及时转给相关部门核实`, `烦请私信`). */
const formalWords = /我方|贵方|贵司|敬请|烦请|特此|相关部门|予以|为盼/
/** Particles and marks of the chat's familiar tone. */
const toneParticles = /[哦呢哈呀啦嘛哒~～]/

/** Whether a final particle (`吧`, `呢`, `的呢`) follows `end` in `text`, after spaces. */
function particleFollows(text: string, end: number): boolean {
  let at = end
  while (text.charCodeAt(at) === 0x20) at++
  if (text.charAt(at) === '的' && finalParticleCharacters.has(text.charAt(at + 1))) return true
  return finalParticleCharacters.has(text.charAt(at))
}

/**
 * A filled suggestion tidied where a capture brought its own word into the frame (readers
 * found these unnatural): the capture's final particle already closes it, so the frame's `哦`
 * goes (`您可以关注一下吧哦`, also before an emoticon code or an emoji), and so it does after a
 * link, which it would run into; and a capture opening on
 * `就` "then" after `您可以`/`麻烦您` loses it (`您可以就提交售后` → `您可以提交售后`; `就近`,
 * `就医` are words and stay).
 */
function tidied(filled: string): string {
  return filled
    .replace(/([吧呢啊呀嘛啦哈哟喔噢])((?:[^\p{Script=Han}[]|\[[^\]]{0,8}\])*)哦(?=[。.！!]?$)/u, '$1$2')
    .replace(/(https?:\/\/\S+?)哦(?=[。.！!]?$)/, '$1')
    // A term of address closing the words (`…售后的亲`) stays last: `…售后哦亲`, not `…售后的亲哦`;
    // after a particle of its own (`…吧亲`) it takes none.
    .replace(/([吧呢啊呀嘛啦哈哟喔噢])(亲亲|亲)哦(?=[。.！!]?$)/u, '$1$2')
    .replace(/的?(亲亲|亲)哦(?=[。.！!]?$)/u, '哦$1')
    .replace(/^(您可以|麻烦您|请您)就(?![近医诊餐地业读职位])(?=\p{Script=Han})/u, '$1')
}

/** `text` without the final particle that closes it (`麻烦您拍下哦` → `麻烦您拍下`). */
function withoutFinalParticle(text: string): string {
  return finalParticleCharacters.has(text.charAt(text.length - 1)) && /\p{Script=Han}/u.test(text.charAt(text.length - 2)) ? text.slice(0, -1) : text
}

/**
 * The longest flagged span (normalised characters) a suggestion without captures replaces:
 * readers found fixed lines natural for a few words and wrong for a clause with content.
 */
const maxStockSpan = 10

/** The same for a Latin span, whose words are longer: a short sentence (`All our products are perfect.`). */
const maxStockSpanLatin = 40

/**
 * A subject that makes a suggestion a sentence of its own: the shop (the `@we` class: `我们…`,
 * `本店…`, `We …`) or the agent (`我`, `I`).
 */
const ownSubject = wordPattern([...classWords('we'), '我', 'i'])

/** A case-blind pattern for `words`: Chinese anywhere, Latin as whole words. */
function wordPattern(words: readonly string[]): RegExp {
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const han = words.filter((word) => /\p{Script=Han}/u.test(word)).map(escape)
  const latin = words.filter((word) => !/\p{Script=Han}/u.test(word)).map(escape)
  return new RegExp(`${han.join('|')}|\\b(?:${latin.join('|')})\\b`, 'iu')
}

/** The first clause of a suggestion. */
function firstClause(text: string): string {
  return text.split(clauseBreak)[0] ?? text
}

/**
 * `messageId`, or when its text names a suggestion (`{expected}`), its plain twin `<messageId>Plain`
 * if the rule has one (`deflect` → `deflectPlain`), else the first message of the rule that does not.
 */
function withoutSuggestion(messages: Rule['meta']['messages'], messageId: string): string {
  const names = (id: string) => Object.values(messages[id]!).some((text) => text.includes('{expected}'))
  if (!names(messageId)) return messageId
  const twin = `${messageId}Plain`
  if (Object.hasOwn(messages, twin) && !names(twin)) return twin
  for (const id of Object.keys(messages)) if (!names(id)) return id
  return messageId
}

/** `record` with each value mapped. */
function mapValues(record: Readonly<Record<string, string>>, map: (value: string) => string): Record<string, string> {
  const mapped: Record<string, string> = {}
  for (const [name, value] of Object.entries(record)) mapped[name] = map(value)
  return mapped
}
