// Launch flags for the system Chromium: sandboxing needs privileges CI does not have, and the
// background-networking flags stop Chromium phoning home on a machine with no network.
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
