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

/** The files the rule holds: every component of the page (their words come from the catalogs). */
export const TRANSLATED = ['src/ui/**/*.tsx'];
