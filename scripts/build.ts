// Bundles src/ into the committed dist/: index.js (the action) and cli.js (the local preview), ESM for
// node24, with source maps.
import { build } from 'esbuild';

const started = performance.now();
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
} as const;
// Some bundled CommonJS dependencies call require() for node built-ins.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
await Promise.all([
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', banner: { js: requireShim } }),
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${requireShim}` } }),
]);
console.log(`built dist/index.js and dist/cli.js in ${Math.round(performance.now() - started)} ms`);
