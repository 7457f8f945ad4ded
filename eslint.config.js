// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'reports/', '.wmct/', 'test-results/', 'playwright-report/', 'blob-report/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    // Every attachment goes through redaction: src/fixtures/attach.ts is the one caller of testInfo.attach and testInfo.attachments.push.
    ignores: ['src/fixtures/attach.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='attach']",
          message:
            'Attach through attachRedacted (src/fixtures/attach.ts): every attachment must pass through redaction.',
        },
        {
          selector:
            "CallExpression[callee.property.name='push'][callee.object.property.name='attachments'][callee.object.object.name='testInfo']",
          message:
            'Attach through attachRedacted (src/fixtures/attach.ts): every attachment must pass through redaction.',
        },
        {
          selector: "ImportSpecifier[imported.name='attachment']",
          message:
            "Attach through attachRedacted (src/fixtures/attach.ts), not Allure's attachment(): every attachment must pass through redaction.",
        },
      ],
    },
  },
  {
    files: ['eslint.config.js', '.dependency-cruiser.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
