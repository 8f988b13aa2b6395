import { describe, expect, it } from 'vitest';
import { answerCalls, Caller } from '../../src/calls/calls';
import type { Call, Reply } from '../../src/protocol/callMessages';

type Request = { square: number } | { fail: string } | { slow: number };

/** A caller and an answerer joined in this thread; replies are held until `deliver`. */
function joined() {
  const held: { reply: Reply<number, string>; transfer?: ArrayBuffer[] }[] = [];
  const posted: Call<Request>[] = [];
  const answer = answerCalls<Request, number, string>(
    (reply, transfer) => held.push({ reply, transfer }),
    async (request, progress) => {
      if ('fail' in request) throw new Error(request.fail);
      if ('slow' in request) {
        progress('half');
        await Promise.resolve();
        return request.slow;
      }
      return request.square * request.square;
    },
    (n) => (n === 49 ? [new ArrayBuffer(8)] : []),
  );
  const caller = new Caller<Request, number, string>((call) => {
    posted.push(call);
    void answer(call);
  });
  return { caller, held, posted };
}

describe('calls between threads', () => {
  it('numbers each call and matches replies that come back in any order', async () => {
    const { caller, held, posted } = joined();
    const a = caller.call({ square: 3 });
    const b = caller.call({ square: 7 });
    expect(posted.map((c) => c.call)).toEqual([1, 2]);
    await Promise.resolve();
    expect(held.map((h) => h.reply)).toEqual([
      { call: 1, kind: 'answer', answer: 9 },
      { call: 2, kind: 'answer', answer: 49 },
    ]);
    // The answer's memory is handed over, not copied.
    expect(held[1].transfer?.[0].byteLength).toBe(8);
    expect(caller.waiting).toBe(2);
    caller.receive(held[1].reply);
    caller.receive(held[0].reply);
    expect(await b).toBe(49);
    expect(await a).toBe(9);
    expect(caller.waiting).toBe(0);
  });

  it('reports progress on the way and turns a failure into a rejection with its message', async () => {
    const { caller, held } = joined();
    const progress: string[] = [];
    const slow = caller.call({ slow: 5 }, { onProgress: (p) => progress.push(p) });
    const failing = caller.call({ fail: 'no experiment loaded' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const h of held) caller.receive(h.reply);
    expect(progress).toEqual(['half']);
    expect(await slow).toBe(5);
    await expect(failing).rejects.toThrow('no experiment loaded');
  });

  it('fails every waiting call when the other end stops, and drops replies that come after', async () => {
    const { caller, held } = joined();
    const a = caller.call({ square: 2 });
    const b = caller.call({ square: 4 });
    caller.failAll('the worker stopped');
    await expect(a).rejects.toThrow('the worker stopped');
    await expect(b).rejects.toThrow('the worker stopped');
    await Promise.resolve();
    // Late replies to calls already failed change nothing.
    for (const h of held) caller.receive(h.reply);
    expect(caller.waiting).toBe(0);
  });
});
