// Flat ESLint config: the recommended JavaScript and TypeScript rules, the Astro plugin for .astro files, and no warnings allowed
// (`npm run lint` passes --max-warnings 0). Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'src/env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Code under src/client/ runs in readers' browsers: Node's globals there would be a bug, so lint says so.
  { files: ['src/client/**'], languageOptions: { globals: { ...globals.browser } } },
  { ignores: ['src/client/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    rules: {
      // An argument or binding named with a leading underscore is unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
