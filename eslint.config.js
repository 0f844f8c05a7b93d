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
      parserOptions: { projectService: true },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, '@eslint-community/eslint-comments': comments },
    rules: {
      // A promise nobody awaits loses its rejection: await it, return it, or `void` it on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a void callback is expected (a listener) drops its rejection too.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
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
  {
    // src/core runs in Node and the CLI too; the import rules are dependency-cruiser's, these are the globals.
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...['document', 'window', 'browser', 'chrome', 'navigator', 'location', 'localStorage', 'sessionStorage'].map((name) => ({ name, message: 'src/core is pure: no DOM and no browser APIs.' }))],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-globals': ['error', ...['browser', 'chrome'].map((name) => ({ name, message: 'src/ui views take data as props: browser APIs belong in src/platform.' }))],
    },
  },
  {
    // Plain JavaScript is outside tsconfig.json; tsconfig.eslint.json gives it types to lint with.
    files: ['*.js', '*.mjs', '*.cjs', 'bin/*.mjs', 'scripts/*.mjs'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.eslint.json' } },
  },
  {
    // In tests and tooling a wrong `x!` throws at once and fails the run, which is what a check would do.
    files: ['test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
