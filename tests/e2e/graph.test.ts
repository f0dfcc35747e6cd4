import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './browser.js';

describe('Graph explorer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  const nodeCount = async () => Number(await browser.page.locator('.graph-canvas').getAttribute('data-nodes'));

  it('finds an entity, expands a neighbour quickly, and filters by type', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/graph'));
    await page.getByLabel('Find an entity').fill('France');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: /^France/ })
      .first()
      .click();
    await page.waitForURL(/focus=FR/);
    await page.locator('.graph-canvas[data-nodes]').waitFor();
    await page.waitForFunction(() => Number(document.querySelector('.graph-canvas')?.getAttribute('data-nodes')) > 3);
    await page.getByText(/laid out in \d+ ms/).waitFor();
    const before = await nodeCount();

    await page.getByText(/^Nodes in view/).click();
    await page.getByRole('button', { name: 'European Union', exact: true }).click();
    await page.getByRole('heading', { name: 'European Union' }).waitFor();
    const started = Date.now();
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('.graph-canvas')?.getAttribute('data-nodes')) > n,
      before,
    );
    await page.getByRole('button', { name: 'Neighbours shown' }).waitFor();
    const elapsed = Date.now() - started;
    expect(await nodeCount()).toBeGreaterThan(before);
    expect(elapsed).toBeLessThan(3000);
    expect(page.url()).toMatch(/open=FR(,|%2C)EU/);
    await page.waitForTimeout(0);
    await browser.shot('graph');

    const sources = page.getByRole('checkbox', { name: /^Source/ });
    await sources.click();
    await page.waitForURL(/hide=Source/);
    // The URL changes before React re-renders the box: wait for the state, do not read it once.
    await expect.poll(() => sources.isChecked(), { timeout: 5000 }).toBe(false);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('hide='));
    await expect.poll(() => sources.isChecked(), { timeout: 5000 }).toBe(true);
  });

  it('draws the explanation path of a coverage answer', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/graph?focus=DE&path=DE~facial_recognition~use~law_enforcement'));
    await page.getByRole('heading', { name: 'Why the rules apply here' }).waitFor();
    await page.getByText(/laid out in \d+ ms/).waitFor();
    await browser.shot('graph-path');
  });
});
