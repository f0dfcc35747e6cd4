import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './browser.js';

describe('Gaps', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  const topIds = async () => {
    const { page } = browser;
    return page
      .locator('.gap-table tbody tr')
      .evaluateAll((rows) => rows.slice(0, 8).map((r) => r.getAttribute('data-gap')));
  };

  it('re-ranks when a weight changes, with each factor shown', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/gaps?kinds=OBLIGATION'));
    await page.locator('.gap-table tbody tr').first().waitFor();
    await page.locator('.factor-bars').first().waitFor();
    const before = await topIds();
    expect(before.length).toBeGreaterThan(1);
    const risk = page.getByRole('slider', { name: /Technology risk/ });
    await risk.focus();
    await risk.press('Home');
    await page.waitForURL(/w=risk(:|%3A)0/);
    await page.waitForFunction(
      (previous) =>
        JSON.stringify(
          [...document.querySelectorAll('.gap-table tbody tr')].slice(0, 8).map((r) => r.getAttribute('data-gap')),
        ) !== previous && !document.querySelector('.stale'),
      JSON.stringify(before),
    );
    expect(await topIds()).not.toEqual(before);
    await browser.shot('gaps');
  });

  it('exports the filtered list as CSV', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/gaps?kinds=EXPORT'));
    await page.locator('.gap-table tbody tr').first().waitFor();
    const total = Number(
      (await page.getByRole('status').filter({ hasText: /gaps$/ }).textContent())?.replace(/\D/g, ''),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(path, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^rank,score,kind,/);
    expect(lines.length - 1).toBe(total);
    expect(lines.slice(1).every((line) => line.split(',')[2] === 'EXPORT')).toBe(true);
  });
});
