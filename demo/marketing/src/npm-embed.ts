/**
 * The npm way to embed the directory: import the elements into the app's own bundle, then configure
 * the provider from code — brand tokens through `appearance`, every widget event through `onEvent`.
 */
import '@flywheel/elements/define';
import type { Appearance } from '@flywheel/elements';

/** A teal brand, different from the script-tag page's default indigo. */
const appearance: Appearance = {
  colorPrimary: '#0f766e',
  colorOnPrimary: '#ffffff',
  colorFocusRing: '#0d9488',
  colorSurface: '#f0fdfa',
  colorBorder: '#99d5cc',
  borderRadius: '14px',
};

const MAX_ENTRIES = 60;

const provider = document.querySelector('fw-provider');
const log = document.querySelector<HTMLOListElement>('#event-log');
const clear = document.querySelector<HTMLButtonElement>('#event-log-clear');

/** One short line of an event's detail, for the log. */
function summarize(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  const text = JSON.stringify(detail);
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

function append(event: Event): void {
  if (!log) return;
  const item = document.createElement('li');
  item.className = 'event-log-entry';
  item.dataset.type = event.type;
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString('en-GB');
  const type = document.createElement('code');
  type.className = 'event-type';
  type.textContent = event.type;
  const detail = document.createElement('span');
  detail.className = 'event-detail';
  // Text only: event details carry API strings (partner names), never markup.
  detail.textContent = summarize((event as CustomEvent<unknown>).detail);
  item.append(time, type, detail);
  log.prepend(item);
  while (log.children.length > MAX_ENTRIES) log.lastElementChild?.remove();
}

if (provider) {
  provider.appearance = appearance;
  provider.onEvent = (event) => {
    append(event);
    // The place to forward to the host's own analytics, e.g. analytics.track(event.type, event.detail).
  };
}

clear?.addEventListener('click', () => {
  log?.replaceChildren();
});
