import { measureFlopsPerSecond } from '../src/run/calibrate';
import { estimateCost, secondsPerStep, pageVerdict, formatFlops } from '../src/experiment/cost';
import { parseExperiment } from '../src/experiment/validate';
import { PRESETS } from '../src/experiment/presets';
import { readFileSync } from 'node:fs';
const t0 = performance.now();
const rate = measureFlopsPerSecond(() => performance.now());
console.log('rate', formatFlops(rate), 'took', performance.now() - t0);
for (const f of ['/tmp/s/heavy-moons.json', '/tmp/s/heavy-relu.json']) {
  const e = parseExperiment(JSON.parse(readFileSync(f, 'utf8'))).experiment;
  const c = estimateCost(e);
  console.log(f, c, secondsPerStep(c, rate), pageVerdict(c, rate));
}
for (const p of PRESETS) {
  const c = estimateCost(p.experiment);
  console.log(
    p.id,
    c.evaluatedRows,
    c.macsPerRow,
    secondsPerStep(c, rate).toExponential(2),
    pageVerdict(c, rate).kind,
    (c.memoryBytes / 1e6).toFixed(1),
  );
}
