import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ESBUILD = fileURLToPath(new URL('../../node_modules/.bin/esbuild', import.meta.url));

/**
 * Bundles browser-side TypeScript (the in-page harness, the vanilla directory) with the workspace's
 * esbuild binary and returns the code. `iife` for a script injected with `addInitScript`, `esm` for a
 * page's module script. Type-only imports (contract types) are erased. Workspace packages resolve
 * to their TypeScript sources (the `source` export condition), so no package build is needed; the
 * vanilla floor pulls in the SDK's directory search this way.
 */
export async function bundleForBrowser(entry: URL, format: 'iife' | 'esm'): Promise<string> {
  const { stdout } = await promisify(execFile)(
    ESBUILD,
    [
      fileURLToPath(entry),
      '--bundle',
      `--format=${format}`,
      '--target=es2022',
      '--conditions=source',
      '--log-level=warning',
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}
