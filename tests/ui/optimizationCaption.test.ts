import { describe, expect, it } from 'vitest';
import type { OptimizationMeasure, OptimizationSample } from '../../src/protocol/frames';
import { OptimizationHistory } from '../../src/state/optimizationHistory';
import {
  icsAcrossSeeds,
  optimizationCaption,
  readOptimization,
  RECENT,
} from '../../src/ui/optimizationCaption';

/** A measure whose layers 2… all have gradient change `change`, with a loss band of `width`. */
function measure(
  step: number,
  change: number,
  width: number,
  smoothness: number,
): OptimizationMeasure {
  const layer = (i: number) => ({
    layer: i + 1,
    gradientNorm: 1,
    weightNorm: 2,
    effectiveLearningRate: null,
    gradientChange: i === 0 ? null : change,
    gradientCosine: i === 0 ? null : 1 - change,
  });
  return {
    step,
    layers: [0, 1, 2].map(layer),
    landscape: {
      rates: [0.025, 0.05, 0.1, 0.2, 0.4],
      losses: [0.5, 0.5 + width / 2, 0.5 + width / 4, null, 0.5 + width],
      gradientChanges: [0.1, 0.2, 0.3, 0.4, 0.5],
      smoothness,
    },
  };
}

function history(samples: OptimizationSample[]): OptimizationHistory {
  const h = new OptimizationHistory(3);
  for (const s of samples) h.push(s);
  return h;
}

describe('the optimization caption', () => {
  it('states medians of the recent measurements and calls the larger twin', () => {
    const samples = Array.from({ length: 8 }, (_, i) => ({
      step: 10 * (i + 1),
      // an outlier in the latest measurement does not move the median
      measures: {
        plain: measure(10 * (i + 1), i === 7 ? 9 : 0.5, 2, 4),
        batchNorm: measure(10 * (i + 1), 0.95, 0.1, 1),
      },
    }));
    const reading = readOptimization(history(samples));
    expect(reading.plain).toEqual({
      step: 80,
      fromStep: 40,
      gradientChange: 0.5,
      gradientCosine: 0.5,
      lossBandWidth: 2,
      smoothness: 4,
    });
    expect(reading.batchNorm!.gradientChange).toBeCloseTo(0.95, 12);
    const text = optimizationCaption(reading, 4);
    expect(text[0]).toBe(
      `On this run (seed 4), medians of the last ${RECENT} measurements, steps 40 to 80.`,
    );
    expect(text[1]).toContain('Plain 0.5, With BN 0.95 — larger with BN at these steps');
    expect(text[2]).toContain(
      'Plain 2, With BN 0.1 — at these steps the loss changes less along the gradient with BN',
    );
    expect(text[3]).toContain('Plain 4, With BN 1.');
  });

  it('calls twins within 15% of each other about the same, and says nothing before both are measured', () => {
    const one = { step: 10, measures: { plain: measure(10, 0.5, 1, 1), batchNorm: null } };
    expect(optimizationCaption(readOptimization(history([one])), 1)).toEqual([]);
    const level = {
      step: 20,
      measures: { plain: measure(20, 0.5, 1, 1), batchNorm: measure(20, 0.55, 1.1, 1) },
    };
    const text = optimizationCaption(readOptimization(history([level])), 1);
    expect(text[1]).toContain('about the same with and without BN');
    expect(text[2]).toContain('about as smooth with and without BN');
  });

  it('counts, window by window, the seeds on which BN’s gradient change is smaller or larger', () => {
    const plan = {
      steps: 2000,
      every: 100,
      windows: [
        { from: 500, to: 1000 },
        { from: 1500, to: 2000 },
      ],
      seeds: 3,
    };
    const seed = (s: number, plain: [number, number], batchNorm: [number | null, number]) => ({
      seed: s,
      values: { plain, batchNorm },
    });
    expect(
      icsAcrossSeeds({
        plan,
        seeds: [seed(1, [1, 1], [0.5, 2]), seed(2, [1, 1], [0.8, 3]), seed(3, [1, 1], [null, 1.1])],
      }),
    ).toBe(
      'Over 3 seeds of this setup, measured ahead of time, BN’s ‖G − G′‖/‖G‖ against the plain twin’s: at steps 500–1,000 smaller on 2 of 3 seeds, not measured on 1 of 3 (a twin blew up); at steps 1,500–2,000 larger on 2 of 3, about the same on 1 of 3.',
    );
    expect(icsAcrossSeeds(null)).toBeNull();
  });

  it('keeps only finite values in the history: a band needs a finite loss, the line the loss at η', () => {
    const broken = measure(10, 0.5, 1, 1);
    broken.landscape.losses = [null, null, null, null, null];
    broken.landscape.smoothness = null;
    const h = history([{ step: 10, measures: { plain: broken, batchNorm: null } }]);
    expect(h.landscape.plain.lossHigh.length).toBe(0);
    expect(h.landscape.plain.lossAtRate.length).toBe(0);
    expect(h.landscape.plain.smoothness.length).toBe(0);
    expect(h.layers.plain[1].gradientChange.length).toBe(1);
    expect(h.layers.plain[0].gradientChange.length).toBe(0);
    expect(readOptimization(h).plain).toBeNull();
  });
});
