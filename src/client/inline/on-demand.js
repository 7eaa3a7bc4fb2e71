// Loads what a page can do beyond reading only when a reader needs it, from the bundles that
// src/integrations/on-demand-bundles.mjs builds to stable addresses. Plain script, not bundled: one dynamic
// import() per feature, and no module loader or preload helper ships on every page.
(() => {
  const doc = document;
  const base = doc.documentElement.dataset.base;
  const loaded = {};
  const load = (name) => (loaded[name] ??= import(`${base}${name}.js`));

  // Search: the header control, a link to the search page, opens a dialog instead; so do Ctrl/Cmd-K and "/".
  const search = () => load('search/search');
  // If the search code cannot load (offline, or a dev server without a build), the search page still lists
  // every section.
  const open = () =>
    search().then(
      (bundle) => bundle.openSearchDialog(),
      () => location.assign(`${base}search/`),
    );
  const typing = (target) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  for (const link of doc.querySelectorAll('[data-search-open]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  }
  doc.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !typing(event.target))) {
      event.preventDefault();
      open();
    }
  });
  // A search result just followed: mark its words here. They were left in sessionStorage for this one load, not
  // in the address, and are removed at once so a reload or a later visit shows the page plain.
  let found = null;
  try {
    found = JSON.parse(sessionStorage.getItem('search-highlight') ?? 'null');
    sessionStorage.removeItem('search-highlight');
  } catch {
    // Storage refused or spoiled: no marks.
  }
  if (found && found.path === location.pathname && Array.isArray(found.words) && found.words.length) {
    search().then(
      (bundle) => bundle.highlightWords(found.words.map(String)),
      () => {},
    );
  }

  // Glossary terms: a plain click shows the definition beside the word. A click that asks for a new tab or
  // window follows the link, and so does any click when the definition cannot load.
  doc.addEventListener('click', (event) => {
    const term = event.target instanceof Element && event.target.closest('a.term');
    if (!term || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    load('enhance/terms')
      .then((bundle) => bundle.toggleTerm(term))
      .catch(() => location.assign(term.href));
  });

  // Figures: tooltips, arrow keys and "Copy link" arrive as the first chart comes near the screen.
  const charts = doc.querySelectorAll('[data-fig-chart]');
  if (charts.length) {
    const watch = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        watch.disconnect();
        // Should this fail, the charts stay as they are: complete, only without tooltips.
        load('enhance/figures').then(
          (bundle) => bundle.enhanceFigures(doc),
          () => {},
        );
      },
      { rootMargin: '100% 0px' },
    );
    for (const chart of charts) watch.observe(chart);
  }
})();
