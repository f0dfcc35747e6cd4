/**
 * Debian's Chromium driven by playwright-core (no browser download), with a fresh profile per test file,
 * plus helpers to reach the dashboard and save screenshots to artifacts/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { ROOT } from '../../scripts/neo4j/embedded.js';

export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');

export interface Browser {
  page: Page;
  context: BrowserContext;
  /** The dashboard's URL for a path such as /en/atlas. */
  url: (path: string) => string;
  shot: (name: string) => Promise<void>;
  close: () => Promise<void>;
}

export async function openBrowser(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'lacuna-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Some gap queries take seconds on this small machine; the waits below are for data, not sleeps.
  context.setDefaultTimeout(45_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const base = inject('e2eBaseUrl');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    context,
    url: (path) => `${base}${path}`,
    shot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
    },
  };
}
