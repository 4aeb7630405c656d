// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * The rules a reviewer would ask for: typed rules (no floating or misused promises), nothing
 * unused, type-only imports marked as such. Formatting is Prettier's (`npm run format`); which
 * folder may import which is dependency-cruiser's (`.dependency-cruiser.cjs`).
 */
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'docs/', 'test-output/', 'bot/channels/**/public/', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      eqeqeq: ['error', 'always'],
      // Ports implemented without awaiting anything (memory stores, the hub's status) stay async:
      // callers await them all the same way.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // `expect(obj.method)` is how jest checks a method was called; the test clients read JSON
    // off the wire as it comes, and assertions on it say what they expect.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
