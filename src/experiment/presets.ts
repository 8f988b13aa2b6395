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
    title: 'Deep ReLU net on XOR',
    summary:
      'Eight ReLU layers of 16 units on XOR at η = 1.78, a learning rate above what the plain twin tolerates: press Play and watch the loss chart. Then slide η down to 0.3, where both twins train: BN’s advantage is the range of learning rates that train.',
    experiment: deepRelu,
  },
  {
    id: 'lecture-example',
    title: 'The lecture’s example',
    summary:
      'The lecture’s 4 students (cgpa, iq → placed) and its Keras model Dense(3, relu) → BN → Dense(2, relu) → BN → Dense(1, sigmoid), with Keras’ BatchNormalization() defaults: momentum 0.99, ε = 0.001. The 4 rows are one batch and all of them train, so there is no test split and every figure is a training figure. Follow one batch through BN by hand in the “BN at test time” view.',
    experiment: lecture,
  },
  {
    id: 'worked-example',
    title: 'Worked example: 60 invented students',
    summary:
      'The lecture’s model, Dense(3, relu) → BN → Dense(2, relu) → BN → Dense(1, sigmoid), on 60 invented rows of cgpa and iq drawn to resemble the lecture’s table, a quarter of them held out for testing, η = 0.1. A net this small shows little: both twins learn the table and stop training at about the same η; the scoreboard says what does differ.',
    experiment: cloneExperiment(DEFAULT_EXPERIMENT),
  },
  {
    id: 'deep-saturating',
    title: 'Deep sigmoid net on 2-D data',
    summary:
      'Six sigmoid layers of 8 units with large Gaussian weights (σ = 2) on the circle set, η = 0.5: the plain twin’s sigmoid inputs drift and saturate. The BN twin’s are BN’s output, centred by construction: show “What BN receives” for the shift BN absorbs. Both learn the circle, so watch the distributions, not only the loss.',
    experiment: deepSaturating,
  },
  {
    id: 'high-learning-rate',
    title: 'High learning rate',
    summary:
      'Six ReLU layers of 8 units at η = 2: within a few hundred steps most of the plain twin’s ReLUs output 0 and it sits near chance, while the BN twin trains; the scoreboard counts the seeds.',
    experiment: withDefaults((e) => {
      Object.assign(e, cloneExperiment(deepSaturating));
      e.model.hidden = Array.from({ length: 6 }, () => ({ units: 8, activation: 'relu' as const }));
      e.init = { scheme: 'heNormal', scale: 1, sigma: 0.01 };
      e.optimizer.learningRate = 2;
    }),
  },
  {
    id: 'bad-init',
    title: 'Bad initialization',
    summary:
      'Tiny Gaussian initial weights (σ = 0.001) in six tanh layers, η = 0.1: the plain twin’s signal vanishes (its deep layers are drawn as vanished) and it stalls; BN rescales every layer and the BN twin trains.',
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
  title: 'The BN paper’s Figure 1 (MNIST)',
  summary:
    'Real MNIST digits, 784-100-100-100-10 with sigmoid units, batches of 60, small Gaussian initial weights, SGD: test accuracy and the 15/50/85th percentiles of a last-layer sigmoid’s input, as in Ioffe & Szegedy (2015).',
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
