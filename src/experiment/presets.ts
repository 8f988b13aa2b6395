import { en } from '../i18n/messages/en';
import { DEFAULT_EXPERIMENT } from './defaults';
import { cloneExperiment, type Experiment } from './schema';

export interface Preset {
  id: string;
  title: string;
  /** What the learner should look for. */
  summary: string;
  experiment: Experiment;
}

function withDefaults(patch: (e: Experiment) => void): Experiment {
  const e = cloneExperiment(DEFAULT_EXPERIMENT);
  patch(e);
  return e;
}

/** The opening's η: above the plain twin's stable range, inside the BN twin's (see deepRelu). */
export const OPENING_LEARNING_RATE = 1.78;

const deepSaturating = withDefaults((e) => {
  e.data = {
    type: 'named',
    name: 'circle',
    samples: 400,
    noise: 0.05,
    testFraction: 0.25,
    normalizeInputs: true,
  };
  e.model.hidden = Array.from({ length: 6 }, () => ({ units: 8, activation: 'sigmoid' as const }));
  e.batchNorm.placement = 'before';
  e.init = { scheme: 'gaussian', scale: 1, sigma: 2 };
  e.optimizer.learningRate = 0.5;
  e.training = { ...e.training, batchSize: 32, steps: 2000, shuffle: true, evalEvery: 50 };
});

/**
 * The page's opening setup, chosen by measurement (docs/opening.md): eight ReLU layers of 16 units
 * with He initialization on XOR, at η = 1.78. Over 10 seeds the plain twin blows up within its
 * first 10 steps or stays at chance, while the BN twin reaches 90% test accuracy within 200 steps,
 * with BN before the activation and after it; at η = 0.3 both twins train. The id `opening`
 * names it on the command line.
 */
const deepRelu = withDefaults((e) => {
  Object.assign(e, cloneExperiment(deepSaturating));
  if (e.data.type === 'named') e.data.name = 'xor';
  e.model.hidden = Array.from({ length: 8 }, () => ({ units: 16, activation: 'relu' as const }));
  e.init = { scheme: 'heNormal', scale: 1, sigma: 0.01 };
  e.optimizer.learningRate = OPENING_LEARNING_RATE;
  e.training.steps = 20_000;
});

/**
 * The lecture's example exactly: its 4 students, its Keras model (the default network) and Keras'
 * BatchNormalization() defaults, momentum 0.99 (0.01 as stored) and ε = 0.001. The 4 rows are one
 * batch (Keras' batch_size 32 takes them all) and there is no test split: every row trains.
 */
const lecture = withDefaults((e) => {
  e.data = {
    type: 'named',
    name: 'lecture',
    samples: 400,
    noise: 0.1,
    testFraction: 0,
    normalizeInputs: true,
  };
  e.batchNorm = { placement: 'after', momentum: 0.01, epsilon: 1e-3, convention: 'keras' };
  e.training = { ...e.training, batchSize: 4, steps: 1000, shuffle: true, evalEvery: 10 };
});

const PRESETS_WITH_PAPER: Preset[] = [
  {
    id: 'deep-relu-xor',
    title: en['preset.deep-relu-xor.title'],
    summary: en['preset.deep-relu-xor.summary'],
    experiment: deepRelu,
  },
  {
    id: 'lecture-example',
    title: en['preset.lecture-example.title'],
    summary: en['preset.lecture-example.summary'],
    experiment: lecture,
  },
  {
    id: 'worked-example',
    title: en['preset.worked-example.title'],
    summary: en['preset.worked-example.summary'],
    experiment: cloneExperiment(DEFAULT_EXPERIMENT),
  },
  {
    id: 'deep-saturating',
    title: en['preset.deep-saturating.title'],
    summary: en['preset.deep-saturating.summary'],
    experiment: deepSaturating,
  },
  {
    id: 'high-learning-rate',
    title: en['preset.high-learning-rate.title'],
    summary: en['preset.high-learning-rate.summary'],
    experiment: withDefaults((e) => {
      Object.assign(e, cloneExperiment(deepSaturating));
      e.model.hidden = Array.from({ length: 6 }, () => ({ units: 8, activation: 'relu' as const }));
      e.init = { scheme: 'heNormal', scale: 1, sigma: 0.01 };
      e.optimizer.learningRate = 2;
    }),
  },
  {
    id: 'bad-init',
    title: en['preset.bad-init.title'],
    summary: en['preset.bad-init.summary'],
    experiment: withDefaults((e) => {
      Object.assign(e, cloneExperiment(deepSaturating));
      e.model.hidden = Array.from({ length: 6 }, () => ({ units: 8, activation: 'tanh' as const }));
      e.init = { scheme: 'gaussian', scale: 1, sigma: 0.001 };
      e.optimizer.learningRate = 0.1;
    }),
  },
];

/** The BN paper's Figure 1 setup (Ioffe & Szegedy, 2015, §4.1) on the official MNIST split (60,000 / 10,000; testFraction does not apply). */
const paper = withDefaults((e) => {
  e.data = {
    type: 'named',
    name: 'mnist',
    samples: 400,
    noise: 0,
    testFraction: 0.2,
    normalizeInputs: false,
  };
  e.model = {
    hidden: [100, 100, 100].map((units) => ({ units, activation: 'sigmoid' as const })),
    head: 'softmax',
  };
  e.batchNorm.placement = 'before';
  e.init = { scheme: 'gaussian', scale: 1, sigma: 0.1 };
  e.optimizer = { ...e.optimizer, kind: 'sgd', learningRate: 0.5 };
  e.training = { ...e.training, batchSize: 60, steps: 10_000, shuffle: true, evalEvery: 500 };
});

PRESETS_WITH_PAPER.push({
  id: 'paper',
  title: en['preset.paper.title'],
  summary: en['preset.paper.summary'],
  experiment: paper,
});

/** The presets, in the order the page lists them; the first is what the page opens with. */
export const PRESETS: readonly Preset[] = PRESETS_WITH_PAPER;

/** Another name of a preset: `opening` is whatever the page opens on (the first preset). */
export const OPENING_ID = 'opening';

/** The preset of an id, or of the alias `opening`. */
export function findPreset(id: string): Preset | undefined {
  return id === OPENING_ID ? PRESETS[0] : PRESETS.find((p) => p.id === id);
}
