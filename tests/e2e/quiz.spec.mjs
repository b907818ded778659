import { test, expect, openRoute } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';

const ITEMS = 24;
const TOTAL = ITEMS + 3;

async function start(page) {
  await openRoute(page, '/quiz');
  await page.getByRole('button', { name: 'Commencer le quiz' }).click();
  await expect(page.getByRole('group', { name: /Question 1 sur 27/ })).toBeVisible();
}

/// Answers every activity by clicking, with a pattern that leans toward helping and caring.
async function answerAllByClick(page) {
  for (let i = 1; i <= ITEMS; i++) {
    const group = page.getByRole('group', { name: new RegExp(`Question ${i} sur ${TOTAL}`) });
    await expect(group).toBeVisible();
    const choice = i % 3 === 0 ? 'Pas pour moi' : i % 3 === 1 ? "J'adorerais" : 'Pourquoi pas';
    await group.getByRole('button', { name: choice }).click();
  }
}

async function answerContext(page) {
  await page.getByRole('group', { name: /Combien de temps d'études/ }).getByRole('button', { name: 'Moins d\'un an' }).click();
  await page.getByRole('group', { name: /permis de conduire/ }).getByRole('button', { name: 'Je pourrais le passer' }).click();
  await page.getByLabel('Personnes âgées').check();
  await page.getByRole('button', { name: 'Voir mes résultats' }).click();
}

test.describe('le quiz', () => {
  test('se fait à la souris et donne des résultats qui s\'expliquent', async ({ page }) => {
    await start(page);
    await answerAllByClick(page);
    await answerContext(page);
    await expect(page).toHaveURL(/\/quiz\/resultats\?r=1-/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tes pistes de métiers' })).toBeFocused();
    await expect(page.getByText('Ce sont des pistes, pas un verdict')).toBeVisible();
    const leads = page.locator('.piste');
    await expect(leads).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      await expect(leads.nth(i).getByRole('heading', { name: 'Pourquoi ce métier ?' })).toBeVisible();
      const reasons = leads.nth(i).locator('h3 + ul li');
      expect(await reasons.count()).toBeGreaterThanOrEqual(2);
      await expect(reasons.first()).toContainText('Tu as répondu « J\'adorerais »');
    }
    await expect(page.getByRole('heading', { name: 'À découvrir aussi' })).toBeVisible();
    await expect(page.getByText("Une piste à laquelle tu n'as peut-être pas pensé")).toBeVisible();
    await expect(page.getByRole('img', { name: 'Code QR du lien vers ces résultats' }).locator('svg')).toBeVisible();
    const results = await page.locator('.piste h2').allTextContents();

    // The same link in a fresh browser context gives the same results.
    const url = page.url();
    const other = await page.context().browser().newContext();
    const fresh = await other.newPage();
    await fresh.goto(url);
    await expect(fresh.locator('.piste h2')).toHaveText(results);
    await other.close();

    await new AxeBuilder({ page }).analyze().then((r) => expect(r.violations.map((v) => v.id)).toEqual([]));
    await leads.first().getByRole('link', { name: 'Voir la fiche' }).click();
    await expect(page).toHaveURL(/\/metiers\//);
  });

  test('se fait entièrement au clavier', async ({ page }) => {
    await openRoute(page, '/quiz');
    await page.getByRole('button', { name: 'Commencer le quiz' }).focus();
    await page.keyboard.press('Enter');
    for (let i = 1; i <= ITEMS; i++) {
      await expect(page.getByRole('group', { name: new RegExp(`Question ${i} sur`) })).toBeVisible();
      await page.keyboard.press(String((i % 3) + 1));
    }
    // Back with the left arrow, then answer again with the keyboard.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('group', { name: new RegExp(`Question ${ITEMS} sur`) })).toBeFocused();
    await expect(page.getByRole('button', { name: /Pourquoi pas|J'adorerais|Pas pour moi/, pressed: true })).toHaveCount(1);
    await page.keyboard.press('1');
    // Context questions: Tab to a choice and press Enter.
    for (const name of ['3 ans et plus', 'Oui, je l\'ai']) {
      const button = page.getByRole('button', { name });
      for (let k = 0; k < 8 && !(await button.evaluate((b) => b === document.activeElement)); k++) await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
    }
    // The app moves focus to the new question (next frame): Tab from there.
    await expect(page.getByRole('group', { name: /Auprès de qui/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Personnes âgées')).toBeFocused();
    await page.keyboard.press('Space');
    const finish = page.getByRole('button', { name: 'Voir mes résultats' });
    for (let k = 0; k < 8 && !(await finish.evaluate((b) => b === document.activeElement)); k++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('.piste')).toHaveCount(3);
  });

  test('garde les réponses au rechargement et après être parti', async ({ page }) => {
    await start(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('1');
    await expect(page.getByRole('group', { name: /Question 6 sur/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('group', { name: /Question 6 sur/ })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('button', { name: "J'adorerais", pressed: true })).toBeVisible();
    await page.getByRole('link', { name: 'Les métiers' }).click();
    await page.getByRole('link', { name: 'Le quiz' }).click();
    await expect(page.getByRole('group', { name: /Question 5 sur/ })).toBeVisible();
    // « Recommencer » clears everything.
    await page.getByRole('button', { name: 'Recommencer' }).click();
    await expect(page.getByRole('group', { name: /Question 1 sur/ })).toBeVisible();
    await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);
  });

  test('« Je ne sais pas » partout demande quelques réponses de plus', async ({ page }) => {
    await start(page);
    for (let i = 0; i < ITEMS; i++) await page.keyboard.press('4');
    await page.getByRole('button', { name: 'Je ne sais pas' }).click();
    await page.getByRole('button', { name: 'Je ne sais pas' }).click();
    await page.getByRole('button', { name: 'Voir mes résultats' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Réponds à quelques questions de plus' })).toBeVisible();
    await expect(page.locator('.piste')).toHaveCount(0);
    await page.getByRole('button', { name: 'Compléter mes réponses' }).click();
    await expect(page.getByRole('group', { name: /Question 1 sur/ })).toBeVisible();
  });

  for (const bad of ['1-abc', '1-' + '9'.repeat(ITEMS) + '-00-00', '', '2-' + '0'.repeat(ITEMS) + '-00-00', '1-' + '0'.repeat(ITEMS - 1)]) {
    test(`un lien abîmé (« ${bad} ») affiche un message clair`, async ({ page }) => {
      await openRoute(page, `/quiz/resultats?r=${bad}`);
      await expect(page.getByRole('heading', { level: 1, name: "Ce lien de résultats n'est pas valide" })).toBeVisible();
      await page.getByRole('link', { name: 'Faire le quiz' }).click();
      await expect(page).toHaveURL(/\/quiz$/);
    });
  }

  test('une question passe l\'analyse axe, et « Comment ça marche ? » explique la règle', async ({ page }) => {
    await start(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    const box = await page.getByRole('button', { name: "J'adorerais" }).boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
    await openRoute(page, '/quiz/comment-ca-marche');
    await expect(page.getByRole('heading', { level: 1, name: 'Comment marche le quiz ?' })).toBeVisible();
    await expect(page.getByText('60 %')).toBeVisible();
  });
});
