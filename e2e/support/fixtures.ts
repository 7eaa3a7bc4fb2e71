// A page fixture that fails the test on any console message or uncaught error: the console stays empty.
// A test that expects a message (the 404 page logs its own status) lists it in `allowedConsole`.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ allowedConsole: RegExp[]; quietPage: void }>({
  allowedConsole: [[], { option: true }],
  quietPage: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = [];
      const note = (text: string) => {
        if (!allowedConsole.some((pattern) => pattern.test(text))) problems.push(text);
      };
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) note(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => note(`page error: ${error.message}`));
      await use();
      expect(problems, 'the browser console should stay empty').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
