/**
 * Collects positional parameters while SQL is assembled: `params.add(value)` returns `$n`.
 * Several statements may share one collector; `bind` keeps only the parameters a statement uses and
 * renumbers them, because PostgreSQL refuses parameters it cannot infer a type for.
 */
export class SqlParams {
  private readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }

  bind(statement: string): { text: string; values: unknown[] } {
    const renumbered = new Map<number, number>();
    const values: unknown[] = [];
    const text = statement.replace(/\$(\d+)/g, (_, digits: string) => {
      const index = Number(digits);
      let next = renumbered.get(index);
      if (next === undefined) {
        values.push(this.values[index - 1]);
        next = values.length;
        renumbered.set(index, next);
      }
      return `$${next}`;
    });
    return { text, values };
  }
}
