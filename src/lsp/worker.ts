/**
 * Large documents are analysed in a worker thread: reading a 10 MB library
 * (YAML above all) takes seconds in one synchronous step that could not
 * otherwise be interrupted, and the server must answer meanwhile. A newer
 * version of the document terminates the worker: the stale run stops at
 * once, and its memory goes with it.
 *
 * The worker is the server's own script started again (`new Worker(url)`),
 * as the command line's workers are, so there is no second file to build.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads'
import type { Diagnostic } from 'vscode-languageserver/node.js'
import type { ExtractOptions, Format } from '../cli/extract/index.js'
import { type LinterSpec, TaskRunner } from '../cli/lint.js'
import { analyseNow } from './analysis.js'
import { diagnosticsOf, notesOf } from './protocol.js'

/** What a worker analyses: plain data, to cross threads. */
export interface RemoteJob {
  /** The document's text. */
  readonly text: string
  /** Its library format. */
  readonly format: Format
  /** Fields, paragraphs and conversations, from its configuration. */
  readonly extractOptions: ExtractOptions
  /** What the worker builds its linter from. */
  readonly spec: LinterSpec
}

/** What it gives back: enough for diagnostics and hovers (quick fixes need the analysis itself). */
export interface RemoteResult {
  readonly diagnostics: Diagnostic[]
  /** Notes by rule id. */
  readonly notes: Record<string, string>
}

/** A run in a worker thread. */
export interface RemoteRun {
  /** The result; `undefined` once cancelled. Rejects when the worker fails. */
  readonly result: Promise<RemoteResult | undefined>
  /** Stop the worker. */
  cancel(): void
}

/** Analyse a document in a worker thread started from `script`. */
export function analyseInWorker(script: URL, job: RemoteJob): RemoteRun {
  const worker = new Worker(script, { workerData: job })
  let cancelled = false
  const result = new Promise<RemoteResult | undefined>((resolve, reject) => {
    worker.once('message', (message: RemoteResult) => resolve(message))
    worker.once('error', (error) => (cancelled ? resolve(undefined) : reject(error)))
    worker.once('exit', (code) => (cancelled ? resolve(undefined) : reject(new Error(`the analysis worker stopped (exit code ${code})`))))
  })
  return {
    result: result.finally(() => void worker.terminate()),
    cancel() {
      cancelled = true
      void worker.terminate()
    },
  }
}

/** The worker's side: analyse the job it was started with, send the result, end. */
export function serveAnalysis(): void {
  const job = workerData as RemoteJob
  const analyser = analyseNow({ ...job, runner: new TaskRunner([job.spec]), linterKey: '' })
  parentPort!.postMessage({ diagnostics: diagnosticsOf(analyser), notes: notesOf(analyser) } satisfies RemoteResult)
}
