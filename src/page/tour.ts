import { findPreset, PRESETS } from '../experiment/presets';
import { cloneExperiment } from '../experiment/schema';
import type { Experiment } from '../experiment/schema';
import type { Tap } from '../experiment/taps';
import { fieldLabel } from './fieldText';
import type { MessageKey } from '../i18n/messages/en';
import { ENGLISH, type MessageValues, type Translator } from '../i18n/translate';

/** Where a tour step points: a panel of the page, found by its `data-tour` mark. */
export type TourTarget =
  | 'distributions'
  | 'loss'
  | 'parameters'
  | 'gamma-beta'
  | 'test-time'
  | 'slider'
  | 'placement'
  | 'scoreboard'
  | 'optimization';

/** The page's views a step may open (the ids of state/pageHash's VIEWS). */
type TourView = 'live' | 'test-time' | 'stable-range' | 'optimization' | 'notes';

/**
 * What a step asks the learner to do, which the tour box offers as a button of its own (named
 * as the page's control is): play the run, switch BN's placement, or measure the test-time
 * accuracy.
 */
export type TourAction = 'play' | 'switchPlacement' | 'measureTestTime';

/** Which live measurement the tour box states under a step (see ui/tourReadings). */
export type TourReading =
  | 'outcome'
  | 'inputs'
  | 'layerInputs'
  | 'drift'
  | 'parameters'
  | 'gammaBeta'
  | 'placements'
  | 'testTime'
  | 'edge'
  | 'speed'
  | 'gap'
  | 'init'
  | 'landscape';

/** The tour's steps by id: their words are the catalog's `tour.<id>.…` messages. */
export type TourId =
  | 'picture'
  | 'inputs'
  | 'covariateShift'
  | 'internalShift'
  | 'computes'
  | 'gammaBeta'
  | 'placement'
  | 'testTime'
  | 'stable'
  | 'faster'
  | 'regularizer'
  | 'init'
  | 'landscape';

/**
 * One step of the guided tour: a lecture point, the setup that shows it, and where to look. Its
 * title, idea, what to look for and question are messages (`tour.<id>.title`, `.idea`,
 * `.lookFor`, `.prompt`, `.choice1`…), filled with `values` of the step's setup.
 */
export interface TourStep {
  id: TourId;
  /** The placeholders of the step's messages, from its setup (which the text names as it is). */
  values?: (e: Experiment, t: Translator) => MessageValues;
  /**
   * How many choices the step's question has: asked before the step shows its result (predict,
   * then reveal), the run and the measurement answer it. Nothing here says which is right.
   */
  choices?: number;
  /** The preset the step loads (the first preset when absent), and changes to it. */
  preset?: string;
  patch?: (e: Experiment) => void;
  view: TourView;
  target: TourTarget;
  /** The distributions' view the step shows, when it matters. */
  tap?: Tap;
  action?: TourAction;
  /** The measurement stated under the step, computed from what the page shows now. */
  reading: TourReading;
}

/** A step's words in a language, for its setup `e`. */
export interface TourText {
  title: string;
  idea: string;
  lookFor: string;
  question: { prompt: string; choices: string[] } | null;
}

export function tourText(step: TourStep, e: Experiment, t: Translator = ENGLISH): TourText {
  const values = step.values?.(e, t) ?? {};
  const key = (part: string) => `tour.${step.id}.${part}` as MessageKey;
  return {
    title: t.t(key('title')),
    idea: t.t(key('idea')),
    lookFor: t.t(key('lookFor'), values),
    question: step.choices
      ? {
          prompt: t.t(key('prompt'), values),
          choices: Array.from({ length: step.choices }, (_, k) => t.t(key(`choice${k + 1}`))),
        }
      : null,
  };
}

/** A step's title in a language (English unless told). */
export function stepTitle(step: TourStep, t: Translator = ENGLISH): string {
  return t.t(`tour.${step.id}.title`);
}

/** The hidden layers' activation as the page names it ("ReLU"), or "mixed activations". */
export function activationName(e: Experiment, t: Translator = ENGLISH): string {
  const kinds = [...new Set(e.model.hidden.map((l) => l.activation))];
  if (kinds.length !== 1) return t.t('tour.mixedActivations');
  return t.t(`option.model.hidden[].activation.${kinds[0]}`);
}

/** η as the tour writes it, in the language's digits. */
const etaOf = (e: Experiment, t: Translator) => t.digitsOf(String(e.optimizer.learningRate));

/** The opening's setup at a learning rate where both twins train. */
const BOTH_TRAIN = 0.3;
const bothTrain = (e: Experiment) => void (e.optimizer.learningRate = BOTH_TRAIN);

export const TOUR: readonly TourStep[] = [
  {
    id: 'picture',
    values: (e, t) => ({ eta: etaOf(e, t) }),
    choices: 4,
    view: 'live',
    target: 'loss',
    action: 'play',
    reading: 'outcome',
  },
  {
    id: 'inputs',
    values: (e, t) => ({
      eta: etaOf(e, t),
      placement: e.batchNorm.placement,
      activation: activationName(e, t),
      normalizeInputs: fieldLabel('data.normalizeInputs', t),
    }),
    preset: 'worked-example',
    patch: (e) => {
      if (e.data.type === 'named') e.data.normalizeInputs = false;
      e.batchNorm.placement = 'before';
      e.optimizer.learningRate = 0.3;
      e.training.steps = 2000;
    },
    view: 'live',
    target: 'loss',
    action: 'play',
    reading: 'inputs',
  },
  {
    id: 'covariateShift',
    values: (e, t) => ({ eta: etaOf(e, t) }),
    patch: bothTrain,
    view: 'live',
    target: 'distributions',
    tap: 'preActivation',
    action: 'play',
    reading: 'layerInputs',
  },
  {
    id: 'internalShift',
    values: (e, t) => ({ placement: e.batchNorm.placement, activation: activationName(e, t) }),
    patch: bothTrain,
    view: 'live',
    target: 'distributions',
    tap: 'bnInput',
    action: 'play',
    reading: 'drift',
  },
  {
    id: 'computes',
    preset: 'lecture-example',
    view: 'notes',
    target: 'parameters',
    reading: 'parameters',
  },
  {
    id: 'gammaBeta',
    preset: 'lecture-example',
    view: 'test-time',
    target: 'gamma-beta',
    action: 'play',
    reading: 'gammaBeta',
  },
  {
    id: 'placement',
    values: (e, t) => ({
      activation: activationName(e, t),
      placementControl: t.t('placement.legend'),
    }),
    choices: 3,
    view: 'live',
    target: 'placement',
    action: 'switchPlacement',
    reading: 'placements',
  },
  {
    id: 'testTime',
    values: (_, t) => ({ measureButton: t.t('testTime.measure') }),
    choices: 3,
    preset: 'worked-example',
    view: 'test-time',
    target: 'test-time',
    action: 'measureTestTime',
    reading: 'testTime',
  },
  {
    id: 'stable',
    values: (e, t) => ({ eta: etaOf(e, t) }),
    view: 'live',
    target: 'slider',
    reading: 'edge',
  },
  {
    id: 'faster',
    values: (e, t) => ({ eta: etaOf(e, t) }),
    view: 'live',
    target: 'scoreboard',
    reading: 'speed',
  },
  {
    id: 'regularizer',
    choices: 3,
    preset: 'deep-saturating',
    view: 'live',
    target: 'scoreboard',
    reading: 'gap',
  },
  {
    id: 'init',
    values: (e, t) => ({
      sigma: t.digitsOf(String(e.init.sigma)),
      activation: activationName(e, t),
    }),
    choices: 4,
    preset: 'bad-init',
    view: 'live',
    target: 'loss',
    action: 'play',
    reading: 'init',
  },
  {
    id: 'landscape',
    patch: bothTrain,
    view: 'optimization',
    target: 'optimization',
    action: 'play',
    reading: 'landscape',
  },
];

/** A step's setup as the tour loads it: its preset (the first when it names none), with its changes. */
export function stepSetup(step: TourStep): { presetId: string; experiment: Experiment } {
  const presetId = step.preset ?? PRESETS[0].id;
  const experiment = cloneExperiment(findPreset(presetId)!.experiment);
  step.patch?.(experiment);
  return { presetId, experiment };
}
