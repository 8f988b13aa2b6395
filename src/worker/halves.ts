import type { Experiment } from '../experiment/schema';
import { cohortMembers, helperMembers, type Member } from '../experiment/variants';
import { answerCalls, Caller } from '../calls/calls';
import type { Call, Reply } from '../protocol/callMessages';
import type { HelperPort, SlicePlan, SliceResult, ToHelper } from '../protocol/helper';
import type { FollowedUnit } from '../protocol/training';
import { mnistAssets, needsMnist, type DataAssets } from '../run/assets';
import { sliceTransferables, TwinHalf } from './half';

/**
 * Some of the twins, trained where they live: in this worker (LocalHalf) or in the helper worker
 * (RemoteHalf). One always-asynchronous interface, so the trainer drives one half or two the
 * same way.
 */
export interface Half {
  readonly variants: readonly Member[];
  /** Builds this half's twins for the description; resolves with the step-0 slice. */
  load(experiment: Experiment, follow: FollowedUnit): Promise<SliceResult>;
  slice(plan: SlicePlan): Promise<SliceResult>;
}

/** The networks this worker trains itself: every member of the cohort but those a helper trains. */
export class LocalHalf implements Half {
  half: TwinHalf | null = null;
  /** This half's networks in the loaded run. */
  variants: readonly Member[] = [];
  /** Called between steps and chunks of long work (see ExperimentRun.pulse). */
  pulse: () => void = () => {};

  constructor(
    /**
     * Whether a helper worker trains half the cohort (helperMembers: the BN twin, and the
     * fourth network of four); set before a load (two cores).
     */
    public shared: boolean,
    private readonly assets: () => DataAssets,
    private readonly now: () => number,
  ) {}

  load(experiment: Experiment, follow: FollowedUnit): Promise<SliceResult> {
    return attempt(() => {
      const elsewhere = this.shared ? helperMembers(experiment) : [];
      this.variants = cohortMembers(experiment).filter((m) => !elsewhere.includes(m));
      this.half = new TwinHalf(experiment, this.assets(), this.variants, this.now);
      this.half.run.pulse = this.pulse;
      return this.half.start(follow);
    });
  }

  slice(plan: SlicePlan): Promise<SliceResult> {
    return attempt(() => this.require().runSlice(plan));
  }

  require(): TwinHalf {
    if (!this.half) throw new Error('no experiment loaded');
    return this.half;
  }
}

/** Runs `work` now and hands its result (or its exception) over as a promise. */
function attempt<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * The networks a helper worker trains (helperMembers of each loaded cohort), reached through a
 * port; requests are answered in order.
 */
export class RemoteHalf implements Half {
  private readonly helper: Caller<ToHelper, SliceResult>;
  private mnist: Uint8Array | null = null;
  private mnistSent = false;
  variants: readonly Member[] = [];

  constructor(port: HelperPort) {
    this.helper = new Caller((call) => port.postMessage(call));
    port.onmessage = (event) => this.helper.receive(event.data as Reply<SliceResult>);
  }

  /** The MNIST asset's bytes, passed on with the first load that needs them. */
  provideMnist(bytes: Uint8Array): void {
    this.mnist = bytes;
  }

  private request(message: ToHelper): Promise<SliceResult> {
    return this.helper.call(message).catch((error: Error) => {
      throw new Error(`the helper worker failed: ${error.message}`);
    });
  }

  load(experiment: Experiment, follow: FollowedUnit): Promise<SliceResult> {
    this.variants = helperMembers(experiment);
    const message: ToHelper = { type: 'load', experiment, variants: [...this.variants], follow };
    if (this.mnist && needsMnist(experiment) && !this.mnistSent) {
      message.mnist = this.mnist;
      this.mnistSent = true;
    }
    return this.request(message);
  }

  slice(plan: SlicePlan): Promise<SliceResult> {
    return this.request({ type: 'slice', plan });
  }
}

/** The helper's side: holds a TwinHalf and answers each request on `port`. */
export function serveHalf(port: HelperPort): void {
  let half: TwinHalf | null = null;
  let assets: DataAssets = {};
  const answer = answerCalls<ToHelper, SliceResult>(
    (reply, transfer) => port.postMessage(reply, transfer),
    (message) => {
      if (message.type === 'load') {
        if (message.mnist) assets = mnistAssets(message.mnist);
        half = new TwinHalf(message.experiment, assets, message.variants);
        return half.start(message.follow);
      }
      if (!half) throw new Error('no experiment loaded');
      return half.runSlice(message.plan);
    },
    sliceTransferables,
  );
  port.onmessage = (event) => void answer(event.data as Call<ToHelper>);
}
