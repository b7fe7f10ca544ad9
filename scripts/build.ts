// Bundles src/ into the committed dist/index.js (one ESM file for node24, with a source map).
import { build } from 'esbuild';

const started = performance.now();
await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require() for node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
console.log(`built dist/index.js in ${Math.round(performance.now() - started)} ms`);
