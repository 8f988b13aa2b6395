import type { checksEn } from './en-checks';

export const checksBn: Record<keyof typeof checksEn, string> = {
  'check.field': '{path}: {problem}',
  'check.root': '(মূল)',
  'check.object': 'একটি object হতে হবে, পাওয়া গেছে {got}',
  'check.unknownKey': 'চেনা কোনো field নয় (চেনাগুলো: {known})',
  'check.number': '{rule} হতে হবে, পাওয়া গেছে {got}',
  'check.boolean': 'true বা false হতে হবে, পাওয়া গেছে {got}',
  'check.choice': '{options}-এর একটি হতে হবে; পাওয়া গেছে {got}',
  'check.array': 'একটি array হতে হবে, পাওয়া গেছে {got}',
  'check.string': 'একটি string হতে হবে, পাওয়া গেছে {got}',
  'check.rule':
    '{min, select, none {} other {{exclusive, select, yes {{min}-এর বেশি} other {অন্তত {min}}}}}{max, select, none {} other {{min, select, none {} other { ও }}সর্বোচ্চ {max}}}{min, select, none {{max, select, none {} other { }}} other { }}{kind, select, integer {একটি পূর্ণসংখ্যা} other {একটি সংখ্যা}}',
  'got.nothing': 'কিছুই না',
  'got.array': '{count, number, ::group-off}টি জিনিসের একটি array',
  'got.object': 'একটি object',
  'got.value': '{value}',
  'check.version': '{version, number} হতে হবে, পাওয়া গেছে {got}',
  'check.nameLength':
    'সর্বোচ্চ {max, number, ::group-off}টি অক্ষর হতে পারে, পাওয়া গেছে {length, number, ::group-off}টি',
  'check.layers':
    '{min, number} থেকে {max, number}টি layer থাকতে হবে, পাওয়া গেছে {count, number, ::group-off}টি',
  'check.head': '{head}, {task} ডেটার সঙ্গে খাপ খায় না',
  'check.batchRows':
    'সর্বোচ্চ {rows, number, ::group-off}টি training সারি পর্যন্ত হতে পারে, পাওয়া গেছে {batch, number, ::group-off}',
  'check.noRows': 'কোনো training সারি থাকে না',
  'check.weights':
    '{weights, number}টি weight হয়; এখানে কাজের গতিতে সর্বোচ্চ {max, number}টি train হয়',
  'check.batchUnits':
    '× {units, number, ::group-off}টি hidden unit মানে প্রতি ধাপে {activations, number}টি activation; সর্বোচ্চ {max, number}',
  'check.sameNetwork': 'cohort.third-এর ({third}) একই নেটওয়ার্ক',
  'check.groups':
    'Group Norm-এর জন্য প্রতিটি hidden layer-এর unit সংখ্যাকে ভাগ করতে হবে; {groups, number, ::group-off} দিয়ে {units} ভাগ যায় না',
  'check.batchTwo': 'Batch Norm থাকলে অন্তত 2 হতে হবে (1-এর batch-এর কোনো variance নেই)',
  'check.weightEntries':
    'প্রতিটি Dense layer-এর জন্য একটি করে ({layers, number}টি) থাকতে হবে, পাওয়া গেছে {count, number, ::group-off}টি',
  'check.matrixRows':
    '{rows, number, ::group-off}টি সারি (layer-এর input) থাকতে হবে, পাওয়া গেছে {count, number, ::group-off}টি',
  'check.vectorLength':
    '{length, number, ::group-off}টি সংখ্যা থাকতে হবে, পাওয়া গেছে {count, number, ::group-off}টি',
  'check.rows':
    '{min, number, ::group-off} থেকে {max, number, ::group-off}টি সারি থাকতে হবে, পাওয়া গেছে {count, number, ::group-off}টি',
  'check.targets':
    'data.x-এর প্রতিটি সারির জন্য একটি করে ({rows, number, ::group-off}টি) থাকতে হবে, পাওয়া গেছে {count, number, ::group-off}টি',
  'check.rowWidth':
    '{min, number, ::group-off} থেকে {max, number, ::group-off}টি সংখ্যার একটি array হতে হবে',
  'check.featureNames':
    'data.x-এর প্রতিটি কলামের জন্য একটি করে, {width, number, ::group-off}টি string হতে হবে',
  'check.classes':
    '{min, number, ::group-off} থেকে {max, number, ::group-off}টি class থাকতে হবে, পাওয়া গেছে {count, number, ::group-off}টি',
  'check.row': '{width, number, ::group-off}টি সংখ্যার একটি array হতে হবে, পাওয়া গেছে {got}',
  'check.binary': '0 বা 1 হতে হবে, পাওয়া গেছে {got}',
  'check.targetWidth':
    'data.y[0]-এর মতো {width, number, ::group-off}টি target থাকতে হবে, পাওয়া গেছে {count, number, ::group-off}টি',
  'check.targetArray':
    'data.y[0]-এর মতো {width, number, ::group-off}টি target-এর একটি array হতে হবে',
};
