// Mounts search on the search page from the stable search bundle.
(() => {
  const root = document.querySelector('[data-search-page]');
  if (!root) return;
  import(`${document.documentElement.dataset.base}search/search.js`).then((bundle) =>
    bundle.mountSearch(root, { syncUrl: true, initialQuery: new URLSearchParams(location.search).get('q') ?? '' }).focus(),
  );
})();
