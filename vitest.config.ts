import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest gives a CSS import as empty text unless it is listed here; src/styles/palette.ts reads global.css's.
    css: { include: [/src\/styles\/global\.css/] },
    include: ['src/**/*.test.ts'],
    // The content-error tests run real builds; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
