// One lint configuration for all the TypeScript (npm test runs it: server/test/unit/lint/lint.test.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'media/**', 'scripts/**', 'test/**', '**/*.mjs', '**/*.cjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // The message catalogue takes arguments of many shapes (defineMessages<any>); keep `any` visible, not banned.
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      // Court documents use the ideographic space (U+3000) inside strings on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      // `[^\x00-\x7f]` (not ASCII) is how the code tells Chinese from English text.
      'no-control-regex': 'off',
      'max-len': ['warn', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreComments: true }],
    },
  },
  {
    // Tests load JSON and optional tools with require() where an import would be read at compile time.
    files: ['server/test/**/*.ts', 'client/src/test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
