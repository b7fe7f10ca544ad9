// Lint for the whole project. The block for src/core/ makes the pure core a fact: no I/O, no network,
// no GitHub, no clock or environment there.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https',
  'net', 'node:net', 'child_process', 'node:child_process', 'process', 'node:process',
  'os', 'node:os', 'dgram', 'node:dgram', 'worker_threads', 'node:worker_threads',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ioModules.map((name) => ({ name, message: 'src/core/ is pure: strings and data in, data out. Do I/O in src/main.ts or src/github/.' })),
        patterns: [
          { group: ['@actions/*', '@octokit/*', 'bottleneck', 'undici'], message: 'src/core/ never talks to GitHub or the runner: use src/github/ or src/main.ts.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/core/ reads no environment: take it as a parameter.' },
        { name: 'fetch', message: 'src/core/ makes no requests.' },
        { name: 'setTimeout', message: 'src/core/ has no clock.' },
        { name: 'console', message: 'src/core/ prints nothing: return diagnostics.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'src/core/ has no clock: take the time as a parameter.' },
        { object: 'Math', property: 'random', message: 'src/core/ is deterministic.' },
      ],
    },
  },
);
