import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './browser.js';

describe('Matrix', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('opens a cell’s explanation', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/matrix?actor=law_enforcement'));
    const cell = page.getByRole('button', { name: /^France — Facial recognition: / });
    await cell.click();
    const panel = page.getByRole('complementary', { name: 'Cell explanation' });
    await panel.getByRole('heading', { name: 'France — Facial recognition' }).waitFor();
    await panel.getByRole('heading', { name: /^Rules that apply \(\d+\)$/ }).waitFor();
    expect(page.url()).toMatch(/cell=FR(~|%7E)facial_recognition/);
    await browser.shot('matrix');
  });

  it('sorts by gaps, and back returns to the previous order', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/matrix'));
    const firstRow = page.locator('.heatmap tbody th').first();
    await firstRow.waitFor();
    const before = await firstRow.textContent();
    await page.getByRole('button', { name: 'Gaps', exact: true }).click();
    await page.waitForURL(/sort=gaps/);
    await page.locator('th[aria-sort="descending"]', { hasText: 'Gaps' }).waitFor();
    const counts = (await page.locator('.heatmap tbody .heatmap-count').allTextContents()).map(Number);
    expect(counts.slice(0, 20)).toEqual([...counts.slice(0, 20)].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...counts));
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('sort=gaps'));
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Jurisdiction' }).waitFor();
    expect(await firstRow.textContent()).toBe(before);
  });

  it('filters by region, which narrows the subregions', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/matrix'));
    await page.getByLabel('Region', { exact: true }).selectOption('Africa');
    await page.waitForURL(/region=Africa/);
    // The subregions come with the region's matrix: wait for them rather than read them once.
    const subregions = () => page.getByLabel('Subregion', { exact: true }).locator('option').allTextContents();
    await expect.poll(subregions, { timeout: 10_000 }).not.toContain('Western Europe');
    expect(await subregions()).toContain('Western Africa');
    await page.locator('.heatmap tbody th', { hasText: 'Nigeria' }).waitFor();
    expect(await page.locator('.heatmap tbody th', { hasText: 'France' }).count()).toBe(0);
  });
});
