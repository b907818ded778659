// Before the app runs, a prerendered page is only static HTML: what the visitor does then must not be
// lost (assets/early-taps.js), and the app must only fetch the code of the page it opens.
import { test, expect } from './fixtures.mjs';

/// Holds every wasm module back until the returned function is called.
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
  return release;
}

test.describe('avant que l\'application démarre', () => {
  test('un bouton touché est occupé, puis actionné une seule fois quand l\'application est prête', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/quiz', { waitUntil: 'domcontentloaded' });
    const start = page.getByRole('button', { name: 'Commencer le quiz' });
    await start.click();
    await expect(start).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('html')).not.toHaveAttribute('data-app', 'pret');
    release();
    const first = page.getByRole('group', { name: /Question 1 sur/ });
    await expect(first).toBeVisible();
    await expect(first).toBeFocused();
    await expect(page.getByRole('group', { name: /Question 2 sur/ })).toHaveCount(0);
  });

  test('une touche Entrée sur un bouton est gardée de même', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/vrai-ou-faux', { waitUntil: 'domcontentloaded' });
    const start = page.getByRole('button', { name: 'Commencer', exact: true });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(start).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(page.getByRole('button', { name: 'Vrai', exact: true })).toBeVisible();
  });

  test('le texte tapé et les cases cochées passent dans l\'application', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/metiers', { waitUntil: 'domcontentloaded' });
    await page.locator('#recherche').fill('puériculture');
    await page.locator('#recherche').focus();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'pret');
    await expect(page.locator('#recherche')).toHaveValue('puériculture');
    await expect(page.locator('#recherche')).toBeFocused();
    await expect(page.locator('.carte-metier')).not.toHaveCount(0);
    for (const name of await page.locator('.carte-metier h2, .carte-metier h3').allTextContents()) {
      expect(name.toLowerCase()).toContain('puéricul');
    }
  });

  test('le lien de résultats scanné montre la page tout de suite, puis les pistes', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/quiz/resultats?r=1-210210210210210210210210-11-01', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1, name: 'Tes pistes de métiers' })).toBeVisible();
    await expect(page.locator('main .encadre')).toContainText('pas un verdict');
    await expect(page.getByRole('status').filter({ hasText: 'Tes pistes s\'affichent' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-app', 'pret');
    release();
    await expect(page.locator('ol.pistes > li')).toHaveCount(3);
    await expect(page.getByText('Tes pistes s\'affichent')).toHaveCount(0);
    await expect(page).toHaveTitle(/Tes pistes de métiers/);
  });

  test('un lien de résultats abîmé remplace le cadre par le message et la sortie', async ({ page }) => {
    await page.goto('/quiz/resultats?r=1-abime', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1, name: 'Ce lien de résultats n\'est pas valide' })).toBeVisible();
    await expect(page.getByText('Tes pistes s\'affichent')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Faire le quiz' })).toBeVisible();
  });

  test('si l\'application ne vient pas, la page le dit et propose de recharger', async ({ page }) => {
    await page.clock.install();
    await page.route(/\.wasm$/, () => {}); // never answered
    await page.goto('/quiz', { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    await page.clock.fastForward(16_000);
    const notice = page.locator('#attente-du-guide');
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('Vérifiez la connexion');
    await expect(notice.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
  });
});

test.describe('code découpé par page', () => {
  test('les pages lourdes et rares ont leur module, chargé à la demande', async ({ page }) => {
    const modules = [];
    page.on('request', (r) => { if (r.url().includes('/decoupe-')) modules.push(r.url()); });
    await page.goto('/a-propos');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'pret');
    expect(modules.filter((u) => u.endsWith('.wasm'))).toEqual([]);
    await page.getByRole('link', { name: 'Se former près de chez moi' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Se former près de chez moi' })).toBeVisible();
    expect(modules.some((u) => /split_carte\.wasm/.test(u))).toBe(true);
  });

  test('un module qui ne vient pas laisse un moyen de continuer', async ({ page }) => {
    await page.goto('/a-propos');
    await page.route(/split_carte\.wasm/, (route) => route.abort());
    page.allowProblems(/Failed to load resource|net::ERR_FAILED|TypeError: Failed to fetch/);
    await page.getByRole('link', { name: 'Se former près de chez moi' }).first().click();
    await expect(page.getByRole('alert')).toContainText('Recharger');
  });
});
