/**
 * What is wrong with a setup's field (src/experiment/fieldReader.ts, validate.ts): said in the
 * page's language under the control, and in English on the command line.
 */
export const checksEn = {
  'check.field': '{path}: {problem}',
  'check.root': '(root)',
  'check.object': 'must be an object, got {got}',
  'check.unknownKey': 'is not a known field (known: {known})',
  'check.number': 'must be {rule}, got {got}',
  'check.boolean': 'must be true or false, got {got}',
  'check.choice': 'must be one of {options}; got {got}',
  'check.array': 'must be an array, got {got}',
  'check.string': 'must be a string, got {got}',
  'check.rule':
    '{kind, select, integer {an integer} other {a number}}{min, select, none {} other { {exclusive, select, yes {greater than} other {at least}} {min}}}{max, select, none {} other {{min, select, none { } other { and }}at most {max}}}',
  'got.nothing': 'nothing',
  'got.array': 'an array of {count, number, ::group-off}',
  'got.object': 'an object',
  'got.value': '{value}',
  'check.version': 'must be {version, number}, got {got}',
  'check.nameLength':
    'must be at most {max, number, ::group-off} characters, got {length, number, ::group-off}',
  'check.layers':
    'must have {min, number} to {max, number} layers, got {count, number, ::group-off}',
  'check.head': '{head} does not fit {task} data',
  'check.batchRows':
    'must be at most the {rows, number, ::group-off} training rows, got {batch, number, ::group-off}',
  'check.noRows': 'leaves no training rows',
  'check.weights':
    'gives {weights, number} weights; at most {max, number} train at a useful speed here',
  'check.batchUnits':
    '× {units, number, ::group-off} hidden units is {activations, number} activations per step; at most {max, number}',
  'check.sameNetwork': 'is the same network as cohort.third ({third})',
  'check.groups':
    'must divide every hidden layer’s units for Group Norm; {groups, number, ::group-off} does not divide {units}',
  'check.batchTwo': 'must be at least 2 with Batch Norm (a batch of 1 has no variance)',
  'check.weightEntries':
    'must have one entry per Dense layer ({layers, number}), got {count, number, ::group-off}',
  'check.matrixRows':
    'must have {rows, number, ::group-off} rows (inputs of the layer), got {count, number, ::group-off}',
  'check.vectorLength':
    'must have {length, number, ::group-off} numbers, got {count, number, ::group-off}',
  'check.rows':
    'must have {min, number, ::group-off} to {max, number, ::group-off} rows, got {count, number, ::group-off}',
  'check.targets':
    'must have one entry per row of data.x ({rows, number, ::group-off}), got {count, number, ::group-off}',
  'check.rowWidth':
    'must be an array of {min, number, ::group-off} to {max, number, ::group-off} numbers',
  'check.featureNames': 'must be {width, number, ::group-off} strings, one per column of data.x',
  'check.classes':
    'must name {min, number, ::group-off} to {max, number, ::group-off} classes, got {count, number, ::group-off}',
  'check.row': 'must be an array of {width, number, ::group-off} numbers, got {got}',
  'check.binary': 'must be 0 or 1, got {got}',
  'check.targetWidth':
    'must have {width, number, ::group-off} targets like data.y[0], got {count, number, ::group-off}',
  'check.targetArray': 'must be an array of {width, number, ::group-off} targets like data.y[0]',
} as const;
