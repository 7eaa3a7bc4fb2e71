import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './e2e/support/browser.mjs';
import { basePathFromEnv } from './src/lib/base-path.mjs';

// The test script picks a free port and a Chromium, then exports them; see e2e/support/.
const port = Number(process.env.PORT ?? 4391);
const base = basePathFromEnv();
const executablePath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two workers match the two cores of the CI machine.
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: {
    // Serves the already-built dist/; Playwright starts it and stops it by its process.
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
