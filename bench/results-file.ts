import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * `bench/results/latest.json`: flat dotted metric names (`index.gzip_bytes_1500`) with numbers at the
 * top level, plus objects such as `meta` and `baseline`. Several benchmarks write into it, each owning
 * its own keys.
 */
export type ResultsFile = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Replaces the keys of `update` and keeps every other key of `existing`. Objects present in both
 * (`meta`, `baseline`) are merged one level deep the same way, so another benchmark's entries survive.
 */
export function mergeResults(existing: ResultsFile, update: ResultsFile): ResultsFile {
  const merged: ResultsFile = { ...existing };
  for (const [key, value] of Object.entries(update)) {
    const before = existing[key];
    merged[key] = isPlainObject(before) && isPlainObject(value) ? { ...before, ...value } : value;
  }
  return merged;
}

export function readResults(file: URL): ResultsFile {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // Never overwrite figures another benchmark wrote: make the reader fix or delete the file.
    throw new Error(`${file.pathname} is not valid JSON; fix or delete it.`, { cause: error });
  }
  if (!isPlainObject(parsed)) throw new Error(`${file.pathname} does not hold a JSON object.`);
  return parsed;
}

/** Merges `update` into the file and writes it atomically (a crash never leaves half a file). */
export function writeResults(file: URL, update: ResultsFile): ResultsFile {
  const merged = mergeResults(readResults(file), update);
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  const temporary = new URL(`${file.href}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(temporary, file);
  return sorted;
}
