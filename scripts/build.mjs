// Bundles src/ into dist/: one small entry, one chunk per command, so a command loads only what it uses.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';

// Build beside dist/ and swap it in, so tests running from dist/ never see a half-written bundle.
const tmp = `dist.${process.pid}.tmp`;
await build({
  entryPoints: ['src/cli.ts'],
  outdir: tmp,
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // ink and React are loaded only by the review screen; they stay in node_modules.
  external: ['ink', 'react', 'react/*', '@inkjs/ui', 'ink-testing-library'],
  banner: { js: "import { createRequire as __ttRequire } from 'node:module'; const require = __ttRequire(import.meta.url);" },
  logLevel: 'warning',
});
rmSync(`${tmp}.old`, { recursive: true, force: true });
try {
  renameSync('dist', `${tmp}.old`);
} catch {
  /* first build */
}
renameSync(tmp, 'dist');
rmSync(`${tmp}.old`, { recursive: true, force: true });
