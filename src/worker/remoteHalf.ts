import { parseMnistAsset } from '../data/mnist';
import type { DataAssets } from '../data/registry';
import type { Variant } from '../engine/twin';
import type { Experiment } from '../experiment/schema';
import type {
  FromHalf,
  HalfPort,
  ProbeTarget,
  SlicePlan,
  SliceResult,
  ToHalf,
} from '../protocol/messages';
import { sliceTransferables, TwinHalf } from './half';

/**
 * The training worker's handle on a helper worker that trains some twins (the plain one) in
 * parallel. Requests are answered in order, one result each.
 */
export class RemoteHalf {
  private readonly pending: { resolve: (r: SliceResult) => void; reject: (e: Error) => void }[] =
    [];

  constructor(private readonly port: HalfPort) {
    port.onmessage = (event) => {
      const message = event.data as FromHalf;
      const request = this.pending.shift();
      if (!request) return;
      if (message.type === 'result') request.resolve(message.result);
      else request.reject(new Error(`the helper worker failed: ${message.message}`));
    };
  }

  private request(message: ToHalf): Promise<SliceResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.port.postMessage(message);
    });
  }

  load(
    experiment: Experiment,
    variants: Variant[],
    probe: ProbeTarget,
    mnist?: Uint8Array,
  ): Promise<SliceResult> {
    const message: ToHalf = { type: 'load', experiment, variants, probe };
    if (mnist) message.mnist = mnist;
    return this.request(message);
  }

  slice(plan: SlicePlan): Promise<SliceResult> {
    return this.request({ type: 'slice', plan });
  }
}

/** The helper's side: holds a TwinHalf and answers each request on `port`. */
export function serveHalf(port: HalfPort): void {
  let half: TwinHalf | null = null;
  let assets: DataAssets = {};
  port.onmessage = (event) => {
    const message = event.data as ToHalf;
    try {
      let result: SliceResult;
      if (message.type === 'load') {
        if (message.mnist) assets = { mnist: parseMnistAsset(message.mnist) };
        half = new TwinHalf(message.experiment, assets, message.variants);
        result = half.start(message.probe);
      } else {
        if (!half) throw new Error('no experiment loaded');
        result = half.runSlice(message.plan);
      }
      port.postMessage({ type: 'result', result } satisfies FromHalf, sliceTransferables(result));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ type: 'error', message: text } satisfies FromHalf);
    }
  };
}
