/**
 * What the directory benchmark has started (servers, the browser) and must stop, last started first.
 * `run` is safe to call twice (a signal during the normal cleanup) and never throws: a step that
 * fails is reported and the others still run.
 */
export class Cleanup {
  private readonly steps: (() => Promise<void>)[] = [];
  private running: Promise<void> | undefined;

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step();
        } catch (error) {
          console.error('[bench] cleanup step failed:', error);
          process.exitCode = 1;
        }
      }
    })();
    return this.running;
  }
}
