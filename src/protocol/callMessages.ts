/**
 * Calls between threads (src/calls/): a request numbered so its reply can be matched, and the
 * replies to it: any number of progress reports, then one answer or one failure.
 */

/** A request, numbered by its caller. */
export interface Call<Request> {
  call: number;
  request: Request;
}

/** What comes back for one call. */
export type Reply<Answer, Progress = never> =
  | { call: number; kind: 'progress'; progress: Progress }
  | { call: number; kind: 'answer'; answer: Answer }
  | { call: number; kind: 'failed'; message: string };
