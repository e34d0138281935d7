/**
 * Builds the marketing site into demo/marketing/dist/: `npm.html` and its module (which imports
 * `@flywheel/elements` like an app installed from npm) through Vite's JS API; `index.html` (the
 * script-tag page, which loads `/cdn/flywheel.js`) and `public/` are copied as they are.
 */
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';

export const MARKETING_DIR = fileURLToPath(new URL('./marketing/', import.meta.url));
export const MARKETING_DIST = fileURLToPath(new URL('./marketing/dist/', import.meta.url));

export async function buildMarketing(): Promise<void> {
  await build({
    root: MARKETING_DIR,
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    base: '/',
    publicDir: 'public',
    // The workspace's TypeScript sources (package exports' `source` condition), not a prior build.
    // The elements' experimental decorators come from packages/elements/tsconfig.json, which Vite
    // reads for the files in that package.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      outDir: MARKETING_DIST,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // A module preload polyfill would be one more script; every browser that runs the widgets has it.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: { npm: `${MARKETING_DIR}npm.html` },
        onLog(level, log, handler) {
          // `define` registers every element, so the directory's lazy import of the profile is
          // already in the bundle: expected for this entry, not worth a warning on every start.
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
          handler(level, log);
        },
      },
    },
  });
  copyFileSync(`${MARKETING_DIR}index.html`, `${MARKETING_DIST}index.html`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildMarketing();
  console.log(`Built ${MARKETING_DIST}`);
}
