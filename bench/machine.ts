import { execFileSync } from 'node:child_process';
import os from 'node:os';

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Where and on what the figures were taken, for the results' `meta`. */
export interface MachineMeta {
  readonly date: string;
  readonly node: string;
  readonly platform: string;
  readonly cpu_model: string;
  readonly cores: number;
  readonly memory_gb: number;
  readonly git_sha: string | null;
  /** Uncommitted changes to tracked files: the figures are of the working tree, not of `git_sha`. */
  readonly git_dirty: boolean | null;
}

export function machineMeta(): MachineMeta {
  const cpus = os.cpus();
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu_model: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    git_sha: git(['rev-parse', '--short', 'HEAD']),
    git_dirty: status === null ? null : status !== '',
  };
}

/** 1-minute load average: other work on the machine makes the latency figures noisy. */
export const loadAverage = (): number => Math.round(os.loadavg()[0]! * 100) / 100;
