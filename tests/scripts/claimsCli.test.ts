import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS, findClaim } from '../../src/claims/catalog';
import type { ClaimResults } from '../../src/claims/claim';
import { LOADED } from '../helpers/timeouts';
import { experiment } from '../helpers/experimentCli';

const dir = mkdtempSync(join(tmpdir(), 'bn-lab-claims-'));

describe('the claims on the command line', () => {
  it('lists the 13 claims', LOADED.medium, () => {
    const { code, stdout } = experiment('--claims');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(13);
    CLAIMS.forEach((c, k) => expect(lines[k]).toContain(c.id));
  });

  it('reproduces a claim’s shipped runs and prints its card and verdict', LOADED.long, () => {
    const out = join(dir, 'yang.json');
    const { code, stdout, stderr } = experiment(
      '--claim',
      'yang-gradient-explosion',
      '--workers',
      '2',
      '--out',
      out,
    );
    expect(stderr).toMatch(/yang-gradient-explosion: \d+\.\d s/);
    expect(code).toBe(0);
    expect(stdout).toContain('verdict: Holds here');
    expect(stdout).toContain('First ÷ last hidden layer’s gradient, 50 layers');
    const written = JSON.parse(readFileSync(out, 'utf8')) as ClaimResults & { judgement: unknown };
    const shipped = JSON.parse(
      readFileSync('src/claims/results/yang-gradient-explosion.json', 'utf8'),
    ) as ClaimResults;
    expect(written.setups).toEqual(shipped.setups);
    expect(written.judgement).toEqual(findClaim('yang-gradient-explosion')!.judge(shipped));
  });

  it(
    'refuses an unknown claim, bad counts and a non-JSON output, with the usage',
    LOADED.medium,
    () => {
      const unknown = experiment('--claim', 'no-such');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('--claim: "no-such" is not a claim; --claims lists them');
      const seeds = experiment('--claim', 'placement', '--seeds', '0');
      expect(seeds.code).toBe(2);
      expect(seeds.stderr).toContain('--seeds must be a whole number from 1 to 50, got "0"');
      const out = experiment('--claim', 'placement', '--out', 'x.csv');
      expect(out.code).toBe(2);
      expect(out.stderr).toContain('--out must end in .json, got "x.csv"');
      const both = experiment('--claims', '--claim', 'placement');
      expect(both.code).toBe(2);
      const stray = experiment('--claim', 'placement', '--steps', '3');
      expect(stray.code).toBe(2);
      expect(stray.stderr).toContain("Unknown option '--steps'");
      expect(stray.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
