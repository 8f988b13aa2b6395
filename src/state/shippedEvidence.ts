import type { PresetEvidence } from '../experiment/evidence';

/** The presets' evidence files, each its own chunk: a preset's is fetched when it loads. */
const FILES = import.meta.glob<PresetEvidence>('../experiment/evidence/*.json', {
  import: 'default',
});

/** The evidence shipped with a preset (measured by `npm run evidence`), or undefined. */
export function loadShippedEvidence(presetId: string): Promise<PresetEvidence | undefined> {
  const load = FILES[`../experiment/evidence/${presetId}.json`];
  return load ? load() : Promise.resolve(undefined);
}
