import { test, expect, openRoute } from './fixtures.mjs';

test.describe('territoires, agenda et accompagnement', () => {
  test('l\'accueil montre le territoire du site, ses prochains événements et l\'accompagnement', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-11-01T10:00:00+01:00'));
    await openRoute(page, '/');
    await expect(page.getByRole('heading', { level: 2, name: 'Dans le département « Pas-de-Calais »' })).toBeVisible();
    await expect(page.getByLabel('Mon département')).toHaveValue('62-pas-de-calais');
    const upcoming = page.locator('.territoire .evenement');
    await expect(upcoming).toHaveCount(1);
    await expect(upcoming.first()).toContainText('mardi 3 décembre 2024');
    await page.getByRole('link', { name: "Qui peut m'aider ?" }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Se faire accompagner' })).toBeVisible();
    await expect(page.locator('.contact').first()).toContainText('Professions Autonomie 62');
    await expect(page.locator('.corps-fiche h2').first()).toBeVisible();
  });

  test('avec l\'horloge d\'aujourd\'hui, les éditions passées quittent l\'accueil pour « Éditions précédentes »', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+01:00'));
    await openRoute(page, '/');
    await expect(page.locator('.territoire .evenement')).toHaveCount(0);
    await expect(page.getByText("Aucun événement à venir n'est annoncé pour le moment.")).toBeVisible();
    await page.getByRole('link', { name: "Voir l'agenda et les éditions précédentes" }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
    await expect(page.locator('.evenements.passes .evenement')).toHaveCount(1);
    await expect(page.locator('.evenements.passes')).toContainText('Forum');
  });

  test('le choix du territoire est gardé sur l\'appareil et suivi par la carte', async ({ page }) => {
    await openRoute(page, '/');
    await page.getByLabel('Mon département').selectOption('05-hautes-alpes');
    await expect(page.getByRole('heading', { level: 2, name: 'Dans le département « Hautes-Alpes »' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Dans le département « Hautes-Alpes »' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Se former près de chez moi' }).click();
    await expect(page.locator('.centre').first()).toBeVisible();
    await expect(page.getByLabel('Département', { exact: true }).locator('option:checked')).toHaveText('05 — Hautes-Alpes');
    await openRoute(page, '/agenda');
    await expect(page.locator('.evenements.passes .evenement')).toHaveCount(2);
  });

  test('un événement s\'ajoute à l\'agenda : fichier .ics valide', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-11-01T10:00:00+01:00'));
    await openRoute(page, '/agenda');
    const downloading = page.waitForEvent('download');
    await page.locator('.evenement').first().getByRole('link', { name: 'Ajouter à mon agenda' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines.find((l) => l.startsWith('UID:'))).toMatch(/^UID:.+@metiers-soin-accompagnement$/);
    expect(lines.find((l) => l.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(lines).toContain('DTSTART;VALUE=DATE:20241203');
    expect(lines).toContain('DTEND;VALUE=DATE:20241204');
    expect(lines.find((l) => l.startsWith('SUMMARY:'))).toContain('Forum');
    expect(lines.find((l) => l.startsWith('LOCATION:'))).toContain('Boulogne-sur-Mer');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  test('l\'accompagnement est accessible depuis une fiche et depuis les résultats du quiz', async ({ page }) => {
    await openRoute(page, '/metiers/aide-a-domicile');
    await page.getByRole('link', { name: 'Se faire accompagner' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Se faire accompagner' })).toBeFocused();
    await openRoute(page, '/quiz/resultats?r=1-210210210210210210210210-11-01');
    await page.getByRole('link', { name: /^Se faire accompagner/ }).click();
    await expect(page).toHaveURL(/\/accompagnement$/);
  });
});
