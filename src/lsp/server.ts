/**
 * The language server: diagnostics as a library file is typed, quick fixes,
 * fix-all, and hovers with the rule's note, over any LSP connection.
 *
 * Each document is linted after a short pause in typing, a few replies at a
 * time with the event loop free in between; a newer version of the document
 * (or a configuration change) drops the run in progress, so stale work is
 * cancelled rather than queued and requests are answered while a large file
 * is being linted.
 */
import { fileURLToPath } from 'node:url'
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic as LspDiagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  MarkupKind,
  type Range,
  TextDocumentSyncKind,
  TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import packageJson from '../../package.json' with { type: 'json' }
import { configNames } from '../cli/config.js'
import type { Edit } from '../cli/fix.js'
import type { DiagnosticSeverity as Severity } from '../types.js'
import { Analyser, type Finding, type Job, analyseNow } from './analysis.js'
import { type ClientSettings, type Plan, Workspace, parseClientSettings } from './workspace.js'

/** The code action kind of "Fix all certain problems in this file". */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.replylint`

/** Timing of the server; the defaults suit typing. */
export interface ServerOptions {
  /**
   * Pause in typing before a document is linted, in milliseconds; a large
   * document waits longer (1 ms more per 20,000 characters).
   *
   * @default 30
   */
  readonly debounce?: number
  /**
   * How long the server lints without answering other messages, in milliseconds.
   *
   * @default 10
   */
  readonly slice?: number
}

/** Above this size a document's results are not kept for the next run: memory matters more than the time saved. */
const cacheLimit = 1_000_000

/** Above this size code actions and hovers wait for the background run instead of linting on the spot. */
const syncLimit = 1_000_000

const severities: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

/** What the server knows of an open document. */
interface DocumentState {
  /** Bumped by every change: a run whose generation is behind is stale. */
  generation: number
  timer?: NodeJS.Timeout | undefined
  /** The last complete run and the document version it was for. */
  last?: { readonly version: number; readonly analyser: Analyser } | undefined
}

/** The path of a `file:` URI, or `undefined` for unsaved documents and other schemes. */
function fileOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/**
 * Describe an error for the log without its message, which may quote a
 * customer's text (a parser's excerpt, a reply): its class and where it was
 * thrown.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  return [error.name, ...frames.slice(0, 8)].join('\n')
}

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Serve replylint over a connection (`createConnection` of vscode-languageserver/node). */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounce = options.debounce ?? 30
  const slice = options.slice ?? 10
  const documents = new TextDocuments(TextDocument)
  const states = new Map<string, DocumentState>()
  const workspace = new Workspace(process.cwd())
  const fixAllCache = new WeakMap<Analyser, Edit[] | undefined>()
  let initialSettings: ClientSettings = {}
  let canPullConfiguration = false
  let canRegisterWatchers = false
  let canRegisterConfiguration = false
  let versionedEdits = false

  const log = (level: 'error' | 'warn' | 'info', text: string) => {
    try {
      connection.console[level](text)
    } catch {
      // The client is gone: nothing to tell it.
    }
  }
  const fail = (what: string, error: unknown) => log('error', `replylint: ${what} failed: ${describeError(error)}`)

  const stateOf = (uri: string): DocumentState => {
    let state = states.get(uri)
    if (!state) states.set(uri, (state = { generation: 0 }))
    return state
  }

  const position = (analyser: Analyser, offset: number) => {
    const point = analyser.lines.point(offset)
    return { line: point.line - 1, character: point.column - 1 }
  }
  const range = (analyser: Analyser, from: number, to: number): Range => ({ start: position(analyser, from), end: position(analyser, to) })

  const toLsp = (analyser: Analyser, finding: Finding): LspDiagnostic => {
    const { diagnostic, masker } = finding
    return {
      range: range(analyser, finding.from, finding.to),
      severity: severities[diagnostic.severity],
      code: diagnostic.ruleId,
      ...(diagnostic.url && { codeDescription: { href: diagnostic.url } }),
      source: 'replylint',
      message: masker.text(diagnostic.message),
    }
  }

  const diagnosticsOf = (analyser: Analyser): LspDiagnostic[] => {
    const out: Array<LspDiagnostic & { from: number; to: number }> = []
    for (const { message, from, to } of analyser.unreadable) {
      out.push({ range: range(analyser, from, to), severity: DiagnosticSeverity.Error, code: 'parse-error', source: 'replylint', message, from, to })
    }
    for (const finding of analyser.findings) out.push({ ...toLsp(analyser, finding), from: finding.from, to: finding.to })
    // The command line's order: by position, then rule id.
    out.sort((a, b) => a.from - b.from || a.to - b.to || String(a.code).localeCompare(String(b.code)))
    return out.map(({ from: _from, to: _to, ...diagnostic }) => diagnostic)
  }

  const publish = (uri: string, version: number | undefined, diagnostics: LspDiagnostic[]) => {
    void connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => fail('publishing diagnostics', error))
  }

  const planOf = (document: TextDocument): Plan => workspace.plan(fileOf(document.uri), document.languageId)

  const jobOf = (document: TextDocument, plan: Extract<Plan, { kind: 'lint' }>, previous: Analyser | undefined): Job => {
    const text = document.getText()
    return { text, format: plan.format, extractOptions: plan.extractOptions, runner: plan.runner, linterKey: plan.linterKey, previous: text.length <= cacheLimit ? previous?.results : undefined }
  }

  /** One configuration problem, shown at the top of the document so the reader knows why nothing else is. */
  const configDiagnostic = (message: string): LspDiagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'config-error',
    source: 'replylint',
    message,
  })

  const lint = async (uri: string, generation: number): Promise<void> => {
    const state = states.get(uri)
    const document = documents.get(uri)
    if (!state || !document) return
    const stale = () => states.get(uri) !== state || state.generation !== generation
    const version = document.version
    const plan = planOf(document)
    if (plan.kind !== 'lint') {
      state.last = undefined
      publish(uri, version, plan.kind === 'config-error' ? [configDiagnostic(plan.message)] : [])
      return
    }
    const analyser = new Analyser(jobOf(document, plan, state.last?.analyser))
    while (!analyser.done) {
      analyser.step(performance.now() + slice)
      await yieldNow()
      if (stale()) return
    }
    state.last = { version, analyser }
    publish(uri, version, diagnosticsOf(analyser))
  }

  const schedule = (uri: string, delay?: number) => {
    const state = stateOf(uri)
    const generation = ++state.generation
    clearTimeout(state.timer)
    const size = documents.get(uri)?.getText().length ?? 0
    state.timer = setTimeout(
      () => {
        state.timer = undefined
        lint(uri, generation).catch((error: unknown) => {
          fail('linting a document', error)
          if (states.get(uri) === state && state.generation === generation) {
            publish(uri, documents.get(uri)?.version, [configDiagnostic('replylint could not lint this document; see its output channel')])
          }
        })
      },
      delay ?? debounce + Math.floor(size / 20_000),
    )
  }

  const relintAll = () => {
    for (const document of documents.all()) {
      const state = stateOf(document.uri)
      state.last = undefined
      schedule(document.uri, 0)
    }
  }

  /** The analysis of a document's current version: the last run, or one now (small documents only). */
  const current = (uri: string): Analyser | undefined => {
    const document = documents.get(uri)
    if (!document) return undefined
    const state = stateOf(uri)
    if (state.last?.version === document.version) return state.last.analyser
    if (document.getText().length > syncLimit) return undefined
    const plan = planOf(document)
    if (plan.kind !== 'lint') return undefined
    const analyser = analyseNow(jobOf(document, plan, state.last?.analyser))
    state.last = { version: document.version, analyser }
    return analyser
  }

  const workspaceEdit = (uri: string, analyser: Analyser, edits: readonly Edit[]): WorkspaceEdit => {
    const textEdits: TextEdit[] = edits.map((edit) => ({ range: range(analyser, edit.from, edit.to), newText: edit.text }))
    const version = states.get(uri)?.last?.analyser === analyser ? states.get(uri)!.last!.version : null
    return versionedEdits && version !== null ? { documentChanges: [{ textDocument: { uri, version }, edits: textEdits }] } : { changes: { [uri]: textEdits } }
  }

  const fixAll = (uri: string, analyser: Analyser): CodeAction | undefined => {
    let edits = fixAllCache.get(analyser)
    if (!fixAllCache.has(analyser)) {
      edits = analyser.edits(analyser.fixedTexts())
      fixAllCache.set(analyser, edits)
    }
    if (!edits?.length) return undefined
    return { title: 'Fix all certain problems in this file', kind: fixAllKind, edit: workspaceEdit(uri, analyser, edits) }
  }

  const codeActions = (params: CodeActionParams): CodeAction[] => {
    const uri = params.textDocument.uri
    const document = documents.get(uri)
    const analyser = current(uri)
    if (!document || !analyser) return []
    const only = params.context.only
    const wants = (kind: string) => !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`))
    const actions: CodeAction[] = []
    const from = document.offsetAt(params.range.start)
    const to = document.offsetAt(params.range.end)
    let fixable = false
    if (wants(CodeActionKind.QuickFix)) {
      for (const finding of analyser.findings) {
        if (finding.from > to || finding.to < from) continue
        const { diagnostic, masker, segment } = finding
        const text = analyser.segments[segment]!.text
        const lsp = toLsp(analyser, finding)
        const replace = (start: number, end: number, replacement: string) => {
          const edits = analyser.edits(new Map([[segment, text.slice(0, start) + replacement + text.slice(end)]]))
          return edits?.length ? edits : undefined
        }
        let fixed: string | undefined
        if (diagnostic.fix) {
          const edits = replace(diagnostic.fix.range[0], diagnostic.fix.range[1], diagnostic.fix.text)
          if (edits) {
            fixable = true
            fixed = text.slice(0, diagnostic.fix.range[0]) + diagnostic.fix.text + text.slice(diagnostic.fix.range[1])
            const title = `Fix: replace with “${masker.text(diagnostic.fix.text)}”`
            actions.push({ title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [lsp], edit: workspaceEdit(uri, analyser, edits) })
          }
        }
        for (const expected of diagnostic.expected) {
          const { offset: start } = diagnostic.start
          const { offset: end } = diagnostic.end
          // The certain fix already offers this very change.
          if (text.slice(0, start) + expected + text.slice(end) === fixed) continue
          const edits = replace(start, end, expected)
          if (edits) actions.push({ title: `Replace with “${masker.text(expected)}”`, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: workspaceEdit(uri, analyser, edits) })
        }
      }
    }
    if ((fixable && wants(CodeActionKind.QuickFix)) || (only && wants(fixAllKind))) {
      const action = fixAll(uri, analyser)
      if (action) actions.push(action)
    }
    return actions
  }

  const hover = (params: HoverParams): Hover | null => {
    const document = documents.get(params.textDocument.uri)
    const analyser = current(params.textDocument.uri)
    if (!document || !analyser) return null
    const offset = document.offsetAt(params.position)
    const here = analyser.findings.filter((finding) => finding.from <= offset && offset <= finding.to && finding.diagnostic.note)
    if (here.length === 0) return null
    const parts = here.map(({ diagnostic, masker }) => {
      const id = diagnostic.url ? `[${diagnostic.ruleId}](${diagnostic.url})` : `\`${diagnostic.ruleId}\``
      return `**replylint** ${id}: ${masker.text(diagnostic.message)}\n\n${diagnostic.note}`
    })
    const first = here[0]!
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: range(analyser, first.from, first.to) }
  }

  /** Pull the `replylint` section of the client's settings, on top of `initializationOptions`. */
  const pullSettings = async (): Promise<void> => {
    let raw: unknown = undefined
    if (canPullConfiguration) raw = await connection.workspace.getConfiguration('replylint')
    applySettings(raw)
  }
  const applySettings = (raw: unknown) => {
    const { settings, problems } = parseClientSettings(raw)
    for (const problem of problems) log('warn', `replylint: setting ignored: ${problem}`)
    workspace.setClientSettings({ ...initialSettings, ...settings })
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const { settings, problems } = parseClientSettings(params.initializationOptions)
    for (const problem of problems) log('warn', `replylint: initialization option ignored: ${problem}`)
    initialSettings = settings
    workspace.setClientSettings(settings)
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    const folder = root ? fileOf(root) : undefined
    if (folder) workspace.setRoot(folder)
    const capabilities = params.capabilities
    canPullConfiguration = capabilities.workspace?.configuration === true
    canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true
    canRegisterWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    versionedEdits = capabilities.workspace?.workspaceEdit?.documentChanges === true
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
        hoverProvider: true,
      },
      serverInfo: { name: 'replylint-language-server', version: packageJson.version },
    }
  })

  connection.onInitialized(() => {
    if (canRegisterWatchers) {
      const globPattern = `**/{${[...configNames, '.replylintignore'].join(',')}}`
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] }).catch((error: unknown) => fail('watching configuration files', error))
    }
    if (canRegisterConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'replylint' }).catch((error: unknown) => fail('watching settings', error))
    }
    if (canPullConfiguration) pullSettings().then(relintAll, (error: unknown) => fail('reading settings', error))
  })

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as { replylint?: unknown } | null | undefined)?.replylint
    const update = canPullConfiguration ? pullSettings() : Promise.resolve(applySettings(pushed))
    update.then(relintAll, (error: unknown) => fail('reading settings', error))
  })

  connection.onDidChangeWatchedFiles(() => {
    // Any configuration or ignore file may change what applies anywhere below it: read them all again.
    workspace.reset()
    relintAll()
  })

  documents.onDidChangeContent(({ document }) => schedule(document.uri))
  documents.onDidClose(({ document }) => {
    const state = states.get(document.uri)
    clearTimeout(state?.timer)
    states.delete(document.uri)
    publish(document.uri, undefined, [])
  })

  connection.onCodeAction((params) => {
    try {
      return codeActions(params)
    } catch (error) {
      fail('code actions', error)
      return []
    }
  })
  connection.onHover((params) => {
    try {
      return hover(params)
    } catch (error) {
      fail('hover', error)
      return null
    }
  })
  connection.onShutdown(() => {
    for (const state of states.values()) clearTimeout(state.timer)
    states.clear()
  })

  documents.listen(connection)
  connection.listen()
}
