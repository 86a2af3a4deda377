// ESLint flat config (run by `npm run lint`, part of `npm test`): type-aware rules over src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Spreading an array into call arguments puts every element on the stack: past roughly 100k
 * elements `Math.max(...xs)` or `out.push(...rows)` throws a RangeError. Loop instead.
 */
const noSpreadIntoCalls = [
  {
    selector: 'CallExpression > SpreadElement.arguments',
    message:
      'Do not spread into call arguments (an unbounded array overflows the stack): loop, or use a helper that takes the array.',
  },
  {
    selector: 'NewExpression > SpreadElement.arguments',
    message:
      'Do not spread into constructor arguments (an unbounded array overflows the stack): loop instead.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'docs/**', 'test/package/.tmp/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/explicit-function-return-type': [
        'error',
        {
          allowExpressions: true,
          allowTypedFunctionExpressions: true,
          allowHigherOrderFunctions: true,
          allowDirectConstAssertionInArrowFunctions: true,
          allowIIFEs: true,
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noSpreadIntoCalls],
    },
  },
);
