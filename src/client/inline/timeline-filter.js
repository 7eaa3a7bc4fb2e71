// Timeline theme filter: reading needs no JavaScript; with it, readers can show one theme at a time.
// The radios sit in a plain group, not a form: there is nothing to submit.
(() => {
  const filter = document.querySelector('[data-timeline-filter]');
  if (!filter) return;
  filter.hidden = false;
  const status = document.querySelector('[data-timeline-status]');
  const items = [...document.querySelectorAll('[data-themes]')];
  filter.addEventListener('change', () => {
    const theme = filter.querySelector('input[name="theme"]:checked')?.value ?? 'all';
    let shown = 0;
    for (const item of items) {
      const match = theme === 'all' || item.dataset.themes.split(' ').includes(theme);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const year of document.querySelectorAll('[data-year]'))
      year.hidden = !year.querySelector('[data-themes]:not([hidden])');
    if (status)
      status.textContent =
        theme === 'all' ? `Showing all ${shown} milestones.` : `Showing ${shown} milestones about ${theme}.`;
  });
})();
