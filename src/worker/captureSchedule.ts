/**
 * When the trainer captures the taps at full speed (a forward pass of the measured rows, and
 * sorting), and when it sends a frame. Frames go out at display rate; between two captures they
 * are light (losses, scores and measures), so on a costly net the taps refresh less often rather
 * than training slowing down.
 */

/** A capture may take at most this share of the time when it is quick (small nets)... */
const CAPTURE_SHARE = 0.2;
/** ...and this share when it is slower (the paper's network: about 120 ms a capture). */
const HEAVY_CAPTURE_SHARE = 0.04;
/** A capture slower than this is heavy. */
const HEAVY_CAPTURE_MS = 25;

export class CaptureSchedule {
  /** How long the last capture took, and when it was made. */
  private captureMs = 0;
  private lastCaptureAt = -Infinity;

  constructor(
    /** Frames go out at most this often. */
    private readonly frameIntervalMs: number,
  ) {}

  /** Starts over for a new run. */
  reset(): void {
    this.captureMs = 0;
    this.lastCaptureAt = -Infinity;
  }

  /**
   * For a burst starting `now` and lasting about `burstMs`, the last frame sent at
   * `lastFrameAt`: whether it should capture the taps, and whether it should send a frame.
   */
  due(now: number, lastFrameAt: number, burstMs: number): { capture: boolean; frame: boolean } {
    const share = this.captureMs > HEAVY_CAPTURE_MS ? HEAVY_CAPTURE_SHARE : CAPTURE_SHARE;
    const interval = Math.max(this.frameIntervalMs, this.captureMs / share);
    const capture = now - this.lastCaptureAt + burstMs >= interval;
    const frame = capture || now - lastFrameAt + burstMs >= this.frameIntervalMs;
    return { capture, frame };
  }

  /** A capture that took `ms` just ended at `now`. */
  captured(now: number, ms: number): void {
    this.captureMs = ms;
    this.lastCaptureAt = now;
  }
}
