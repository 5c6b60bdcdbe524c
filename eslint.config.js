// typescript-eslint's recommended rules over the hand-written sources; generated code is not ours to lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const node = { process: 'readonly', console: 'readonly', require: 'readonly', module: 'readonly', Buffer: 'readonly' };

export default tseslint.config(
  { ignores: ['src/generated/**', 'sdk/src/generated/**', 'sdk/dist/**', 'node_modules/**', '.unison/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter or a destructured field left out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { globals: node } },
  // graphql-codegen loads plugins with require().
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests read GraphQL responses, which are untyped JSON.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
