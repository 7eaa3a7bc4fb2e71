// A page fixture that fails the test on any console message or uncaught error: the console stays empty.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ quietPage: void }>({
  quietPage: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, 'the browser console should stay empty').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
