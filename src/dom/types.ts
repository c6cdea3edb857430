/**
 * Public types of `replylint/dom`. They live here, not in `src/types.ts`,
 * because they name DOM types and the core must build without the DOM library.
 */
import type { Diagnostic, DiagnosticSeverity, LintOptions } from '../types.js'

/** Texts of the checker's own controls. */
export interface Labels {
  /** Button that sends a reply despite its problems. */
  send: string
  /** Button that closes the pre-send guard to fix the reply. */
  back: string
  /** Title of the pre-send guard; `{n}` is the number of problems. */
  guard: string
  /** A fix that deletes text. */
  remove: string
  /** Accessible name prefix of a suggestion button ("Replace with"). */
  replace: string
  /** Summary read with the reply box; `{n}` is the number of problems. */
  count: string
  /** How to reach the suggestions from the reply box with the keyboard. */
  keys: string
}

/** Options of `attach`. */
export interface AttachOptions {
  /**
   * What lints the text.
   *
   * @default the shared recommended linter (`lint` of `replylint`)
   */
  lint?: (text: string, options?: LintOptions) => { diagnostics: Diagnostic[] }
  /**
   * Options of every lint (preset, rules, locale, conversation context). A
   * function is called before every lint, so a chat tool can hand over the
   * live conversation.
   *
   * @default {}
   */
  lintOptions?: LintOptions | (() => LintOptions)
  /** An element to list every problem in, each with its buttons (optional). */
  list?: HTMLElement
  /**
   * The least severity that holds a reply in `beforeSend`.
   *
   * @default 'error'
   */
  guard?: DiagnosticSeverity
  /**
   * Decide yourself whether a reply with problems may be sent, instead of the
   * built-in guard. Receives the problems at `guard` severity or above.
   */
  onBeforeSend?: (diagnostics: Diagnostic[]) => boolean | Promise<boolean>
  /** Called after every lint on input, with the time the lint itself took, in ms. */
  onLint?: (diagnostics: Diagnostic[], ms: number) => void
  /**
   * Texts of the checker's controls.
   *
   * @default Chinese when the message locale or the page's language is Chinese, else English
   */
  labels?: Partial<Labels>
  /**
   * Drafts longer than this are linted a paragraph at a time (nearest the
   * caret first, the rest in slices), so pasting a long text never freezes the box.
   *
   * @default 2000
   */
  whole?: number
}

/** What `attach` returns. */
export interface Checker {
  /** Remove the underlines, the popover and every listener. */
  detach(): void
  /** Lint the reply now, whole, and show the result. */
  lint(): Diagnostic[]
  /**
   * The pre-send guard: `true` when the reply may go. With problems at the
   * `guard` severity it shows them with their fixes and resolves `true` only
   * when the agent chooses to send anyway.
   */
  beforeSend(): Promise<boolean>
}
