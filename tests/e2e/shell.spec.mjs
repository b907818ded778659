import { test, expect, ROUTES, openRoute, SLUGS } from './fixtures.mjs';

test.describe('app shell', () => {
  for (const route of ROUTES) {
    test(`deep link ${route.path} renders its heading and title`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      await expect(page).toHaveTitle(route.title);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'À propos et sources' })).toBeVisible();
    });
  }

  test('unknown path shows a real « page introuvable » with ways forward', async ({ page }) => {
    await page.goto('/une/page/qui/nexiste/pas');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page).toHaveTitle(/^Page introuvable — /);
    await page.getByRole('link', { name: 'Voir tous les métiers' }).click();
    await expect(page).toHaveURL(/\/metiers$/);
  });

  test('navigation by click changes title, moves focus to the heading and announces it', async ({ page }) => {
    await openRoute(page, '/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Les métiers' }).click();
    await expect(page).toHaveURL(/\/metiers$/);
    await expect(page).toHaveTitle(/^Les métiers — /);
    await expect(page.getByRole('heading', { level: 1, name: 'Les métiers' })).toBeFocused();
    await expect(page.locator('[aria-live="polite"]')).toHaveText(/^Les métiers — /);
    await expect(nav.getByRole('link', { name: 'Les métiers' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Le quiz' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Le quiz' })).toBeFocused();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Les métiers' })).toBeVisible();
  });

  test('keyboard only: skip link, then navigation with Tab and Enter', async ({ page }) => {
    await openRoute(page, '/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await openRoute(page, '/');
    // Tab to « Se former près de chez moi » in the header and follow it with Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (name === 'Se former près de chez moi') break;
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/carte$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Se former près de chez moi' })).toBeFocused();
    // Once the map's data is there, the next Tab goes on from the heading, into the page.
    await expect(page.locator('.centre').first()).toBeVisible();
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain).toBe(true);
  });

  test('the static shell paints a header and « Chargement… » before the wasm runs', async ({ page }) => {
    await page.route(/\.wasm$/, () => {}); // never answer: the app cannot start
    // The organiser page is never prerendered: it shows this device's state.
    await page.goto('/organisateur', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('status')).toHaveText('Chargement…');
    await expect(page.getByRole('link', { name: 'Le quiz' })).toBeVisible();
  });

  test('main routes are prerendered: content and working links before the wasm runs', async ({ page }) => {
    await page.route(/\.wasm$/, () => {}); // never answer: the app cannot start
    await page.goto('/metiers/aide-soignant', { waitUntil: 'domcontentloaded' });
    await expect(page).toHaveTitle(/^Aide-soignant ou aide-soignante — /);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Il ou elle aide les personnes malades/);
    await expect(page.getByRole('heading', { level: 1, name: 'Aide-soignant ou aide-soignante' })).toBeVisible();
    await expect(page.locator('.corps-fiche').getByRole('heading', { name: 'Le salaire' })).toBeVisible();
    // A plain link works without the app: it loads the next prerendered page.
    await page.getByRole('link', { name: 'Les métiers', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Les métiers' })).toBeVisible();
    await expect(page.locator('.carte-metier')).toHaveCount(SLUGS.length);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1, name: 'Métiers du soin et de l\'accompagnement' })).toBeVisible();
  });

  test('the organiser page is never prerendered: it only shows this device\'s state', async ({ page }) => {
    await page.route(/\.wasm$/, () => {}); // never answer: the app cannot start
    await page.goto('/organisateur', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('status')).toHaveText('Chargement…');
    await expect(page.getByText('hors ligne n\'est pas disponible')).toHaveCount(0);
  });

  test('the app takes over a prerendered page without fetching its text again', async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => { if (r.url().includes('/contenu/')) fetched.push(r.url()); });
    await page.goto('/metiers/infirmier');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'pret');
    await expect(page.locator('.corps-fiche').getByRole('heading', { name: 'En bref' })).toBeVisible();
    expect(fetched).toEqual([]);
    // Moving on inside the app fetches the next profile's text as usual.
    await page.getByRole('link', { name: 'Aide-soignant ou aide-soignante' }).first().click();
    await expect(page.locator('.corps-fiche').getByRole('heading', { name: 'En bref' })).toBeVisible();
    expect(fetched.some((u) => u.endsWith('/contenu/metiers/aide-soignant.html'))).toBe(true);
  });

  test('the site name and colours come from content/site.toml', async ({ page }) => {
    await openRoute(page, '/');
    await expect(page.locator('.nom-du-site')).toHaveText("Métiers du soin et de l'accompagnement");
    const colour = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--couleur-principale').trim());
    expect(colour).toBe('#1d5c63');
  });

  test('nothing scrolls sideways at 320 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const route of ROUTES) {
      await openRoute(page, route.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route.path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('déployé sous un sous-chemin (/guide/)', () => {
  const root = 'http://127.0.0.1:8092/guide';
  test('les liens, le routeur et le chargement des fiches suivent la base', async ({ page }) => {
    await page.goto(`${root}/metiers/aide-soignant`);
    await expect(page.getByRole('heading', { level: 1, name: 'Aide-soignant ou aide-soignante' })).toBeVisible();
    await expect(page.locator('.corps-fiche').getByRole('heading', { name: 'En bref' })).toBeVisible();
    // The pictogram sprite is found below the base: its symbols are drawn.
    await expect(page.locator('svg.picto use').first()).toHaveAttribute('href', /^pictos-[0-9a-f]{16}\.svg#/);
    await expect.poll(() => page.locator('svg.picto use').first().evaluate((u) => u.getBBox().width)).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Le quiz' }).click();
    await expect(page).toHaveURL(`${root}/quiz`);
    await expect(page.getByRole('heading', { level: 1, name: 'Le quiz' })).toBeVisible();
    await page.goto(`${root}/metiers/aide-soignant`);
    await page.locator('.corps-fiche a[href^="metiers/"]').first().click();
    await expect(page).toHaveURL(new RegExp(`^${root}/metiers/`));
    await expect(page.locator('main h1')).not.toHaveText('Page introuvable');
    await page.goto(`${root}/metiers`);
    await page.getByLabel('Chercher un métier').fill('infirm');
    await expect(page).toHaveURL(`${root}/metiers?q=infirm`);
    // The results link's prerendered frame is served below the base too, then the pistes.
    await page.goto(`${root}/quiz/resultats?r=1-210210210210210210210210-11-01`);
    await expect(page.locator('ol.pistes > li')).toHaveCount(3);
  });
});
