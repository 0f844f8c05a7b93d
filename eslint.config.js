// ESLint: a small, strict set of rules that catch real bugs, type-aware (typescript-eslint).
// `npm run lint` runs it with --max-warnings 0 after web-ext lint; the layer rules are
// dependency-cruiser's (.dependency-cruiser.cjs), not ESLint's.
import comments from '@eslint-community/eslint-plugin-eslint-comments';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'node_modules/**', 'src/core/factbase/validators.generated.js', 'test/fixtures/**'],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', '*.cjs', 'scripts/*.mjs'] } },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, '@eslint-community/eslint-comments': comments },
    rules: {
      // A promise nobody awaits loses its rejection: await it, return it, or `void` it on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a void callback is expected (a listener) drops its rejection too.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' }],
      // `x!` only with `// eslint-disable-next-line … -- why it cannot be undefined here`.
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      // An empty block, catch included, says nothing about why nothing is done.
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-unsafe-finally': 'error',
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
);
