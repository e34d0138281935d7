/**
 * The script-tag (CDN) build: `cdn/flywheel.js` registers every element; `cdn/fw-partner-directory.js`
 * registers the directory (and what it needs) alone. ES modules, minified; each non-English locale is
 * a separate chunk loaded on demand, and so are the parts a widget needs only later (search engine,
 * response validation, the profile). Prints each entry's cost, first and on demand (min+gzip).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { minifyCssTemplates } from './minify-css-templates.js';
import { minifyHtmlTemplates } from './minify-html-templates.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../cdn', import.meta.url));

export const ENTRIES = {
  flywheel: 'src/define.ts',
  'fw-partner-directory': 'src/partner-directory/fw-partner-directory.ts',
  'fw-deal-form': 'src/deal-form/fw-deal-form.ts',
  'fw-deal-list': 'src/deal-list/fw-deal-list.ts',
} as const;

export interface ChunkSet {
  files: string[];
  minBytes: number;
  gzipBytes: number;
}

export interface EntrySize extends ChunkSet {
  /**
   * The entry and every chunk it imports statically: what a page downloads before anything renders
   * (`files`, `minBytes`, `gzipBytes` above). Then `onDemand`: every chunk reachable through dynamic
   * imports except the locale catalogs (search engine, response validation, profile…), fetched when
   * first needed — for the directory, while its index downloads.
   */
  onDemand: ChunkSet;
  /** Initial plus on-demand: everything but the locale catalogs. */
  totalGzipBytes: number;
  /**
   * Per dynamically imported module (`deal-form-view`, `directory-search`…): the chunks that load
   * when it is first used and that nothing loaded before needs — its own cost on top of what the
   * page already has.
   */
  lazy: Record<string, ChunkSet>;
}

async function buildEntry(name: string, entry: string): Promise<Rolldown.RolldownOutput> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [minifyCssTemplates(), minifyHtmlTemplates()],
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
        // The entry may export more than its own bindings, so the chunks it loads later import shared
        // code from it instead of from an extra shared chunk (one file less before the first render).
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: `chunks/${name}-[name]-[hash].js`,
          // Vite's library mode leaves whitespace in ES output (to keep /* @__PURE__ */ annotations
          // for a consumer's tree-shaking). These files are served as they are, never re-bundled:
          // minify fully and drop every comment (third-party licences: cdn/THIRD-PARTY-LICENSES.txt).
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
        },
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

const LOCALE_CHUNK = /-(?:de|fr|es|ja|pt-BR|ar)-[\w-]+\.js$/;

function measure(files: string[]): ChunkSet {
  const bytes = files.map((file) => readFileSync(`${outDir}/${file}`));
  return {
    files,
    minBytes: bytes.reduce((sum, b) => sum + b.byteLength, 0),
    gzipBytes: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).byteLength, 0),
  };
}

function entrySize(output: Rolldown.RolldownOutput, entryFile: string): EntrySize {
  const chunks = new Map(
    output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const closure = (roots: string[], dynamic: boolean): string[] => {
    const files: string[] = [];
    const visit = (fileName: string) => {
      if (files.includes(fileName)) return;
      files.push(fileName);
      const chunk = chunks.get(fileName);
      for (const imported of chunk?.imports ?? []) visit(imported);
      if (dynamic) for (const imported of chunk?.dynamicImports ?? []) visit(imported);
    };
    for (const root of roots) visit(root);
    return files;
  };
  const initial = closure([entryFile], false);
  const everything = closure([entryFile], true).filter((file) => !LOCALE_CHUNK.test(file));
  const onDemand = measure(everything.filter((file) => !initial.includes(file)));
  const first = measure(initial);
  const lazy: Record<string, ChunkSet> = {};
  for (const chunk of chunks.values()) {
    if (!chunk.isDynamicEntry || !chunk.facadeModuleId || LOCALE_CHUNK.test(chunk.fileName)) continue;
    const name = chunk.facadeModuleId.replace(/^.*\//, '').replace(/\.ts$/, '');
    lazy[name] = measure(closure([chunk.fileName], false).filter((file) => !initial.includes(file)));
  }
  return { ...first, onDemand, totalGzipBytes: first.gzipBytes + onDemand.gzipBytes, lazy };
}

/** Builds every entry into cdn/ and returns their initial sizes. */
/** The npm packages (name → directory) whose code a build bundled. */
function bundledPackages(output: Rolldown.RolldownOutput, into: Map<string, string>): void {
  for (const chunk of output.output) {
    if (chunk.type !== 'chunk') continue;
    for (const id of Object.keys(chunk.modules)) {
      const match = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id);
      if (match) into.set(match[2]!, match[1]!);
    }
  }
}

/** The minified files carry no comments, so the licences of what they bundle are kept beside them. */
function writeLicences(packages: Map<string, string>): void {
  const sections = [...packages]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, dir]) => {
      const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt']
        .map((f) => `${dir}/${f}`)
        .find((f) => existsSync(f));
      const { version } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { version: string };
      return `${name}@${version}\n\n${file ? readFileSync(file, 'utf8').trim() : '(no licence file found)'}`;
    });
  writeFileSync(
    `${outDir}/THIRD-PARTY-LICENSES.txt`,
    `Third-party code bundled into the files of this folder.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
  );
}

export async function buildCdn(): Promise<Record<keyof typeof ENTRIES, EntrySize>> {
  rmSync(outDir, { recursive: true, force: true });
  const sizes = {} as Record<keyof typeof ENTRIES, EntrySize>;
  const packages = new Map<string, string>();
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
    const output = await buildEntry(name, entry);
    bundledPackages(output, packages);
    sizes[name] = entrySize(output, `${name}.js`);
  }
  writeLicences(packages);
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await buildCdn();
  for (const [name, size] of Object.entries(sizes)) {
    console.log(
      `${name}.js: ${size.gzipBytes.toLocaleString('en')} B min+gzip first (${size.minBytes.toLocaleString('en')} B min, ${size.files.length} files); ` +
        `+ ${size.onDemand.gzipBytes.toLocaleString('en')} B on demand (${size.onDemand.files.length} files); ` +
        `${size.totalGzipBytes.toLocaleString('en')} B in all`,
    );
  }
}
