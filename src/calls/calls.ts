import type { Call, Reply } from '../protocol/callMessages';

/**
 * One typed way for the page and its workers (and a worker and its helper) to call each other:
 * the caller numbers each request and gets a promise of its answer, with progress reports on the
 * way; the callee answers each request with a function. Wired with functions (post, receive), so
 * a Worker, a MessagePort, a worker's own scope and a test's in-process fake all fit.
 *
 * Why not Comlink (about 1.1 KB gzip): a call to a worker that dies stays pending forever there
 * (GoogleChromeLabs/comlink#601), and our pools replace dead workers and report their cells;
 * progress would need a proxied callback per call (a MessageChannel each); and our fakes would
 * need real ports. This is about 0.5 KB and does those three things.
 */

/** Where a call is posted; `transfer` lists the memory handed over instead of copied. */
export type Post<Message> = (message: Message, transfer?: ArrayBuffer[]) => void;

interface Pending<Answer, Progress> {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: Progress) => void;
}

/** The calling end: `call` sends a request; `receive` takes every reply the other end posts. */
export class Caller<Request, Answer, Progress = never> {
  private last = 0;
  private readonly pending = new Map<number, Pending<Answer, Progress>>();

  constructor(private readonly post: Post<Call<Request>>) {}

  /** Sends `request`; resolves with its answer, or rejects with the callee's failure. */
  call(
    request: Request,
    options: { onProgress?: (progress: Progress) => void; transfer?: ArrayBuffer[] } = {},
  ): Promise<Answer> {
    const call = ++this.last;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(call, { resolve, reject, onProgress: options.onProgress });
      this.post({ call, request }, options.transfer);
    });
  }

  /** Hands a reply to the call it answers (replies to calls already given up are dropped). */
  receive(reply: Reply<Answer, Progress>): void {
    const waiting = this.pending.get(reply.call);
    if (!waiting) return;
    if (reply.kind === 'progress') {
      waiting.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.call);
    if (reply.kind === 'answer') waiting.resolve(reply.answer);
    else waiting.reject(new Error(reply.message));
  }

  /** The other end stopped: every call still waiting fails with `reason`. */
  failAll(reason: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) w.reject(new Error(reason));
  }

  /** How many calls are waiting for their answer. */
  get waiting(): number {
    return this.pending.size;
  }
}

/**
 * The answering end: returns the function to give each posted call to. Each request is answered
 * by `answer` (its exception, or rejection, becomes the call's failure), in the order the
 * answers come; `transfer` names the memory an answer hands over.
 */
export function answerCalls<Request, Answer, Progress = never>(
  post: Post<Reply<Answer, Progress>>,
  answer: (request: Request, progress: (progress: Progress) => void) => Answer | Promise<Answer>,
  transfer: (answer: Answer) => ArrayBuffer[] = () => [],
): (call: Call<Request>) => Promise<void> {
  return async ({ call, request }) => {
    let result: Answer;
    try {
      result = await answer(request, (progress) => post({ call, kind: 'progress', progress }));
    } catch (error) {
      post({
        call,
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    post({ call, kind: 'answer', answer: result }, transfer(result));
  };
}
