/**
 * Story helpers: elements are built with the DOM (attributes and properties, as a host page would),
 * and play functions reach into the widgets' open shadow roots.
 */
import { waitFor } from 'storybook/test';
import type { DealStoryApi } from './deal-story-api.js';
import type { StoryApi } from './story-api.js';

/** What records the widgets' `fw-*` events: a story API or a deal story API. */
interface EventLog {
  readonly events: readonly Event[];
}

type Attribute = string | number | boolean | undefined | null;

/** Creates `tag` with attributes (`true` → present, `false`/empty → absent) and properties. */
export function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, Attribute>> = {},
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== undefined && value !== null && value !== '')
      element.setAttribute(name, String(value));
  }
  Object.assign(element, properties);
  return element;
}

/** The first `tag` in the story's canvas. */
export function widget<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
): HTMLElementTagNameMap[K] {
  const element = canvasElement.querySelector(tag);
  if (!element) throw new Error(`No <${tag}> in the story`);
  return element;
}

/** Every element matching `selector` in the widget's shadow root. */
export function shadowAll(host: Element, selector: string): HTMLElement[] {
  return [...(host.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/**
 * The element matching `selector` in the widget's shadow root, or null. With `type`, it must be an
 * instance of it (`shadow(el, '[part="search-input"]', HTMLInputElement)`).
 */
export function shadow(host: Element, selector: string): HTMLElement | null;
export function shadow<T extends Element>(
  host: Element,
  selector: string,
  type: abstract new () => T,
): T | null;
export function shadow(
  host: Element,
  selector: string,
  type: abstract new () => Element = HTMLElement,
): Element | null {
  const found = host.shadowRoot?.querySelector(selector) ?? null;
  if (found === null || found instanceof type) return found;
  throw new TypeError(`${selector} in <${host.localName}> is not a ${type.name}`);
}

/** Waits until `selector` matches in the widget's shadow root, and returns it. */
export function findInShadow(host: Element, selector: string, timeout = 10_000): Promise<HTMLElement> {
  return waitFor(
    () => {
      const found = shadow(host, selector);
      if (!found) throw new Error(`<${host.localName}> shows no ${selector}`);
      return found;
    },
    { timeout },
  );
}

/** Text without surrounding and repeated white space. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Code points of the digit zero in the scripts the locales may number in (Latin, Arabic-Indic…). */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0xff10];

/**
 * The number in a localized text ("1,408 partners", "1.408 Partner", "١٬٤٠٨ شريكًا"): its decimal
 * digits, in any of those scripts, read in order; NaN when there are none.
 */
export function readNumber(value: string): number {
  let digits = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) digits += String(code - zero);
  }
  return digits ? Number(digits) : Number.NaN;
}

/** The story API the loader made for this render (see .storybook/preview.ts). */
export function storyApiOf(context: { loaded: Record<string, unknown> }): StoryApi {
  const api = context.loaded.storyApi as StoryApi | undefined;
  if (!api) throw new Error('No story API: is the preview loader configured?');
  return api;
}

/** The deal story API the loader made for this render (stories with `parameters.dealApi`). */
export function dealApiOf(context: { loaded: Record<string, unknown> }): DealStoryApi {
  const api = context.loaded.dealApi as DealStoryApi | undefined;
  if (!api) throw new Error('No deal story API: does the story set parameters.dealApi?');
  return api;
}

/** The `fw-*` events of one type the widgets sent so far. */
export function eventsOf(api: EventLog, type: string): Event[] {
  return api.events.filter((event) => event.type === type);
}

/** The details of the `fw-*` events of one type the widgets sent so far. */
export function detailsOf(api: EventLog, type: string): unknown[] {
  return eventsOf(api, type).map((event) => (event as Event & { detail?: unknown }).detail);
}

/** Retries `check` until it passes (testing-library's waitFor, with a timeout fit for big catalogs). */
export function eventually<T>(check: () => T | Promise<T>, timeout = 10_000): Promise<T> {
  return waitFor(check, { timeout });
}

/** The toolbar locale a story renders in. */
export function localeOf(context: { globals: Record<string, unknown> }): string {
  return typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
}
