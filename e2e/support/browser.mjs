// Launch flags for the system Chromium: sandboxing needs privileges CI does not have, and the
// background-networking flags stop Chromium phoning home on a machine with no network. Plain JavaScript,
// so the tests (playwright.config.ts) and the benchmark scripts share one list.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
