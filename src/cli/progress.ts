/**
 * Progress on a terminal: a line on standard error that appears only when a
 * run takes longer than a second, so quick runs and CI logs stay clean.
 */

/** Where progress is written (standard error). */
export interface ProgressStream {
  readonly isTTY?: boolean | undefined
  write(text: string): unknown
}

/** A progress line for `total` replies. */
export class Progress {
  private shown = false
  private lastDrawn = -Infinity
  private readonly started: number

  /**
   * @param stream Standard error; nothing is written unless it is a terminal.
   * @param total How many replies the run has.
   * @param now A clock in milliseconds.
   * @param delay How long a run must take before progress shows, in milliseconds.
   */
  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
    private readonly delay = 1000,
  ) {
    this.started = now()
  }

  /** Report that `done` replies are linted. */
  update(done: number): void {
    if (!this.stream.isTTY) return
    const time = this.now()
    // Redraw at most ten times a second: writing to a terminal is not free.
    if (time - this.started < this.delay || time - this.lastDrawn < 100) return
    this.lastDrawn = time
    this.shown = true
    const percent = this.total ? Math.floor((done / this.total) * 100) : 100
    this.stream.write(`\r\u001b[2Kreplylint: ${done.toLocaleString('en')}/${this.total.toLocaleString('en')} replies (${percent}%)`)
  }

  /** Clear the line, if it was shown. */
  finish(): void {
    if (this.shown) this.stream.write('\r\u001b[2K')
    this.shown = false
  }
}
