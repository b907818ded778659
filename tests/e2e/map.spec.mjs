import { test, expect, openRoute, SLUGS } from './fixtures.mjs';

const centres = (page) => page.locator('.centre');
const viewBox = (page) => page.locator('svg.carte-svg').getAttribute('viewBox');

async function openMap(page, query = '') {
  await openRoute(page, `/carte${query}`);
  await expect(centres(page).first()).toBeVisible();
}

test.describe('la carte des formations', () => {
  test('démarre sur le territoire du site et se filtre par métier, type et département', async ({ page }) => {
    await openMap(page);
    await expect(page.getByLabel('Département', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Département', { exact: true }).locator('option:checked')).toHaveText('62 — Pas-de-Calais');
    const all = await centres(page).count();
    expect(all).toBeGreaterThan(20);
    await page.getByLabel('Métier', { exact: true }).selectOption('infirmier');
    await expect(page).toHaveURL(/metier=infirmier/);
    await expect.poll(() => centres(page).count()).toBeLessThan(all);
    for (const text of await centres(page).allTextContents()) expect(text).toContain('DEI');
    await page.getByLabel("Type d'établissement", { exact: true }).selectOption('ifsi');
    await expect(page).toHaveURL(/type=ifsi/);
    await page.getByLabel('Département', { exact: true }).selectOption('05');
    await expect(page).toHaveURL(/dep=05/);
    await expect(page.locator('.liste-centres [role=status]')).toHaveText(/^[12] centres? trouvés?\.$/);
    for (const text of await centres(page).allTextContents()) expect(text).toMatch(/Gap|Briançon|05/);
  });

  test('« Où se former ? » donne toujours une réponse utile, pour chaque fiche', async ({ page }) => {
    test.setTimeout(240_000);
    for (const slug of SLUGS) {
      await openRoute(page, `/metiers/${slug}`);
      await page.getByRole('link', { name: 'Où se former ?' }).click();
      await expect(page).toHaveURL(new RegExp(`/carte\\?metier=${slug}`));
      const status = page.locator('.liste-centres [role=status]');
      await expect(status, slug).toBeVisible();
      await expect(status, slug).not.toHaveText(/Essayez un autre métier/);
      const found = await centres(page).count();
      // Centres here or nearest elsewhere, else where to look (official catalogues, or who decides
      // and who can advise): never a dead end.
      if (found === 0) await expect(page.locator('.ou-chercher li a').first(), slug).toBeVisible();
      await expect(page.locator('.ou-chercher a[href$="accompagnement"]').or(centres(page)).first(), slug).toBeVisible();
    }
  });

  test('les listes suivent l\'adresse : celle du lien, puis chaque choix', async ({ page }) => {
    await openMap(page, '?metier=infirmier&dep=05');
    await expect(page.getByLabel('Métier', { exact: true })).toHaveValue('infirmier');
    await expect(page.getByLabel('Département', { exact: true })).toHaveValue('05');
    // A diploma replaces the job, and the job list says so.
    await page.getByLabel('Diplôme', { exact: true }).selectOption('deas');
    await expect(page).toHaveURL(/diplome=deas/);
    await expect(page.getByLabel('Métier', { exact: true })).toHaveValue('');
    await page.getByLabel('Métier', { exact: true }).selectOption('aide-soignant');
    await expect(page.getByLabel('Diplôme', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Département', { exact: true })).toHaveValue('05');
    await openMap(page, '?dep=62');
    await expect(page.getByLabel('Département', { exact: true }).locator('option:checked')).toHaveText('62 — Pas-de-Calais');
  });

  test('le lien d\'un diplôme filtre la carte', async ({ page }) => {
    await openMap(page, '?diplome=bac-pro-assp');
    await expect(page.getByLabel('Diplôme', { exact: true })).toHaveValue('bac-pro-assp');
    for (const text of await centres(page).allTextContents()) expect(text).toContain('Bac pro ASSP');
  });

  test('sans centre dans le territoire, les plus proches ailleurs sont proposés', async ({ page }) => {
    await openMap(page, '?diplome=de-psychomotricien');
    await expect(page.locator('.liste-centres [role=status]')).toContainText('Pas-de-Calais');
    await expect(centres(page)).toHaveCount(10);
    await expect(centres(page).first()).toContainText('km');
  });

  test('recherche d\'une commune par son nom, au clavier, puis classement par distance', async ({ page }) => {
    await openMap(page, '?metier=aide-soignant');
    const input = page.getByRole('combobox', { name: 'Ma commune ou mon code postal' });
    await input.fill('boulogne sur');
    await expect(page.getByRole('option', { name: /Boulogne-sur-Mer/ })).toBeVisible();
    await input.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', 'commune-0');
    await input.press('Enter');
    await expect(page).toHaveURL(/commune=62160/);
    await expect(page.locator('.liste-centres [role=status]').filter({ hasText: 'plus proches' })).toContainText('Boulogne-sur-Mer');
    const distances = await page.locator('.centre .distance').allTextContents();
    const km = distances.map((d) => Number(d.match(/(\d+) km/)[1]));
    expect(km.length).toBeGreaterThan(3);
    expect([...km].sort((a, b) => a - b)).toEqual(km);
    await expect(page.getByRole('img', { name: /Point de départ : Boulogne-sur-Mer/ })).toBeVisible();
  });

  test('recherche d\'une commune par code postal', async ({ page }) => {
    await openMap(page);
    const input = page.getByRole('combobox', { name: 'Ma commune ou mon code postal' });
    await input.fill('05000');
    await page.getByRole('option', { name: 'Gap (05000)' }).click();
    await expect(page.locator('.liste-centres [role=status]').filter({ hasText: 'plus proches' })).toContainText('Gap (05000)');
    await expect(centres(page).first()).toContainText(/à \d+ km/);
  });

  test('« Me localiser » avec une position simulée, et un refus expliqué', async ({ page, context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 50.29, longitude: 2.78 }); // Arras
    await openMap(page);
    await page.getByRole('button', { name: 'Me localiser' }).click();
    await expect(page.locator('.liste-centres [role=status]').filter({ hasText: 'votre position' })).toBeVisible();
    await expect(centres(page).first()).toContainText(/à \d km|à 1\d km/);

    await context.clearPermissions();
    await page.reload();
    await expect(centres(page).first()).toBeVisible();
    await page.getByRole('button', { name: 'Me localiser' }).click();
    await expect(page.locator('.message-position')).toContainText(/refusé|pas pu|pas disponible/);
  });

  test('la liste et la carte se répondent', async ({ page }) => {
    await openMap(page, '?metier=infirmier');
    const first = centres(page).first();
    const name = (await first.locator('h3').textContent()).trim();
    await first.getByRole('button', { name: 'Voir sur la carte' }).click();
    await expect(first).toHaveClass(/selectionne/);
    const marker = page.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) });
    await expect(marker).toHaveAttribute('aria-pressed', 'true');
    // And the other way round: a marker selects its card.
    // Another single marker the map shows now (the view is zoomed on the first one).
    const label = await page.locator('svg.carte-svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const inside = [...svg.querySelectorAll('g.marqueur:not(.groupe)[aria-pressed="false"]')].find((g) => {
        const r = g.getBoundingClientRect();
        return r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
      });
      return inside?.getAttribute('aria-label');
    });
    expect(label).toBeTruthy();
    const other = page.locator(`g.marqueur[aria-label="${label.replace(/"/g, '\\"')}"]`);
    await other.click();
    await expect(other).toHaveAttribute('aria-pressed', 'true');
    await expect(centres(page).filter({ has: page.getByRole('heading', { name: label.split(',')[0], exact: true }) })).toHaveClass(/selectionne/);
  });

  test('au clavier : marqueurs, zoom et déplacement', async ({ page }) => {
    await openMap(page, '?dep=france&metier=infirmier');
    const svg = page.locator('svg.carte-svg');
    await svg.focus();
    const before = await viewBox(page);
    await page.keyboard.press('+');
    const zoomed = await viewBox(page);
    expect(zoomed).not.toEqual(before);
    await page.keyboard.press('ArrowRight');
    expect(await viewBox(page)).not.toEqual(zoomed);
    // Groups split when zooming; a group says how many centres it holds.
    await page.getByRole('button', { name: 'Voir toute la France' }).click();
    const group = page.locator('g.marqueur.groupe').first();
    await expect(group).toHaveAttribute('aria-label', /^\d+ centres autour de/);
    await group.focus();
    await page.keyboard.press('Enter');
    expect(await viewBox(page)).not.toEqual(await page.evaluate(() => null));
    // Tab reaches a single marker, Enter selects it.
    const single = page.locator('g.marqueur:not(.groupe)').first();
    await single.focus();
    await page.keyboard.press('Enter');
    await expect(single).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
    await page.getByRole('button', { name: 'Dézoomer', exact: true }).click();
  });

  test('les centres sans adresse ou à position approchée le disent', async ({ page }) => {
    await openMap(page, '?dep=05');
    await expect(page.getByText('Adresse non connue').first()).toBeVisible();
    await expect(page.getByText('Position approximative sur la carte (centre de la commune).').first()).toBeVisible();
  });

  test('les données de la carte ne sont pas chargées par la page d\'accueil', async ({ page }) => {
    const loaded = [];
    page.on('request', (r) => loaded.push(r.url()));
    await openRoute(page, '/');
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((u) => u.includes('/contenu/'))).toEqual([]);
  });
});

test('toute la France : la liste s\'affiche par pages', async ({ page }) => {
  await openRoute(page, '/carte?dep=france');
  await expect(page.locator('.centre')).toHaveCount(40);
  const more = page.getByRole('button', { name: /^Afficher 40 centres de plus/ });
  await more.click();
  await expect(page.locator('.centre')).toHaveCount(80);
});

test('la molette zoome et le glisser déplace la carte', async ({ page }) => {
  await openRoute(page, '/carte');
  await expect(page.locator('.centre').first()).toBeVisible();
  const svg = page.locator('svg.carte-svg');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  const width = async () => Number((await svg.getAttribute('viewBox')).split(' ')[2]);
  const before = await width();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(width).toBeLessThan(before);
  const x = async () => Number((await svg.getAttribute('viewBox')).split(' ')[0]);
  const x0 = await x();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(x).toBeGreaterThan(x0);
});
