// The layer rules of DEVELOPERS.md ("Where things live"), checked on the real import graph
// (TypeScript's resolver, type-only imports included). `npm run lint` runs it over src/;
// test/unit/conventions.test.ts proves a wrong import fails it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-stays-pure',
      comment: 'src/core runs in Node, the extension and the CLI alike: it imports no layer above it, no Node built-in and no DOM or browser library.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        path: [
          '^src/(page|ui|platform|extension|frame|node|cli)/',
          '^src/types/counterpoint-',
          'node_modules/(webextension-polyfill|preact|preact-render-to-string|@floating-ui|@mixmark-io|htmlparser2|happy-dom|marked)/',
        ],
      },
    },
    {
      name: 'core-no-node-builtins',
      comment: 'Reading files is src/node\'s job; src/core runs in the extension too.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'ui-takes-props',
      comment: 'src/ui views take data as props: no browser APIs, no platform, no entry points, no content-script side.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: ['^src/(platform|extension|page|frame|node|cli)/', '^src/types/counterpoint-', 'node_modules/webextension-polyfill/'] },
    },
    {
      name: 'page-renders-nothing',
      comment: 'The content script carries no UI code: the card frame draws the card.',
      severity: 'error',
      from: { path: '^src/page/' },
      to: { path: ['^src/(ui|extension|frame|cli|node)/', 'node_modules/(preact|preact-render-to-string)/'] },
    },
    {
      name: 'only-platform-knows-the-browser',
      comment: 'webextension-polyfill and the build\'s counterpoint:* modules are reached through src/platform only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(platform|types)/' },
      to: { path: ['node_modules/webextension-polyfill/', '^src/types/counterpoint-'] },
    },
    {
      name: 'src-is-self-contained',
      comment: 'Product code lives under src/: nothing there imports the scripts, the tests or the build.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['^scripts/', '^test/', '^build\\.mjs$'] },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other are one module in two files.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import the resolver cannot find is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'] },
    exclude: { path: '\\.generated\\.d\\.ts$' },
  },
};
