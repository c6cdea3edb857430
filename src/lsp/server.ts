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
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import packageJson from '../../package.json' with { type: 'json' }
import { configNames } from '../cli/config.js'
import type { Edit } from '../cli/fix.js'
import { Analyser, type Job, analyseNow } from './analysis.js'
import { diagnosticsOf, documentDiagnostic, hoverAt, notesOf, rangeOf, toDiagnostic } from './protocol.js'
import { analyseInWorker } from './worker.js'
import { type ClientSettings, type Plan, Workspace, parseClientSettings } from './workspace.js'

/** The code action kind of "Fix all certain problems in this file". */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.replylint`

/** How the server runs; the defaults suit typing. */
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
  /**
   * The server's script, to start worker threads from for large documents
   * (its main thread must then call `serveAnalysis`). Without it, large
   * documents are linted on the main thread too, a slice at a time.
   */
  readonly worker?: URL | undefined
}

/**
 * Documents larger than this (in UTF-16 units) are analysed in a worker
 * thread, their results are not kept for the next run (memory matters more
 * than the time saved), and they offer no quick fixes: `replylint --fix`
 * is the tool for a library that size.
 */
const largeDocument = 1_000_000

/** A complete run over a document. */
interface Run {
  readonly version: number
  readonly diagnostics: LspDiagnostic[]
  /** Notes by rule id, for hovers. */
  readonly notes: Readonly<Record<string, string>>
  readonly analyser?: Analyser | undefined
}

/** The run of an analysis. */
const runOf = (version: number, analyser: Analyser): Run => ({ version, diagnostics: diagnosticsOf(analyser), notes: notesOf(analyser), analyser })

/** What the server knows of an open document. */
interface DocumentState {
  /** Bumped by every change: a run whose generation is behind is stale. */
  generation: number
  timer?: NodeJS.Timeout | undefined
  /** Stops the worker thread of the run in progress, if it has one. */
  cancel?: (() => void) | undefined
  /** The last complete run: the document version, its diagnostics and notes, and the analysis (not kept for large documents). */
  last?: Run | undefined
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

  const publish = (uri: string, version: number | undefined, diagnostics: LspDiagnostic[]) => {
    void connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => fail('publishing diagnostics', error))
  }

  const planOf = (document: TextDocument): Plan => workspace.plan(fileOf(document.uri), document.languageId)

  const jobOf = (document: TextDocument, plan: Extract<Plan, { kind: 'lint' }>, previous: Analyser | undefined): Job => {
    const text = document.getText()
    return { text, format: plan.format, extractOptions: plan.extractOptions, runner: plan.runner, linterKey: plan.linterKey, previous: text.length <= largeDocument ? previous : undefined }
  }

  const lint = async (uri: string, generation: number): Promise<void> => {
    const state = states.get(uri)
    const document = documents.get(uri)
    if (!state || !document) return
    const stale = () => states.get(uri) !== state || state.generation !== generation
    const version = document.version
    const plan = planOf(document)
    if (plan.kind !== 'lint') {
      state.last = undefined
      publish(uri, version, plan.kind === 'config-error' ? [documentDiagnostic('config-error', plan.message)] : [])
      return
    }
    const text = document.getText()
    if (options.worker && text.length > largeDocument) {
      const run = analyseInWorker(options.worker, { text, format: plan.format, extractOptions: plan.extractOptions, spec: plan.spec })
      state.cancel = run.cancel
      const result = await run.result
      if (!result || stale()) return
      state.cancel = undefined
      state.last = { version, ...result }
      publish(uri, version, result.diagnostics)
      return
    }
    const analyser = new Analyser(jobOf(document, plan, state.last?.analyser))
    while (!analyser.done) {
      analyser.step(performance.now() + slice)
      await yieldNow()
      if (stale()) return
    }
    state.last = runOf(version, analyser)
    publish(uri, version, state.last.diagnostics)
  }

  /** Stop what a document's state has running. */
  const stop = (state: DocumentState | undefined) => {
    clearTimeout(state?.timer)
    state?.cancel?.()
    if (state) state.cancel = undefined
  }

  const schedule = (uri: string, delay?: number) => {
    const state = stateOf(uri)
    const generation = ++state.generation
    stop(state)
    const size = documents.get(uri)?.getText().length ?? 0
    state.timer = setTimeout(
      () => {
        state.timer = undefined
        lint(uri, generation).catch((error: unknown) => {
          fail('linting a document', error)
          if (states.get(uri) === state && state.generation === generation) {
            publish(uri, documents.get(uri)?.version, [documentDiagnostic('internal-error', 'replylint could not lint this document; see its output channel')])
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

  /** The analysis of a document's current version: the last run, or one now (not for large documents). */
  const current = (uri: string): Analyser | undefined => {
    const document = documents.get(uri)
    if (!document) return undefined
    const state = stateOf(uri)
    if (state.last?.version === document.version && state.last.analyser) return state.last.analyser
    if (document.getText().length > largeDocument) return undefined
    const plan = planOf(document)
    if (plan.kind !== 'lint') return undefined
    const analyser = analyseNow(jobOf(document, plan, state.last?.analyser))
    state.last = runOf(document.version, analyser)
    return analyser
  }

  const workspaceEdit = (uri: string, analyser: Analyser, edits: readonly Edit[]): WorkspaceEdit => {
    const textEdits: TextEdit[] = edits.map((edit) => ({ range: rangeOf(analyser, edit.from, edit.to), newText: edit.text }))
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
        const lsp = toDiagnostic(analyser, finding)
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
        const ignore = analyser.ignoreEdit(segment, diagnostic.ruleId)
        if (ignore) {
          actions.push({ title: `Ignore ${diagnostic.ruleId} for this reply`, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: workspaceEdit(uri, analyser, [ignore]) })
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
    const uri = params.textDocument.uri
    const document = documents.get(uri)
    if (!document) return null
    // Brings the last run up to date, unless the document is large.
    current(uri)
    const last = states.get(uri)?.last
    return last?.version === document.version ? hoverAt(last.diagnostics, last.notes, params.position) : null
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
    stop(states.get(document.uri))
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
    for (const state of states.values()) stop(state)
    states.clear()
  })

  documents.listen(connection)
  connection.listen()
}
