import type { HeadKind } from '../engine/heads';
import { DATASETS } from './catalog';
import { inlineRows } from './packed';
import type { DataSpec, Experiment, Task } from './schema';

/** What the rows of a dataset ask of its labels. */
export function taskOf(data: DataSpec): Task {
  if (data.type === 'named') return DATASETS[data.name].classes > 2 ? 'multiclass' : 'binary';
  return data.task;
}

/** The head a task gets unless the description says otherwise. */
export function defaultHeadFor(data: DataSpec): HeadKind {
  const task = taskOf(data);
  if (task === 'binary') return 'sigmoid';
  return task === 'multiclass' ? 'softmax' : 'linear';
}

/** Whether a head fits a task (a binary task may also use a two-class softmax). */
export function headFits(head: HeadKind, task: Task): boolean {
  if (task === 'binary') return head === 'sigmoid' || head === 'softmax';
  return task === 'multiclass' ? head === 'softmax' : head === 'linear';
}

/**
 * The head a setup keeps when its data changes to `data`: its own when it fits the new task,
 * else the task's default (the page and the command line switch heads by this one rule).
 */
export function headForData(head: HeadKind, data: DataSpec): HeadKind {
  return headFits(head, taskOf(data)) ? head : defaultHeadFor(data);
}

/** Number of output units the head needs for a dataset. */
export function outputUnits(head: HeadKind, classes: number, targetSize: number): number {
  if (head === 'softmax') return classes;
  return head === 'sigmoid' ? 1 : targetSize;
}

/** Inputs per row, classes (0 for regression) and targets per row that the data gives the net. */
export function dataShape(data: DataSpec): {
  inputSize: number;
  classes: number;
  targetSize: number;
} {
  if (data.type === 'named') {
    const facts = DATASETS[data.name];
    return { inputSize: facts.inputSize, classes: facts.classes, targetSize: 1 };
  }
  if (data.packed) {
    const { packed } = data;
    return {
      inputSize: packed.width,
      classes:
        data.task === 'binary'
          ? 2
          : data.task === 'multiclass'
            ? packed.y.reduce((a, v) => Math.max(a, v), 0) + 1
            : 0,
      targetSize: packed.targetWidth,
    };
  }
  const first = data.y[0];
  return {
    inputSize: data.x[0]?.length ?? 0,
    classes:
      data.task === 'binary'
        ? 2
        : data.task === 'multiclass'
          ? data.y.reduce<number>((a, v) => Math.max(a, typeof v === 'number' ? v : 0), 0) + 1
          : 0,
    targetSize: Array.isArray(first) ? first.length : 1,
  };
}

/** Rows available for training once the test split is taken out. */
export function trainingRows(data: DataSpec): number {
  if (data.type === 'named') {
    const facts = DATASETS[data.name];
    if (facts.fixedSplit) return facts.fixedSplit.train;
    const total = facts.rows === 'samples' ? data.samples : facts.rows;
    return total - Math.round(total * data.testFraction);
  }
  const total = inlineRows(data);
  return total - Math.round(total * data.testFraction);
}

/** Units of every layer in order: inputs, each hidden layer, outputs. */
export function layerWidths(e: Experiment): number[] {
  const { inputSize, classes, targetSize } = dataShape(e.data);
  return [
    inputSize,
    ...e.model.hidden.map((h) => h.units),
    outputUnits(e.model.head, classes, targetSize),
  ];
}
