import { describe, expect, it } from 'vitest';
import { CaptureSchedule } from '../../src/worker/captureSchedule';

describe('when the trainer captures the taps', () => {
  it('captures with every frame while a capture is quick, and sends frames at display rate', () => {
    const schedule = new CaptureSchedule(33);
    expect(schedule.due(0, 0, 12)).toEqual({ capture: true, frame: true });
    schedule.captured(0, 5);
    // 5 ms a capture at a 20% share allows one every 25 ms: the frame interval decides.
    expect(schedule.due(10, 0, 12)).toEqual({ capture: false, frame: false });
    expect(schedule.due(21, 0, 12)).toEqual({ capture: true, frame: true });
  });

  it('holds a heavy capture to 4% of the time while frames go on at display rate', () => {
    const schedule = new CaptureSchedule(33);
    schedule.captured(1000, 120);
    // 120 ms at 4%: one capture every 3 s; light frames in between.
    expect(schedule.due(1030, 1000, 12)).toEqual({ capture: false, frame: true });
    expect(schedule.due(3900, 3880, 12)).toEqual({ capture: false, frame: false });
    expect(schedule.due(3990, 3980, 12)).toEqual({ capture: true, frame: true });
    schedule.reset();
    expect(schedule.due(4000, 3990, 12)).toEqual({ capture: true, frame: true });
  });
});
