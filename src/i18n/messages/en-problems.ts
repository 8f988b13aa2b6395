/**
 * What is wrong with a shared link, an imported file, a lesson or a table, and what the page
 * does about it (src/state/pageHash.ts, urlCodec, file, lesson, src/tables). Said in the page's
 * language in its notices; the command line says the table's in English.
 */
export const problemsEn = {
  'problem.text': 'must be text',
  'problem.textLength': 'at most {max, number} characters, got {count, number}',
  'problem.lessonObject': 'must be an object with a title, a note and questions',
  'problem.notInLesson': 'is not part of a lesson',
  'problem.list': 'must be a list',
  'problem.tooManyQuestions':
    'at most {max, number}, got {count, number}; the first {max, number} are kept',
  'problem.tooManyChoices': 'at most {max, number}; the first {max, number} are kept',
  'problem.noPrompt': 'has no prompt',
  'problem.lessonLink': 'at most {max, number} characters in a link, got {count, number}',
  'problem.lessonJson': 'is not readable (not JSON)',
  'link.broken': 'has a broken percent-escape (not UTF-8); using the preset’s value',
  'link.noPreset': 'there is no preset "{name}"; using {preset}',
  'link.unknownField': 'is not a known field',
  'link.unnamed': '(a part without a name)',
  'link.inFile':
    'lives in the experiment file this link was made from (too large for a link): import that file for it',
  'link.setting': 'The link’s setting {problem} — the preset’s value is used instead.',
  'link.more':
    'And {count, number} more of the link’s settings were not used (the preset’s values are).',
  'link.pageSetting': 'The link’s setting {problem}.',
  'link.pageMore':
    'And {count, plural, one {# more problem} other {# more problems}} with the link’s page settings.',
  'link.brokenPage':
    'has a broken percent-escape (not UTF-8); {key, select, view {showing {view}} tour {the tour stays closed} claim {no card is picked} other {no lesson is shown}}',
  'link.noView': 'there is no view "{name}" (one of {views}); showing {view}',
  'link.tourStep': 'a step from {first, number} to {last, number}, not "{value}"',
  'link.noLanguage':
    'there is no language "{value}" (one of {languages}); the page stays in its language',
  'link.claimId': '"{value}" is not a claim’s id (lowercase, digits, -)',
  'file.tooLarge':
    'the file is {size, number, ::.0} MB; an experiment file is at most {max, number} MB',
  'file.tableTooLarge':
    'the file is {size, number, ::group-off} MB; a table is at most {max, number, ::group-off} MB',
  'file.notJson': 'the file is not JSON ({reason})',
  'file.oneObject': 'the file must hold one JSON object, an experiment',
  'file.unreadable': 'Could not read {name}.',
  'file.refused': 'Could not import {name}: {reasons}. The setup is unchanged.',
  'file.refusedCount':
    'Could not import {name}: {count, plural, one {# setting is} other {# settings are}} invalid: {reasons}. The setup is unchanged.',
  'file.more': 'and {count, plural, one {# more problem} other {# more problems}}',
  'file.notTable': 'Could not read {name} as a table: {reason}. The setup is unchanged.',
  'file.unchanged': '{reason}. The setup is unchanged.',
  'file.theFile': 'the file',
  'file.pasted': 'pasted table',
  'file.reading': 'Reading {name}…',
  'file.readingShare': 'Reading {name}… {share, number}% of {size, number, ::.0} MB',
  'file.readingAgain': 'Reading the table again…',
  'file.preparing': 'Preparing {name}…',
  'tableError.binary': 'the file is binary, not a table of text',
  'tableError.noRows': 'the file holds no rows',
  'tableError.rowWidth':
    'row {line, number, ::group-off} has {count, plural, one {# field} other {# fields}}; the first row has {width, number, ::group-off}',
  'tableError.tooManyRows':
    'it has more than {max, number} rows; at most {limit, number} train here',
  'tableError.noTable': 'no table has been read',
  'tableError.oneColumn': 'the table has one column: it needs a feature column and a label column',
  'tableError.noFeature': 'choose at least one feature column',
  'tableError.noColumn':
    'column {column, number, ::group-off} does not exist (the table has {width, number, ::group-off})',
  'tableError.noColumnNamed': 'no column "{name}" (the columns: {known})',
  'tableError.labelFeature': 'the label column "{name}" cannot also be a feature',
  'tableError.fewRows':
    'only {count, plural, one {# row} other {# rows}} can be used ({dropped, number, ::group-off} have a missing or non-numeric value); at least {min, number, ::group-off} are needed',
  'tableError.manyRows':
    '{count, number, ::group-off} rows; at most {max, number, ::group-off} train here',
  'tableError.inputs':
    'the features make {inputs, number, ::group-off} inputs (categories one-hot); at most {max, number, ::group-off}',
  'tableError.constant':
    'every feature is constant over the rows used: there is nothing to learn from',
  'tableError.oneClass': 'the label column "{name}" has one class only ({value})',
  'tableError.binaryClasses':
    'the label column "{name}" has {count, number, ::group-off} classes; a binary task needs 2',
  'tableError.manyClasses':
    'the label column "{name}" has {count, number} classes; at most {max, number}',
  'tableData.line':
    '{name}: {used, number} of {total, number} rows used{dropped}; {inputs, plural, one {# input} other {# inputs}}; {classes}',
  'tableData.dropped':
    ' ({count, number} dropped for a missing or non-numeric value: {count, plural, one {line} other {lines}} {lines}{more, select, yes {, …} other {}})',
  'tableData.regression': 'regression',
  'tableData.classes': '{task, select, binary {binary} other {multiclass}}: {classes}',
  'rows.fewest': 'A table needs at least {min, number} rows.',
  'rows.batch':
    'Rows cannot be removed: with {rows, number, ::group-off} rows, {train, number, ::group-off} would train, fewer than the batch of {batch, number, ::group-off}. Lower the batch size first.',
  'ownData.noStorage': 'this browser keeps nothing for the page (private window or storage off)',
  'ownData.tooLarge':
    '{size, number, ::group-off} MB of rows is more than the {max, number, ::group-off} MB this page keeps on the device',
  'ownData.refused': 'the browser refused to store them ({error})',
  'ownData.forgotten': 'you asked this device to forget them',
  'worker.silent':
    'has not answered for {seconds, number, ::group-off} s: busy with a very long step, or gone',
  'worker.noReason': 'the training worker stopped',
  'app.keptLink':
    'Your setup is in the page’s link: reloading the page starts again from it (the run itself starts over).',
} as const;
