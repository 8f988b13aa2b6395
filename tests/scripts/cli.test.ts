import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPreset, PRESETS } from '../../src/experiment/presets';
import { logGrid, sweepCells } from '../../src/experiment/sweep';
import { runSweepCell } from '../../src/run/sweepCell';
import { runHeadless } from '../../src/run/headless';
import { reportSummary, reportToJson } from '../../src/run/report';
import { tableToData } from '../../src/tables/table';
import { parseTable } from '../../src/tables/tableText';
import { sweepToCsv } from '../../src/experiment/sweepReport';
import { DEFAULT_EXPERIMENT } from '../../src/experiment/defaults';
import { parseExperiment } from '../../src/experiment/validate';
import { LOADED } from '../helpers/timeouts';
import { experiment } from '../helpers/experimentCli';

const dir = mkdtempSync(join(tmpdir(), 'bn-lab-cli-'));

/** The ```json blocks of the experiment-file section of docs/command-line.md. */
function docsExamples(): unknown[] {
  const readme = readFileSync('docs/command-line.md', 'utf8');
  const start = readme.indexOf('## Experiment files');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]) as unknown);
}

function docsExample(): unknown {
  return docsExamples()[0];
}

describe('npm run experiment', LOADED.medium, () => {
  for (const preset of PRESETS) {
    it(`runs the ${preset.id} preset end to end and writes per-step CSV`, () => {
      const out = join(dir, `${preset.id}.csv`);
      const { code, stdout } = experiment(preset.id, '--steps', '20', '--out', out);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^batchNorm {2}train loss \d/m);
      const rows = readFileSync(out, 'utf8').trim().split('\n');
      const layers = preset.experiment.model.hidden.length;
      // Every layer's three taps (BN's input too: every preset has BN) of both twins; a twin
      // that blew up (the opening's plain twin, at its high η) has one empty row a step after.
      const blewUp = /^plain {6}diverged at step (\d+)/m.exec(stdout);
      if (!blewUp) expect(stdout).toMatch(/^plain {6}train loss \d/m);
      const d = blewUp ? Number(blewUp[1]) : 21;
      expect(rows.length).toBe(1 + 20 * layers * 3 + (d - 1) * layers * 3 + (21 - d));
    });
  }

  it('takes “opening” for the page’s opening preset', () => {
    const alias = experiment('opening', '--steps', '30');
    const named = experiment(PRESETS[0].id, '--steps', '30');
    expect(alias.code).toBe(0);
    const result = (text: string) => text.split('\n').filter((l) => /^(plain|batchNorm) /.test(l));
    expect(result(alias.stdout)).toEqual(result(named.stdout));
    expect(result(alias.stdout)[0]).toMatch(/^plain {6}diverged at step \d+/);
  });

  it('runs the docs’ example file and writes JSON with both twins', () => {
    const file = join(dir, 'example.json');
    writeFileSync(file, JSON.stringify(docsExample()));
    expect(parseExperiment(docsExample()).errors).toEqual([]);
    const out = join(dir, 'run.json');
    const { code } = experiment(file, '--steps', '10', '--out', out);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      steps: { loss: Record<string, number> }[];
    };
    expect(report.steps.length).toBe(10);
    expect(report.steps[9].loss.plain).toBeGreaterThan(0);
    expect(report.steps[9].loss.batchNorm).toBeGreaterThan(0);
  });

  it('follows the unit --follow names at every evaluation and keeps both twins’ final state', () => {
    const out = join(dir, 'followed.json');
    const { code, stderr } = experiment(
      'deep-saturating',
      '--steps',
      '30',
      '--follow',
      '2:3',
      '--out',
      out,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof runHeadless>;
    const e = findPreset('deep-saturating')!.experiment;
    const direct = runHeadless(e, { steps: 30, follow: { layer: 1, unit: 3 } });
    expect(written.evaluations.map((r) => r.step)).toEqual(direct.evaluations.map((r) => r.step));
    expect(written.evaluations.map((r) => r.followed)).toEqual(
      direct.evaluations.map((r) => r.followed),
    );
    expect(written.evaluations[0].followed).toMatchObject({ layer: 1, unit: 3 });
    expect(written.final).toEqual(direct.final);
    expect(written.final!.batchNorm!.batchNorm).toHaveLength(6);
    expect(written.final!.plain!.outputs).toHaveLength(direct.final!.plain!.outputs.length);
  });

  it('writes Santurkar’s measures every --ics-every steps into the JSON, as the runner takes them', () => {
    const out = join(dir, 'ics.json');
    const { code, stderr } = experiment(
      'worked-example',
      '--steps',
      '20',
      '--ics-every',
      '10',
      '--out',
      out,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof runHeadless>;
    const e = findPreset('worked-example')!.experiment;
    const direct = runHeadless(e, { steps: 20, optimizationEvery: 10 });
    expect(written.steps.filter((s) => s.optimization).map((s) => s.step)).toEqual([10, 20]);
    expect(written.steps[19].optimization).toEqual(direct.steps[19].optimization);
    const csv = experiment(
      'worked-example',
      '--steps',
      '5',
      '--ics-every',
      '10',
      '--out',
      join(dir, 'x.csv'),
    );
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain(
      '--ics-every writes its measures into the JSON output: add --out FILE.json',
    );
  });

  it('refuses a --follow unit the network does not have, saying what it has', () => {
    const layer = experiment('deep-saturating', '--steps', '1', '--follow', '7:0');
    expect(layer.code).toBe(2);
    expect(layer.stderr).toContain(
      'error: --follow: layer 7 does not exist; this network has 6 hidden layers',
    );
    const unit = experiment('deep-saturating', '--steps', '1', '--follow', 'last:8');
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain(
      'error: --follow: unit 8 does not exist; layer 6 has units 0 to 7',
    );
  });

  it('accepts every example description in the docs, and its first is the default experiment', () => {
    const examples = docsExamples();
    expect(examples.length).toBe(3);
    for (const example of examples) expect(parseExperiment(example).errors).toEqual([]);
    expect(parseExperiment(examples[0]).experiment).toEqual(DEFAULT_EXPERIMENT);
  });

  it('trains the docs’ cohort example and prints the scores the docs show', () => {
    const file = join(dir, 'cohort.json');
    const cohort = docsExamples().find((e) => JSON.stringify(e).includes('noisyBatchNorm'));
    writeFileSync(file, JSON.stringify(cohort));
    const { code, stdout } = experiment(file, '--steps', '300');
    expect(code).toBe(0);
    const readme = readFileSync('docs/command-line.md', 'utf8');
    const shown = readme.slice(readme.indexOf('$ npm run -s experiment -- cohort.json'));
    const scores = stdout.split('\n').filter((line) => / {2}train loss /.test(line));
    expect(scores).toHaveLength(4);
    for (const line of scores) expect(shown).toContain(line);
  });

  it('prints the same losses for the same seed on two runs', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    experiment('deep-saturating', '--steps', '15', '--out', a);
    experiment('deep-saturating', '--steps', '15', '--out', b);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('sweeps learning rates on two threads and writes the same CSV the page builds from the same runs', () => {
    const out = join(dir, 'sweep.csv');
    const { code, stdout } = experiment(
      'worked-example',
      '--sweep',
      'lr',
      '--grid',
      '0.01:1:3',
      '--sweep-steps',
      '40',
      '--seeds',
      '2',
      '--workers',
      '2',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('3 learning rates × 2 seeds × 40 steps on 2 threads');
    expect(stdout).toMatch(/plain .*; batchNorm .*; ratio/);
    const e = findPreset('worked-example')!.experiment;
    const cells = sweepCells(e, { learningRates: logGrid(0.01, 1, 3), steps: 40, seeds: 2 });
    const expected = sweepToCsv(
      cells.map((cell) => runSweepCell(e, cell, 40)),
      0.52,
    );
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('sweeps learning rate × init scale into a map', () => {
    const { code, stdout } = experiment(
      'worked-example',
      '--sweep',
      'lr-init',
      '--grid',
      '0.01:1:3',
      '--init-grid',
      '0.5:2:2',
      '--sweep-steps',
      '20',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('3 learning rates × 2 init scales × 3 seeds × 20 steps');
    expect(stdout).toContain('init scale 0.5: plain');
    expect(stdout).toContain('init scale 2: plain');
  });

  it.each([
    [['worked-example', '--sweep', 'momentum'], '--sweep must be lr or lr-init'],
    [['worked-example', '--sweep', 'lr', '--grid', '1:0.1:3'], '--grid must be MIN:MAX:POINTS'],
    [
      ['worked-example', '--sweep', 'lr', '--threshold', '0'],
      '--threshold must be a positive number',
    ],
  ])('rejects the sweep flags %j with a reason', (args, message) => {
    const { code, stderr } = experiment(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('refuses an --out that names one of its inputs, and leaves that file as it was', () => {
    const table = join(dir, 'mine.csv');
    const text = 'x,y,label\n1,2,0\n2,1,1\n3,3,0\n4,1,1\n5,2,0\n6,3,1\n7,1,0\n8,2,1\n';
    writeFileSync(table, text);
    const viaTable = experiment('worked-example', '--data', table, '--out', table);
    expect(viaTable.code).toBe(2);
    expect(viaTable.stderr).toContain(
      `--out ${table} is one of the inputs: writing it would overwrite that file; name another`,
    );
    expect(readFileSync(table, 'utf8')).toBe(text);
    const setup = join(dir, 'mine.json');
    writeFileSync(setup, JSON.stringify(docsExample()));
    const viaSetup = experiment(setup, '--out', join(dir, '.', 'mine.json'));
    expect(viaSetup.code).toBe(2);
    expect(JSON.parse(readFileSync(setup, 'utf8'))).toEqual(docsExample());
  });

  it('names the bad field on stderr and exits with 2 for an invalid file', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ optimizer: { learningRate: -1 } }));
    const { code, stderr } = experiment(file);
    expect(code).toBe(2);
    expect(stderr).toContain('optimizer.learningRate: must be a number greater than 0');
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it.each([
    [['nope'], '"nope" is neither a preset nor an existing file'],
    [['worked-example', '--steps', '2.5'], '--steps must be a whole number'],
    [['worked-example', '--out', 'run.txt'], '--out must end in .json or .csv'],
    [['worked-example', '--colour'], "Unknown option '--colour'"],
    [[], 'give exactly one experiment file or preset'],
  ])('rejects %j with a usage message and exit code 2', (args, message) => {
    const { code, stderr } = experiment(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run experiment');
  });

  it('writes a run’s JSON as it goes, byte for byte the whole run’s JSON', () => {
    const out = join(dir, 'streamed.json');
    const { code } = experiment(
      'deep-saturating',
      '--steps',
      '120',
      '--out',
      out,
      '--ics-every',
      '40',
    );
    expect(code).toBe(0);
    const e = findPreset('deep-saturating')!.experiment;
    const whole = reportToJson(
      runHeadless(e, { steps: 120, layersEvery: 1, optimizationEvery: 40 }),
    );
    expect(readFileSync(out, 'utf8')).toBe(whole);
    expect(existsSync(`${out}.evaluations.part`)).toBe(false);
  });

  it('lists the first ten problems of a file with 200,000 unknown keys, then how many more', () => {
    const file = join(dir, 'many.json');
    const keys: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) keys[`k${i}`] = i;
    // A key that would turn the terminal's text around is shown escaped.
    writeFileSync(file, JSON.stringify({ '\u202Eevil': 1, ...keys }));
    const { code, stderr } = experiment(file);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toContain('"⟨U+202E⟩evil": is not a known field');
    expect(lines[11]).toBe('  and 199,991 more problems');
    expect(stderr).not.toContain('\u202E');
  });

  it('prints the estimate first and finishes a heavy setup’s step in bounded time (issue 15’s moons)', () => {
    const file = join(dir, 'heavy-moons.json');
    writeFileSync(
      file,
      JSON.stringify({
        data: { type: 'named', name: 'moons', samples: 100_000, testFraction: 0.9 },
        model: { hidden: Array.from({ length: 16 }, () => ({ units: 500, activation: 'tanh' })) },
      }),
    );
    const { code, stdout, stderr } = experiment(file, '--steps', '1');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    // 2 nets × 6 × 32 rows × 3.75M multiply-adds; 256 train and 256 test rows scored (the
    // fewest: 10 steps of 32 rows afford less).
    expect(lines[0]).toMatch(
      // The speed is this machine's, measured now: on a busy one it may read in MFLOP/s and minutes.
      /^estimate: 2 networks of 3\.8M parameters; 360 MFLOP per step, 7\.7 GFLOP per evaluation \(every 10 steps\); \d+ MB; at [\d.]+ [MG]FLOP\/s here ≈ [\d.]+ (ms|s|min) per step, ≈ [\d.]+ (s|min) for 1 step$/,
    );
    expect(stdout).toMatch(/^batchNorm {2}train loss \d\.\d+ {2}acc \d\.\d+ {2}test loss \d/m);
  });

  it('stops quietly when its reader does (piped into head)', () => {
    const result = spawnSync(
      `"${process.execPath}" --import tsx scripts/experiment.ts worked-example | head -c 10`,
      { encoding: 'utf8', shell: '/bin/sh', timeout: 240_000 },
    );
    expect(result.stdout).toBe('estimate: ');
    expect(result.stderr).toBe('');
  });

  it('trains on a CSV given with --data and --label, as the table rules say, the same numbers as the runner', () => {
    const file = join(dir, 'placement.csv');
    const lines = ['cgpa,iq,city,placed'];
    for (let i = 0; i < 120; i++) {
      const cgpa = 5 + ((i * 37) % 50) / 10;
      const iq = i === 7 ? '' : String(80 + ((i * 13) % 60));
      lines.push(
        `${cgpa},${iq},${['Pune', 'Delhi', 'Mumbai'][i % 3]},${cgpa > 7.4 ? 'yes' : 'no'}`,
      );
    }
    writeFileSync(file, lines.join('\r\n'));
    const { code, stdout, stderr } = experiment(
      'worked-example',
      '--data',
      file,
      '--label',
      'placed',
      '--steps',
      '40',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'data: placement.csv: 119 of 120 rows used (1 dropped for a missing or non-numeric value: line 9); 5 inputs; binary: no → 0, yes → 1',
    );
    const table = parseTable(readFileSync(file, 'utf8'));
    if ('error' in table) throw new Error(table.error);
    const e = findPreset('worked-example')!.experiment;
    const data = tableToData(table, {
      features: [0, 1, 2],
      label: 3,
      testFraction: e.data.testFraction,
      normalizeInputs: e.data.normalizeInputs,
    });
    if ('error' in data) throw new Error(data.error);
    const direct = runHeadless({ ...e, data: data.data }, { steps: 40 });
    expect(stdout).toContain(reportSummary(direct));
  });

  it('names an unknown column of --data with the table’s columns', () => {
    const file = join(dir, 'small.csv');
    writeFileSync(file, 'a,b\n1,0\n2,1\n3,0\n4,1\n');
    const { code, stderr } = experiment('worked-example', '--data', file, '--label', 'c');
    expect(code).toBe(2);
    expect(stderr).toContain('no column "c" (the columns: "a", "b")');
  });

  it('reads a file that starts with a UTF-8 byte order mark, as the page does', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify({ seed: 5 })}`);
    const { code, stdout } = experiment(file, '--steps', '2');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^plain {6}train loss \d/m);
  });

  it('explains a file that is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "seed": 1,');
    const { code, stderr } = experiment(file);
    expect(code).toBe(2);
    expect(stderr).toContain('is not valid JSON');
  });
});
