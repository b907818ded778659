import { test, expect, openRoute, SLUGS } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';

const SECTIONS = ['En bref', 'Au quotidien', 'Les qualités utiles', 'Les conditions de travail', 'Se former', 'Où travailler', 'Le salaire', 'Et après ?'];

const cards = (page) => page.locator('.carte-metier');
const card = (page, title) => cards(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test.describe('la liste des métiers', () => {
  test('montre toutes les fiches du catalogue, sans une requête par fiche', async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => { if (r.url().includes('/contenu/')) fetched.push(r.url()); });
    await openRoute(page, '/metiers');
    await expect(cards(page)).toHaveCount(SLUGS.length);
    await expect(page.getByRole('status')).toHaveText(`${SLUGS.length} métiers`);
    expect(fetched).toEqual([]);
  });

  for (const query of ['aide soignant', 'AIDE-SOIGNANTE', 'aide soignante']) {
    test(`la recherche « ${query} » trouve l'aide-soignant`, async ({ page }) => {
      await openRoute(page, '/metiers');
      await page.getByLabel('Chercher un métier').fill(query);
      await expect(cards(page)).toHaveCount(1);
      await expect(cards(page).first()).toContainText('Aide-soignant ou aide-soignante');
      await expect(page).toHaveURL(/\?q=/);
    });
  }

  test('chaque filtre réduit la liste et se retrouve dans l\'adresse', async ({ page }) => {
    await openRoute(page, '/metiers');
    await page.getByLabel('Secteur').selectOption('petite-enfance');
    await expect(page).toHaveURL(/secteur=petite-enfance/);
    const petiteEnfance = await cards(page).count();
    expect(petiteEnfance).toBeGreaterThan(0);
    expect(petiteEnfance).toBeLessThan(SLUGS.length);
    await expect(card(page, 'Auxiliaire de puériculture')).toHaveCount(1);
    await expect(card(page, 'Ambulancier ou ambulancière')).toHaveCount(0);

    await page.getByLabel('Secteur').selectOption('');
    await page.getByLabel('Auprès de qui').selectOption('personnes-agees');
    await expect(page).toHaveURL(/public=personnes-agees/);
    await expect(card(page, 'Aide à domicile')).toHaveCount(1);
    await expect(card(page, 'Éducateur de jeunes enfants ou éducatrice de jeunes enfants')).toHaveCount(0);

    await page.getByLabel('Auprès de qui').selectOption('');
    await page.getByLabel('Durée des études').selectOption('aucune');
    await expect(page).toHaveURL(/etudes=aucune/);
    await expect(card(page, 'Infirmier ou infirmière')).toHaveCount(0);
    await expect(card(page, 'Aide à domicile')).toHaveCount(1);

    await page.getByLabel('Durée des études').selectOption('');
    await page.getByLabel('Accessible sans diplôme').check();
    await expect(page).toHaveURL(/sans-diplome=oui/);
    const open = await cards(page).count();
    expect(open).toBeGreaterThan(0);
    for (let i = 0; i < open; i++) await expect(cards(page).nth(i)).toContainText('Accessible sans diplôme');
  });

  test('une liste filtrée se partage par son adresse', async ({ page }) => {
    await openRoute(page, '/metiers?secteur=sante&q=infirm');
    await expect(page.getByLabel('Secteur')).toHaveValue('sante');
    await expect(page.getByLabel('Chercher un métier')).toHaveValue('infirm');
    await expect(card(page, 'Infirmier ou infirmière')).toHaveCount(1);
    // The search reads names and summaries: the nursing profiles, and a few that mention nurses.
    expect(await cards(page).count()).toBeLessThan(SLUGS.length / 4);
  });

  test('aucun résultat : un message et un moyen de tout revoir', async ({ page }) => {
    await openRoute(page, '/metiers?q=astronaute');
    await expect(page.getByRole('status')).toHaveText('Aucun métier ne correspond.');
    await page.getByRole('link', { name: 'Voir tous les métiers' }).click();
    await expect(cards(page)).toHaveCount(SLUGS.length);
  });
});

test.describe('les fiches', () => {
  for (const slug of SLUGS) {
    test(`${slug} s'ouvre directement et montre ses huit parties`, async ({ page }) => {
      await openRoute(page, `/metiers/${slug}`);
      const body = page.locator('.corps-fiche');
      for (const section of SECTIONS) await expect(body.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: "L'essentiel" })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
      await expect(body.locator('script, iframe, [onclick], [onerror]')).toHaveCount(0);
    });
  }

  test('le sommaire mène à une partie et lui donne le focus', async ({ page }) => {
    await openRoute(page, '/metiers/aide-soignant');
    await page.getByRole('navigation', { name: 'Dans cette fiche' }).getByRole('link', { name: 'Le salaire' }).click();
    await expect(page.locator('#le-salaire')).toBeFocused();
  });

  test('« Où se former ? » mène à la carte avec le bon filtre', async ({ page }) => {
    await openRoute(page, '/metiers/aide-soignant');
    await page.getByRole('link', { name: 'Où se former ?' }).click();
    await expect(page).toHaveURL(/\/carte\?metier=aide-soignant$/);
    await expect(page.getByLabel('Métier', { exact: true })).toHaveValue('aide-soignant');
    await expect(page.locator('.centre').first()).toContainText('DEAS');
  });

  test('les liens vers d\'autres fiches fonctionnent', async ({ page }) => {
    await openRoute(page, '/metiers/aide-soignant');
    await page.locator('.proches').getByRole('link', { name: 'Infirmier ou infirmière' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Infirmier ou infirmière' })).toBeFocused();
  });

  test('un échec de chargement affiche un message et « Réessayer » qui marche', async ({ page }) => {
    page.allowProblems(/503|Failed to load/);
    let fail = true;
    await page.route('**/contenu/metiers/infirmier.html', (route) => (fail ? route.fulfill({ status: 503, body: 'panne' }) : route.continue()));
    // Opened from the list: a prerendered profile page would not need to load its text.
    await openRoute(page, '/metiers');
    await page.getByRole('link', { name: 'Infirmier ou infirmière' }).click();
    await expect(page.getByRole('alert')).toContainText("n'ont pas pu être chargées");
    fail = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.locator('.corps-fiche').getByRole('heading', { name: 'En bref' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('un texte de fiche remplacé par la page d\'accueil (repli du serveur) est refusé', async ({ page }) => {
    await page.route('**/contenu/metiers/ambulancier.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body>accueil</body></html>' }));
    await openRoute(page, '/metiers');
    await page.getByRole('link', { name: 'Ambulancier ou ambulancière' }).click();
    await expect(page.getByRole('alert')).toContainText('introuvable');
  });

  test('un métier inconnu propose la liste des fiches', async ({ page }) => {
    await openRoute(page, '/metiers/astronaute');
    await expect(page.getByRole('heading', { level: 1, name: "Ce métier n'est pas (encore) dans le guide" })).toBeVisible();
    await expect(page.locator('main li a')).toHaveCount(SLUGS.length);
  });

  test('à l\'impression, la navigation disparaît et les adresses des liens s\'affichent', async ({ page }) => {
    await openRoute(page, '/metiers/aide-soignant');
    await expect(page.locator('.corps-fiche h2').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Dans cette fiche' })).toBeHidden();
    await expect(page.locator('.pied')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Où se former ?' })).toBeHidden();
    // Printed sources show their number and their address; the ways back to the text are left out.
    const source = page.locator('.liste-sources > li').first();
    await expect(source).toBeVisible();
    const link = source.locator('a.lien-externe');
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
    expect(await page.locator('.liste-sources').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('decimal');
    await expect(source.locator('.retours')).toBeHidden();
    await expect(page.locator('.appel').first()).toBeVisible();
    await page.locator('.corps-fiche').evaluate((body) => {
      body.insertAdjacentHTML('beforeend', '<p><a href="https://exemple.fr/page">un site</a></p>');
    });
    const after = await page.locator('.corps-fiche a[href="https://exemple.fr/page"]').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://exemple.fr/page');
  });

  test('un numéro de source mène à la source, au clavier, et le lien de retour ramène au texte', async ({ page }) => {
    await openRoute(page, '/metiers/aide-soignant');
    const call = page.locator('.corps-fiche a.lien-appel').first();
    await expect(call).toBeVisible();
    // Its accessible name says what it is, not just a number.
    await expect(call).toHaveAccessibleName(/^source \d+$/);
    const number = (await call.textContent()).replace(/\D/g, '');
    await call.focus();
    await page.keyboard.press('Enter');
    const entry = page.locator(`#source-${number}`);
    await expect(entry).toBeFocused();
    await expect(page).toHaveURL(/\/metiers\/aide-soignant/);
    await expect(entry).toContainText(/vérifiée le \d/);
    await expect(entry).toContainText(/texte officiel|organisme public|professionnel|presse/);
    // Tab reaches the source's page, then the way back.
    await page.keyboard.press('Tab');
    await expect(entry.locator('a.lien-externe')).toBeFocused();
    await page.keyboard.press('Tab');
    const back = entry.locator('a.retour-appel').first();
    await expect(back).toBeFocused();
    await expect(back).toHaveAccessibleName(/source \d+/);
    await page.keyboard.press('Enter');
    await expect(page.locator(`#appel-${number}-1`)).toBeFocused();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('chaque fiche dit quand ses informations ont été vérifiées, et chaque diplôme cite ses sources', async ({ page }) => {
    test.setTimeout(180_000);
    for (const slug of SLUGS) {
      await openRoute(page, `/metiers/${slug}`);
      await expect(page.locator('.fiche-verification'), slug).toContainText(/Informations vérifiées le \d{1,2}(er)? \p{L}+ \d{4}/u);
      await expect(page.locator('.liste-sources > li').first(), slug).toBeVisible();
      for (const diploma of await page.locator('.diplomes > li').all()) {
        await expect(diploma.locator('.sources-diplome a.lien-externe').first(), slug).toBeVisible();
      }
      // No address is set in content/site.toml: no dead « Signaler une erreur » link.
      await expect(page.getByRole('link', { name: /Signaler une erreur/ })).toHaveCount(0);
    }
  });

  test('chaque fiche s\'imprime sur deux pages A4 au plus', async ({ page }) => {
    test.setTimeout(240_000);
    for (const slug of SLUGS) {
      await openRoute(page, `/metiers/${slug}`);
      await expect(page.locator('.corps-fiche h2').first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      expect(pages, slug).toBeGreaterThan(0);
      expect(pages, slug).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
