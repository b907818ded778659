import AxeBuilder from '@axe-core/playwright';
import { test, expect, openRoute } from './fixtures.mjs';

const axe = async (page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
};
const statement = (page) => page.getByRole('group', { name: /Affirmation \d+ sur \d+/ });

test.describe('Vrai ou faux ?', () => {
  test('une partie au toucher : 8 affirmations, l\'explication sourcée, puis le bilan et « Rejouer »', async ({ page }) => {
    await openRoute(page, '/vrai-ou-faux');
    await axe(page);
    await page.getByRole('button', { name: 'Commencer' }).click();
    const seen = [];
    for (let i = 1; i <= 8; i++) {
      await expect(statement(page)).toHaveAccessibleName(new RegExp(`^Affirmation ${i} sur 8`));
      await expect(statement(page)).toBeFocused();
      seen.push(await statement(page).locator('.question-texte').innerText());
      await page.getByRole('button', { name: /^Faux/ }).click();
      const verdict = page.locator('#verdict');
      await expect(verdict).toBeFocused();
      await expect(verdict).toContainText('Tu as répondu « Faux »');
      await expect(page.locator('.sources-affirmation a.lien-externe').first()).toBeVisible();
      await expect(page.locator('.fiches-affirmation a').first()).toHaveAttribute('href', /metiers\//);
      if (i === 1) await axe(page);
      // The answer cannot be changed once shown.
      await expect(page.getByRole('button', { name: /^Vrai/ })).toBeDisabled();
      await page.getByRole('button', { name: i < 8 ? 'Affirmation suivante' : 'Voir mon bilan' }).click();
    }
    expect(new Set(seen).size).toBe(8);
    const end = page.locator('#fin');
    await expect(end).toBeFocused();
    await expect(end).toHaveText(/Tu as découvert \d+ choses?|Tu connaissais déjà tout/);
    await axe(page);
    await page.getByRole('button', { name: 'Rejouer' }).click();
    const next = await statement(page).locator('.question-texte').innerText();
    expect(seen, 'Rejouer propose des affirmations pas encore vues').not.toContain(next);
  });

  test('au clavier : V, F, D ou 1 à 3 pour répondre, N pour continuer ; un rechargement ne perd rien', async ({ page }) => {
    await openRoute(page, '/vrai-ou-faux');
    await page.getByRole('button', { name: 'Commencer' }).focus();
    await page.keyboard.press('Enter');
    await expect(statement(page)).toBeFocused();
    await page.keyboard.press('v');
    await expect(page.locator('#verdict')).toContainText('« Vrai »');
    await page.keyboard.press('n');
    await expect(statement(page)).toHaveAccessibleName(/^Affirmation 2 sur 8/);
    await page.keyboard.press('3');
    await expect(page.locator('#verdict')).toContainText('« Ça dépend »');
    // A reload keeps the round: the visitor goes on with the next statement.
    await page.reload();
    await expect(statement(page)).toHaveAccessibleName(/^Affirmation 3 sur 8/);
    await page.keyboard.press('d');
    await expect(page.locator('#verdict')).toContainText('« Ça dépend »');
  });

  test('en classe : les mains comptées révèlent la réponse et une question, puis ce qui a surpris', async ({ page }) => {
    await openRoute(page, '/vrai-ou-faux/classe?classe=1');
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (let i = 1; i <= 8; i++) {
      await expect(statement(page)).toBeFocused();
      if (i % 2) {
        await page.getByText('… ou comptez les mains').click();
        await page.getByLabel('Vrai', { exact: true }).fill('12');
        await page.getByLabel('Faux', { exact: true }).fill('9');
        await page.getByLabel('Ça dépend', { exact: true }).fill('3');
        await page.getByRole('button', { name: 'Révéler la réponse' }).click();
        await expect(page.getByRole('status').filter({ hasText: 'La classe a surtout répondu « Vrai »' })).toContainText('sur 24');
      } else {
        await page.keyboard.press('f');
        await expect(page.getByRole('status').filter({ hasText: 'La classe' })).toContainText('« Faux »');
      }
      await expect(page.locator('#verdict')).toBeFocused();
      await expect(page.locator('.a-discuter')).toContainText('?');
      if (i === 1) await axe(page);
      await page.keyboard.press('n');
    }
    await expect(page.locator('#fin')).toHaveText('Ce qui a le plus surpris la classe');
    await expect(page.locator('.a-revoir li').first()).toBeVisible();
    await axe(page);
  });

  test('en mode borne : une partie de 5, comptée dans les statistiques, effacée par la veille', async ({ page }) => {
    await openRoute(page, '/vrai-ou-faux?borne=1');
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    for (let i = 1; i <= 5; i++) {
      await expect(statement(page)).toHaveAccessibleName(new RegExp(`^Affirmation ${i} sur 5`));
      await page.getByRole('button', { name: /^Vrai/ }).click();
      await page.getByRole('button', { name: i < 5 ? 'Affirmation suivante' : 'Voir mon bilan' }).click();
    }
    await expect(page.locator('#fin')).toBeVisible();
    await openRoute(page, '/organisateur');
    await expect(page.locator('.tableau-stats tbody tr').first().locator('td').nth(4)).toHaveText('1');
    // A round left half-way is forgotten by « Recommencer », like the quiz.
    await openRoute(page, '/vrai-ou-faux');
    await page.getByRole('button', { name: 'Rejouer' }).click();
    await page.getByRole('button', { name: /^Vrai/ }).click();
    await page.getByRole('button', { name: 'Recommencer' }).click();
    await expect(page).toHaveURL(/\/$/);
    await openRoute(page, '/vrai-ou-faux');
    await expect(page.getByRole('button', { name: 'Commencer', exact: true })).toBeVisible();
  });

  test('la fiche pour l\'enseignant liste tout, avec les sources, sur deux pages A4 au plus', async ({ page }) => {
    await openRoute(page, '/vrai-ou-faux/fiche');
    const items = page.locator('.liste-vrai-faux > li');
    expect(await items.count()).toBeGreaterThanOrEqual(30);
    for (const item of await items.all()) {
      await expect(item.locator('.reponse-vrai-faux')).toHaveText(/^(Vrai|Faux|Ça dépend)\.$/);
      await expect(item.locator('a.lien-externe').first()).toHaveAttribute('href', /^https?:\/\//);
    }
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test('chaque fiche concernée montre ses idées reçues, et l\'accueil et le menu mènent au jeu', async ({ page }) => {
    await openRoute(page, '/metiers/aide-soignant');
    const section = page.locator('.idees-recues');
    await expect(section.getByRole('heading', { name: /idées? reçues? sur ce métier/ })).toBeVisible();
    await section.locator('summary').first().click();
    await expect(section.locator('details p').first()).toHaveText(/^(Vrai|Faux|Ça dépend)\./);
    await openRoute(page, '/');
    await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Vrai ou faux ?' })).toBeVisible();
    await page.locator('.entrees').getByRole('link', { name: /Vrai ou faux/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vrai ou faux ?' })).toBeFocused();
  });
});
