import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

// The folders of src/ show the flow (docs/architecture.md, "Layout"); these zones keep it so. Each
// zone names the files it guards (target) and what they may not import (from, except what `except`
// names, relative to `from`). npm libraries are never in a zone: core may use picomatch.
const top = readdirSync('src', { withFileTypes: true });
const everyFolderBut = (...keep) => top.filter((d) => !keep.includes(d.name.replace(/\.tsx?$/, ''))).map((d) => `./src/${d.name}`);
const boundaries = [
  { target: './src/core', from: './src', except: ['./core'], message: 'core/ is pure: it imports no other project folder.' },
  { target: './src/reconcile/rules', from: './src', except: ['./core', './reconcile/rules'], message: 'reconcile/rules/ are pure rules over core types only.' },
  { target: './src/report', from: './src', except: ['./core', './report'], message: 'report/ computes from core types only; its caller reads the store.' },
  { target: './src/store', from: './src', except: ['./core', './platform', './store'], message: 'store/ builds on core/ and platform/ only.' },
  { target: everyFolderBut('cli'), from: './src/commands', message: 'Only the command table (src/cli/) imports commands/.' },
];

// The timer commands' start-up path (dist/timers.cjs, bench target <= 1.5x `node -e 0`) must not
// load the heavy libraries. chrono-node is fine behind import() (only when a phrase is given), which
// this rule does not see; scripts/build.mjs also checks the whole bundle's import graph.
const TIMER_PATH = ['src/timers.ts', 'src/timers/**', 'src/cli/timers.ts', 'src/cli/program.ts', 'src/commands/{start,stop,status,continue,cancel}.ts'];
const heavyOnTimerPath = {
  paths: [
    { name: 'zod', message: 'Use zod/mini on the timer path: full zod costs start-up.' },
    { name: 'chrono-node', message: 'Load chrono-node with import() when a phrase is given.', allowTypeImports: true },
    { name: 'ical.js', message: 'Calendars are not read by timer commands.' },
    { name: 'ink', message: 'No UI library on the timer path.' },
    { name: 'react', message: 'No UI library on the timer path.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
      'import-x/no-duplicates': ['error', { 'prefer-inline': false }],
      // Every command shares one async signature in the command table, awaited or not.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaries }] },
  },
  {
    // Tests read tt's --json output as parsed JSON (any) on purpose: they assert on what a user sees;
    // the shapes themselves are checked against the schemas in docs/interface.md's tests.
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: TIMER_PATH, rules: { 'no-restricted-imports': ['error', heavyOnTimerPath] } },
);
