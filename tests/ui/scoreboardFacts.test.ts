import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PresetEvidence } from '../../src/experiment/evidence';
import { PRESETS } from '../../src/experiment/presets';
import { IDLE_EVIDENCE, shippedSweep, type EvidenceState } from '../../src/state/evidenceClient';
import { scoreRows } from '../../src/state/scoreboard';
import { formatNumber } from '../../src/ui/charts/canvas';
import { cellText, scoreboardSummary, scoreContext } from '../../src/ui/scoreboardText';

const shipped = (id: string): PresetEvidence =>
  JSON.parse(readFileSync(`src/experiment/evidence/${id}.json`, 'utf8')) as PresetEvidence;

/** Every setup and η the presets ship, as the scoreboard would show it. */
const shown = PRESETS.flatMap((preset) =>
  shipped(preset.id).setups.flatMap((setup) =>
    setup.rates.map((rate) => {
      const evidence: EvidenceState = {
        ...IDLE_EVIDENCE,
        threshold: setup.bands.threshold,
        learningRate: rate.learningRate,
        bands: shippedSweep(setup.bands),
        scores: shippedSweep(rate.scores),
        init: shippedSweep(rate.init),
      };
      return {
        name: `${preset.id}, BN ${setup.experiment.batchNorm.placement}, η = ${rate.learningRate}`,
        evidence,
      };
    }),
  ),
);

describe('the scoreboard of every shipped preset', () => {
  it.each(shown)('says only what its cells show: $name', ({ evidence }) => {
    const rows = scoreRows(evidence, ['plain', 'batchNorm']);
    const context = scoreContext(evidence);
    const summary = scoreboardSummary(rows, context)!;
    expect(summary).toMatch(/^Over 3 seeds this setup /);
    for (const row of rows) {
      const plain = cellText(row.id, row.values!.plain!, context, row.headline?.plain);
      const bn = cellText(row.id, row.values!.batchNorm!, context, row.headline?.batchNorm);
      // The numbers a sentence states are the ones its cells lead with.
      const lead = (text: string) =>
        text
          .split(' (')[0]
          .replace(/^≥ /, '')
          .replace(/ of \d+$/, '');
      if (row.verdict === 'batchNorm' || row.verdict === 'plain') {
        const ahead = row.verdict === 'batchNorm' ? 'shows BN' : 'shows the plain twin';
        expect(summary).toContain(ahead);
        if (row.id !== 'gap') {
          expect(summary).toContain(`${lead(bn)} `);
          expect(summary).toContain(`${lead(plain)} without`);
        }
      } else {
        expect(summary).toContain('does not show');
      }
      // A cell's range holds its lead, and a verdict for BN means BN's worst seed beats plain's best.
      if (row.verdict === 'batchNorm' && row.id === 'edge') {
        const worst = Math.min(...row.values!.batchNorm!.map((v) => v.value ?? -Infinity));
        const best = Math.max(...row.values!.plain!.map((v) => v.value ?? -Infinity));
        expect(worst).toBeGreaterThan(best);
      }
    }
    if (evidence.learningRate !== null)
      for (const eta of summary.matchAll(/at η = ([\d.]+)/g))
        expect(eta[1]).toBe(formatNumber(evidence.learningRate));
  });
});
