// Shared helpers: every test fails on a console error, an uncaught exception, a CSP violation or
// a request that leaves 127.0.0.1.
import { test as base, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';

// Every profile of the catalogue, from the content folder: counts in tests follow the content.
export const SLUGS = readdirSync(new URL('../../content/metiers/', import.meta.url))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

export const ROUTES = [
  { path: '/', heading: 'Métiers du soin et de l\'accompagnement', title: /^Métiers du soin et de l'accompagnement$/ },
  { path: '/metiers', heading: 'Les métiers', title: /^Les métiers — / },
  { path: '/metiers/aide-soignant', heading: 'Aide-soignant ou aide-soignante', title: /^Aide-soignant ou aide-soignante — / },
  { path: '/quiz', heading: 'Le quiz', title: /^Le quiz — / },
  { path: '/carte', heading: 'Se former près de chez moi', title: /^Se former près de chez moi — / },
  { path: '/a-propos', heading: 'À propos et sources', title: /^À propos et sources — / },
];

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error' && !msg.text().includes('status of 503')) problems.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) problems.push(`requête externe : ${req.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.allowProblems = (pattern) => { page.allowed = pattern; };
    // Main routes are prerendered (scripts/prerender.mjs): their content shows before the app runs.
    // A test acts on the app, so a full load also waits for the app to take over the page.
    const appReady = () => page.waitForFunction(() => document.documentElement.dataset.app === 'pret', null, { timeout: 15_000 }).catch(() => {});
    for (const method of ['goto', 'reload', 'goBack']) {
      const original = page[method].bind(page);
      page[method] = async (...args) => {
        const response = await original(...args);
        const options = args.find((a) => a && typeof a === 'object') ?? {};
        if (!options.waitUntil || options.waitUntil === 'load') await appReady();
        return response;
      };
    }
    await use(page);
    const left = page.allowed ? problems.filter((p) => !page.allowed.test(p)) : problems;
    expect(left, 'erreurs dans la page').toEqual([]);
  },
});

/// Waits until the app (not the static shell) shows the page heading.
export async function openRoute(page, path) {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
  await page.waitForFunction(() => !document.querySelector('.chargement[role="status"]') || document.querySelector('main h1'));
}

export { expect };
