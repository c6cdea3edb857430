#!/usr/bin/env node
/**
 * `replylint-language-server`: replylint for every LSP editor, over standard
 * input and output (`--stdio`, the flag editors pass by convention; stdio is
 * also what it speaks without it).
 *
 * The same script is the worker thread that analyses large documents.
 */
import { isMainThread } from 'node:worker_threads'
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node.js'
import packageJson from '../../package.json' with { type: 'json' }
import { describeError, startServer } from './server.js'
import { serveAnalysis } from './worker.js'

const args = process.argv.slice(2)
if (!isMainThread) {
  // Started by the server itself to analyse a large document.
  serveAnalysis()
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${packageJson.version}\n`)
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: replylint-language-server [--stdio]\n\nThe replylint language server, speaking LSP 3.17 over standard input and output.\n')
} else {
  // createConnection reads the transport from the arguments; without one, stdio is meant.
  if (!args.some((arg) => arg === '--stdio' || arg.startsWith('--node-ipc') || arg.startsWith('--socket') || arg.startsWith('--pipe'))) process.argv.push('--stdio')
  const connection = createConnection(ProposedFeatures.all)
  // A bug of ours must not take the editor's diagnostics down with it: log it (without any text) and go on.
  process.on('uncaughtException', (error) => connection.console.error(`replylint: unexpected error: ${describeError(error)}`))
  process.on('unhandledRejection', (error) => connection.console.error(`replylint: unexpected error: ${describeError(error)}`))
  startServer(connection, { worker: new URL(import.meta.url) })
}
