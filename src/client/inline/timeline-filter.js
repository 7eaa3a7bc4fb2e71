// Timeline theme filter: reading needs no JavaScript; with it, readers can show one theme at a time.
// The radios sit in a plain group, not a form: there is nothing to submit. The status sentences come in the
// page's language on the status element ({count}; {theme}, the words of the chosen label).
(() => {
  const filter = document.querySelector('[data-timeline-filter]');
  if (!filter) return;
  filter.hidden = false;
  const status = document.querySelector('[data-timeline-status]');
  const items = [...document.querySelectorAll('[data-themes]')];
  const say = (template, count, theme) => template.replace('{count}', String(count)).replace('{theme}', theme);
  filter.addEventListener('change', () => {
    const checked = filter.querySelector('input[name="theme"]:checked');
    const theme = checked?.value ?? 'all';
    let shown = 0;
    for (const item of items) {
      const match = theme === 'all' || item.dataset.themes.split(' ').includes(theme);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const year of document.querySelectorAll('[data-year]'))
      year.hidden = !year.querySelector('[data-themes]:not([hidden])');
    if (!status) return;
    const name = checked?.parentElement?.textContent?.trim() ?? theme;
    status.textContent = say((theme === 'all' ? status.dataset.all : status.dataset.theme) ?? '', shown, name);
  });
})();
