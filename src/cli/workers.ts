/**
 * Large runs use the machine's cores. The command starts copies of its own
 * script as worker threads (`new Worker(scriptUrl)` with the URL of the
 * bundled command, whether tsup's `dist/cli.js` or a test bundle), so no
 * second entry file has to be built and found. The calling thread lints too;
 * every thread takes shares of the tasks as it goes, and the results are put
 * back in order.
 */
import os from 'node:os'
import { Worker, parentPort, workerData } from 'node:worker_threads'
import { type LinterSpec, type Mode, type Task, type TaskResult, TaskRunner } from './lint.js'
import type { Progress } from './progress.js'

/**
 * Characters of replies per thread below which a thread costs more than it
 * saves. Measured on a 2-core machine: the whole corpus (1.2 M characters)
 * took 4.7 s on one thread and 5.7 s on two, and four times the corpus
 * (4.8 M) 10.9 s and 11.3 s: reading, extracting, mapping positions and
 * writing the report stay on the main thread, and handing tasks and results
 * between threads costs about as much as the linting it spreads. Threads
 * pay off only on libraries far larger than that.
 */
const charactersPerThread = 8_000_000

/** What a worker is started with. */
interface Setup {
  readonly specs: readonly LinterSpec[]
  readonly mode: Mode
}

/** A share of the tasks; `null` tells the worker to stop (it may get one after it has stopped). */
type Chunk = { readonly index: number; readonly tasks: readonly Task[] } | null

/** A share's results. */
interface Done {
  readonly index: number
  readonly results: TaskResult[]
}

/**
 * Tasks per share. Threads take shares as they finish the previous one, so
 * that a slow share (long replies, a busy core) does not hold the run up; a
 * share is also what progress counts in.
 */
const chunkSize = 500

/** The characters a task lints. */
function size(task: Task): number {
  return task.kind === 'reply' ? task.text.length : task.turns.reduce((sum, turn) => sum + turn.text.length, 0)
}

/**
 * How many threads to lint `tasks` with.
 *
 * @param requested A number from `--workers`, or `auto`: one thread per core, each with at least `charactersPerThread` characters to lint.
 */
export function workerCount(tasks: readonly Task[], requested: number | 'auto'): number {
  const wanted =
    requested === 'auto' ? Math.min(os.availableParallelism(), Math.floor(tasks.reduce((sum, task) => sum + size(task), 0) / charactersPerThread)) : requested
  return Math.max(1, Math.min(wanted, tasks.length))
}

/**
 * Lint or fix every task on `workers` threads: the calling thread (with
 * `runner`) and `workers - 1` worker threads.
 *
 * @param options.script The URL of the bundled command, which serves as the worker's script.
 */
export async function runTasks(
  tasks: readonly Task[],
  specs: readonly LinterSpec[],
  mode: Mode,
  options: { readonly workers: number; readonly script: URL; readonly progress: Pick<Progress, 'update'>; readonly runner: TaskRunner },
): Promise<TaskResult[]> {
  const { progress, runner } = options
  const chunks: Array<NonNullable<Chunk>> = []
  for (let start = 0; start < tasks.length; start += chunkSize) chunks.push({ index: chunks.length, tasks: tasks.slice(start, start + chunkSize) })
  const results: TaskResult[][] = []
  let next = 0
  let done = 0
  const finished = (index: number, chunkResults: TaskResult[]) => {
    results[index] = chunkResults
    done += chunkResults.length
    progress.update(done)
  }
  const threads = Array.from(
    { length: Math.min(options.workers, chunks.length) - 1 },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(options.script, { workerData: { specs, mode } satisfies Setup })
        const feed = () => worker.postMessage((next < chunks.length ? chunks[next++]! : null) satisfies Chunk)
        worker.on('message', (message: Done) => {
          finished(message.index, message.results)
          feed()
        })
        worker.on('error', reject)
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`A worker thread stopped with exit code ${code}`))))
        // Two shares in hand, so that a worker never waits while this thread is busy with a share of its own.
        feed()
        feed()
      }),
  )
  while (next < chunks.length) {
    const chunk = chunks[next++]!
    finished(chunk.index, chunk.tasks.map((task) => runner.run(task, mode)))
    // Let the workers' results in, and send them more.
    if (threads.length) await new Promise((resolve) => setImmediate(resolve))
  }
  await Promise.all(threads)
  return results.flat()
}

/** The worker's side: lint the shares it is sent until it is told to stop. */
export function serveWorker(): void {
  const { specs, mode } = workerData as Setup
  const runner = new TaskRunner(specs)
  const port = parentPort!
  port.on('message', (chunk: Chunk) => {
    if (chunk === null) port.close()
    else port.postMessage({ index: chunk.index, results: chunk.tasks.map((task) => runner.run(task, mode)) } satisfies Done)
  })
}
