/**
 * The vanilla directory's page: the same layout as `<fw-partner-directory>` (toolbar, a filter column
 * left empty, the card grid), the same card markup (`render-partner-card.ts`) and the same card styles
 * (`partner-card.styles.ts`, tokens resolved to their light defaults), written as plain CSS in the
 * document. Keep them in step with the element's, or the ratio compares different pages.
 */
const STYLES = `
  html, body { margin: 0; }
  body { font-family: system-ui, sans-serif; color: #111827; line-height: 1.5; }
  *, *::before, *::after { box-sizing: border-box; }
  .directory { display: block; min-height: 100vh; }
  .base { display: flex; flex-direction: column; gap: 16px; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
  .search { flex: 1 1 18rem; }
  .search input, .sort { width: 100%; min-height: 2.75rem; padding: 0 12px; background: #fff;
    border: 1px solid #d1d5db; border-radius: 0.5rem; }
  .sort { width: auto; }
  .sort-label { display: flex; gap: 8px; align-items: center; color: #4b5563; }
  .count { margin: 0; color: #4b5563; font-variant-numeric: tabular-nums; }
  .layout { display: grid; grid-template-columns: minmax(13rem, 16rem) minmax(0, 1fr); gap: 24px;
    align-items: start; }
  .list { position: relative; contain: layout style; }
  .facets { contain: layout style; }
  .window { display: grid; gap: 16px; will-change: transform; }
  .window > .card { min-width: 0; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
  .card { display: flex; flex-direction: column; gap: 8px; height: 15rem; padding: 16px;
    overflow: hidden; background: #fff; border: 1px solid #d1d5db; border-radius: 0.5rem;
    position: relative; contain: layout paint style; }
  .card:focus-within { border-color: #4338ca; }
  .card-head { display: flex; gap: 12px; align-items: center; min-width: 0; }
  .logo { flex: none; width: 3rem; height: 3rem; }
  .logo img, .monogram { width: 3rem; height: 3rem; border-radius: 0.375rem; }
  .monogram { display: grid; place-items: center; background: #f8fafc; color: #4b5563;
    font-weight: 600; }
  .monogram[hidden] { display: none; }
  .card-title { min-width: 0; }
  .name { margin: 0; font-size: 1.05em; line-height: 1.3; }
  .card-link { all: unset; box-sizing: border-box; cursor: pointer; color: #111827; font-weight: 600; display: -webkit-box;
    -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere; }
  .card-link::after { content: ''; position: absolute; inset: 0; }
  .card-link:focus-visible { outline: none; }
  .card:has(.card-link:focus-visible) { outline: 2px solid #2563eb; outline-offset: 2px; }
  .card-link:hover { color: #4338ca; text-decoration: underline; }
  .meta { margin: 0; color: #4b5563; font-size: 0.875em; white-space: nowrap; overflow: hidden;
    text-overflow: ellipsis; }
  .meta > span + span { margin-inline-start: 6px; }
  .tier { font-weight: 600; }
  .summary { margin: 0; color: #111827; font-size: 0.925em; display: -webkit-box; -webkit-line-clamp: 3;
    -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere; }
  .tags { display: flex; flex-wrap: nowrap; gap: 6px; margin: 0; padding: 0; list-style: none;
    overflow: hidden; }
  .tag { flex: none; padding: 0 8px; border-radius: 999px; background: #f8fafc; color: #4b5563;
    font-size: 0.8em; white-space: nowrap; }
  .card-footer { margin: auto 0 0; display: flex; gap: 12px; align-items: center; color: #4b5563;
    font-size: 0.85em; white-space: nowrap; overflow: hidden; }
  .place { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
  .rating { flex: none; }
  .badge { flex: none; margin-inline-start: auto; padding: 0 8px; border-radius: 999px; background: #4338ca;
    color: #fff; font-weight: 600; }
`;

const CARD_TEMPLATE = `<template id="card"><div class="card" role="listitem">
  <div class="card-head">
    <div class="logo" aria-hidden="true"><img alt="" width="48" height="48" loading="lazy" decoding="async"
      /><span class="monogram"></span></div>
    <div class="card-title">
      <h3 class="name"><button type="button" class="card-link"><span dir="auto"></span></button></h3>
      <p class="meta"><span class="tier"></span> <span aria-hidden="true">·</span> <span class="type"></span></p>
    </div>
  </div>
  <p class="summary" dir="auto"></p>
  <ul class="tags"></ul>
  <p class="card-footer"><span class="place"></span></p>
</div></template>`;

const SORTS = ['Featured', 'Name', 'Tier', 'Rating', 'Newest'];

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export interface VanillaPageOptions {
  readonly apiBase: string;
  readonly publishableKey: string;
  readonly script: string;
  /** Which partners each keystroke shows: the SDK's search (the floor) or a substring scan (see the script). */
  readonly search: 'engine' | 'substring';
  /** The engine's shuffle seed: the element page's `seed`, so both show the same order. */
  readonly seed: number;
}

export function vanillaPage(options: VanillaPageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vanilla directory (bench floor)</title>
<style>${STYLES}</style>
<script type="module" src="${attribute(options.script)}"></script>
</head>
<body>
<div class="directory" data-vanilla-directory data-api-base="${attribute(options.apiBase)}"
  data-publishable-key="${attribute(options.publishableKey)}" data-search="${options.search}"
  data-seed="${options.seed}">
  <div class="base" role="region" aria-label="Partner directory">
    <div class="toolbar">
      <div class="search" role="search"><label class="visually-hidden" for="q">Search partners</label
        ><input id="q" part="search-input" type="search" autocomplete="off" spellcheck="false" maxlength="200"
          placeholder="Search by name, expertise or industry"></div>
      <p class="count" part="count"></p>
      <label class="sort-label"><span>Sort by</span><select class="sort">${SORTS.map(
        (sort) => `<option>${sort}</option>`,
      ).join('')}</select></label>
    </div>
    <div class="layout">
      <aside class="facets" aria-label="Filters"></aside>
      <section class="results"><div class="list" role="list"><div class="window"></div></div></section>
    </div>
  </div>
  ${CARD_TEMPLATE}
</div>
</body>
</html>
`;
}
