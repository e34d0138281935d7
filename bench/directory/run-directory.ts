import { loadAverage, machineMeta } from '../machine.js';
import { writeResults } from '../results-file.js';
import type { BenchSettings } from '../settings.js';
import { renderBudgetTable } from './budget-table.js';
import { Cleanup } from './cleanup.js';
import { runDirectoryBench, type DirectoryBenchOptions } from './directory-bench.js';
import { directoryBenchMeta, directoryMetrics, directoryTableRows } from './directory-results.js';

/**
 * Full runs: 120 measured keystrokes at 1× and 60 at 4× (slowed keystrokes take several times as
 * long) and 3 cold loads per page; `--quick`: 60 at each rate and 1 cold load.
 */
export function directoryOptions(settings: BenchSettings): DirectoryBenchOptions {
  return {
    partners: 10_000,
    seed: 42,
    coldLoads: settings.quick ? 1 : 3,
    conditions: [
      { cpuRate: 1, rounds: settings.quick ? 1 : 2 },
      { cpuRate: 4, rounds: 1 },
    ],
    keyGapMs: 80,
    burstPauseMs: 500,
    settleMs: 1500,
  };
}

/**
 * `pnpm bench` (directory part): runs the browser benchmark, merges its keys into `resultsFile` and
 * prints them beside their budgets. On Ctrl-C it stops the browser and the servers and removes the
 * temp dirs before exiting.
 */
export async function runDirectoryPart(settings: BenchSettings, resultsFile: URL): Promise<void> {
  const machine = machineMeta();
  const loadAtStart = loadAverage();
  const started = performance.now();
  const step = (message: string) => {
    console.log(`  · [${Math.round((performance.now() - started) / 1000)} s] ${message}`);
  };
  const cleanup = new Cleanup();
  const interrupted = () => {
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    console.log('Directory in Chromium: <fw-partner-directory> and a vanilla-DOM floor, 10,000 partners');
    const outcome = await runDirectoryBench(directoryOptions(settings), cleanup, step);
    await cleanup.run();
    const seconds = Math.round((performance.now() - started) / 1000);
    const metrics = directoryMetrics(outcome);
    writeResults(resultsFile, {
      ...metrics,
      meta: {
        ...machine,
        directory_bench: directoryBenchMeta(outcome, {
          date: machine.date,
          seconds,
          loadAverage: { at_start: loadAtStart, at_end: loadAverage() },
          quick: settings.quick,
        }),
      },
    });
    console.log(`\n${renderBudgetTable(directoryTableRows(metrics, outcome))}\n`);
    console.log(
      `Merged the directory figures into ${resultsFile.pathname} in ${seconds} s ` +
        `(${outcome.chromium.product}; keystrokes per condition: ` +
        `${outcome.element.typing.map((run) => `${run.samples.length} at ${run.cpuRate}×`).join(', ')}; load average ${loadAtStart} → ${loadAverage()} on ${machine.cores} cores` +
        `${settings.quick ? '; --quick: few samples' : ''}).`,
    );
  } finally {
    await cleanup.run();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}
