// @ts-check
/**
 * `lab/no-raw-text`: words a learner reads must come from the message catalogs (src/i18n/), so
 * every language shows them. Flags JSX text with a letter in it, and string literals (or template
 * literals) given to the attributes that carry words: labels, titles, hints, summaries and the
 * error boundary's sentences. Symbols, numbers and punctuation alone may stay in the markup.
 */
const WORD = /\p{L}[\p{L}\p{M}]+/u;
const WORD_ATTRIBUTES = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'summary',
  'what',
  'kept',
  'help',
  'hint',
  'legend',
  'caption',
]);

/** @type {import('eslint').Rule.RuleModule} */
export const noRawText = {
  meta: {
    type: 'problem',
    docs: { description: 'words in the page come from the message catalogs (src/i18n/)' },
    messages: {
      text: 'Words in JSX ("{{text}}"): put them in src/i18n/messages and use t.t(key).',
      attribute:
        'Words in the {{name}} attribute ("{{text}}"): put them in src/i18n/messages and use t.t(key).',
    },
    schema: [],
  },
  create(context) {
    /** @param {string} text */
    const short = (text) => text.trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      /** @param {any} node */
      JSXText(node) {
        if (WORD.test(node.value))
          context.report({ node, messageId: 'text', data: { text: short(node.value) } });
      },
      /** @param {any} node */
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!WORD_ATTRIBUTES.has(name) || !node.value) return;
        const value =
          node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        const text =
          value.type === 'Literal' && typeof value.value === 'string'
            ? value.value
            : value.type === 'TemplateLiteral'
              ? value.quasis.map((q) => q.value.cooked ?? '').join(' ')
              : '';
        if (WORD.test(text))
          context.report({ node, messageId: 'attribute', data: { name, text: short(text) } });
      },
    };
  },
};

/**
 * The files whose words all come from the catalogs so far; the rule holds them there. Every file
 * of src/ui/ joins as it is translated (issue 31), and then the list gives way to all of src/ui.
 */
export const TRANSLATED = [
  'src/ui/App.tsx',
  'src/ui/Transport.tsx',
  'src/ui/ViewTabs.tsx',
  'src/ui/TourButton.tsx',
  'src/ui/PresenterButton.tsx',
  'src/ui/Theme.tsx',
  'src/ui/language.tsx',
  'src/ui/StatusBar.tsx',
  'src/ui/Placement.tsx',
  'src/ui/PresetCards.tsx',
  'src/ui/SliderBands.tsx',
  'src/ui/DistributionPanel.tsx',
  'src/ui/Disclosure.tsx',
  'src/ui/ReplayBar.tsx',
  'src/ui/LossPanel.tsx',
  'src/ui/Lesson.tsx',
  'src/ui/Scoreboard.tsx',
  'src/ui/LessonPanel.tsx',
  'src/ui/Prediction.tsx',
  'src/ui/Tour.tsx',
  'src/ui/LayerRow.tsx',
  'src/ui/LayerReadout.tsx',
  'src/ui/StepReadout.tsx',
  'src/ui/DriftByLayer.tsx',
  'src/ui/BoundaryPanel.tsx',
  'src/ui/StepChart.tsx',
  'src/ui/Notices.tsx',
  'src/ui/FigureExports.tsx',
  'src/ui/ErrorBoundary.tsx',
  'src/ui/Term.tsx',
  'src/ui/SvgParts.tsx',
  'src/ui/OwnDataNote.tsx',
  'src/ui/FileDropZone.tsx',
  'src/ui/NetworkDiagram.tsx',
  'src/ui/SetupForm.tsx',
  'src/ui/ExperimentFile.tsx',
  'src/ui/Presenter.tsx',
  'src/ui/TableImport.tsx',
  'src/ui/CodeExport.tsx',
  'src/ui/PrintSheet.tsx',
  'src/ui/FigureOnePanel.tsx',
  'src/ui/TestTimePanel.tsx',
  'src/ui/TestTimeCharts.tsx',
  'src/ui/ParameterTable.tsx',
  'src/ui/WorkedBatchPanel.tsx',
  'src/ui/Explanations.tsx',
  'src/ui/OptimizationPanel.tsx',
  'src/ui/SweepPanel.tsx',
  'src/ui/SweepChart.tsx',
  'src/ui/SweepMap.tsx',
  'src/ui/DataGrid.tsx',
  'src/ui/TablePicker.tsx',
  'src/ui/ClaimsView.tsx',
  'src/ui/ClaimCard.tsx',
];
