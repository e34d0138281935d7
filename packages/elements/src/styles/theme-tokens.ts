import { css } from 'lit';

/**
 * System tokens as private properties (`--_*`) inside each widget's shadow root, derived from the
 * public brand tokens (`--fw-*`) with light defaults; `theme="dark"` (on the widget or the provider)
 * and `theme="auto"` switch the defaults. Every token has a fallback, so a widget renders correctly
 * with no provider and no global stylesheet. Default colours meet WCAG 2.2 AA in both themes.
 */
const light = css`
  --_primary: var(--fw-color-primary, #4338ca);
  --_on-primary: var(--fw-color-on-primary, #ffffff);
  --_background: var(--fw-color-background, #ffffff);
  --_surface: var(--fw-color-surface, #f8fafc);
  --_text: var(--fw-color-text, #111827);
  --_text-muted: var(--fw-color-text-muted, #4b5563);
  --_border: var(--fw-color-border, #d1d5db);
  --_danger: var(--fw-color-danger, #b91c1c);
  --_success: var(--fw-color-success, #15803d);
  --_focus-ring: var(--fw-color-focus-ring, #2563eb);
`;

const dark = css`
  --_primary: var(--fw-color-primary, #a5b4fc);
  --_on-primary: var(--fw-color-on-primary, #111827);
  --_background: var(--fw-color-background, #111827);
  --_surface: var(--fw-color-surface, #1f2937);
  --_text: var(--fw-color-text, #f9fafb);
  --_text-muted: var(--fw-color-text-muted, #d1d5db);
  --_border: var(--fw-color-border, #4b5563);
  --_danger: var(--fw-color-danger, #fca5a5);
  --_success: var(--fw-color-success, #86efac);
  --_focus-ring: var(--fw-color-focus-ring, #93c5fd);
`;

export const themeTokens = css`
  :host {
    ${light}
    --_font-family: var(--fw-font-family, inherit);
    --_font-size: var(--fw-font-size-base, 1rem);
    --_radius: var(--fw-border-radius, 0.5rem);
    --_space: var(--fw-spacing-unit, 0.25rem);
  }
  :host([data-theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([data-theme='auto']) {
      ${dark}
    }
  }
`;

/**
 * A predictable box inside any host page. Page CSS cannot reach into the shadow root, but a page rule
 * such as \`* { line-height: 3 }\` does match the host element itself and would be inherited from it;
 * so the inherited typography is reset on each widget's top-level wrapper (\`.base\`), not on :host.
 * The page's font family is inherited by default (\`--fw-font-family\` changes it).
 */
export const hostReset = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }
`;
