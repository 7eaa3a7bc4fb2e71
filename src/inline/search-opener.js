// Plain script, not bundled: the search bundle has a stable address (src/integrations/search-bundle.mjs),
// so opening search costs one dynamic import and no loader ships on every page.
(() => {
  const control = document.querySelector('[data-search-open]');
  if (!control) return;
  const load = () => import(control.dataset.searchBundle);
  const open = () => load().then((bundle) => bundle.openSearchDialog());
  const typing = (target) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  for (const link of document.querySelectorAll('[data-search-open]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  }
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !typing(event.target))) {
      event.preventDefault();
      open();
    }
  });
  if (new URLSearchParams(location.search).has('highlight')) load().then((bundle) => bundle.highlightFromUrl());
})();
