import { PRESETS } from '../experiment/presets';

/** The page shell: what the lab is, and the experiments it will run (live view: next issue). */
export function App() {
  return (
    <main className="shell">
      <header>
        <h1>BatchNorm Lab</h1>
        <p className="lede">
          Two twin networks, one with Batch Normalization and one without, trained side by side on
          the same batches from the same initial weights. Any difference you see is caused by Batch
          Norm alone.
        </p>
      </header>
      <section aria-labelledby="what-bn-computes">
        <h2 id="what-bn-computes">What Batch Norm computes</h2>
        <p>
          For every feature over a mini-batch B: the mean μ<sub>B</sub> and variance σ²
          <sub>B</sub>, the normalized value x̂ = (x − μ<sub>B</sub>) / √(σ²<sub>B</sub> + ε), and
          the output y = γ·x̂ + β, where γ and β are learned like any weight. At test time the
          running averages of μ and σ² replace the batch statistics.
        </p>
      </section>
      <section aria-labelledby="presets">
        <h2 id="presets">Experiments</h2>
        <ul className="presets">
          {PRESETS.map((preset) => (
            <li key={preset.id}>
              <h3>{preset.title}</h3>
              <p>{preset.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
