// Layers of the source tree, checked by `npm run lint:deps` (part of `npm run lint`, so of `npm test`).
/** Dependency types of npm packages, and of those plus node built-ins. */
const PACKAGES = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'];
const PACKAGES_AND_BUILTINS = [...PACKAGES, 'core'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'No import cycles anywhere in src/.', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'analysis-is-self-contained',
      severity: 'error',
      comment: 'The engine imports nothing outside src/analysis: no packages, no node built-ins.',
      from: { path: '^src/analysis/' },
      to: { pathNot: '^src/analysis/' },
    },
    {
      name: 'verification-only-analysis',
      severity: 'error',
      comment: 'verification/ (fact-checkers\' marks, pure) imports only analysis/ (and itself).',
      from: { path: '^src/verification/' },
      to: { path: '^src/', pathNot: '^src/(analysis|verification)/' },
    },
    {
      name: 'verification-no-packages',
      severity: 'error',
      comment: 'verification/ uses no packages; only its atomic file writer (for the CLI) uses node built-ins.',
      from: { path: '^src/verification/', pathNot: '^src/verification/atomic-write\\.ts$' },
      to: { dependencyTypes: PACKAGES_AND_BUILTINS },
    },
    {
      name: 'engine-service-only-analysis',
      severity: 'error',
      comment: 'engine-service/ (the engine behind messages, for workers) imports only analysis/ and presentation/, and no packages or built-ins.',
      from: { path: '^src/engine-service/' },
      to: { pathNot: '^src/(analysis|presentation|engine-service)/' },
    },
    {
      name: 'engine-worker-only-engine-service',
      severity: 'error',
      comment: 'engine-worker/ (worker entry points) imports only engine-service/, itself, and the node built-ins a worker thread needs (worker_threads; fs, os and path to lower its own priority).',
      from: { path: '^src/engine-worker/' },
      to: { pathNot: '^(src/engine-service/|src/engine-worker/|(node:)?(worker_threads|fs|os|path)$)' },
    },
    { name: 'workspace-only-analysis', severity: 'error', comment: 'workspace/ imports only analysis/ and verification/ (and itself).', from: { path: '^src/workspace/' }, to: { path: '^src/', pathNot: '^src/(analysis|verification|workspace)/' } },
    { name: 'workspace-no-packages', severity: 'error', comment: 'workspace/ uses no packages (vscode included).', from: { path: '^src/workspace/' }, to: { dependencyTypes: PACKAGES_AND_BUILTINS } },
    { name: 'presentation-only-engine-layers', severity: 'error', comment: 'presentation/ (what editors show: hover markdown, shown diagnostics, outline, tokens, hints, navigation; pure) imports only analysis/, verification/ and workspace/ (and itself).', from: { path: '^src/presentation/' }, to: { path: '^src/', pathNot: '^src/(analysis|verification|workspace|presentation)/' } },
    { name: 'presentation-no-packages', severity: 'error', comment: 'presentation/ uses no packages and no node built-ins (vscode included).', from: { path: '^src/presentation/' }, to: { dependencyTypes: PACKAGES_AND_BUILTINS } },
    { name: 'lsp-only-engine-and-presentation', severity: 'error', comment: 'lsp/ (the language server) imports only analysis/, verification/, workspace/, presentation/ (and itself); never features/.', from: { path: '^src/lsp/' }, to: { path: '^src/', pathNot: '^src/(analysis|verification|workspace|presentation|lsp)/' } },
    { name: 'lsp-only-lsp-packages', severity: 'error', comment: 'lsp/ uses only the language server packages and node built-ins.', from: { path: '^src/lsp/' }, to: { dependencyTypes: PACKAGES, pathNot: 'node_modules/vscode-(languageserver|languageserver-textdocument|languageserver-protocol|languageserver-types|jsonrpc)/' } },
    { name: 'cli-only-analysis-and-workspace', severity: 'error', comment: 'cli/ imports only analysis/, verification/, workspace/ and lsp/ (the --lsp mode) (and itself).', from: { path: '^src/cli/' }, to: { path: '^src/', pathNot: '^src/(analysis|verification|workspace|lsp|cli)/' } },
    { name: 'features-never-cli', severity: 'error', comment: 'features/ never imports the command-line tool or the language server.', from: { path: '^src/features/' }, to: { path: '^src/(cli|lsp)/' } },
    { name: 'src-not-test-or-scripts', severity: 'error', from: { path: '^src/' }, to: { path: '^(test|scripts)/' } },
    { name: 'vscode-only-in-features', severity: 'error', comment: 'Only src/features and src/extension*.ts may import vscode.', from: { path: '^src/', pathNot: '^src/(features/|extension(\\.node|\\.web)?\\.ts$)' }, to: { path: '^vscode$|node_modules/@types/vscode' } },
    // The browser bundle (src/extension.web.ts) must reach no Node built-in: in the editor's layer
    // only the desktop platform uses them, and only the desktop entry imports it.
    {
      name: 'editor-no-node-built-ins',
      severity: 'error',
      comment: 'features/ and the entries use no Node built-in, except the desktop platform (features/platform-node.ts) and its engine worker thread (features/engine-port-node.ts).',
      from: { path: '^src/(features/|extension)', pathNot: '^src/features/(platform-node|engine-port-node)\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    { name: 'node-platform-only-from-node-entry', severity: 'error', comment: 'Only src/extension.node.ts picks the desktop platform.', from: { pathNot: '^src/extension\\.node\\.ts$' }, to: { path: '^src/features/platform-node\\.ts$' } },
    { name: 'node-engine-port-only-from-node-platform', severity: 'error', comment: 'Only the desktop platform starts the engine in a worker thread.', from: { pathNot: '^src/features/platform-node\\.ts$' }, to: { path: '^src/features/engine-port-node\\.ts$' } },
    { name: 'atomic-write-only-for-cli', severity: 'error', comment: 'verification/atomic-write.ts (node:fs) is for the command line; the editor writes through workspace.fs.', from: { path: '^src/', pathNot: '^src/cli/' }, to: { path: '^src/verification/atomic-write\\.ts$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/analysis/lexicon/generated/' },
  },
};
