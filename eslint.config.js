import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // product code: page text is untrusted (tests may build hostile pages on purpose)
    files: ['lib/**', 'entrypoints/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is untrusted: never render it as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text is untrusted: never assign innerHTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Page text is untrusted: never assign outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text is untrusted: never insert HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'natural', message: 'Import natural by deep path (natural/lib/natural/...): its root pulls in database drivers and dotenv.' },
            { name: 'compromise', message: 'Import compromise/one, /two or /three, and only at build time.' },
          ],
        },
      ],
    },
  },
);
