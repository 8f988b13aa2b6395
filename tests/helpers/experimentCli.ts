import { spawnSync } from 'node:child_process';

/** Runs `npm run experiment -- …args` as a learner would (through tsx), and what it printed. */
export function experiment(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/experiment.ts', ...args],
    {
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
