import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LOADED } from './helpers/timeouts';

/**
 * The import rules of eslint.config.js, checked on probe files: each line is a file of one folder
 * importing from another, and whether the layout in README.md allows it.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  // The layer rules need no type information; probes are not files of the TypeScript project.
  overrideConfig: [tseslint.configs.disableTypeChecked],
});

async function importErrors(file: string, statement: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${statement}\nexport const probe = 1;\n`, {
    filePath: file,
  });
  return result.messages
    .filter(
      (m) =>
        m.ruleId === '@typescript-eslint/no-restricted-imports' ||
        (m.ruleId === 'no-restricted-syntax' && m.message.includes('README.md')),
    )
    .map((m) => m.message);
}

const CASES: [string, string, boolean][] = [
  // The page: the description and the protocol, never the engine, data, run or workers.
  ['src/ui/Example.tsx', "import { PRESETS } from '../experiment/presets';", true],
  ['src/ui/Example.tsx', "import type { Frame } from '../protocol/frames';", true],
  ['src/ui/Example.tsx', "import { Network } from '../engine/network';", false],
  ['src/ui/Example.tsx', "import type { Network } from '../engine/network';", false],
  ['src/ui/charts/probe.ts', "import { histogram } from '../../engine/metrics';", false],
  ['src/ui/Example.tsx', "import { ExperimentRun } from '../run/runner';", false],
  ['src/ui/Example.tsx', "import { Trainer } from '../worker/trainer';", false],
  ['src/state/probe.ts', "import { buildDataset } from '../data/build';", false],
  ['src/state/probe.ts', "import { createStore } from 'zustand/vanilla';", true],
  ['src/main.tsx', "import { Trainer } from './worker/trainer';", false],
  // The service worker stands alone.
  ['src/serviceWorker/probe.ts', "import type { Build } from './build';", true],
  ['src/serviceWorker/probe.ts', "import { SERVICE_WORKER } from '../state/client';", false],
  ['src/serviceWorker/probe.ts', "import { create } from 'zustand';", false],
  // The description: its own files and exact math; the engine's types only.
  ['src/experiment/probe.ts', "import type { Activation } from '../engine/activations';", true],
  ['src/experiment/probe.ts', "import { sigmoid } from '../engine/activations';", false],
  ['src/experiment/probe.ts', "import { ExperimentRun } from '../run/runner';", false],
  ['src/experiment/probe.ts', "import { log } from '../math/elementary';", true],
  ['src/experiment/probe.ts', "import { useState } from 'react';", false],
  // The languages: the catalogs stand alone; the description reads the presets' English there.
  ['src/i18n/probe.ts', "import { PRESETS } from '../experiment/presets';", false],
  ['src/experiment/probe.ts', "import { en } from '../i18n/messages/en';", true],
  ['src/ui/Example.tsx', "import { Translator } from '../i18n/translate';", true],
  ['src/page/probe.ts', "import { ENGLISH } from '../i18n/translate';", true],
  // The claims: descriptions too; the page, the workers and the run part read them.
  ['src/claims/probe.ts', "import { findPreset } from '../experiment/presets';", true],
  ['src/claims/probe.ts', "import { ExperimentRun } from '../run/runner';", false],
  ['src/claims/probe.ts', "import { Network } from '../engine/network';", false],
  ['src/claims/probe.ts', "import { useState } from 'react';", false],
  ['src/ui/Example.tsx', "import { CLAIMS } from '../claims/catalog';", true],
  ['src/run/probe.ts', "import { claimCells } from '../claims/claim';", true],
  // The protocol: types of the description and of the run part, nothing at run time.
  ['src/protocol/probe.ts', "import type { TapSummary } from '../run/tapSummaries';", true],
  ['src/protocol/probe.ts', "import { TWINS } from '../experiment/members';", false],
  // Workers: the run part, never the engine or data directly, never the page.
  ['src/worker/probe.ts', "import { ExperimentRun } from '../run/runner';", true],
  ['src/worker/probe.ts', "import { histogram } from '../engine/metrics';", false],
  ['src/worker/probe.ts', "import { buildDataset } from '../data/build';", false],
  ['src/worker/probe.ts', "import { LabClient } from '../state/client';", false],
  // The run part and data: below the protocol and the page.
  ['src/run/probe.ts', "import { Network } from '../engine/network';", true],
  ['src/run/probe.ts', "import type { Frame } from '../protocol/frames';", false],
  ['src/data/probe.ts', "import { ExperimentRun } from '../run/runner';", false],
  // The engine: exact math only.
  ['src/engine/probe.ts', "import { exp } from '../math/elementary';", true],
  ['src/engine/probe.ts', "import type { Experiment } from '../experiment/schema';", false],
  ['src/math/probe.ts', "import { Random } from '../engine/random';", false],
  // Tables: read by the page, the file worker and the command line alike, by the description's rules.
  ['src/tables/probe.ts', "import { LIMITS } from '../experiment/fields';", true],
  ['src/tables/probe.ts', "import type { ToFileWorker } from '../protocol/files';", true],
  ['src/tables/probe.ts', "import { ExperimentRun } from '../run/runner';", false],
  ['src/tables/probe.ts', "import { useState } from 'react';", false],
  ['src/experiment/probe.ts', "import { parseTable } from '../tables/tableText';", false],
  ['src/ui/Example.tsx', "import { tableToData } from '../tables/table';", true],
  ['src/worker/probe.ts', "import { TableReader } from '../tables/tableDraft';", true],
  ['src/run/probe.ts', "import { parseTable } from '../tables/tableText';", false],
  // The page's own pure logic: the page imports it, nothing below it does.
  ['src/page/probe.ts', "import { PRESETS } from '../experiment/presets';", true],
  ['src/page/probe.ts', "import { Network } from '../engine/network';", false],
  ['src/page/probe.ts', "import { useState } from 'react';", false],
  ['src/ui/Example.tsx', "import { TOUR } from '../page/tour';", true],
  ['src/experiment/probe.ts', "import { TOUR } from '../page/tour';", false],
  ['src/state/probe.ts', "import { TOUR } from '../page/tour';", false],
  // import(): an import of values, held to the same rules (a view loaded lazily by the page).
  ['src/ui/Example.tsx', "export const load = () => import('./FigureOnePanel');", true],
  ['src/ui/Example.tsx', "export const load = () => import('../engine/network');", false],
  ['src/ui/Example.tsx', "export const load = () => import('../run/runner');", false],
  ['src/state/probe.ts', "export const load = () => import('../worker/trainer');", false],
  ['src/experiment/probe.ts', "export const load = () => import('../engine/activations');", false],
  ['src/experiment/probe.ts', "export const load = () => import('react');", false],
  ['src/worker/probe.ts', "export const load = () => import('../run/runner');", true],
  ['src/main.tsx', "export const load = () => import('./engine/network');", false],
];

describe('the layout’s import rules (eslint.config.js)', LOADED.short, () => {
  it.each(CASES)('%s: `%s` allowed: %s', async (file, statement, allowed) => {
    const errors = await importErrors(file, statement);
    if (allowed) expect(errors).toEqual([]);
    else {
      expect(errors.length).toBe(1);
      expect(errors[0]).toContain('README.md');
    }
  });
});
