// The warning signs are where a worried reader looks for them: linked from the guide's actions, from the
// "If you suspect trafficking" advice and from the not-found page, with every number a tap away and read
// from content/help-lines.yml, and with anchors that are recorded as permanent.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures';

const path = 'human-trafficking/recognizing-the-signs/';
const lines = (
  parse(readFileSync('content/help-lines.yml', 'utf8')) as {
    lines: { id: string; phone?: { dial: string; display: string }; text?: { dial: string; display: string } }[];
  }
).lines;
const line = (id: string) => lines.find((entry) => entry.id === id)!;

test("the discussion guide's action steps lead to the signs", async ({ page }) => {
  await page.goto('human-trafficking/discussion-guide/');
  await page
    .locator('.guide__steps')
    .getByRole('link', { name: /Recognizing the signs/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Recognizing the signs');
});

test('the "If you suspect trafficking" advice links to the signs', async ({ page }) => {
  await page.goto('human-trafficking/get-involved/');
  const advice = page.locator('h3#if-you-suspect-trafficking + ul');
  await advice.getByRole('link', { name: 'Recognizing the signs' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
});

test.describe('a mistyped address', () => {
  test.use({ allowedConsole: [/status of 404/] });
  test('offers the signs before the list of sections', async ({ page }) => {
    await page.goto('no-such-page/');
    const help = page.locator('main p', { hasText: 'Worried about someone?' });
    await help.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });
});

test('the signs page gives the hotline and the tip line as links a phone dials', async ({ page }) => {
  await page.goto(path);
  const body = page.locator('.section-body');
  const hotline = line('hotline');
  const tip = line('hsi-tip-line');
  await expect(body.locator(`a[href="tel:${hotline.phone!.dial}"]`)).toHaveText(hotline.phone!.display);
  await expect(body.locator(`a[href="sms:${hotline.text!.dial}"]`)).toHaveText(hotline.text!.display);
  await expect(body.locator(`a[href="tel:${tip.phone!.dial}"]`)).toHaveText(tip.phone!.display);
  await expect(body.locator(`a[href="tel:${line('emergency').phone!.dial}"]`).first()).toBeVisible();
  // Every number on the page is one of the file's: nothing typed into the prose by hand.
  const dialled = await body
    .locator('a[href^="tel:"], a[href^="sms:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/^(tel|sms):/, '')));
  const known = new Set(
    lines
      .flatMap((entry) => [entry.phone?.dial, entry.text?.dial, (entry as { tty?: { dial: string } }).tty?.dial])
      .filter(Boolean),
  );
  expect(dialled.filter((number) => !known.has(number))).toEqual([]);
});

test("the signs page groups each source's list under its own anchored heading, all recorded as permanent", async ({
  page,
}) => {
  await page.goto(path);
  const ids = await page.locator('.section-body :is(h2, h3)').evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(ids).toEqual(
    expect.arrayContaining([
      'homeland-securitys-indicators',
      'the-state-departments-red-flags',
      'the-hotlines-five-groups-of-signs',
      'what-to-do',
      'what-not-to-do',
    ]),
  );
  const manifest = JSON.parse(readFileSync('content/published.json', 'utf8')) as {
    pages: string[];
    anchors: Record<string, string[]>;
  };
  expect(manifest.pages).toContain(path);
  expect(
    ids.filter((id) => !(manifest.anchors[path] ?? []).includes(id)),
    'run `npm run build && npm run urls:record`',
  ).toEqual([]);
  // The hotline's list keeps its five groups as five subsections.
  const outline = await page
    .locator('.section-body :is(h2, h3)')
    .evaluateAll((nodes) => nodes.map((node) => `${node.tagName}#${node.id}`));
  const start = outline.indexOf('H2#the-hotlines-five-groups-of-signs');
  const end = outline.findIndex((entry, index) => index > start && entry.startsWith('H2'));
  expect(outline.slice(start + 1, end)).toHaveLength(5);
});
