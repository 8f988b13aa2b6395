// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Forbids imports of the named source folders (relative paths) and packages. */
function forbid(folders, packages = [], why = '') {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.map((name) => ({ name, message: why })),
        patterns: folders.map((folder) => ({
          group: [`**/${folder}`, `**/${folder}/**`],
          message: `${why} (see the layout in README.md)`,
        })),
      },
    ],
  };
}

/**
 * Training code draws randomness from the seeded generator and computes elementary functions with
 * src/engine/elementary.ts: Math.exp, Math.log, Math.tanh… differ in the last bit between JavaScript
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
      message: 'Not bit-identical across JavaScript engines: use src/engine/elementary.ts.',
    })),
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
      message:
        '`**` is Math.pow, not bit-identical across engines: multiply, or use pow from src/engine/elementary.ts.',
    },
  ],
};

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', '.vitest-results'] },
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
  // The dependency direction: ui → state → protocol ← worker → experiment → data → engine.
  {
    files: ['src/engine/**'],
    rules: {
      ...forbid(
        ['data', 'experiment', 'protocol', 'worker', 'state', 'ui'],
        ['react', 'react-dom', 'd3', 'zustand'],
        'The engine imports nothing.',
      ),
      ...noMathRandom,
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      ...forbid(
        ['experiment', 'protocol', 'worker', 'state', 'ui'],
        ['react', 'zustand'],
        'Data imports only the engine.',
      ),
      ...noMathRandom,
    },
  },
  {
    files: ['src/experiment/**'],
    rules: {
      ...forbid(
        ['protocol', 'worker', 'state', 'ui'],
        ['react', 'zustand'],
        'Experiment code runs headless.',
      ),
      ...noMathRandom,
    },
  },
  {
    files: ['src/protocol/**'],
    rules: forbid(
      ['engine', 'data', 'worker', 'state', 'ui'],
      [],
      'The protocol is plain data types.',
    ),
  },
  {
    files: ['src/worker/**'],
    rules: {
      ...forbid(['state', 'ui'], ['react', 'zustand'], 'Workers never touch the page.'),
      ...noMathRandom,
    },
  },
  {
    files: ['src/ui/**', 'src/state/**', 'src/main.tsx'],
    rules: forbid(['engine', 'worker'], [], 'The page talks to the engine only through a worker.'),
  },
);
