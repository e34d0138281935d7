// The language switcher: `?lang=de` sets the locale of every <fw-provider> on the page and marks
// the current link. A file of its own, because the page's CSP allows no inline scripts. It runs
// before the elements are defined, so the widgets start in the chosen language.
const SUPPORTED = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'];

const requested = (new URLSearchParams(location.search).get('lang') ?? '').toLowerCase();
const lang = SUPPORTED.find((tag) => tag.toLowerCase() === requested) ?? 'en';

for (const provider of document.querySelectorAll('fw-provider')) provider.setAttribute('locale', lang);

for (const link of document.querySelectorAll('a[data-lang]')) {
  if (link.dataset.lang === lang) link.setAttribute('aria-current', 'true');
  else link.removeAttribute('aria-current');
}

// Switching language keeps what the visitor was looking at (search, filters, open profile).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-lang]') : null;
  if (!(link instanceof HTMLAnchorElement) || !link.dataset.lang) return;
  const url = new URL(location.href);
  url.searchParams.set('lang', link.dataset.lang);
  link.href = url.href;
});
