import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './browser.js';

describe('French', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('switches the whole interface, and entity names, to French in place', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/atlas?tech=spyware'));
    await page.getByRole('heading', { name: 'Coverage atlas' }).waitFor();
    await page.getByRole('link', { name: /Français/ }).click();
    await page.waitForURL(/\/fr\/atlas\?tech=spyware/);
    await page.getByRole('heading', { name: 'Atlas de la couverture' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const nav = page.getByRole('navigation', { name: 'Vues' });
    expect(await nav.textContent()).toContain('Matrice');
    await page.getByRole('button', { name: /^Allemagne/ }).waitFor();
    expect(await page.getByLabel('Technologie').locator('option:checked').textContent()).toMatch(/Logiciels? espions?/);
    await browser.shot('atlas-fr');

    await nav.getByRole('link', { name: 'Lacunes' }).click();
    await page.getByRole('heading', { name: 'Lacunes, par priorité' }).waitFor();
    await page.getByRole('group', { name: 'Pondération des priorités' }).waitFor();
    await page.goto(browser.url('/fr/instrument/eu-gdpr'));
    await page.getByRole('heading', { name: 'Règlement général sur la protection des données', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'S’applique en' }).waitFor();
    await browser.shot('entity-fr');
  });
});
