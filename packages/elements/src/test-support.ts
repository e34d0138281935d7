// Helpers shared by the element tests (not part of the package's exports).
import { waitUntil } from '@open-wc/testing';

let config: { apiBase: string } | undefined;

/** The reference server the test runner started (web-test-runner.config.mjs). */
export async function testApiBase(): Promise<string> {
  config ??= (await (await fetch('/__flywheel__/config.json')).json()) as { apiBase: string };
  return config.apiBase;
}

/** Counts requests the page makes to the API from now on. */
export function countApiRequests(apiBase: string): { count: () => number; stop: () => void } {
  const start = performance.getEntriesByType('resource').length;
  const seen = () =>
    performance
      .getEntriesByType('resource')
      .slice(start)
      .filter((entry) => entry.name.startsWith(apiBase)).length;
  return { count: seen, stop: () => undefined };
}

/** Waits until `selector` matches inside the element's shadow root, and returns it. */
export async function shadowQuery<T extends Element>(
  host: Element,
  selector: string,
  timeout = 15000,
): Promise<T> {
  await waitUntil(() => host.shadowRoot?.querySelector(selector), `no ${selector}`, { timeout });
  return host.shadowRoot!.querySelector<T>(selector)!;
}

/** Types into an input as a person would: one input event per character. */
export function typeInto(input: HTMLInputElement, text: string): void {
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}
