/**
 * Float64Array or Float32Array for the engine? Times our blocked Dense kernels (forward, weight
 * gradient, input gradient) on the paper network's layer shapes with each element type, each in
 * its own process so the kernels stay monomorphic. The two run in turn, `rounds` times, the order
 * alternating; each round's f32 ÷ f64 ratio pairs runs seconds apart, and the median of those
 * ratios is printed with their spread, so a swing of the machine's load cannot decide it.
 *   npm run bench:precision [-- --rounds 5]
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { denseForward, denseInputGradient, denseWeightGradient } from '../src/engine/denseKernels';

const SHAPES: [string, number, number, number][] = [
  ['60×784 → 100 (paper, layer 1, dense inputs)', 60, 784, 100],
  ['60×100 → 100 (paper, layers 2–3)', 60, 100, 100],
  ['32×8 → 8 (deep 2-D)', 32, 8, 8],
];

type Typed = Float32Array | Float64Array;
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

/** Runs in a child: GFLOP/s of forward + both gradients for one element type. */
function measure(kind: 'f32' | 'f64'): number[] {
  const make = (n: number): Typed => (kind === 'f32' ? new Float32Array(n) : new Float64Array(n));
  return SHAPES.map(([, rows, n, m]) => {
    const x = make(rows * n);
    const w = make(n * m);
    const b = make(m);
    const y = make(rows * m);
    const dy = make(rows * m);
    const dw = make(n * m);
    const db = make(m);
    const dx = make(rows * n);
    // Fixed pseudo-data without Math.random (values in [-1, 1)).
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 1073741824 - 1;
    for (const a of [x, w, b, dy]) for (let i = 0; i < a.length; i++) a[i] = next();
    // The kernels are written for Float64Array; at run time they take either type.
    const f = (a: Typed) => a as Float64Array;
    const pass = () => {
      denseForward(f(x), f(w), f(b), f(y), rows, n, m);
      denseWeightGradient(f(x), f(dy), f(dw), f(db), rows, n, m);
      denseInputGradient(f(dy), f(w), f(dx), rows, n, m);
    };
    const flops = 3 * 2 * rows * n * m;
    for (let i = 0; i < 200; i++) pass();
    const results: number[] = [];
    for (let chunk = 0; chunk < 5; chunk++) {
      let count = 0;
      const start = performance.now();
      while (performance.now() - start < 100) {
        pass();
        count++;
      }
      results.push((count * flops) / ((performance.now() - start) / 1000) / 1e9);
    }
    return median(results);
  });
}

const role = process.argv[2];
if (role === 'f32' || role === 'f64') {
  console.log(JSON.stringify(measure(role)));
} else {
  const run = (kind: string) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/precision.ts', kind], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as number[];
  };
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { rounds: { type: 'string', default: '5' } },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error('--rounds must be a whole number ≥ 1');
    process.exit(2);
  }
  const f64: number[][] = [];
  const f32: number[][] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      f64.push(run('f64'));
      f32.push(run('f32'));
    } else {
      f32.push(run('f32'));
      f64.push(run('f64'));
    }
  }
  console.log(
    `Dense kernels, forward + weight and input gradients; ${rounds} rounds, the order alternating; medians, and of the rounds' paired ratios (lowest–highest):\n`,
  );
  console.log('| layer | Float64Array GFLOP/s | Float32Array GFLOP/s | f32 ÷ f64 |');
  console.log('| --- | ---: | ---: | ---: |');
  SHAPES.forEach(([name], i) => {
    const ratios = f32.map((r, k) => r[i] / f64[k][i]);
    console.log(
      `| ${name} | ${median(f64.map((r) => r[i])).toFixed(2)} | ${median(f32.map((r) => r[i])).toFixed(2)} | ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`,
    );
  });
}
