/**
 * Every public type of replylint, in one place.
 */
import type { Root, Sentence } from 'nlcst'
import type { $ZodType, output } from 'zod/v4/core'

/** A normalised view of a text, with its way back to the original. */
export interface Normalised {
  /** The normalised text. */
  readonly text: string
  /** For each UTF-16 unit of `text`, the original offset its source starts at. */
  readonly starts: Int32Array
  /** For each UTF-16 unit of `text`, the original offset its source ends at. */
  readonly ends: Int32Array
}

/** How much a configured rule matters; `off` turns it off. */
export type Severity = 'off' | 'info' | 'warn' | 'error'

/** The severity a diagnostic is reported with. */
export type DiagnosticSeverity = 'info' | 'warning' | 'error'

/** Language of the messages. */
export type Locale = 'zh-CN' | 'zh-TW' | 'en'

/** A text in each message language. */
export type Localised = Readonly<Record<Locale, string>>

/** Name of a built-in preset. */
export type PresetName = 'recommended' | 'strict' | 'all'

/** Options of one rule, as given in a configuration (validated by the rule's schema). */
export type RuleOptions = Record<string, unknown>

/** A rule's setting in a configuration: a severity, or a severity and options. */
export type RuleSetting = Severity | readonly [Severity] | readonly [Severity, RuleOptions]

/** A place in a text. */
export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column, in UTF-16 code units. */
  column: number
  /** 0-based offset, in UTF-16 code units. */
  offset: number
}

/** A certain edit: replace `range` of the text with `text`. */
export interface Fix {
  /** `[start, end)` offsets in the linted text. */
  range: [number, number]
  /** The replacement. */
  text: string
}

/** One problem found in a reply. */
export interface Diagnostic {
  /** An id from the rule catalogue, a custom rule's id, or `internal-error`. */
  ruleId: string
  /** Which of the rule's messages this is (replylint's addition to the contract, as in ESLint). */
  messageId?: string
  /** How much it matters. */
  severity: DiagnosticSeverity
  /** One sentence, in the requested locale. */
  message: string
  /** Start of the flagged span. */
  start: Point
  /** End of the flagged span. */
  end: Point
  /** The flagged text: always `text.slice(start.offset, end.offset)`. */
  actual: string
  /** Suggested replacements for `actual`, best first; `[]` if there are none. */
  expected: string[]
  /** A safe edit, present only when the rewrite is certain. */
  fix?: Fix
  /** Why, citing the handbook. */
  note?: string
  /** The rule's documentation. */
  url?: string
}

/** One turn of a conversation. */
export interface Turn {
  /** Who wrote it. */
  role: 'customer' | 'agent'
  /** What they wrote. */
  text: string
  /** When: ISO 8601 or epoch milliseconds. */
  time?: string | number
}

/** What belongs to the customer of this conversation (may appear in a reply). */
export interface CustomerInfo {
  /** The customer's own order ids. */
  orderIds?: string[]
  /** The customer's own phone numbers. */
  phones?: string[]
  /** Names on the customer's orders. */
  names?: string[]
  /** The customer's own addresses. */
  addresses?: string[]
}

/** What the reply answers. */
export interface LintContext {
  /** Earlier turns, oldest first. */
  history?: Turn[]
  /** What belongs to this customer. */
  customer?: CustomerInfo
  /**
   * The shop's own marketplace (`taobao` covers 淘宝 and 天猫, `jd`,
   * `pinduoduo`, `douyin`, `shopee`, `amazon`, …).
   *
   * @default 'taobao'
   */
  platform?: string
  /** When this reply is sent (ISO 8601 or epoch ms). */
  time?: string | number
  /** How long the customer has been waiting, in seconds (wins over `time`). */
  waitedSeconds?: number
}

/** Options of one call to `lint` or `fix`. */
export interface LintOptions {
  /**
   * Language of the reply; mixed replies are normal, so `auto` is almost
   * always right.
   *
   * @default 'auto'
   */
  lang?: 'auto' | 'zh' | 'en'
  /**
   * The preset the rules start from.
   *
   * @default 'recommended'
   */
  preset?: PresetName
  /** Rule settings on top of the preset. */
  rules?: Record<string, RuleSetting>
  /**
   * Language of the messages; by default it follows the reply, and a reply without words (a bare
   * number, an emoji) follows the conversation's latest turn with words, else the platform.
   */
  locale?: Locale
  /** The conversation the reply answers. */
  context?: LintContext
}

/** The configuration a linter is compiled from. */
export interface LinterConfig extends Omit<LintOptions, 'context'> {
  /** Rules beyond the built-in ones (see `defineRule`). */
  plugins?: readonly Rule[]
}

/** What `lint` returns. */
export interface LintResult {
  /** The problems, in order of position. */
  diagnostics: Diagnostic[]
}

/** What `fix` returns. */
export interface FixResult {
  /** The text with every certain fix applied. */
  text: string
  /** The diagnostics whose fixes were applied, against the text they were found in. */
  applied: Diagnostic[]
  /** The diagnostics of the fixed text. */
  diagnostics: Diagnostic[]
  /**
   * Every change as edits of the original text, sorted, not overlapping, adjacent ones merged:
   * applied from last to first, they turn `text` as given into the fixed
   * `text`. For a command line's diff or a language server's `TextEdit`s,
   * without diffing the texts.
   */
  edits: Fix[]
}

/** One entry of `lintConversation`'s result. */
export interface TurnResult {
  /** The agent turn's 0-based index in the turns given. */
  turn: number
  /** Its diagnostics. */
  diagnostics: Diagnostic[]
}

/** A compiled configuration. */
export interface Linter {
  /** Lint one reply. */
  lint(text: string, options?: LintOptions): LintResult
  /** Apply every certain fix. */
  fix(text: string, options?: LintOptions): FixResult
  /** Lint every agent turn of a conversation with the turns before it as history. */
  lintConversation(turns: readonly Turn[], options?: LintOptions): TurnResult[]
}

/** One entry of a lexicon. Rules extend it with fields of their own. */
export interface LexiconEntry {
  /**
   * The phrase or phrases to find. They are normalised like replies, so write
   * them once, in simplified Chinese or plain English.
   */
  readonly match: string | readonly string[]
  /** Replacements for the matched words, best first. */
  readonly expected?: readonly string[]
  /** Not a match right after any of these (normalised text). */
  readonly notAfter?: readonly string[]
  /** Not a match right before any of these (normalised text). */
  readonly notBefore?: readonly string[]
  /**
   * Watch the phrases for disguises: noise between their characters
   * (`微♡信`), look-alike letters and digits (`p@ssw0rd`), pinyin
   * (`wēi xìn`), homophones (`薇信`), emoji (`🧧`). A disguise found is
   * folded to the phrase in the normalised view, so the entry (and every
   * other lexicon) matches it there. Mark only the words people hide:
   * contact channels, money, platforms, credentials, insults.
   *
   * @default false
   */
  readonly watch?: boolean | WatchOptions
}

/** How a watched lexicon entry is looked for (see `LexiconEntry.watch`). */
export interface WatchOptions {
  /**
   * Fold the letters of initials (`wx` for 微信, also `v` for a `w`) of a
   * two-character phrase. Words of three characters or more always fold
   * their initials (`zfb`, `pdd`); two letters are too often something else
   * (`mm`, `tb`, `hp`).
   *
   * @default false
   */
  readonly initials?: boolean
  /**
   * Fold homophones and near-homophones (`薇信`, `威芯`, `蔻蔻`).
   *
   * @default true
   */
  readonly homophones?: boolean
  /**
   * Other spellings that stand for the phrase and are folded to it with all
   * their disguises (`扣扣` for `qq`).
   *
   * @default []
   */
  readonly aliases?: readonly string[]
}

/** A typed list of entries: a rule's word list. */
export type Lexicon<Entry extends LexiconEntry = LexiconEntry> = readonly Entry[]

/** A lexicon entry found in a reply. */
export interface Match<Entry extends LexiconEntry = LexiconEntry> {
  /** The entry. */
  readonly entry: Entry
  /** The normalised phrase that matched. */
  readonly phrase: string
  /** Start offset in the original text. */
  readonly start: number
  /** End offset in the original text. */
  readonly end: number
  /** Start in the normalised text. */
  readonly normalStart: number
  /** End in the normalised text. */
  readonly normalEnd: number
}

/** A sentence of the reply. */
export interface SentenceInfo {
  /** Its node. */
  readonly node: Sentence
  /** Start offset in the original text. */
  readonly start: number
  /** End offset in the original text. */
  readonly end: number
  /** Start in the normalised text. */
  readonly normalStart: number
  /** End in the normalised text. */
  readonly normalEnd: number
  /** Its normalised text. */
  readonly normal: string
}

/** A clause: part of a sentence between commas, colons or semicolons. */
export type ClauseInfo = Omit<SentenceInfo, 'node'> & {
  /** The sentence it belongs to. */
  readonly sentence: SentenceInfo
}

/** What a rule reports. */
export interface Report {
  /** Key of `meta.messages`; the first message by default. */
  messageId?: string
  /**
   * Values for `{name}` placeholders of the message, besides `actual` and `expected`: the rule's
   * own words, written in simplified Chinese and shown in traditional script when the reply is
   * written in it, as suggestions are.
   */
  data?: Record<string, string>
  /** Start offset of the flagged span. */
  start: number
  /** End offset of the flagged span. */
  end: number
  /** Replacements for the span, best first. */
  expected?: readonly string[]
  /** A certain edit; only when the rewrite is certain. */
  fix?: Fix
  /**
   * What the message shows instead of the flagged text, for values that must
   * not be repeated (a masked phone number). `actual` stays exact.
   */
  display?: string
  /**
   * Report one level below the rule's severity, and never above `warning`
   * (`error` → `warning`, `warning` → `info`): for a finding the rule cannot
   * confirm without more context.
   *
   * @default false
   */
  lower?: boolean
}

/** Options of `context.find`. */
export interface FindOptions {
  /** Include matches inside quotation marks (the customer's words quoted back). */
  quoted?: boolean
}

/** What a rule's `check` receives besides the tree. */
export interface RuleContext<Options = unknown> {
  /** The reply as typed. */
  readonly text: string
  /** The normalised view lexicons match. */
  readonly normal: Normalised
  /** The rule's options, validated, with defaults filled in. */
  readonly options: Options
  /** The reply's sentences, in order. */
  readonly sentences: readonly SentenceInfo[]
  /** The reply's clauses, in order. */
  readonly clauses: readonly ClauseInfo[]
  /** The sentence that contains `offset` (binary search), if any. */
  sentenceAt(offset: number): SentenceInfo | undefined
  /** The clause that contains `offset` (binary search), if any. */
  clauseAt(offset: number): ClauseInfo | undefined
  /** The language of the reply: mostly Chinese, mostly English. */
  readonly lang: 'zh' | 'en'
  /** Earlier turns of the conversation, oldest first (`[]` without context). */
  readonly history: readonly Turn[]
  /**
   * Whether the reply comes with its conversation: the context has a
   * `history`, even an empty one (the first reply of a chat).
   */
  readonly conversation: boolean
  /** What belongs to this customer (`{}` without context). */
  readonly customer: Readonly<CustomerInfo>
  /** The shop's own marketplace. */
  readonly platform: string
  /**
   * How long the customer has been waiting for this reply, in seconds: the
   * context's `waitedSeconds`, or the time since the customer's last turn.
   */
  readonly waitedSeconds: number | undefined
  /** Find the entries of a lexicon in the reply (one shared pass over the text). */
  find<Entry extends LexiconEntry>(lexicon: Lexicon<Entry>, options?: FindOptions): Match<Entry>[]
  /** Whether `[start, end)` lies inside quotation marks. */
  isQuoted(start: number, end: number): boolean
  /**
   * Whether the customer's latest turns (since the agent last spoke) hold a
   * construction pattern (see `Construction.pattern`); `false` without a
   * conversation.
   */
  customerSays(pattern: string): boolean
  /** Report a problem. */
  report(report: Report): void
}

/** A rule's description of itself. */
export interface RuleMeta<Schema extends $ZodType = $ZodType> {
  /** The id: also the rule's file name. */
  id: string
  /** One line, in the imperative ("Disallow …", "Require …"). */
  description: string
  /** Severity when a preset turns the rule on. */
  severity: Exclude<Severity, 'off'>
  /** The presets that include it (`strict` includes `recommended`, `all` includes all). */
  preset: 'recommended' | 'strict' | 'all'
  /** Absolute URL of the rule's documentation. */
  url: string
  /**
   * Message templates by id, with `{actual}`, `{expected}` and `data` placeholders. A report with
   * no suggestion never shows an empty `{expected}`: it takes the message's plain twin
   * (`<id>Plain`, without `{expected}`) when the rule has one, else the first message without it.
   */
  messages: Readonly<Record<string, Localised>>
  /** Why, citing the handbook. */
  note: Localised
  /** Whether the rule offers certain fixes. */
  fixable?: boolean
  /** The options, as a strict zod object (zod/mini or classic zod) with defaults. */
  options?: Schema
}

/** Where all elements of a construction must lie. */
export type ConstructionScope = 'clause' | 'sentence' | 'reply'

/**
 * What a construction must not have around it, as patterns (the grammar of
 * `Construction.pattern`): a softener `before` it in its scope, something
 * `after` it, or anywhere in its `clause`, `sentence` or the whole `reply`,
 * or in what the customer just said (`customer`).
 */
export interface ConstructionUnless {
  readonly before?: string | readonly string[]
  readonly after?: string | readonly string[]
  /**
   * Between the start of the sentence and the match: a softener or a
   * subject that governs a chain of clauses (`您可登录网厅，点击查话费`).
   */
  readonly preceding?: string | readonly string[]
  readonly clause?: string | readonly string[]
  readonly sentence?: string | readonly string[]
  readonly reply?: string | readonly string[]
  /**
   * In the customer's latest turns (needs `context.history`): steps that
   * answer "how do I …?" explain, they do not order.
   */
  readonly customer?: string | readonly string[]
}

/**
 * A construction: one way of saying what a rule catches, as data — a
 * sequence of word classes, literals, bounded gaps and anchors, conditions,
 * and suggestion templates (see `src/construction.ts` for the grammar).
 *
 * @example
 *   { id: 'negated-question', meaning: 'a negated yes/no question scolds',
 *     example: '物流不是一直在更新吗？', pattern: '不是 ~12 @questionParticle', question: true }
 */
export interface Construction {
  /** A short id, unique within its rule (kebab-case). */
  readonly id: string
  /** What it means, in one line (shown on the rule's page). */
  readonly meaning: string
  /** One reply it catches (shown on the rule's page; a test checks it fires). */
  readonly example: string
  /**
   * What the customer said before `example`, for a construction that needs
   * it (`customerSaid`): tests lint the example with this as the history.
   *
   * @default undefined (the example stands alone)
   */
  readonly exampleCustomer?: string
  /** The sequence of elements. */
  readonly pattern: string
  /**
   * Where the whole pattern must lie.
   *
   * @default 'clause'
   */
  readonly scope?: ConstructionScope
  /**
   * `true`: only when its clause or sentence asks a question; `false`: only
   * when it does not; `'clause'`: only when the question is its clause's own
   * (the clause asks, or is the last of a sentence that asks), not a statement
   * before a question in the same sentence.
   *
   * @default undefined (either)
   */
  readonly question?: boolean | 'clause'
  /**
   * What is flagged: `'match'`, the matched words (or the part between `<`
   * and `>`); `'scope'`, the whole clause or sentence from its first word
   * (after openers such as `亲，`) to its end, question mark included — for
   * constructions whose suggestion replaces the whole sentence (a
   * rhetorical question rewritten as a statement). When a flagged scope
   * ends in `？`/`?`/`！`/`!`, the engine ends each suggestion with a full
   * stop (`。` or `.`) instead.
   *
   * @default 'match'
   */
  readonly flag?: 'match' | 'scope'
  /** Contexts in which it is not a violation. */
  readonly unless?: ConstructionUnless
  /**
   * Only when the customer's latest turns hold one of these patterns (a yes
   * to their question); needs `context.history`.
   */
  readonly customerSaid?: string | readonly string[]
  /**
   * Which of the rule's messages to report.
   *
   * @default the rule's first message
   */
  readonly messageId?: string
  /**
   * Suggestions, best first: templates in simplified Chinese or English,
   * with `{Name}` for what the pattern captured as `Name=`. The engine
   * writes them in traditional characters when the reply is traditional.
   *
   * @default []
   */
  readonly expected?: readonly string[]
  /**
   * Whether the first suggestion is a certain fix.
   *
   * @default false
   */
  readonly fix?: boolean
  /**
   * Report one level below the rule's severity (as `Report.lower`): what the construction catches
   * is the rule's lesser case (swearing aimed at no one, under no-insult).
   *
   * @default false
   */
  readonly lower?: boolean
}

/** A rule. */
export interface Rule<Schema extends $ZodType = $ZodType> {
  /** What it is. */
  readonly meta: RuleMeta<Schema>
  /** The lexicons it finds (compiled into the shared pass). */
  readonly lexicons?: readonly Lexicon<LexiconEntry>[]
  /**
   * What it catches, as constructions: the engine matches and reports them
   * (after `check`, leaving out spans `check` already reported).
   */
  readonly constructions?: readonly Construction[]
  /** Check a reply, beyond what its constructions say (optional when they say it all). */
  check?(tree: Root, context: RuleContext<output<Schema>>): void
}

/** Options of `retextReplylint`: a linter configuration and the conversation context. */
export interface RetextReplylintOptions extends LinterConfig {
  /** The conversation the replies answer. */
  context?: LintContext
}
