// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noRawText, TRANSLATED } from './eslint/noRawText.js';

/**
 * The architecture, one entry per source folder: the folders it may import (`may`), and those it
 * may import types from only (`types`); every other folder is forbidden. README.md draws the same
 * map. Type imports vanish from the bundles, so the page (ui, state) can share the protocol's and
 * the description's types without the engine ever reaching its bundle.
 */
const LAYERS = {
  math: { may: [], why: 'Exact elementary functions import nothing.' },
  engine: { may: ['math'], why: 'The engine imports nothing but math.' },
  experiment: {
    may: ['math', 'i18n'],
    types: ['engine'],
    why: 'The description is data in, data out: the page imports it, so it runs no engine code.',
  },
  i18n: {
    may: [],
    why: 'The catalogs and their formatter stand alone: the page reads them, nothing else does.',
  },
  claims: {
    may: ['math', 'experiment', 'i18n'],
    types: ['engine'],
    why: 'The claims are descriptions too (setups, criteria, verdicts from numbers): the page imports them.',
  },
  tables: {
    may: ['math', 'experiment', 'i18n'],
    types: ['protocol'],
    why: 'Tables become a description’s data by its rules; the page and the command line read them alike.',
  },
  page: {
    may: ['math', 'experiment', 'i18n'],
    why: 'The page’s own pure logic (the tour, code export, summaries): only the page imports it.',
  },
  data: { may: ['math', 'engine', 'experiment'], why: 'Data builds datasets for runs.' },
  calls: {
    may: [],
    types: ['protocol'],
    why: 'Calls between threads carry messages; they know nothing of what the messages mean.',
  },
  run: {
    may: ['math', 'engine', 'data', 'experiment', 'claims'],
    why: 'The run part trains and measures; only workers and the command line import it.',
  },
  protocol: {
    may: [],
    types: ['experiment', 'tables', 'run'],
    why: 'The protocol is plain data types.',
  },
  worker: {
    may: ['protocol', 'run', 'experiment', 'tables', 'calls', 'claims'],
    why: 'Workers reach the engine and data only through the run part.',
  },
  state: {
    may: ['protocol', 'experiment', 'tables', 'calls', 'claims', 'i18n'],
    why: 'The page talks to the engine only through a worker.',
  },
  serviceWorker: {
    may: [],
    why: 'The service worker stands alone: the browser runs it apart from the page, and before it.',
  },
  ui: {
    may: ['state', 'protocol', 'experiment', 'tables', 'page', 'claims', 'i18n'],
    why: 'The page talks to the engine only through a worker.',
  },
};
const FOLDERS = Object.keys(LAYERS);
/** The D3 modules the page draws with (d3-dsv, which reads tables, is everyone's). */
const D3_PAGE = ['d3-array', 'd3-color', 'd3-interpolate', 'd3-scale'];
/** Packages only the page may use. */
const PAGE_PACKAGES = ['react', 'react-dom', 'react-dom/client', ...D3_PAGE, 'zustand'];

/** The import rule of one folder (or of main.tsx, which may import the page's folders). */
function layerRule(folder, { may, types = [], why }, packages = PAGE_PACKAGES) {
  const forbidden = FOLDERS.filter((f) => f !== folder && !may.includes(f) && !types.includes(f));
  const group = (f) => [`**/${f}`, `**/${f}/**`];
  const message = `${why} (the layout in README.md)`;
  // `import()` is an import too, and always of values: forbidden for every folder not in `may`.
  const dynamic = [...forbidden, ...types].map((f) => ({
    selector: `ImportExpression[source.value=/(^|\\/)${f}(\\/|$)/]`,
    message,
  }));
  return {
    'no-restricted-syntax': [
      'error',
      ...dynamic,
      ...packages.map((name) => ({
        selector: `ImportExpression[source.value='${name}']`,
        message,
      })),
    ],
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: packages.map((name) => ({ name, message })),
        patterns: [
          ...forbidden.map((f) => ({ group: group(f), message })),
          ...types.map((f) => ({
            group: group(f),
            allowTypeImports: true,
            message: `${message}: types only (import type)`,
          })),
        ],
      },
    ],
  };
}

/** Rule sets joined; the entries of a rule both set (no-restricted-syntax) are concatenated. */
function merged(...sets) {
  const out = {};
  for (const set of sets)
    for (const [rule, value] of Object.entries(set))
      out[rule] =
        Array.isArray(out[rule]) && Array.isArray(value)
          ? [...out[rule], ...value.slice(1)]
          : value;
  return out;
}

/**
 * Training code draws randomness from the seeded generator and computes elementary functions with
 * src/math/elementary.ts: Math.exp, Math.log, Math.tanh… differ in the last bit between JavaScript
 * engines, which would make the browser and the command line give different numbers.
 */
const ENGINE_DEPENDENT = [
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'tanh',
  'sinh',
  'cosh',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'pow',
  'cbrt',
  'hypot',
];
const noMathRandom = {
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: 'Use the seeded Random of src/engine/random.ts.',
    },
    ...ENGINE_DEPENDENT.map((property) => ({
      object: 'Math',
      property,
      message: 'Not bit-identical across JavaScript engines: use src/math/elementary.ts.',
    })),
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
      message:
        '`**` is Math.pow, not bit-identical across engines: multiply, or use pow from src/math/elementary.ts.',
    },
  ],
};

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', '.vitest-results', '.scratch'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['scripts/**', 'tests/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/ui/**', 'src/state/**', 'src/main.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/ui/**', 'src/state/**', 'src/main.tsx'],
    languageOptions: { globals: globals.browser },
  },
  // The architecture (LAYERS above), and the exact-arithmetic rule for code computing numbers.
  ...[
    'math',
    'engine',
    'experiment',
    'tables',
    'page',
    'claims',
    'i18n',
    'data',
    'run',
    'worker',
    'serviceWorker',
    'calls',
  ].map((folder) => ({
    files: [`src/${folder}/**`],
    rules: merged(layerRule(folder, LAYERS[folder]), noMathRandom),
  })),
  {
    files: ['src/protocol/**'],
    rules: merged(layerRule('protocol', LAYERS.protocol), {
      // Types only: no values, functions or classes travel in the protocol.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Program > :matches(VariableDeclaration, FunctionDeclaration, ClassDeclaration)',
          message: 'The protocol holds types only.',
        },
        {
          selector:
            'ExportNamedDeclaration > :matches(VariableDeclaration, FunctionDeclaration, ClassDeclaration)',
          message: 'The protocol holds types only.',
        },
      ],
    }),
  },
  {
    files: ['src/state/**'],
    rules: layerRule('state', LAYERS.state, ['react', 'react-dom', ...D3_PAGE]),
  },
  { files: ['src/ui/**'], rules: layerRule('ui', LAYERS.ui, []) },
  // Translated files take their words from the catalogs (see eslint/noRawText.js).
  {
    files: TRANSLATED,
    plugins: { lab: { rules: { 'no-raw-text': noRawText } } },
    rules: { 'lab/no-raw-text': 'error' },
  },
  {
    files: ['src/main.tsx'],
    rules: layerRule(
      '',
      {
        may: ['ui', 'state', 'protocol', 'experiment', 'tables', 'page', 'i18n'],
        why: LAYERS.ui.why,
      },
      [],
    ),
  },
);
