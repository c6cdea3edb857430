/**
 * Runs the real `replylint-language-server`, bundled once per test process
 * (see bundle.ts), as a child process, and talks to it
 * over its standard input and output with the client side of
 * vscode-languageserver-protocol: what an editor does.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  type CodeAction,
  CodeActionRequest,
  ConfigurationRequest,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  type FileEvent,
  HoverRequest,
  type Hover,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node.js'
import { bundle } from './bundle.js'

/** Path of the built server. */
export function serverPath(): string {
  return bundle(path.join('src', 'lsp', 'index.ts'), 'lsp')
}

/** The `file:` URI of a path. */
export const uriOf = (file: string): string => pathToFileURL(file).href

/** What the client sent and received. */
export interface Client {
  readonly connection: ProtocolConnection
  readonly child: ChildProcessWithoutNullStreams
  /** Messages the server logged. */
  readonly logs: string[]
  /** Everything the server printed on standard error. */
  readonly stderr: () => string
  /** Every diagnostics notification, in order. */
  readonly published: PublishDiagnosticsParams[]
  /** What the server registered (`client/registerCapability`). */
  readonly registrations: Registration[]
  /** What `workspace/configuration` answers for the `replylint` section. */
  settings: unknown
  /** Open a document (version 1). */
  open(uri: string, languageId: string, text: string): void
  /** Send changes, as the next version of the document; its text as the client now has it. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number
  close(uri: string): void
  /** The next diagnostics of `uri` published for `version` or later. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>
  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]>
  hover(uri: string, line: number, character: number): Promise<Hover | null>
  /** Tell the server files changed on disk. */
  watched(changes: FileEvent[]): void
  /** Tell the server the settings changed (it pulls them). */
  configurationChanged(): void
  /** Shut down and exit; the child's exit code. */
  stop(): Promise<number | null>
}

/** Start the server in `cwd` and initialise it, with `rootUri` `cwd`. */
export async function startClient(cwd: string, options: { initializationOptions?: unknown; settings?: unknown } = {}): Promise<Client> {
  const child = spawn(process.execPath, [serverPath(), '--stdio'], { cwd, stdio: 'pipe' })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const logs: string[] = []
  const published: PublishDiagnosticsParams[] = []
  const versions = new Map<string, number>()
  const waiting: Array<{ uri: string; version: number; resolve: (diagnostics: Diagnostic[]) => void }> = []
  connection.onNotification(LogMessageNotification.type, (params) => logs.push(params.message))
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && (params.version ?? 0) >= waiter.version) {
        waiting.splice(waiting.indexOf(waiter), 1)
        waiter.resolve(params.diagnostics)
      }
    }
  })
  const registrations: Registration[] = []
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations)
    return null
  })
  const client: Client = {
    connection,
    child,
    logs,
    stderr: () => stderr,
    published,
    registrations,
    settings: options.settings ?? {},
    open(uri, languageId, text) {
      versions.set(uri, 1)
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } })
    },
    change(uri, contentChanges) {
      const version = (versions.get(uri) ?? 1) + 1
      versions.set(uri, version)
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges })
      return version
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } })
    },
    diagnostics(uri, version = versions.get(uri) ?? 1) {
      return new Promise((resolve) => waiting.push({ uri, version, resolve }))
    },
    codeActions(uri, range, only) {
      const diagnostics = published.filter((params) => params.uri === uri).at(-1)?.diagnostics ?? []
      return connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only && { only }) } }) as Promise<CodeAction[]>
    },
    hover(uri, line, character) {
      return connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } })
    },
    watched(changes) {
      void connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes })
    },
    configurationChanged() {
      void connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null })
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      await connection.sendRequest(ShutdownRequest.type)
      await connection.sendNotification(ExitNotification.type)
      const code = await exited
      connection.dispose()
      return code
    },
  }
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => client.settings))
  connection.listen()
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(cwd),
    workspaceFolders: [{ uri: uriOf(cwd), name: path.basename(cwd) }],
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
      },
      textDocument: { synchronization: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
    },
  })
  await connection.sendNotification(InitializedNotification.type, {})
  return client
}

/** The text edits of a code action for one document, whichever way the server wrote them. */
export function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return []
  if (edit.documentChanges) return edit.documentChanges.flatMap((change) => ('edits' in change && change.textDocument.uri === uri ? change.edits : []))
  return edit.changes?.[uri] ?? []
}

/** `line:column-line:column code` of each diagnostic, 1-based like the command line. */
export function placesOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${String(d.code)}`)
}
