// Class mode on a projector, the class quiz, and the printed material for teachers.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openRoute } from './fixtures.mjs';

const SECTIONS = ['En bref', 'Au quotidien', 'Les qualités utiles', 'Les conditions de travail', 'Se former', 'Où travailler', 'Le salaire', 'Et après ?'];

test.describe('au vidéoprojecteur', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('le mode classe agrandit le texte, se garde, et Échap le quitte', async ({ page }) => {
    await openRoute(page, '/metiers');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const normal = await size();
    await page.getByRole('button', { name: 'Mode classe' }).click();
    await expect(page.getByRole('button', { name: 'Mode classe' })).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.3);
    // Pictograms stay, in black like the text: they help the eye tell jobs apart on a projector.
    const picto = page.locator('.carte-picto svg.picto').first();
    await expect(picto).toBeVisible();
    expect(await picto.evaluate((svg) => getComputedStyle(svg).color)).toBe('rgb(0, 0, 0)');
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/mode-classe/);
    await page.locator('main h1').click();
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/mode-classe/);
    expect(await size()).toBeCloseTo(normal, 0);
  });

  test('sur une fiche, les flèches passent d\'une partie à l\'autre comme des diapositives', async ({ page }) => {
    await openRoute(page, '/metiers/aide-soignant?classe=1');
    const body = page.locator('.corps-fiche');
    await expect(body.getByRole('heading', { name: 'En bref' })).toBeVisible();
    await expect(body.getByRole('heading', { name: 'Au quotidien' })).toBeHidden();
    await expect(page.getByText('Partie 1 sur 8 : En bref')).toBeVisible();
    for (let i = 1; i < SECTIONS.length; i++) {
      await page.keyboard.press('ArrowRight');
      const heading = body.getByRole('heading', { name: SECTIONS[i] });
      await expect(heading).toBeVisible();
      await expect(heading).toBeFocused();
      await expect(body.getByRole('heading', { name: SECTIONS[i - 1] })).toBeHidden();
    }
    await expect(page.getByText('Partie 8 sur 8 : Et après ?')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Partie 8 sur 8')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(body.getByRole('heading', { name: 'Le salaire' })).toBeFocused();
    await page.getByRole('button', { name: 'Partie précédente' }).click();
    await expect(body.getByRole('heading', { name: 'Où travailler' })).toBeVisible();

    // F asks for fullscreen (headless Chromium grants it), F again leaves it.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);

    // Leaving class mode shows the whole profile again.
    await page.keyboard.press('Escape');
    for (const name of SECTIONS) await expect(body.getByRole('heading', { name })).toBeVisible();
  });

  test('le quiz en classe se fait en entier au clavier et en comptant les mains', async ({ page }) => {
    test.setTimeout(60_000);
    await openRoute(page, '/quiz/classe?classe=1');
    await page.getByRole('button', { name: 'Commencer' }).click();
    const first = page.getByRole('group', { name: /Question 1 sur 24/ });
    await expect(first).toBeFocused();
    await expect(first.getByRole('button', { name: /^A\s*J'adorerais/ })).toBeVisible();
    // Question 1: counted hands, B wins.
    await page.getByText('… ou comptez les mains').click();
    await page.getByLabel('A — J\'adorerais').fill('4');
    await page.getByLabel('B — Pourquoi pas').fill('12');
    await page.getByLabel('C — Pas pour moi').fill('3');
    await page.getByRole('button', { name: 'Valider les mains' }).click();
    // The rest by the majority's letter, leaning toward care and help.
    for (let i = 2; i <= 24; i++) {
      await expect(page.getByRole('group', { name: new RegExp(`Question ${i} sur 24`) })).toBeVisible();
      await page.keyboard.press(['a', 'b', 'c'][i % 3]);
    }
    await expect(page).toHaveURL(/\/quiz\/resultats\?r=1-1[0-3]{23}-xx-x&classe=1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Les pistes de la classe' })).toBeVisible();
    await expect(page.locator('.piste')).toHaveCount(3);
    await expect(page.locator('.piste li', { hasText: 'La classe a surtout répondu' }).first()).toBeVisible();
    // Back to the quiz: the tally is still there for a second look, and can be restarted.
    await page.getByRole('link', { name: 'Recommencer le quiz' }).click();
    await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
  });

  for (const path of ['/', '/metiers/aide-soignant', '/quiz/classe', '/quiz/resultats?r=1-210210210210210210210210-xx-x&classe=1', '/metiers/infirmier/fiche-activite']) {
    test(`axe en mode classe : ${path}`, async ({ page }) => {
      await openRoute(page, `${path}${path.includes('?') ? '&' : '?'}classe=1`);
      if (path.startsWith('/metiers/')) await expect(page.locator('.corps-fiche h2').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});

test.describe('sur une tablette de stand', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  for (const path of ['/', '/metiers', '/metiers/aide-soignant', '/quiz', '/carte', '/organisateur']) {
    test(`axe en mode borne : ${path}`, async ({ page }) => {
      await openRoute(page, `${path}?borne=1`);
      if (path === '/metiers/aide-soignant') await expect(page.locator('.corps-fiche h2').first()).toBeVisible();
      if (path === '/carte') await expect(page.locator('.centre').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Recommencer' })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});

test('la fiche activité d\'un métier tient sur une page imprimée', async ({ page }) => {
  await openRoute(page, '/metiers/aide-soignant');
  await page.getByRole('link', { name: 'Fiche activité pour la classe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fiche activité : Aide-soignant ou aide-soignante' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'À discuter en classe' })).toBeVisible();
  const questions = page.locator('.corps-fiche ol').nth(1).locator('li');
  await expect(questions).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.entete')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length).toBe(1);
});

test('chaque métier a sa fiche activité, et une adresse inconnue le dit', async ({ page }) => {
  await openRoute(page, '/metiers/ambulancier/fiche-activite');
  await expect(page.locator('.corps-fiche ol').first().locator('li')).toHaveCount(3);
  await openRoute(page, '/metiers/pompier/fiche-activite');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
});

test('les résultats du quiz s\'impriment proprement, code QR compris', async ({ page }) => {
  await openRoute(page, '/quiz/resultats?r=1-210210210210210210210210-11-01');
  await expect(page.locator('.piste')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.entete')).toBeHidden();
  await expect(page.locator('.pied')).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  await expect(page.locator('.qr svg')).toBeVisible();
  await expect(page.locator('.piste h2').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length).toBeLessThanOrEqual(2);
});
