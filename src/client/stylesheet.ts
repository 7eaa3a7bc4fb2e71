// Stylesheets of the on-demand bundles (src/integrations/on-demand-bundles.mjs) are linked when their code
// first runs, so a normal page view never carries them.
const linked = new Map<string, Promise<void>>();

/** Links the stylesheet once; resolves when it has loaded (or failed: the content still works unstyled). */
export function linkStylesheet(url: string): Promise<void> {
  let ready = linked.get(url);
  if (!ready) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    ready = new Promise((resolve) => {
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => resolve());
    });
    document.head.append(link);
    linked.set(url, ready);
  }
  return ready;
}
