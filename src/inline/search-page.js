// Mounts search on the search page from the stable search bundle. If the bundle cannot load (offline, say),
// the page says so; the list of sections below it still works.
(() => {
  const root = document.querySelector('[data-search-page]');
  if (!root) return;
  import(`${document.documentElement.dataset.base}search/search.js`).then(
    (bundle) => bundle.mountSearch(root, { syncUrl: true, initialQuery: new URLSearchParams(location.search).get('q') ?? '' }).focus(),
    () => {
      root.querySelector('p').textContent = 'Search could not load: the connection may have dropped. Reload the page to try again. Every section is listed below.';
    },
  );
})();
