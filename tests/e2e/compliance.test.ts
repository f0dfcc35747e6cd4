import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, openBrowser, type Browser } from './browser.js';

describe('Compliance check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1440, height: 1300 });
  });
  afterAll(async () => browser?.close());

  it('builds a footprint, runs the check, saves it, and prints the report', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/compliance'));
    const place = page.getByLabel('Place');
    await place.locator('option', { hasText: 'Nigeria' }).waitFor({ state: 'attached' });
    for (const name of ['France', 'Illinois (Subnational)', 'Nigeria']) {
      await place.selectOption({ label: name });
      await page.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await page.getByText('Illinois · Facial recognition · Use · Private actors').waitFor();
    await page.getByRole('button', { name: 'Run the check' }).click();
    const report = page.getByRole('article', { name: 'Compliance report' });
    await report.getByRole('heading', { name: 'Strictest common requirement' }).waitFor();
    await report.getByRole('heading', { name: /^Conflicts between places \(\d+\)$/ }).waitFor();
    await report.getByRole('heading', { name: /^Lines only soft law covers \(\d+\)$/ }).waitFor();
    expect(await report.locator('.report-item').count()).toBe(3);
    expect(page.url()).toContain('fp=');

    await page.getByLabel('Save as').fill('Three sites');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved “Three sites”.').waitFor();
    await page.reload();
    await page
      .getByText(/Three sites/)
      .first()
      .waitFor();
    await report.getByRole('heading', { name: 'Strictest common requirement' }).waitFor();
    await browser.shot('compliance');

    await page.getByRole('link', { name: 'Print view' }).click();
    await page.getByRole('heading', { name: 'Lacuna — compliance report' }).waitFor();
    await page.getByRole('heading', { name: 'Rules per line' }).waitFor();
    await browser.shot('compliance-print');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const pdf = join(SCREENSHOTS, 'compliance-report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(existsSync(pdf) && statSync(pdf).size).toBeGreaterThan(10_000);
  });
});
