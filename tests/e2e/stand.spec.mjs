// Borne mode on a forum stand: idle notice and fresh start, outbound links as QR codes, stand
// statistics; and the organiser page that sets it up.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openRoute, SLUGS } from './fixtures.mjs';

async function answerWholeQuiz(page) {
  await page.getByRole('button', { name: 'Commencer le quiz' }).click();
  for (let i = 1; i <= 24; i++) {
    await expect(page.getByRole('group', { name: new RegExp(`Question ${i} sur 27`) })).toBeVisible();
    await page.keyboard.press(String((i % 3) + 1));
  }
  await page.getByRole('button', { name: 'Moins d\'un an' }).click();
  await page.getByRole('button', { name: 'Je pourrais le passer' }).click();
  await page.getByRole('button', { name: 'Voir mes résultats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tes pistes de métiers' })).toBeVisible();
}

test('le mode borne se règle sur /organisateur et reste activé sur l\'appareil', async ({ page }) => {
  await openRoute(page, '/organisateur');
  await expect(page.locator('.barre-borne')).toHaveCount(0);
  await page.getByLabel('Mode borne sur cet appareil').check();
  await expect(page.getByRole('button', { name: 'Recommencer' })).toBeVisible();
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Recommencer' })).toBeVisible();
  await expect(page.getByLabel('Mode borne sur cet appareil')).toBeChecked();
  await openRoute(page, '/?borne=0');
  await expect(page.locator('.barre-borne')).toHaveCount(0);
  await openRoute(page, '/metiers');
  await expect(page.locator('.barre-borne')).toHaveCount(0);
});

test('mode borne : « Tu es toujours là ? » compte à rebours, continuer, puis retour à l\'accueil sans les réponses', async ({ page }) => {
  await page.clock.install();
  await openRoute(page, '/organisateur?borne=1');
  const idle = page.getByLabel(/Secondes sans toucher l'écran/);
  await idle.fill('20');
  await idle.press('Tab');
  await page.getByRole('link', { name: 'Le quiz' }).first().click();
  await page.getByRole('button', { name: 'Commencer le quiz' }).click();
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page.getByRole('group', { name: /Question 3 sur 27/ })).toBeVisible();

  await page.clock.runFor(21_000);
  const notice = page.getByRole('dialog', { name: 'Tu es toujours là ?' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Je suis là, continuer' })).toBeFocused();
  await expect(notice.locator('.compte-a-rebours')).toHaveText('29');
  await page.clock.runFor(10_000);
  await expect(notice.locator('.compte-a-rebours')).toHaveText('19');
  await notice.getByRole('button', { name: 'Je suis là, continuer' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('group', { name: /Question 3 sur 27/ })).toBeVisible();

  // Nobody answers this time: after 20 s and the 30 s countdown, the next visitor starts afresh.
  await page.clock.runFor(20_000 + 30_000 + 1_000);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Métiers du soin et de l\'accompagnement');
  await expect(notice).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('quiz-progression'))).toBeNull();
  await page.getByRole('link', { name: 'Le quiz' }).first().click();
  await expect(page.getByRole('button', { name: 'Commencer le quiz' })).toBeVisible();
});

test('mode borne sans son module : la tablette le dit et se recharge une fois le réseau revenu', async ({ page }) => {
  await page.route(/split_borne\.wasm/, (route) => route.abort());
  page.allowProblems(/Failed to load resource|net::ERR_FAILED|TypeError: Failed to fetch/);
  await openRoute(page, '/?borne=1');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Mode borne incomplet');
  await expect(page.getByRole('button', { name: 'Recommencer' })).toHaveCount(0);
  await page.unroute(/split_borne\.wasm/);
  await alert.getByRole('button', { name: 'Recharger la page' }).click();
  await expect(page.getByRole('button', { name: 'Recommencer' })).toBeVisible();
  await expect(page.getByText('Mode borne incomplet')).toHaveCount(0);
});

test('mode borne : « Recommencer » efface les réponses et les filtres', async ({ page }) => {
  await openRoute(page, '/metiers?borne=1&secteur=grand-age&q=aide');
  await expect(page.getByRole('searchbox')).toHaveValue('aide');
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('link', { name: 'Les métiers' }).first().click();
  await expect(page.locator('.carte-metier')).toHaveCount(SLUGS.length);
  await expect(page.getByRole('searchbox')).toHaveValue('');
});

test('mode borne : un lien vers un autre site montre un code QR au lieu de quitter le guide', async ({ page }) => {
  await openRoute(page, '/metiers/aide-soignant?borne=1');
  const link = page.locator('.liste-sources a.lien-externe').first();
  const url = await link.getAttribute('href');
  await link.click();
  const dialog = page.getByRole('dialog', { name: 'Ce lien mène hors du guide' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.qr svg')).toBeVisible();
  await expect(dialog.getByText(url, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/metiers\/aide-soignant/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();

  // A phone number cannot be called from the stand either (the seed content has none: add one).
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'tel:+33300000000', textContent: 'Appeler' });
    document.querySelector('main').append(link);
  });
  await page.getByRole('link', { name: 'Appeler' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('+33300000000', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('hors mode borne, les liens externes restent des liens ordinaires et rien n\'est compté', async ({ page }) => {
  await openRoute(page, '/metiers/aide-soignant');
  await expect(page.locator('.liste-sources a.lien-externe').first()).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('dialog')).toHaveCount(0);
  await openRoute(page, '/organisateur');
  await expect(page.getByText('Aucune statistique pour l\'instant.')).toBeVisible();
});

test('statistiques du stand : comptées en mode borne, exportées en CSV, effacées', async ({ page }) => {
  test.setTimeout(60_000);
  await openRoute(page, '/?borne=1');
  await page.getByRole('link', { name: 'Les métiers' }).first().click();
  await page.getByRole('link', { name: 'Infirmier ou infirmière' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Infirmier ou infirmière' })).toBeVisible();
  await page.getByRole('link', { name: 'Le quiz' }).first().click();
  await answerWholeQuiz(page);
  const firstLead = (await page.locator('.piste h2').first().innerText()).trim();

  await openRoute(page, '/organisateur');
  const row = page.locator('.tableau-stats tbody tr').first();
  await expect(row.locator('td').nth(0)).toHaveText('1');
  await expect(row.locator('td').nth(1)).toHaveText('1');
  await expect(row.locator('td').nth(2)).toContainText(firstLead);
  await expect(row.locator('td').nth(3)).toContainText('Infirmier ou infirmière (1)');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^statistiques-stand-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('Jour;Indicateur;Métier ou affirmation;Nombre');
  expect(lines).toContainEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2};Quiz commencés;;1$/));
  expect(lines).toContainEqual(expect.stringMatching(/;Quiz terminés;;1$/));
  expect(lines).toContainEqual(expect.stringMatching(/;Fiche consultée;Infirmier ou infirmière;1$/));
  expect(lines.filter((l) => l.includes('Dans les 3 premiers résultats'))).toHaveLength(3);

  await page.getByRole('button', { name: 'Effacer les statistiques' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(page.getByText('Aucune statistique pour l\'instant.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Aucune statistique pour l\'instant.')).toBeVisible();
});
