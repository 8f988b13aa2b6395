/**
 * Runs tasks one at a time, in the order they were pushed, each after the previous one settled
 * (a task may wait for the helper worker or a download); a task that throws or rejects is
 * reported and the next one runs.
 */
export class TaskQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(private readonly onError: (error: unknown) => void) {}

  push(task: () => void | Promise<void>): void {
    this.pending++;
    this.tail = this.tail
      .then(task)
      .catch(this.onError)
      .finally(() => {
        this.pending--;
      });
  }

  /** Tasks pushed and not yet settled. */
  get size(): number {
    return this.pending;
  }

  /** Settles once every task pushed so far, and every task they pushed, has run. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }
}
