/**
 * The script-tag (CDN) build: `cdn/flywheel.js` registers every element; `cdn/fw-partner-directory.js`
 * registers the directory (and what it needs) alone. ES modules, minified; each non-English locale is
 * a separate chunk loaded on demand. Prints each entry's initial cost (min+gzip, locale chunks excluded).
 */
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../cdn', import.meta.url));

export const ENTRIES = {
  flywheel: 'src/define.ts',
  'fw-partner-directory': 'src/partner-directory/fw-partner-directory.ts',
} as const;

export interface EntrySize {
  /** The entry and every chunk it imports statically (what a page downloads before anything renders). */
  files: string[];
  minBytes: number;
  gzipBytes: number;
}

async function buildEntry(name: string, entry: string): Promise<Rolldown.RolldownOutput> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // Explicitly `production` (not Vite's `development|production`, which follows NODE_ENV and would
    // pick Lit's dev build when this runs inside a test runner).
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        output: { chunkFileNames: `chunks/${name}-[name]-[hash].js` },
        // In the all-elements bundle the profile is imported statically too; its lazy import from the
        // directory only matters in the directory-alone bundle. Not worth a warning.
        onLog(level, log, handler) {
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
          handler(level, log);
        },
      },
    },
  });
  return (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
}

function initialSize(output: Rolldown.RolldownOutput, entryFile: string): EntrySize {
  const chunks = new Map(
    output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const files: string[] = [];
  const visit = (fileName: string) => {
    if (files.includes(fileName)) return;
    files.push(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entryFile);
  const bytes = files.map((file) => readFileSync(`${outDir}/${file}`));
  return {
    files,
    minBytes: bytes.reduce((sum, b) => sum + b.byteLength, 0),
    gzipBytes: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).byteLength, 0),
  };
}

/** Builds every entry into cdn/ and returns their initial sizes. */
export async function buildCdn(): Promise<Record<keyof typeof ENTRIES, EntrySize>> {
  rmSync(outDir, { recursive: true, force: true });
  const sizes = {} as Record<keyof typeof ENTRIES, EntrySize>;
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
    const output = await buildEntry(name, entry);
    sizes[name] = initialSize(output, `${name}.js`);
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await buildCdn();
  for (const [name, size] of Object.entries(sizes)) {
    console.log(
      `${name}.js: ${size.gzipBytes.toLocaleString('en')} B min+gzip (${size.minBytes.toLocaleString('en')} B min, ${size.files.length} files)`,
    );
  }
}
