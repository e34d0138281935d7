/** Whether two dependency lists hold the very same values (for memoized renders). */
export function sameDeps(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a?.length === b.length && a.every((value, i) => value === b[i]);
}
