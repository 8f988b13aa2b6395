import { ACTIVATION_CHOICES, choiceOf, HEAD_CHOICES } from '../experiment/choices';
import { findPreset, PRESETS } from '../experiment/presets';
import type { Experiment } from '../experiment/schema';
import { cohortMembers, extraPlacement, type ExtraMember } from '../experiment/members';
import { dataShape, outputUnits } from '../experiment/shape';

function number(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

function title(experiment: Experiment, presetId: string | null): string {
  const preset = presetId ? findPreset(presetId) : undefined;
  const unchanged = preset && JSON.stringify(preset.experiment) === JSON.stringify(experiment);
  return unchanged ? preset.title : 'custom setup';
}

function shape(experiment: Experiment) {
  const { inputSize, classes, targetSize } = dataShape(experiment.data);
  return { inputSize, outputs: outputUnits(experiment.model.head, classes, targetSize) };
}

/**
 * A function giving each Dense layer its own initializer: a Keras 3 initializer object with a seed
 * draws the same values every time it is called for the same shape, so one object shared by
 * same-shaped layers would give them identical kernels.
 */
function kerasInitializer(e: Experiment): string {
  const { scheme, scale, sigma } = e.init;
  const seed = `seed=${e.seed} + layer`;
  if (scheme === 'gaussian')
    return `keras.initializers.RandomNormal(stddev=${number(sigma * scale)}, ${seed})`;
  if (scheme === 'heNormal') {
    return `keras.initializers.VarianceScaling(scale=${number(2 * scale * scale)}, mode="fan_in", distribution="untruncated_normal", ${seed})`;
  }
  return `keras.initializers.VarianceScaling(scale=${number(scale * scale)}, mode="fan_avg", distribution="uniform", ${seed})`;
}

/** The lab's input standardization, in NumPy (Keras) or PyTorch, when the setup uses it. */
function standardization(e: Experiment, flavor: 'numpy' | 'torch'): string {
  if (!e.data.normalizeInputs) return '';
  const std =
    flavor === 'numpy'
      ? 'std = x_train.std(axis=0)  # population standard deviation'
      : 'std = x_train.std(dim=0, unbiased=False)';
  const mean = flavor === 'numpy' ? 'x_train.mean(axis=0)' : 'x_train.mean(dim=0)';
  const where =
    flavor === 'numpy'
      ? 'np.where(std > 0, std, 1.0)'
      : 'torch.where(std > 0, std, torch.ones_like(std))';
  return `

# The lab standardizes every input with the training split's mean and standard deviation
# (a feature with none is left as is), and the test split with the same numbers:
def standardize(x_train, *others):
    mean = ${mean}
    ${std}
    std = ${where}
    return [(x - mean) / std for x in (x_train, *others)]
# x_train, x_test = standardize(x_train, x_test)`;
}

function kerasOptimizer(e: Experiment): string {
  const o = e.optimizer;
  if (o.kind === 'adam') {
    return `keras.optimizers.Adam(learning_rate=${o.learningRate}, beta_1=${o.beta1}, beta_2=${o.beta2}, epsilon=${o.epsilon})`;
  }
  return o.kind === 'momentum'
    ? `keras.optimizers.SGD(learning_rate=${o.learningRate}, momentum=${o.momentum})`
    : `keras.optimizers.SGD(learning_rate=${o.learningRate})`;
}

/** A line saying which weights the lab trains, when not all of them (this code trains all). */
function trainOnlyNote(e: Experiment): string {
  const only = {
    all: '',
    normalization: 'the normalizations’ γ and β',
    output: 'the output layer',
  }[e.training.trainOnly];
  return only
    ? `\n# The lab trains only ${only} here (every other weight stays at its initial value); this code trains every weight.`
    : '';
}

/**
 * What the Keras code's BatchNormalization does differently from the lab: momentum written the
 * other way round, and the moving variance averaged from the biased batch variance.
 */
function kerasBatchNormNote(e: Experiment): string {
  const m = e.training.batchSize;
  const { momentum } = e.batchNorm;
  return [
    `# BatchNormalization(momentum=${number(1 - momentum)}) keeps ${number(1 - momentum)} of the old moving average each step: the`,
    `# lab (and PyTorch) write the same update as momentum ${momentum}, the weight of the new batch.`,
    `# Keras 3 averages the biased batch variance (÷ ${m}) into moving_variance; the lab and PyTorch`,
    `# average the unbiased one (÷ ${Math.max(1, m - 1)}), so once the averages settle this model's moving variance is ${m - 1}/${m} of the lab's.`,
  ].join('\n');
}

/**
 * Runnable Keras 3 code for the BN twin of an experiment (the plain twin is the same model without
 * its BatchNormalization layers). Keras counts BN momentum the other way round:
 * keras momentum = 1 − ours.
 */
export function toKeras(experiment: Experiment, presetId: string | null = null): string {
  const e = experiment;
  const { inputSize, outputs } = shape(e);
  const init = kerasInitializer(e);
  const bn = `layers.BatchNormalization(momentum=${number(1 - e.batchNorm.momentum)}, epsilon=${e.batchNorm.epsilon})`;
  const lines: string[] = [`    keras.Input(shape=(${inputSize},)),`];
  e.model.hidden.forEach((layer, i) => {
    const act = choiceOf(ACTIVATION_CHOICES, layer.activation).keras;
    if (e.batchNorm.placement === 'before') {
      lines.push(
        `    layers.Dense(${layer.units}, kernel_initializer=init(${i})),`,
        `    ${bn},`,
        `    layers.Activation("${act}"),`,
      );
    } else {
      lines.push(
        `    layers.Dense(${layer.units}, activation="${act}", kernel_initializer=init(${i})),`,
      );
      if (e.batchNorm.placement === 'after') lines.push(`    ${bn},`);
    }
  });
  const headActivation = e.model.head === 'linear' ? '' : `, activation="${e.model.head}"`;
  lines.push(
    `    layers.Dense(${outputs}${headActivation}, kernel_initializer=init(${e.model.hidden.length})),`,
  );
  const metrics = e.model.head === 'linear' ? '' : ', metrics=["accuracy"]';
  return `# BatchNorm Lab: ${title(e, presetId)}, the BN twin (placement: ${e.batchNorm.placement}).
# The plain twin is the same model without the BatchNormalization layers.
${kerasBatchNormNote(e)}${trainOnlyNote(e)}
import keras
${e.data.normalizeInputs ? 'import numpy as np\n' : ''}from keras import layers

keras.utils.set_random_seed(${e.seed})


def init(layer):
    """The initializer of Dense layer number layer (0, 1, ...): each its own seed."""
    return ${init}
${standardization(e, 'numpy')}

model = keras.Sequential([
${lines.join('\n')}
])
model.compile(optimizer=${kerasOptimizer(e)}, loss=${choiceOf(HEAD_CHOICES, e.model.head).kerasLoss}${metrics})
model.summary()
# model.fit(x_train, y_train, batch_size=${e.training.batchSize}, shuffle=${e.training.shuffle ? 'True' : 'False'}, epochs=...)
${cohortCode(e, 'keras')}`;
}

function torchInit(e: Experiment): string {
  const { scheme, scale, sigma } = e.init;
  const scaled = scale === 1 ? '' : `\n        module.weight.data.mul_(${number(scale)})`;
  if (scheme === 'gaussian')
    return `nn.init.normal_(module.weight, mean=0.0, std=${number(sigma * scale)})`;
  if (scheme === 'heNormal')
    return `nn.init.kaiming_normal_(module.weight, mode="fan_in", nonlinearity="relu")${scaled}`;
  return `nn.init.xavier_uniform_(module.weight)${scaled}`;
}

function torchOptimizer(e: Experiment): string {
  const o = e.optimizer;
  if (o.kind === 'adam') {
    return `torch.optim.Adam(model.parameters(), lr=${o.learningRate}, betas=(${o.beta1}, ${o.beta2}), eps=${o.epsilon})`;
  }
  return o.kind === 'momentum'
    ? `torch.optim.SGD(model.parameters(), lr=${o.learningRate}, momentum=${o.momentum})`
    : `torch.optim.SGD(model.parameters(), lr=${o.learningRate})`;
}

/**
 * Runnable PyTorch code for the BN twin (BatchNorm1d uses the same momentum and ε convention as
 * the lab). Weights are stored [out, in] in PyTorch and [in, out] here; fan-in is the same.
 */
export function toPyTorch(experiment: Experiment, presetId: string | null = null): string {
  const e = experiment;
  const { inputSize, outputs } = shape(e);
  const bn = (units: number) =>
    `nn.BatchNorm1d(${units}, momentum=${e.batchNorm.momentum}, eps=${e.batchNorm.epsilon})`;
  const lines: string[] = [];
  let width = inputSize;
  for (const layer of e.model.hidden) {
    lines.push(`    nn.Linear(${width}, ${layer.units}),`);
    if (e.batchNorm.placement === 'before') lines.push(`    ${bn(layer.units)},`);
    lines.push(`    ${choiceOf(ACTIVATION_CHOICES, layer.activation).torch},`);
    if (e.batchNorm.placement === 'after') lines.push(`    ${bn(layer.units)},`);
    width = layer.units;
  }
  lines.push(`    nn.Linear(${width}, ${outputs}),`);
  return `# BatchNorm Lab: ${title(e, presetId)}, the BN twin (placement: ${e.batchNorm.placement}).
# The plain twin is the same model without the BatchNorm1d layers.
# BatchNorm1d(momentum=${e.batchNorm.momentum}) weights each new batch by ${e.batchNorm.momentum} in the running averages, as
# the lab does (Keras writes it as momentum=${number(1 - e.batchNorm.momentum)}); both average the unbiased batch variance.${trainOnlyNote(e)}
import torch
from torch import nn

torch.manual_seed(${e.seed})
model = nn.Sequential(
${lines.join('\n')}
)


def init_weights(module):
    if isinstance(module, nn.Linear):
        ${torchInit(e)}
        nn.init.zeros_(module.bias)


model.apply(init_weights)${standardization(e, 'torch')}${e.data.normalizeInputs ? '\n' : ''}
loss_fn = ${choiceOf(HEAD_CHOICES, e.model.head).torchLoss}
optimizer = ${torchOptimizer(e)}
# One step on a batch (x, y) of ${e.training.batchSize} rows; model.eval() switches BN to its running statistics.
# model.train(); optimizer.zero_grad(); loss_fn(model(x), y).backward(); optimizer.step()
${cohortCode(e, 'torch')}`;
}

/** Every preset's code, for snapshot tests and the docs. */
export function presetCode(): { id: string; keras: string; pytorch: string }[] {
  return PRESETS.map((p) => ({
    id: p.id,
    keras: toKeras(p.experiment, p.id),
    pytorch: toPyTorch(p.experiment, p.id),
  }));
}

/**
 * The cohort's other networks (cohort.third, cohort.fourth) as changes of the BN twin's code:
 * which layer takes the place of its normalization, and noisy BN's noise as a small layer.
 * Empty for the twins alone.
 */
function cohortCode(e: Experiment, flavor: 'keras' | 'torch'): string {
  const extras = cohortMembers(e).slice(2) as ExtraMember[];
  if (extras.length === 0) return '';
  const placement = extraPlacement(e);
  const { epsilon, momentum } = e.batchNorm;
  const { noiseScale, noiseShift, groups } = e.cohort;
  const keras = flavor === 'keras';
  const dropout = keras
    ? `layers.Dropout(${e.cohort.dropout})`
    : `nn.Dropout(p=${e.cohort.dropout})`;
  const bn = keras
    ? `layers.BatchNormalization(momentum=${number(1 - momentum)}, epsilon=${epsilon})`
    : `nn.BatchNorm1d(units, momentum=${momentum}, eps=${epsilon})`;
  const noise = keras
    ? `NoisyScaleShift(${noiseScale}, ${noiseShift}, seed=${e.seed})`
    : `NoisyScaleShift(units, ${noiseScale}, ${noiseShift})`;
  const describe: Record<ExtraMember, string> = {
    batchNormBefore: `${bn} before each activation`,
    batchNormAfter: `${bn} after each activation`,
    noisyBatchNorm: `${bn}, then ${noise}, ${placement} each activation`,
    layerNorm: keras
      ? `layers.LayerNormalization(epsilon=${epsilon}) ${placement} each activation`
      : `nn.LayerNorm(units, eps=${epsilon}) ${placement} each activation`,
    groupNorm: keras
      ? `layers.GroupNormalization(groups=${groups}, epsilon=${epsilon}) ${placement} each activation`
      : `nn.GroupNorm(${groups}, units, eps=${epsilon}) ${placement} each activation`,
    plainDropout: `no normalization, and ${dropout} after each hidden layer`,
    batchNormDropout: `the BN twin's normalization, and ${dropout} after each hidden layer`,
    batchRenorm: keras
      ? `layers.BatchNormalization(renorm=True, renorm_clipping={'rmax': 3, 'dmax': 5}) ${placement} each activation (Keras opens the limits at once; the lab over 100 steps)`
      : `Batch Renormalization (r_max 3, d_max 5, opened over 100 steps) ${placement} each activation: PyTorch has no such layer`,
  };
  const lines = [
    '',
    '# The cohort: more networks trained beside the twins from the same initial weights, each this',
    "# model with its normalization layers replaced (units: the hidden layer's width):",
    ...extras.map((m) => `#   ${m}: ${describe[m]}`),
  ];
  if (extras.includes('noisyBatchNorm')) {
    lines.push(
      '',
      '',
      keras
        ? `class NoisyScaleShift(layers.Layer):
    """Noisy BN (Santurkar et al. 2018): in training, every value of every sample times its own
    scale and plus its own shift. Each step redraws, per feature, the scales' mean from
    U(1 - scale, 1 + scale) and spread from U(0, scale), the shifts' from U(-shift, shift), U(0, shift)."""

    def __init__(self, scale, shift, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.scale, self.shift = scale, shift
        self.generator = keras.random.SeedGenerator(seed)

    def call(self, x, training=False):
        if not training:
            return x
        features = (x.shape[-1],)
        g = self.generator
        m = keras.random.uniform(features, 1 - self.scale, 1 + self.scale, seed=g)
        sd = keras.random.uniform(features, 0, self.scale, seed=g)
        mu = keras.random.uniform(features, -self.shift, self.shift, seed=g)
        tau = keras.random.uniform(features, 0, self.shift, seed=g)
        s = m + sd * keras.random.normal(keras.ops.shape(x), seed=g)
        t = mu + tau * keras.random.normal(keras.ops.shape(x), seed=g)
        return x * s + t`
        : `class NoisyScaleShift(nn.Module):
    """Noisy BN (Santurkar et al. 2018): in training, every value of every sample times its own
    scale and plus its own shift. Each step redraws, per feature, the scales' mean from
    U(1 - scale, 1 + scale) and spread from U(0, scale), the shifts' from U(-shift, shift), U(0, shift)."""

    def __init__(self, features, scale, shift):
        super().__init__()
        self.features, self.scale, self.shift = features, scale, shift

    def forward(self, x):
        if not self.training:
            return x
        f, a, b = self.features, self.scale, self.shift
        m = torch.empty(f).uniform_(1 - a, 1 + a)
        sd = torch.empty(f).uniform_(0, a)
        mu = torch.empty(f).uniform_(-b, b)
        tau = torch.empty(f).uniform_(0, b)
        s = m + sd * torch.randn_like(x)
        t = mu + tau * torch.randn_like(x)
        return x * s + t`,
    );
  }
  return lines.join('\n') + '\n';
}
