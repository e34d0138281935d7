/** Messages between the benchmark runner and a server it runs in a child process (IPC, advanced serialization). */
export type ParentMessage = { type: 'start'; options: unknown } | { type: 'stop' };

export type ChildMessage =
  { type: 'ready'; url: string; info: Record<string, unknown> } | { type: 'failed'; error: string };

/** What a child entry starts: a listening server and how to close it. */
export interface ChildServerHandle {
  readonly url: string;
  /** Facts for the results' `meta` (e.g. how long seeding took). */
  readonly info: Record<string, unknown>;
  close(): Promise<void>;
}
