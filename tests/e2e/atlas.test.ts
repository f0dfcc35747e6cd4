import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './browser.js';

describe('Atlas', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('colours the world map, and a click on a country opens its panel', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/atlas?actor=law_enforcement'));
    await page.getByRole('heading', { name: 'Coverage atlas' }).waitFor();
    const germany = page.locator('.geo-map path.shape[data-code="276"]');
    await germany.waitFor();
    expect(await germany.getAttribute('data-level')).not.toBe('no-data');
    await germany.click();
    const panel = page.getByRole('complementary', { name: 'Selected place' });
    await panel.getByRole('heading', { name: 'Germany', level: 2 }).waitFor();
    await panel.getByRole('heading', { name: /^Rules that apply \(\d+\)$/ }).waitFor();
    expect(await panel.locator('.level-badge').first().textContent()).toMatch(
      /Prohibited|Specific rules|General law only|Soft law only|No applicable rule/,
    );
    await panel.getByRole('heading', { name: 'Sources' }).waitFor();
    await panel.getByRole('heading', { name: 'Gaps here' }).waitFor();
    expect(page.url()).toContain('j=DE');
    await page.locator('.explanation').waitFor();
    await browser.shot('atlas');
  });

  it('draws the US states and explains a state’s biometric law', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/atlas?actor=private'));
    const illinois = page.locator('.geo-map path.shape[data-name="Illinois"]');
    await illinois.waitFor();
    await illinois.click();
    const panel = page.getByRole('complementary', { name: 'Selected place' });
    await panel.getByRole('heading', { name: 'Illinois', level: 2 }).waitFor();
    await panel
      .getByRole('link', { name: /Biometric Information Privacy Act/ })
      .first()
      .waitFor();
    await page.locator('.us-states').scrollIntoViewIfNeeded();
    await browser.shot('atlas-us-states');
  });

  it('keeps the date in the URL when the time slider moves', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/atlas'));
    const slider = page.getByRole('slider', { name: /Date/ });
    await slider.focus();
    await slider.press('Home');
    await page.waitForURL(/year=1990/);
    await page.getByText('Coverage of the use of Facial recognition, 31 Dec 1990').waitFor();
  });
});
