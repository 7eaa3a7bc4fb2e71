// Mounts search on the search page from the stable search bundle. If the bundle cannot load (offline, say),
// the page says so; the list of sections below it still works.
(() => {
  const root = document.querySelector('[data-search-page]');
  if (!root) return;
  // A shared ?q= link still searches, but the words leave the address bar at once, so they stay out of this
  // entry of the history from now on (the browser has already listed the address it was opened with).
  const query = new URLSearchParams(location.search).get('q') ?? '';
  if (query) history.replaceState(null, '', location.pathname);
  import(`${document.documentElement.dataset.base}search/search.js`).then(
    (bundle) => bundle.mountSearch(root, { initialQuery: query }).focus(),
    () => {
      // In the page's language, from the page (src/components/search/SearchPage.astro).
      root.querySelector('p').textContent = root.dataset.failed;
    },
  );
})();
