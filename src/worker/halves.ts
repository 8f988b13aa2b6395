import type { Experiment } from '../experiment/schema';
import { cohortMembers, helperMembers, type Member } from '../experiment/members';
import { answerCalls, Caller } from '../calls/calls';
import type { Call, Reply } from '../protocol/callMessages';
import type { HelperPort, BurstPlan, BurstResult, ToHelper } from '../protocol/helper';
import type { FollowedUnit, Measured, MeasureRequest } from '../protocol/training';
import { measureRun } from './measure';
import { mnistAssets, needsMnist, type DataAssets } from '../run/assets';
import { burstTransferables, CohortHalf } from './half';

/**
 * Some of the twins, trained where they live: in this worker (LocalHalf) or in the helper worker
 * (RemoteHalf). One always-asynchronous interface, so the trainer drives one half or two the
 * same way.
 */
export interface Half {
  readonly members: readonly Member[];
  /** Builds this half's twins for the description; resolves with the step-0 burst. */
  load(experiment: Experiment, follow: FollowedUnit): Promise<BurstResult>;
  burst(plan: BurstPlan): Promise<BurstResult>;
  /** Measures the BN twin (call it on the half whose members hold it). */
  measure(request: MeasureRequest, followLayer: number): Promise<Measured>;
}

/** The networks this worker trains itself: every member of the cohort but those a helper trains. */
export class LocalHalf implements Half {
  half: CohortHalf | null = null;
  /** This half's networks in the loaded run. */
  members: readonly Member[] = [];
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

  load(experiment: Experiment, follow: FollowedUnit): Promise<BurstResult> {
    return attempt(() => {
      const elsewhere = this.shared ? helperMembers(experiment) : [];
      this.members = cohortMembers(experiment).filter((m) => !elsewhere.includes(m));
      this.half = new CohortHalf(experiment, this.assets(), this.members, this.now);
      this.half.run.pulse = this.pulse;
      return this.half.start(follow);
    });
  }

  burst(plan: BurstPlan): Promise<BurstResult> {
    return attempt(() => this.require().runBurst(plan));
  }

  measure(request: MeasureRequest, followLayer: number): Promise<Measured> {
    return attempt(() => measureRun(this.require().run, request, followLayer));
  }

  require(): CohortHalf {
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
  private readonly helper: Caller<ToHelper, BurstResult | Measured>;
  private mnist: Uint8Array | null = null;
  private mnistSent = false;
  members: readonly Member[] = [];

  constructor(port: HelperPort) {
    this.helper = new Caller((call) => port.postMessage(call));
    port.onmessage = (event) => this.helper.receive(event.data as Reply<BurstResult | Measured>);
  }

  /** The MNIST asset's bytes, passed on with the first load that needs them. */
  provideMnist(bytes: Uint8Array): void {
    this.mnist = bytes;
  }

  private request<A extends BurstResult | Measured>(message: ToHelper): Promise<A> {
    return this.helper.call(message).then(
      (answer) => answer as A,
      (error: Error) => {
        throw new Error(`the helper worker failed: ${error.message}`);
      },
    );
  }

  load(experiment: Experiment, follow: FollowedUnit): Promise<BurstResult> {
    this.members = helperMembers(experiment);
    const message: ToHelper = { type: 'load', experiment, members: [...this.members], follow };
    if (this.mnist && needsMnist(experiment) && !this.mnistSent) {
      message.mnist = this.mnist;
      this.mnistSent = true;
    }
    return this.request(message);
  }

  burst(plan: BurstPlan): Promise<BurstResult> {
    return this.request({ type: 'burst', plan });
  }

  measure(request: MeasureRequest, followLayer: number): Promise<Measured> {
    return this.request({ type: 'measure', request, followLayer });
  }
}

/** The helper's side: holds a CohortHalf and answers each request on `port`. */
export function serveHalf(port: HelperPort): void {
  let half: CohortHalf | null = null;
  let assets: DataAssets = {};
  const answer = answerCalls<ToHelper, BurstResult | Measured>(
    (reply, transfer) => port.postMessage(reply, transfer),
    (message) => {
      if (message.type === 'load') {
        if (message.mnist) assets = mnistAssets(message.mnist);
        half = new CohortHalf(message.experiment, assets, message.members);
        return half.start(message.follow);
      }
      if (!half) throw new Error('no experiment loaded');
      if (message.type === 'measure')
        return measureRun(half.run, message.request, message.followLayer);
      return half.runBurst(message.plan);
    },
    (answer) => ('type' in answer ? [] : burstTransferables(answer)),
  );
  port.onmessage = (event) => void answer(event.data as Call<ToHelper>);
}
