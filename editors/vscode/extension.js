// @ts-check
// A thin client: it starts replylint-language-server and tells VS Code which files to send it.
// Everything else (diagnostics, quick fixes, fix-all, hovers, configuration files) is the server's.
const path = require('node:path')
const vscode = require('vscode')
const { LanguageClient, TransportKind } = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

/** The server's script: the setting, else the workspace's own replylint (the version its CI runs). */
function serverScript() {
  const configured = vscode.workspace.getConfiguration('replylint').get('server.path')
  if (typeof configured === 'string' && configured !== '') return configured
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      // The package exports only '.', so resolve its package.json and find the script beside it.
      return path.join(path.dirname(require.resolve('replylint/package.json', { paths: [folder.uri.fsPath] })), 'dist', 'lsp.js')
    } catch {
      // Not installed in this folder.
    }
  }
  return undefined
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  const script = serverScript()
  /** @type {import('vscode-languageclient/node').ServerOptions} */
  const server = script
    ? { module: script, transport: TransportKind.stdio }
    : // The client passes --stdio for this transport (and the server assumes stdio without it).
      { command: 'replylint-language-server', transport: TransportKind.stdio }
  const settings = vscode.workspace.getConfiguration('replylint')
  client = new LanguageClient(
    'replylint',
    'replylint',
    server,
    {
      documentSelector: [
        // Library files by extension, whatever language another extension gives them (csv, jsonl).
        { scheme: 'file', pattern: '**/*.{txt,text,md,markdown,json,jsonl,ndjson,yaml,yml,csv}' },
        ...['markdown', 'plaintext', 'json', 'jsonl', 'yaml', 'csv'].map((language) => ({ scheme: 'untitled', language })),
      ],
      initializationOptions: { locale: settings.get('locale'), preset: settings.get('preset'), platform: settings.get('platform') },
    },
  )
  context.subscriptions.push(client)
  await client.start()
}

async function deactivate() {
  await client?.stop()
}

module.exports = { activate, deactivate }
