import { test, expect, openRoute } from './fixtures.mjs';

test.use({ serviceWorkers: 'allow' });

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
  await openRoute(page, '/');
  await readyOffline(page);
  await context.setOffline(true);

  await page.goto('/metiers/infirmier'); // never opened before
  await expect(page.getByRole('heading', { level: 1, name: 'Infirmier ou infirmière' })).toBeVisible();
  await expect(page.locator('.corps-fiche').getByRole('heading', { name: 'En bref' })).toBeVisible();

  await page.getByRole('link', { name: 'Les métiers' }).first().click();
  await expect(page.locator('.carte-metier')).toHaveCount(20);

  await page.goto('/carte?metier=aide-soignant');
  await expect(page.locator('.centre').first()).toBeVisible();
  await expect(page.locator('svg.carte-svg .dep').first()).toBeAttached();

  await page.goto('/quiz');
  await page.getByRole('button', { name: /Commencer le quiz|Reprendre le quiz/ }).click();
  await expect(page.getByRole('group', { name: /Question 1 sur/ })).toBeVisible();

  for (const path of ['/agenda', '/accompagnement', '/a-propos', '/page-inconnue']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await context.setOffline(false);
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
