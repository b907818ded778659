import { readFile, rename, writeFile } from 'node:fs/promises';
import { test, expect, openRoute, SLUGS } from './fixtures.mjs';

test.use({ serviceWorkers: 'allow' });
// The update test rewrites dist/sw.js: keep this file's tests one after the other.
test.describe.configure({ mode: 'serial' });

/// Waits until the service worker controls the page and has cached every file of the build.
async function readyOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller);
  const status = await page.evaluate(() => new Promise((resolve) => {
    const ask = () => {
      navigator.serviceWorker.addEventListener('message', function onMessage(event) {
        if (event.data?.type !== 'status') return;
        navigator.serviceWorker.removeEventListener('message', onMessage);
        if (event.data.cached >= event.data.total) resolve(event.data);
        else setTimeout(ask, 200);
      });
      navigator.serviceWorker.controller.postMessage('status');
    };
    ask();
  }));
  expect(status.total).toBeGreaterThan(30);
  return status;
}

test('après une visite, tout le site marche sans réseau', async ({ page, context }) => {
  test.setTimeout(60_000);
  page.allowProblems(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/);
  let loads = 0;
  page.on('load', () => loads++);
  await openRoute(page, '/');
  await readyOffline(page);
  expect(loads, 'the first install must not reload the page').toBe(1);
  await context.setOffline(true);

  await page.goto('/metiers/infirmier'); // never opened before
  await expect(page.getByRole('heading', { level: 1, name: 'Infirmier ou infirmière' })).toBeVisible();
  await expect(page.locator('.corps-fiche').getByRole('heading', { name: 'En bref' })).toBeVisible();

  await page.getByRole('link', { name: 'Les métiers' }).first().click();
  await expect(page.locator('.carte-metier')).toHaveCount(SLUGS.length);

  await page.goto('/carte?metier=aide-soignant');
  await expect(page.locator('.centre').first()).toBeVisible();
  await expect(page.locator('svg.carte-svg .dep').first()).toBeAttached();

  await page.goto('/quiz');
  await page.getByRole('button', { name: /Commencer le quiz|Reprendre le quiz/ }).click();
  await expect(page.getByRole('group', { name: /Question 1 sur/ })).toBeVisible();

  await page.goto('/vrai-ou-faux');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('group', { name: /Affirmation 1 sur/ })).toBeVisible();

  for (const path of ['/agenda', '/accompagnement', '/a-propos', '/vrai-ou-faux/classe', '/vrai-ou-faux/fiche', '/page-inconnue']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await context.setOffline(false);
});

test('la page organisateur dit si l\'appareil est prêt hors ligne et le prépare en un geste', async ({ page }) => {
  test.setTimeout(60_000);
  await openRoute(page, '/organisateur');
  const { total } = await readyOffline(page);
  const state = page.locator('.etat');
  await page.getByRole('button', { name: 'Vérifier à nouveau' }).click();
  await expect(state).toHaveText(`Cet appareil est prêt pour une utilisation hors ligne : les ${total} fichiers du guide sont enregistrés.`);

  // A file goes missing from the cache (evicted, or an install cut short on a weak network).
  await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('guide-')));
    const requests = await cache.keys();
    await cache.delete(requests.find((r) => r.url.endsWith('.svg')));
  });
  await page.getByRole('button', { name: 'Vérifier à nouveau' }).click();
  await expect(state).toContainText(`Pas encore prêt : ${total - 1} fichiers sur ${total}`);
  await page.getByRole('button', { name: 'Préparer cet appareil' }).click();
  await expect(state).toContainText(`les ${total} fichiers du guide sont enregistrés`);
});

test('le manifeste décrit une application installable en français', async ({ page, request }) => {
  await openRoute(page, '/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.lang).toBe('fr');
  expect(manifest.display).toBe('standalone');
  expect(manifest.name).toBe("Métiers du soin et de l'accompagnement");
  expect(manifest.icons.length).toBeGreaterThan(0);
});

test('une nouvelle version propose « Recharger » au lieu de changer en pleine visite', async ({ page }) => {
  test.setTimeout(60_000);
  await openRoute(page, '/');
  await readyOffline(page);
  const original = await readFile('dist/sw.js', 'utf8');
  // Hide the precompressed copies so the server sends the changed worker.
  await rename('dist/sw.js.br', 'dist/sw.js.br.tmp');
  await rename('dist/sw.js.gz', 'dist/sw.js.gz.tmp');
  try {
    await writeFile('dist/sw.js', original.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-nouvelle'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.getByRole('status').filter({ hasText: 'Une nouvelle version est disponible' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Listen before clicking: the reload can be done before a listener set up afterwards.
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Recharger' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner).toHaveCount(0);
  } finally {
    await writeFile('dist/sw.js', original);
    await rename('dist/sw.js.br.tmp', 'dist/sw.js.br');
    await rename('dist/sw.js.gz.tmp', 'dist/sw.js.gz');
  }
});
