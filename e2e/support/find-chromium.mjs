// Prints the path of a Chromium the browser tests can drive.
// Playwright cannot download its own browser on these machines, so we look for one that is already
// installed and, when running as root on Debian with none present, install Debian's package.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const candidates = [
  process.env.CHROMIUM_PATH,
  (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })(),
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

const found = () => candidates.find((path) => path && existsSync(path));

let path = found();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error('No Chromium found: installing Debian\'s "chromium" package (this happens once per machine)…');
    // apt's progress goes to stderr: stdout carries only the path, which the test script captures.
    const run = (args) =>
      execFileSync('apt-get', args, {
        stdio: ['ignore', 2, 2],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    run(['update', '-qq']);
    run(['install', '-y', '-qq', 'chromium']);
    path = found();
  }
}
if (!path) {
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Or let Playwright install its own: npx playwright install chromium\n' +
      '  Or point CHROMIUM_PATH at any Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log(path);
