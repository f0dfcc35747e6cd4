import { afterAll, beforeAll, describe, it } from 'vitest';
import { openBrowser, type Browser } from './browser.js';

describe('Entity pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('open by deep link for each kind, with relationships and sources', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/entity/FR'));
    await page.waitForURL(/\/en\/jurisdiction\/FR$/);
    await page.getByRole('heading', { name: 'France', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Instruments that apply here \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    await browser.shot('entity-jurisdiction');

    await page.goto(browser.url('/en/instrument/eu-ai-act'));
    await page.getByRole('heading', { name: 'Artificial Intelligence Act', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'What it regulates' }).waitFor();
    await browser.shot('entity-instrument');

    await page.goto(browser.url('/en/technology/facial_recognition'));
    await page.getByRole('heading', { name: 'Facial recognition', level: 1 }).waitFor();
    await page.getByText('Rights threatened').waitFor();

    await page.goto(browser.url('/en/actor/actor-nso-group'));
    await page.getByRole('heading', { name: 'NSO Group', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Exposure in gap jurisdictions' }).waitFor();
    await page.getByText('All relationships').click();
    await page
      .getByRole('cell', { name: /supplies/ })
      .first()
      .waitFor();

    await page.getByRole('link', { name: 'details' }).first().click();
    await page.waitForURL(/\/en\/source\//);
    await page.getByText('Publisher').waitFor();
  });

  it('says plainly when an id does not exist', async () => {
    const { page } = browser;
    await page.goto(browser.url('/en/instrument/no-such-law'));
    await page.getByText('No entity has the id “no-such-law”.').waitFor();
  });
});
